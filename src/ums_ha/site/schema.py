"""The site file's declarations: each table and each key its reader reads, with what the reference says of it.

A reader reads a key only through its :class:`Key` (:meth:`ums_ha.site.toml_table.Table.read`), takes its
bounds and choices from it, and its table's :class:`TableSchema` lists it; the site-file reference
(``docs/reference/site-file.md``) is rendered from the same objects (:mod:`ums_ha.site.reference`), so the
two cannot disagree.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

_T = TypeVar("_T")


@dataclass(frozen=True)
class Key(Generic[_T]):
    """One key of a table: its TOML type, default and limits, as the reader applies them."""

    name: str
    kind: type[_T]
    """``str``, ``int``, ``bool``, ``float`` (any number), ``list`` or ``dict``."""
    doc: str
    """What it is, and what is allowed beyond the type, ``choices`` and ``bounds`` (Markdown)."""
    default: _T | None = None
    """The value when the key is absent. None: none (the reader gets None), or the key is ``required``."""
    required: bool = False
    shown_default: str | None = None
    """The reference's words for a default that is not a plain value (``the console service's port``)."""
    choices: Sequence[str] = ()
    """The only values allowed: the reader checks them (:func:`~ums_ha.domain.rules.check_one_of`), or the rule
    in ``rules`` does, from the same constant."""
    bounds: tuple[int, int] | None = None
    """The inclusive range of an integer: the reader checks it (:func:`~ums_ha.domain.rules.check_int_range`), or
    the rule in ``rules`` does, from the same constant."""
    rules: tuple[Callable[..., object], ...] = ()
    """The further rules that refuse a bad value, by the function that checks it."""
    only: str | None = None
    """The condition under which the key exists at all (``engine = "postgresql"``); the others refuse it."""

    def default_text(self) -> str:
        """The default as the reference shows it."""
        if self.shown_default is not None:
            return self.shown_default
        if self.required or self.default is None:
            return ""
        return f"`{toml_value(self.default)}`"


@dataclass(frozen=True)
class TableSchema:
    """One table of the site file, or an array of tables (``[[...]]``)."""

    path: str
    """Where it is, ``sites.<site>.netscaler``."""
    doc: str
    keys: tuple[Key[Any], ...]
    required: str = "no"
    """When the table must be there: ``yes``, ``no``, or in words."""
    array: bool = False
    count: str = ""
    """For an array of tables: how many (``1..32``)."""
    extra_keys: str = ""
    """What the table takes beyond ``keys`` (a backend's own settings), in words; empty: nothing."""
    links: tuple[tuple[str, str], ...] = field(default_factory=tuple)
    """The guide's pages on this table: (title, path relative to docs/)."""

    @property
    def name(self) -> str:
        """The table's own key in the table above it (``netscaler``)."""
        return self.path.rsplit(".", 1)[-1]

    def key(self, name: str) -> Key[Any]:
        for key in self.keys:
            if key.name == name:
                return key
        raise KeyError(f"{self.path} declares no key {name!r}")


def toml_value(value: object) -> str:
    """A Python value as TOML writes it: ``true``, ``5``, ``"TCP"``, ``[11, 12]``."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f"'{value}'" if '"' in value and "'" not in value else json.dumps(value)  # TOML's literal string
    if isinstance(value, list | tuple):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    return str(value)
