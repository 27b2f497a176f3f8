"""The one exception type for bad input, shared by the site file and the constructs."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ums_ha.credentials.urls import mask_url_credentials


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input.

    ``key`` is where it is: a site-file key path (``sites.prod.netscaler.vip``)
    or a construct prop name (``vip``). A password inside a URL that the message
    echoes is masked here, once for every rule (``https://nsroot:***@192.0.2.2``).
    """

    key: str
    message: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "message", mask_url_credentials(self.message))

    def __str__(self) -> str:
        return f"{self.key}: {self.message}"


class ValidationError(ValueError):
    """Every problem found in one input, reported together.

    ``str()`` lists one problem per line, so the CLI can print it as it is.
    """

    def __init__(self, problems: Iterable[Problem], *, source: str = "") -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        self.source = source
        count = len(self.problems)
        where = f" in {source}" if source else ""
        heading = f"{count} problem{'s' if count != 1 else ''}{where}:"
        super().__init__("\n".join([heading, *(f"  - {problem}" for problem in self.problems)]))
