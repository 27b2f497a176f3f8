"""Building ``terraform show -json`` plan documents for tests, in Terraform's own shape.

The recorded fixtures (tests/fixtures/terraform-plans/) are real; these builders
make the cases they do not cover (a database, a DNS record, sensitive values,
5,000 changes) in the same shape.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "terraform-plans"

Document = dict[str, Any]


def fixture(name: str) -> Document:
    """One recorded plan, parsed (a fresh copy every time)."""
    document: Document = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    return document


def change(
    address: str,
    actions: list[str],
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """One ``resource_changes`` entry; ``extra`` adds keys to ``change`` (``after_unknown`` ...) or the entry."""
    kind, name = address.rsplit(".", 1)
    entry: dict[str, Any] = {
        "address": address,
        "mode": "managed",
        "type": kind.split(".")[-1],
        "name": name,
        "provider_name": "registry.terraform.io/citrix/citrixadc",
        "change": {
            "actions": actions,
            "before": copy.deepcopy(before),
            "after": copy.deepcopy(after),
            "after_unknown": {},
            "before_sensitive": {} if before is not None else False,
            "after_sensitive": {} if after is not None else False,
        },
    }
    for key, value in extra.items():
        if key in ("action_reason",):
            entry[key] = value
        else:
            entry["change"][key] = value
    return entry


def plan(
    *changes: dict[str, Any],
    drift: list[dict[str, Any]] | None = None,
    site: str | None = None,
    igel_os: list[int] | None = None,
) -> Document:
    document: Document = {
        "format_version": "1.2",
        "terraform_version": "1.15.5",
        "planned_values": {"root_module": {}},
        "resource_changes": list(changes),
        "applyable": True,
        "complete": True,
        "errored": False,
    }
    if drift is not None:
        document["resource_drift"] = drift
    outputs = document["planned_values"].setdefault("outputs", {})
    if site is not None:
        outputs["site"] = {"sensitive": False, "type": "string", "value": site}
    if igel_os is not None:
        outputs["igel_os"] = {"sensitive": False, "type": ["tuple", ["number"] * len(igel_os)], "value": igel_os}
    if not outputs:
        del document["planned_values"]["outputs"]
    return document


def write(path: Path, document: Document) -> Path:
    path.write_text(json.dumps(document), encoding="utf-8")
    return path
