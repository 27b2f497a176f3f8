"""The files of a new deployment repository, and the values ``ums-ha init`` puts into them.

The files live in ``scaffold/`` as they are written, except that the names git
or packaging treat specially (``.gitignore``, ``.github/``, ``.gitlab-ci.yml``)
are kept there without their dot. A deployment on CDK Terrain takes the files of
``scaffold/cdktn/`` instead of their CDKTF versions. The placeholders
(``@site@``, ``@ums_ha_version@`` and those of :data:`RUNTIME_VALUES`) are
replaced; nothing else is.
"""

from __future__ import annotations

import re
from importlib import resources
from importlib.metadata import PackageNotFoundError, version
from typing import Final

#: Each file of the scaffold: where ``init`` writes it (relative to DIR), and its name in ``scaffold/``.
SCAFFOLD_FILES: Final = (
    ("ums-ha.toml", "ums-ha.toml"),
    ("main.py", "main.py"),
    ("cdktf.json", "cdktf.json"),
    ("requirements.txt", "requirements.txt"),
    ("package.json", "package.json"),
    ("package-lock.json", "package-lock.json"),
    ("tools/node-pty-pipes/package.json", "tools/node-pty-pipes/package.json"),
    ("tools/node-pty-pipes/index.js", "tools/node-pty-pipes/index.js"),
    ("Makefile", "Makefile"),
    (".gitignore", "gitignore"),
    ("README.md", "README.md"),
    (".github/workflows/ums-ha-plan.yml", "github/workflows/ums-ha-plan.yml"),
    (".github/workflows/ums-ha-deploy.yml", "github/workflows/ums-ha-deploy.yml"),
    (".github/workflows/ums-ha-drift.yml", "github/workflows/ums-ha-drift.yml"),
    (".gitlab-ci.yml", "gitlab-ci.yml"),
)

#: A CDK Terrain deployment's own files, by where ``init`` writes them (None: not written): its CLI's pins and
#: cdktf.json recording the runtime; no pty override, since cdktn-cli has no native pty module.
CDKTN_FILES: Final[dict[str, str | None]] = {
    "cdktf.json": "cdktn/cdktf.json",
    "package.json": "cdktn/package.json",
    "package-lock.json": "cdktn/package-lock.json",
    "tools/node-pty-pipes/package.json": None,
    "tools/node-pty-pipes/index.js": None,
}

#: Per runtime, the placeholders its deployment's files get (and ``@cli@``: the runtime's name, its CLI's too).
RUNTIME_VALUES: Final = {
    "cdktf": {
        "runtime_name": "CDKTF 0.21",
        "ums_ha_requirement": "ums-ha",
        "cli_files_row": "| `package.json`, `package-lock.json`, `tools/node-pty-pipes/` | the cdktf CLI, pinned, for "
        "`npx cdktf`; `tools/` lets it run on Node 24 |",
    },
    "cdktn": {
        "runtime_name": 'CDK Terrain 0.24 (`"ums-ha:runtime": "cdktn"` in `cdktf.json`)',
        "ums_ha_requirement": "ums-ha[cdktn]",
        "cli_files_row": "| `package.json`, `package-lock.json` | the CDK Terrain CLI, pinned, for `npx cdktn` |",
    },
}

#: ``ums-ha init``'s site when ``--site`` names none, and its runtime when ``--runtime`` names none.
DEFAULT_SITE: Final = "prod"
DEFAULT_RUNTIME: Final = "cdktf"

_PLACEHOLDER: Final = re.compile(r"@(site|ums_ha_version|cli|runtime_name|ums_ha_requirement|cli_files_row)@")


class NotInstalledError(RuntimeError):
    """ums-ha runs from a source tree that was never installed, so it has no version to pin."""


def ums_ha_version() -> str:
    """The installed ums-ha's version: what the new deployment pins."""
    try:
        return version("ums-ha")
    except PackageNotFoundError:
        raise NotInstalledError(
            "ums-ha is not installed (it runs from a source tree), so there is no version to pin: "
            "pip install ums-ha, or pip install -e . in its clone"
        ) from None


def scaffold_source(name: str) -> str:
    """The text of one file of ``scaffold/``, as it is stored."""
    return resources.files(__package__).joinpath("scaffold", name).read_text(encoding="utf-8")


def scaffold_files(runtime: str = DEFAULT_RUNTIME) -> list[tuple[str, str]]:
    """Each file a deployment on ``runtime`` gets: where ``init`` writes it, and its name in ``scaffold/``."""
    files = []
    for target, source in SCAFFOLD_FILES:
        chosen = CDKTN_FILES.get(target, source) if runtime == "cdktn" else source
        if chosen is not None:
            files.append((target, chosen))
    return files


def render_scaffold(site: str, ums_ha_version: str, runtime: str = DEFAULT_RUNTIME) -> dict[str, str]:
    """Every file of the new repository, by its path relative to DIR, with ``site``, the version and the runtime's
    values put in (``runtime``: ``cdktf`` or ``cdktn``)."""
    values = {"site": site, "ums_ha_version": ums_ha_version, "cli": runtime, **RUNTIME_VALUES[runtime]}
    return {
        target: _PLACEHOLDER.sub(lambda match: values[match[1]], scaffold_source(source))
        for target, source in scaffold_files(runtime)
    }
