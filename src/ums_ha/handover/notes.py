"""``ums-ha handover``: the manual steps left after a deploy, with the site's values filled in.

Everything comes from the site file; no Terraform run, no credential. Where a
value is not in the site file (where UMS is installed, the database when ums-ha
does not manage it) the notes say so instead of guessing.
"""

from __future__ import annotations

import shlex
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from ums_ha.database.admin_login import (
    ADMIN_LOGIN,
    ADMIN_PASSWORD_VARIABLE,
    ADMIN_SCRIPT_NAME,
    admin_login_script,
    admin_rights,
)
from ums_ha.database.sqlserver import PASSWORD_SQLCMD_VARIABLE, PASSWORD_VARIABLE
from ums_ha.domain.model import CONSOLE_SERVICE, DEFAULT_MONITOR_PORT, DEVICES_SERVICE, FIRMWARE_SERVICE, UmsService
from ums_ha.domain.rules import parse_ums_version
from ums_ha.site.firmware_hosts import site_command
from ums_ha.site.reader import Site
from ums_ha.templates import load_template

#: Where UMS keeps the firmware files, below its installation folder (DOMAIN.md, "The setup being automated").
FIRMWARE_FOLDER: Final = ("RemoteManager", "rmguiserver", "webapps", "ums_filetransfer")
#: The installation folders DOMAIN.md names; which one a server uses is not in the site file.
INSTALL_FOLDERS: Final = (
    ("Windows", "C:\\Program Files\\IGEL", "\\"),
    ("Windows, older UMS", "C:\\Program Files (x86)\\IGEL", "\\"),
    ("Linux", "/opt/IGEL", "/"),
)
#: (system, folder) of the firmware files for each installation folder UMS may use.
FIRMWARE_FOLDERS: Final = tuple(
    (system, separator.join((folder, *FIRMWARE_FOLDER))) for system, folder, separator in INSTALL_FOLDERS
)
#: The UMS release that added the Cluster Address setting (DOMAIN.md, "UMS 12 and IGEL OS 12").
CLUSTER_ADDRESS_SINCE: Final = (12, 1, 100)


@dataclass(frozen=True)
class HandoverFacts:
    """The values the handover notes need, worked out from one site."""

    gateway: str | None
    """The SNIP's address: the UMS servers' default gateway while USIP is on."""
    usip_services: tuple[UmsService, ...]
    firmware_service: UmsService | None
    devices_service: UmsService | None
    password_source: str | None
    """Where the UMS login's password was set, for the datasource dialog; never the password."""
    server_names: str
    """"ums01 and ums02"."""
    servers_with_addresses: str
    """"ums01 (10.20.30.11) and ums02 (10.20.30.12)"."""
    usip_list: str
    """"devices (30001) and firmware (9080)"."""
    firmware_hosts_command: str
    verify_command: str
    """``ums-ha verify`` for the site: the last step."""
    """The ``ums-ha firmware-hosts`` dry run for this site, with every flag it needs."""
    generations: str
    """"IGEL OS 11 and IGEL OS 12 devices"."""
    console_service: UmsService | None
    cluster_address: str
    """What UMS 12's Cluster Address must say: ``<dns_name>:<console port>``."""
    before_cluster_address: bool
    """The site's UMS version predates the Cluster Address setting (12.01.100)."""
    load_balancer_warning: str | None


def join_words(items: Sequence[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    return " and ".join([", ".join(items[:-1]), items[-1]]) if len(items) > 1 else "".join(items)


@dataclass
class StepCounter:
    """Numbers the steps as the template writes them, so a step left out leaves no gap."""

    current: int = 0

    def next(self) -> int:
        self.current += 1
        return self.current


def handover_facts(site: Site, *, config: str | None = None) -> HandoverFacts:
    password_source = None
    if site.database is not None:
        client = "sqlcmd" if site.database.spec.engine == "sqlserver" else "psql"
        password_source = (
            f"the password the DBA set with the {client} variable {PASSWORD_SQLCMD_VARIABLE}"
            if site.database.managed_by == "dba"
            else f"the password deployed from TF_VAR_{PASSWORD_VARIABLE}"
        )
    usip_services = tuple(service for service in site.services if service.use_client_ip)
    console = site.service(CONSOLE_SERVICE)
    version = parse_ums_version(site.ums_version) if site.ums_version else None
    return HandoverFacts(
        gateway=site.netscaler.snip_address,
        usip_services=usip_services,
        firmware_service=site.service(FIRMWARE_SERVICE),
        devices_service=site.service(DEVICES_SERVICE),
        password_source=password_source,
        server_names=join_words([server.name for server in site.ums_servers]),
        servers_with_addresses=join_words([f"{server.name} ({server.address})" for server in site.ums_servers]),
        usip_list=join_words([f"{service.name} ({service.port})" for service in usip_services]),
        firmware_hosts_command=shlex.join(site_command(site, config=config)),
        verify_command=shlex.join(
            ["ums-ha", "verify", *(["--config", config] if config is not None else []), "--site", site.name]
        ),
        generations=join_words([f"IGEL OS {generation}" for generation in site.igel_os]) + " devices",
        console_service=console,
        cluster_address=f"{site.dns_name}:{console.port if console else DEFAULT_MONITOR_PORT}",
        before_cluster_address=version is not None and version < CLUSTER_ADDRESS_SINCE,
        load_balancer_warning=site.load_balancer_warning(),
    )


def render_handover(site: Site, *, config: str | None = None) -> str:
    """The handover notes of one site, as Markdown (it reads as plain text too).

    ``config`` is the site file as the printed ``ums-ha firmware-hosts`` command must name it
    (``--config``); None when that command finds it by itself (``./ums-ha.toml``).
    """
    template = load_template("handover.md.j2")
    engine = site.database.spec.engine if site.database is not None else None
    return template.render(
        facts=handover_facts(site, config=config),
        site=site,
        firmware_folders=FIRMWARE_FOLDERS,
        step=StepCounter(),
        admin_login=ADMIN_LOGIN,
        admin_password_variable=ADMIN_PASSWORD_VARIABLE,
        admin_script_name=ADMIN_SCRIPT_NAME,
        admin_rights=admin_rights(engine) if engine else (),
        admin_script=admin_login_script(engine) if engine else "",
    )
