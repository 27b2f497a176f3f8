"""The hashicorp/dns provider, pinned to the release ums-ha is checked against."""

from __future__ import annotations

from constructs import Construct

from ums_ha.domain.dns import DEFAULT_DNS_PORT, DNS_PROVIDER_SOURCE, DNS_PROVIDER_VERSION
from ums_ha.domain.rules import PORTS, check_dns_server, check_int_range
from ums_ha.errors import ValidationError
from ums_ha.providers.dns_bindings import DnsProvider as _GeneratedDnsProvider
from ums_ha.providers.dns_bindings import DnsProviderUpdate
from ums_ha.toolchain.cdk import TerraformStack


class DnsProvider(_GeneratedDnsProvider):
    """``hashicorp/dns`` sending RFC 2136 updates to ``server``, pinned to 3.6.1.

    The prebuilt bindings of the runtime (``cdktf-cdktf-provider-dns`` 9.0.1, generated
    from release 3.4.3, or ``cdktn-provider-dns`` 13.0.1, from 3.6.2) would pin their
    release; ums-ha pins 3.6.1, the release whose real schema the synthesized JSON is
    tested against (every attribute either binding writes exists there). Credentials
    come only from ``DNS_UPDATE_*`` environment variables.
    """

    def __init__(
        self, scope: Construct, id: str, *, server: str, port: int = DEFAULT_DNS_PORT, alias: str | None = None
    ) -> None:
        """
        :param server: host name or IP address of the DNS server that takes the updates
            (for GSS-TSIG its host name, so the Kerberos SPN matches).
        :param port: the server's port for the updates, always written (so ``DNS_UPDATE_PORT`` in the
            environment cannot send the updates elsewhere). Default: 53.
        :param alias: provider alias, for a second DNS server in one stack. Default: none.
        """
        problems = check_dns_server(server, "server") + check_int_range(port, "port", *PORTS)
        if problems:
            raise ValidationError(problems)
        super().__init__(scope, id, alias=alias, update=[DnsProviderUpdate(server=server, port=port)])
        TerraformStack.of(self).add_override(
            "terraform.required_providers.dns", {"source": DNS_PROVIDER_SOURCE, "version": DNS_PROVIDER_VERSION}
        )
