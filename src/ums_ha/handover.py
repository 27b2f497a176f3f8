"""``ums-ha handover``: the manual steps left after a deploy, with the site's values filled in.

Everything comes from the site file; no Terraform run, no credential. Where a
value is not in the site file (where UMS is installed, the database when ums-ha
does not manage it) the notes say so instead of guessing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from .database_spec import PASSWORD_SQLCMD_VARIABLE, PASSWORD_VARIABLE
from .model import UmsService
from .site_file import Site
from .templates import load_template

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
#: The service devices download firmware through, by its name in the site file.
FIRMWARE_SERVICE: Final = "firmware"
DEVICES_SERVICE: Final = "devices"


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


def handover_facts(site: Site) -> HandoverFacts:
    password_source = None
    if site.database is not None:
        password_source = (
            f"the password the DBA set with the sqlcmd variable {PASSWORD_SQLCMD_VARIABLE}"
            if site.database.managed_by == "dba"
            else f"the password deployed from TF_VAR_{PASSWORD_VARIABLE}"
        )
    return HandoverFacts(
        gateway=site.netscaler.snip_address,
        usip_services=tuple(service for service in site.services if service.use_client_ip),
        firmware_service=site.service(FIRMWARE_SERVICE),
        devices_service=site.service(DEVICES_SERVICE),
        password_source=password_source,
    )


def render_handover(site: Site) -> str:
    """The handover notes of one site, as Markdown (it reads as plain text too)."""
    template = load_template("handover.md.j2")
    return template.render(facts=handover_facts(site), site=site, firmware_folders=FIRMWARE_FOLDERS)
