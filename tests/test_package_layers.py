"""The package tree is the architecture: each layer imports only from the layers below it (and itself)."""

from __future__ import annotations

import ast
from pathlib import Path

from conftest import ROOT

PACKAGE = ROOT / "src" / "ums_ha"

#: Bottom to top. A module belongs to the first (longest) prefix that names it.
LAYERS: list[tuple[str, ...]] = [
    (
        "ums_ha._generated",
        "ums_ha.errors",
        "ums_ha.files",
        "ums_ha.credentials.urls",
        "ums_ha.templates",
        "ums_ha.toolchain",
    ),
    ("ums_ha.domain", "ums_ha.database"),
    ("ums_ha.site", "ums_ha.credentials.environment", "ums_ha.providers"),
    ("ums_ha.constructs",),
    ("ums_ha.app", "ums_ha.nitro"),
    (
        "ums_ha.handover",
        "ums_ha.diagram",
        "ums_ha.firmware_hosts",
        "ums_ha.adopt",
        "ums_ha.verify",
        "ums_ha.plan_review",
        "ums_ha.init",
        "ums_ha.netscaler_users",
    ),
    ("ums_ha.cli", "ums_ha.__main__"),
]


def layer_of(module: str) -> int:
    matches = [
        (len(prefix), index)
        for index, prefixes in enumerate(LAYERS)
        for prefix in prefixes
        if module == prefix or module.startswith(prefix + ".")
    ]
    assert matches, f"{module} is in no layer"
    return max(matches)[1]


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("ums_ha"):
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names if alias.name.startswith("ums_ha"))
    return names


def sources() -> list[Path]:
    skip = (PACKAGE / "_generated", PACKAGE / "init" / "scaffold")
    return [path for path in sorted(PACKAGE.rglob("*.py")) if not any(path.is_relative_to(s) for s in skip)]


def test_every_import_points_down_or_sideways() -> None:
    upward = []
    for path in sources():
        module = module_name(path)
        if module == "ums_ha":  # the public face: re-exports from every layer, loaded lazily
            continue
        for name in imported(path):
            if name != "ums_ha" and layer_of(name) > layer_of(module):
                upward.append(f"{module} -> {name}")
    assert upward == []


def test_the_check_sees_an_upward_import() -> None:
    assert layer_of("ums_ha.domain.rules") < layer_of("ums_ha.app.site_stack")
    assert layer_of("ums_ha.credentials.urls") < layer_of("ums_ha.credentials.environment")


def test_no_module_is_left_at_the_top_but_the_shared_basics() -> None:
    top = sorted(path.name for path in PACKAGE.glob("*.py"))
    assert top == ["__init__.py", "__main__.py", "cli.py", "errors.py", "files.py", "templates.py"]
