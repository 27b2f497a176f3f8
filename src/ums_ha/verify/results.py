"""One check's result: what was checked, against what, what came of it and what to do when it failed."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Status(Enum):
    PASS = "pass"  # noqa: S105  (a check's outcome)
    WARN = "warn"
    """Worth knowing, not a failure (a self-signed certificate checked without its CA)."""
    FAIL = "fail"
    SKIP = "skip"
    """Not checked: skipped on request, or nothing to check it with."""


@dataclass(frozen=True)
class CheckResult:
    check: str
    """What kind of check: ``dns``, ``vip port``, ``vip tls``, ``server status``, ``vserver``, ..."""
    target: str
    """What it was checked against: a name, an address and port, an appliance object."""
    status: Status
    detail: str
    """What was found."""
    remedy: str = ""
    """What to do about it; empty when it passed."""


def exit_status(results: list[CheckResult]) -> int:
    """0 when no check failed, else 1."""
    return 1 if any(result.status is Status.FAIL for result in results) else 0
