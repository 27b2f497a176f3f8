"""The ``[sites.<site>.names]`` table: as text to paste, and written into the site file keeping its layout."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import tomlkit

from ums_ha.domain.naming import ObjectNames
from ums_ha.errors import Problem, ValidationError
from ums_ha.files import write_atomically


def names_document(names: ObjectNames) -> dict[str, object]:
    """The table's keys: only what was found."""
    table: dict[str, object] = {
        kind: dict(mapping)
        for kind, mapping in (
            ("servers", names.servers),
            ("service_groups", names.service_groups),
            ("vservers", names.vservers),
        )
        if mapping
    }
    if names.persistence_group:
        table["persistence_group"] = names.persistence_group
    return table


def _table(names: ObjectNames) -> tomlkit.items.Table:
    table = tomlkit.table()
    for key, value in names_document(names).items():
        if isinstance(value, dict):
            inline = tomlkit.inline_table()
            inline.update(value)
            table.add(key, inline)
        else:
            table.add(key, value)
    return table


def render_names(site_name: str, names: ObjectNames) -> str:
    """``[sites.<site>.names]`` with the found names, as TOML to add to the site file."""
    document = tomlkit.document()
    sites = tomlkit.table(is_super_table=True)
    site = tomlkit.table(is_super_table=True)
    site.add("names", _table(names))
    sites.add(site_name, site)
    document.add("sites", sites)
    return tomlkit.dumps(document)


def write_names(path: Path, site_name: str, names: ObjectNames, *, nodes: tuple[str, ...] | None = None) -> Path:
    """Add the table to the site file (a copy of the file first, beside it), and with ``nodes`` the HA pair's
    nodes to its ``netscaler`` table (the caller gives them only where it has none); returns the copy's path.

    Refuses a site that has a ``names`` table already: that one is the user's.
    """
    text = path.read_text(encoding="utf-8")
    document = tomlkit.parse(text)
    site = document["sites"][site_name]
    if "names" in site:
        raise ValidationError(
            [Problem(f"sites.{site_name}.names", f"exists in {path} already; edit it by hand or remove it first")]
        )
    backup = path.with_name(f"{path.name}.{datetime.now(UTC):%Y%m%dT%H%M%SZ}.bak")
    shutil.copy2(path, backup)
    site.add("names", _table(names))
    if nodes is not None:
        site["netscaler"]["nodes"] = list(nodes)
    write_atomically(path, tomlkit.dumps(document))
    return backup
