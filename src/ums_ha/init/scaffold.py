"""The files of a new deployment repository, and the values ``ums-ha init`` puts into them.

The files live in ``scaffold/`` as they are written, except that the names git
or packaging treat specially (``.gitignore``, ``.github/``, ``.gitlab-ci.yml``)
are kept there without their dot. ``@site@`` and ``@ums_ha_version@`` are
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

#: ``ums-ha init``'s site when ``--site`` names none.
DEFAULT_SITE: Final = "prod"

_PLACEHOLDER: Final = re.compile(r"@(site|ums_ha_version)@")


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


def render_scaffold(site: str, ums_ha_version: str) -> dict[str, str]:
    """Every file of the new repository, by its path relative to DIR, with ``site`` and the version put in."""
    values = {"site": site, "ums_ha_version": ums_ha_version}
    return {
        target: _PLACEHOLDER.sub(lambda match: values[match[1]], scaffold_source(source))
        for target, source in SCAFFOLD_FILES
    }
