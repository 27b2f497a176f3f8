"""Loaded by every Python process the tests start (tests/runtime_use.py puts this folder on PYTHONPATH): when the
process imports a CDK runtime (seen as jsii, which every runtime and binding loads first: ``import_module`` raises
no audit event for the module it is asked for), it appends the test (or fixture) that started it to the run's
runtime-use log.

Only while ``UMS_HA_RUNTIME_USE_LOG`` names that log; a process whose environment a test built from nothing is
not seen (its test can still be marked by hand)."""

from __future__ import annotations

import os
import sys

_LOG = os.environ.get("UMS_HA_RUNTIME_USE_LOG")
_RUNTIME_MODULES = ("cdktf", "cdktn", "jsii")
_seen: list[bool] = []


def _record(event: str, args: tuple[object, ...]) -> None:
    if _seen or event != "import" or str(args[0]).split(".")[0] not in _RUNTIME_MODULES or not _LOG:
        return
    _seen.append(True)
    fixture = os.environ.get("UMS_HA_RUNTIME_USE_FIXTURE", "")
    test = os.environ.get("PYTEST_CURRENT_TEST", "").rsplit(" (", 1)[0]
    line = f"fixture\t{fixture}\n" if fixture else f"test\t{test}\n" if test else ""
    if line:
        with open(_LOG, "a", encoding="utf-8") as log:
            log.write(line)


if _LOG:
    sys.addaudithook(_record)
