"""Deterministic NetScaler object names and Terraform logical ids.

Both are part of the public contract: a changed NetScaler name replaces the
object on the appliance, a changed logical id makes Terraform destroy and
re-create it. Tests pin them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Final

#: Short names of servers and services: safe as NetScaler names and Terraform ids.
SHORT_NAME_PATTERN: Final = re.compile(r"[A-Za-z][A-Za-z0-9_-]{0,62}")
SHORT_NAME_RULE: Final = "a letter, then letters, digits, '_' or '-', at most 63 characters"

#: What the appliance accepts in an object name (NITRO: letters, digits, _ - . : and spaces
#: in some objects; ums-ha never emits spaces).
NETSCALER_NAME_PATTERN: Final = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.:-]{0,126}")
NETSCALER_NAME_MAX: Final = 127


def server_name(prefix: str, server: str) -> str:
    return f"{prefix}-srv-{server}"


def service_group_name(prefix: str, service: str) -> str:
    return f"{prefix}-sg-{service}"


def vserver_name(prefix: str, service: str) -> str:
    return f"{prefix}-vs-{service}"


def monitor_name(prefix: str) -> str:
    return f"{prefix}-mon-check-status"


def persistence_group_name(prefix: str) -> str:
    return f"{prefix}-persistence"


class LogicalIds:
    """Terraform logical ids (the ``NAME`` in ``citrixadc_server.NAME``)."""

    @staticmethod
    def server(server: str) -> str:
        return f"server_{server}"

    @staticmethod
    def monitor() -> str:
        return "monitor_check_status"

    @staticmethod
    def service_group(service: str) -> str:
        return f"servicegroup_{service}"

    @staticmethod
    def member(service: str, server: str) -> str:
        return f"member_{service}_{server}"

    @staticmethod
    def monitor_binding(service: str) -> str:
        return f"monitor_binding_{service}"

    @staticmethod
    def vserver(service: str) -> str:
        return f"vserver_{service}"

    @staticmethod
    def vserver_binding(service: str) -> str:
        return f"vserver_binding_{service}"

    @staticmethod
    def persistence_group() -> str:
        return "persistence_group"

    @staticmethod
    def persistence_group_binding(service: str) -> str:
        return f"persistence_group_{service}"

    @staticmethod
    def snip() -> str:
        return "snip"

    @staticmethod
    def config_save() -> str:
        return "config_save"

    @staticmethod
    def save_order() -> str:
        """The ``terraform_data`` that orders every deletion before the save (``UmsConfigSave``)."""
        return "config_save_order"

    # The UMS database (valerus/mssql), one per stack.

    @staticmethod
    def database() -> str:
        return "database"

    @staticmethod
    def database_login() -> str:
        return "database_login"

    @staticmethod
    def database_user() -> str:
        return "database_user"

    @staticmethod
    def database_schema() -> str:
        return "database_schema"

    @staticmethod
    def database_permissions() -> str:
        return "database_permissions"

    # The DNS A record (hashicorp/dns), one per stack.

    @staticmethod
    def dns_record() -> str:
        return "dns_record"


#: What the appliance accepts in the name of an object made in its GUI: an ASCII letter, digit or ``_``, then
#: those and ``#`` ``.`` space ``:`` ``@`` ``=`` ``-`` (NITRO's rule for server, service group, vserver, monitor
#: and lbgroup names), at most 127 characters.
APPLIANCE_NAME_PATTERN: Final = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_#. :@=-]{0,126}")
APPLIANCE_NAME_RULE: Final = (
    "1 to 127 characters: an ASCII letter, digit or '_', then letters, digits and _ # . space : @ = -"
)


@dataclass(frozen=True)
class ObjectNames:
    """Names of objects that already exist on the appliance, by ums-ha's role; the rest keep ums-ha's scheme.

    Only NetScaler names change: the Terraform logical ids stay ums-ha's (:class:`LogicalIds`).
    """

    servers: Mapping[str, str] = field(default_factory=dict)
    """By UMS server short name (``ums01 -> UMS01``)."""
    service_groups: Mapping[str, str] = field(default_factory=dict)
    """By service name (``devices -> SG_UMS_30001``)."""
    vservers: Mapping[str, str] = field(default_factory=dict)
    """By service name (``devices -> VS_UMS_30001``)."""
    monitor: str | None = None
    persistence_group: str | None = None

    def server(self, prefix: str, server: str) -> str:
        return self.servers.get(server) or server_name(prefix, server)

    def service_group(self, prefix: str, service: str) -> str:
        return self.service_groups.get(service) or service_group_name(prefix, service)

    def vserver(self, prefix: str, service: str) -> str:
        return self.vservers.get(service) or vserver_name(prefix, service)

    def monitor_name(self, prefix: str) -> str:
        return self.monitor or monitor_name(prefix)

    def persistence_group_name(self, prefix: str) -> str:
        return self.persistence_group or persistence_group_name(prefix)


#: The Terraform address of the config save's ordering step (``UmsConfigSave``): a ``terraform_data``.
SAVE_ORDER_ADDRESS: Final = f"terraform_data.{LogicalIds.save_order()}"
