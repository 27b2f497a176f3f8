"""The CDK runtimes, by their Python package, and which one this process runs on.

Two runtimes share one model: CDKTF 0.21 (``cdktf``, archived, the default) and CDK Terrain 0.24 (``cdktn``,
its community continuation, a drop-in fork). The choice is explicit, made once per process, in this order:

1. the environment variable ``UMS_HA_RUNTIME`` (``cdktf`` or ``cdktn``);
2. ``"ums-ha:runtime"`` in the ``context`` of ``cdktf.json`` in the working directory, or in the project
   directory ``ums-ha synth --project-dir`` names (what ``ums-ha init --runtime`` writes, so that
   ``make synth``, ``npx cdktn synth`` and every ums-ha command there agree);
3. else ``cdktf``.

Checks for "a class of the runtime" or "the runtime is loaded" go through here, never through one package's
name, so that a second runtime cannot slip through a check written for the first (DOMAIN.md, "CDKTF itself").
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from ums_ha.errors import Problem, ValidationError

RUNTIME_PACKAGES: Final = ("cdktf", "cdktn")
DEFAULT_RUNTIME: Final = "cdktf"
#: The environment variable that chooses the runtime.
RUNTIME_ENV: Final = "UMS_HA_RUNTIME"
#: The key in ``cdktf.json``'s ``context`` that chooses it for a repository.
RUNTIME_CONTEXT_KEY: Final = "ums-ha:runtime"
#: Each runtime's prebuilt bindings of hashicorp/dns (``cdktf-cdktf-provider-dns`` 9.0.1, ``cdktn-provider-dns``
#: 13.0.1): both write only attributes the dns 3.6.1 schema has (tests/test_dns_record.py).
DNS_BINDINGS: Final = {"cdktf": "cdktf_cdktf_provider_dns", "cdktn": "cdktn_provider_dns"}
#: The pip requirement that installs each runtime beside ums-ha.
INSTALL_HINT: Final = {"cdktf": "pip install ums-ha", "cdktn": "pip install 'ums-ha[cdktn]'"}


@dataclass(frozen=True)
class RuntimeChoice:
    """The runtime this process runs on, and what chose it."""

    name: str
    #: ``UMS_HA_RUNTIME``, ``cdktf.json`` or ``the default``.
    chosen_by: str

    def describe(self) -> str:
        """``cdktn 0.24.0 (UMS_HA_RUNTIME)``: read without loading the runtime (no jsii start-up)."""
        return f"{self.name} {installed_version(self.name) or '(not installed)'} ({self.chosen_by})"


def choose_runtime(environ: Mapping[str, str] = os.environ, directory: Path | None = None) -> RuntimeChoice:
    """The runtime ``environ`` and ``directory/cdktf.json`` choose; :class:`ValidationError` for a bad choice."""
    allowed = f"one of {', '.join(RUNTIME_PACKAGES)}"
    value = environ.get(RUNTIME_ENV)
    if value is not None:
        if value not in RUNTIME_PACKAGES:
            raise ValidationError([Problem(RUNTIME_ENV, f"must be {allowed}, but {value!r} was given")])
        return RuntimeChoice(value, RUNTIME_ENV)
    config = (Path.cwd() if directory is None else directory) / "cdktf.json"
    try:
        document = json.loads(config.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return RuntimeChoice(DEFAULT_RUNTIME, "the default")
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ValidationError([Problem(str(config), f"cannot be read as JSON: {error}")]) from None
    context = document.get("context") if isinstance(document, dict) else None
    chosen = context.get(RUNTIME_CONTEXT_KEY) if isinstance(context, dict) else None
    if chosen is None:
        return RuntimeChoice(DEFAULT_RUNTIME, "the default")
    if chosen not in RUNTIME_PACKAGES:
        key = f"{config}: context.{RUNTIME_CONTEXT_KEY}"
        raise ValidationError([Problem(key, f"must be {allowed}, but {json.dumps(chosen)} was given")])
    return RuntimeChoice(chosen, "cdktf.json")


_CHOSEN: dict[str, RuntimeChoice] = {}


def chosen_runtime(directory: Path | None = None) -> RuntimeChoice:
    """This process's runtime, chosen on first use and kept: the bindings and jsii's kernel are per process.

    The first call chooses, by ``directory``'s ``cdktf.json`` (default: the working directory's); a command
    that works on another folder (``ums-ha synth --project-dir``) calls this first with that folder."""
    if "choice" not in _CHOSEN:
        _CHOSEN["choice"] = choose_runtime(directory=directory)
    return _CHOSEN["choice"]


def runtime_description() -> str:
    """``cdktf 0.21.0 (the default)``: the runtime, its installed version and what chose it, without loading it.

    A bad choice is described as such here (``--version`` must not fail); commands refuse it."""
    try:
        return chosen_runtime().describe()
    except ValidationError as error:
        return f"no runtime: {error.problems[0]}"


def is_runtime_module(module: str) -> bool:
    """Whether ``module`` (a ``__module__``) belongs to a CDK runtime: ``cdktf.xyz``, ``cdktn``, ..."""
    return module.split(".", 1)[0] in RUNTIME_PACKAGES


def loaded_runtimes(modules: Mapping[str, object] = sys.modules) -> list[str]:
    """The CDK runtimes imported in this process: once one is, its Node process has started."""
    return [name for name in RUNTIME_PACKAGES if name in modules]


def check_loadable(choice: RuntimeChoice, modules: Mapping[str, object] = sys.modules) -> None:
    """Refuse a runtime that cannot serve this process: not installed, or the program loaded the other one.

    Constructs of one runtime cannot live in the other's app (``TerraformStack.of`` finds no stack), so a
    user's cdktn program that forgot to choose cdktn is told so here rather than by a jsii error later."""
    others = [name for name in loaded_runtimes(modules) if name != choice.name]
    if others and choice.name not in modules:
        raise ValidationError(
            [
                Problem(
                    RUNTIME_ENV,
                    f"this program imported {others[0]}, but ums-ha runs on {choice.name} ({choice.chosen_by}): "
                    f"set {RUNTIME_ENV}={others[0]}, or {RUNTIME_CONTEXT_KEY!r} in cdktf.json's context",
                )
            ]
        )
    if importlib.util.find_spec(choice.name) is None:
        raise ValidationError(
            [Problem(RUNTIME_ENV, f"{choice.name} ({choice.chosen_by}) is not installed: {INSTALL_HINT[choice.name]}")]
        )


def installed_version(package: str) -> str | None:
    """The installed version of ``package`` (a runtime's module and distribution share the name), else None.

    Read from the ``<name>-<version>.dist-info`` folder beside the module, as a wheel installs it; only
    when there is none (an unusual install) through ``importlib.metadata``, whose import costs more than the
    rest of this module (synth names the runtime on every start)."""
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        return None
    found = sorted(Path(spec.origin).parent.parent.glob(f"{package}-*.dist-info"))
    if len(found) == 1:
        return found[0].name.removeprefix(f"{package}-").removesuffix(".dist-info")
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(package)
    except PackageNotFoundError:
        return None


def bindings_folder(choice: RuntimeChoice) -> str | None:
    """The folder of ``ums_ha._generated`` that holds ``choice``'s bindings, when not the default's own."""
    return None if choice.name == DEFAULT_RUNTIME else choice.name
