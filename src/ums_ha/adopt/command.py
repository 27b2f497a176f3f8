"""``ums-ha adopt``: read the site's NetScaler (GET only), print its ``[names]`` table and what the first plan does.

Exit status: 0 adoptable with imports and in-place changes only; 3 adoptable only with
replacements (named in the report); 1 the appliance could not be read; 2 bad input.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import TextIO

from ums_ha.adopt.appliance import read_appliance
from ums_ha.adopt.ha_pair import pair_notices, read_pair
from ums_ha.adopt.matching import Adoption, match
from ums_ha.adopt.names_table import render_names, write_names
from ums_ha.nitro import reader_for
from ums_ha.site.reader import Site

EXIT_OK = 0
EXIT_REPLACEMENTS = 3


def report(site: Site, adoption: Adoption, out: TextIO) -> None:
    out.write(
        f"# Add to the site file (ums-ha adopt --write does), then set [sites.{site.name}.adopt] import = true:\n"
    )
    out.write(render_names(site.name, adoption.names))
    for title, lines in (
        ("the first plan changes in place", adoption.changes),
        ("the first plan creates", adoption.creates),
        ("the first plan can only replace (not adoptable without an interruption)", adoption.replacements),
        ("left alone (not managed by ums-ha)", adoption.untouched),
    ):
        if lines:
            out.write(f"\n# {title}:\n")
            out.writelines(f"#   - {line}\n" for line in lines)


def run_adopt(
    site: Site,
    site_path: Path,
    *,
    write: bool,
    out: TextIO,
    notices: TextIO,
    environ: Mapping[str, str] | None = None,
) -> int:
    """Read, match, report; with ``write``, add the table to the site file. Raises NitroError, ValidationError."""
    environ = os.environ if environ is None else environ
    addresses = [server.address for server in site.ums_servers]
    with reader_for(site, environ) as reader:  # logs out of the partition's session, when there is one
        appliance = read_appliance(reader, site.netscaler.vip, addresses)
        pair = read_pair(reader)
    notices.write(f"read {site.netscaler.endpoint}: {len(appliance.vservers)} vserver(s) on {site.netscaler.vip}\n")
    adoption = match(site, appliance)
    report(site, adoption, out)
    new_nodes = pair.nodes if pair is not None and not site.netscaler.nodes else None
    if pair is not None:
        for notice in pair_notices(site.netscaler.endpoint, pair):
            notices.write(f"warning: {notice}\n")
        if new_nodes is not None:
            shown = ", ".join(f'"{node}"' for node in new_nodes)
            out.write(f"\n# An HA pair: add to [sites.{site.name}.netscaler] (ums-ha adopt --write does):\n")
            out.write(f"# nodes = [{shown}]\n")
    if write:
        backup = write_names(site_path, site.name, adoption.names, nodes=new_nodes)
        written = f"[sites.{site.name}.names]" + (f" and [sites.{site.name}.netscaler] nodes" if new_nodes else "")
        notices.write(f"wrote {written} into {site_path} (the file as it was: {backup})\n")
    return EXIT_OK if adoption.adoptable_in_place else EXIT_REPLACEMENTS
