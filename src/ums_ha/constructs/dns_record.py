"""UmsDnsRecord: the A record devices look up, pointing at the VIP."""

from __future__ import annotations

from constructs import Construct

from ums_ha.constructs._terraform import set_logical_id
from ums_ha.domain import naming
from ums_ha.domain.dns import DEFAULT_TTL, record_name
from ums_ha.domain.rules import DnsKeys, check_dns_record
from ums_ha.errors import ValidationError
from ums_ha.providers.dns_bindings import ARecordSet


class UmsDnsRecord(Construct):
    """``dns_name`` -> ``address`` as an A record set in ``zone``, over RFC 2136.

    Built with ``hashicorp/dns`` (the runtime's prebuilt bindings,
    :mod:`ums_ha.providers.dns_bindings`). The stack needs a ``DnsProvider`` (:mod:`ums_ha.providers`) whose
    ``update`` block names the DNS server; the TSIG key (``DNS_UPDATE_KEYNAME``,
    ``DNS_UPDATE_KEYALGORITHM``, ``DNS_UPDATE_KEYSECRET``) or the GSS-TSIG login
    (``DNS_UPDATE_REALM``, ``DNS_UPDATE_USERNAME``, ``DNS_UPDATE_PASSWORD`` or
    ``DNS_UPDATE_KEYTAB``) comes from the environment, so none is synthesized.

    Example, in a stack of your own (``stack``):

    ```python
    from ums_ha import UmsDnsRecord
    from ums_ha.providers import DnsProvider

    DnsProvider(stack, "dns", server="dc01.corp.example")  # DNS_UPDATE_* from the environment
    UmsDnsRecord(stack, "Dns", zone="corp.example.", dns_name="igelrmserver.corp.example", address="10.20.30.10")
    ```

    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        zone: str,
        dns_name: str,
        address: str,
        ttl: int = DEFAULT_TTL,
        validation_keys: DnsKeys | None = None,
    ) -> None:
        """
        :param zone: the zone the DNS server updates, with its trailing dot (``corp.example.``).
        :param dns_name: the name devices look up, inside ``zone`` (``igelrmserver.corp.example``).
        :param address: the IPv4 address it resolves to: the VIP.
        :param ttl: seconds resolvers may cache the answer, 0 to 2^31 - 1. Default: 300.
        :param validation_keys: names of the settings in error messages. Default: the prop names.
        """
        super().__init__(scope, id)
        problems = check_dns_record(
            zone=zone, dns_name=dns_name, ttl=ttl, address=address, keys=validation_keys or DnsKeys()
        )
        if problems:
            raise ValidationError(problems)
        self.record = ARecordSet(
            self, "Record", zone=zone, name=record_name(dns_name, zone), addresses=[address], ttl=ttl
        )
        set_logical_id(self.record, naming.LogicalIds.dns_record())
