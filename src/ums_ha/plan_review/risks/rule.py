"""What a risk rule is and what it reports."""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ums_ha.plan_review.model import Plan


class Level(enum.IntEnum):
    """How bad a finding is; ``--fail-on`` fails on a level and everything above it."""

    INFO = 1
    WARNING = 2
    OUTAGE = 3
    CRITICAL = 4

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def from_label(cls, label: str) -> Level:
        return cls[label.upper()]


LEVEL_LABELS: tuple[str, ...] = tuple(level.label for level in Level)


@dataclass(frozen=True)
class Hit:
    """One place a rule fires: the Terraform address (``None`` for the plan as a whole) and what is wrong there."""

    address: str | None
    message: str


@dataclass(frozen=True)
class Rule:
    """A risk rule: its id and level never change once released; ``why`` says why it matters to a UMS site."""

    id: str
    level: Level
    title: str
    why: str
    check: Callable[[Plan], Iterable[Hit]]


@dataclass(frozen=True)
class Finding:
    rule: Rule
    site: str | None
    address: str | None
    message: str

    @property
    def level(self) -> Level:
        return self.rule.level
