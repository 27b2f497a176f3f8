"""Reading one TOML table of the site file: typed getters that record problems, then unknown keys."""

from __future__ import annotations

import difflib
import json
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Final, TypeVar

from ums_ha.errors import Problem
from ums_ha.site.schema import Key

_T = TypeVar("_T")

TYPE_WORDS: Final[Mapping[type, str]] = {
    str: "a string",
    int: "an integer",
    bool: "true or false",
    dict: "a table",
    list: "an array",
}


def describe_value(value: object) -> str:
    """A TOML value as a message names it: ``the string "5"``, ``the integer 5``, ``a table``."""
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    if isinstance(value, dict):
        return "a table" if value else "an empty table"
    if isinstance(value, list):
        return f"the array {json.dumps(value, ensure_ascii=False, default=str)}"
    words = {str: "the string", int: "the integer", float: "the number"}
    shown = json.dumps(value, ensure_ascii=False) if isinstance(value, str) else str(value)
    return f"{words.get(type(value), 'the ' + type(value).__name__)} {shown}"  # dates and times by their type


def suggest(key: str, allowed: Iterable[str]) -> str:
    """The end of an unknown-key message: the closest allowed key, if one is close, then all of them."""
    names = sorted(allowed)
    close = difflib.get_close_matches(key, names, n=1, cutoff=0.6)
    listed = f"the keys allowed here are: {', '.join(names)}"
    return f"did you mean {close[0]!r}? {listed}" if close else listed


class Table:
    """One TOML table being read: typed getters that record problems, then unknown keys."""

    def __init__(self, data: object, path: str, problems: list[Problem]) -> None:
        if not isinstance(data, dict):
            problems.append(Problem(path, f"must be a table, but {describe_value(data)} was given"))
            data = {}
        self.data: dict[str, Any] = data
        self.path = path
        self.problems = problems
        self.seen: set[str] = set()

    def key(self, name: str) -> str:
        return f"{self.path}.{name}"

    def get_optional(self, name: str, kind: type[_T]) -> _T | None:
        """The value, or None when absent or of the wrong type (then a problem is recorded)."""
        self.seen.add(name)
        if name not in self.data:
            return None
        value = self.data[name]
        # bool is an int in Python; TOML keeps them apart, so must we.
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            self.problems.append(
                Problem(self.key(name), f"must be {TYPE_WORDS[kind]}, but {describe_value(value)} was given")
            )
            return None
        return value

    def get_number(self, name: str) -> float | None:
        """An integer or a float (``10`` or ``2.5``), or None when absent or of another type (recorded)."""
        self.seen.add(name)
        value = self.data.get(name)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.problems.append(Problem(self.key(name), f"must be a number, but {describe_value(value)} was given"))
            return None
        return float(value)

    def get(self, name: str, kind: type[_T], default: _T, *, required: bool = False) -> _T:
        """The value, or ``default`` when absent or of the wrong type (a problem is recorded)."""
        if required and name not in self.data:
            self.seen.add(name)
            self.problems.append(Problem(self.key(name), f"is required: {TYPE_WORDS[kind]}"))
            return default
        value = self.get_optional(name, kind)
        return default if value is None else value

    def read(self, key: Key[_T]) -> _T:
        """A key that is required or has a default: its value, or the default (a problem is recorded when the
        value is missing or of the wrong type)."""
        if key.kind is float:
            if key.default is None and not key.required:
                raise TypeError(f"{self.key(key.name)} has no default: read it with read_optional")
            number = self.get_number(key.name)
            return key.default if number is None else number  # type: ignore[return-value]
        if key.required:
            return self.get(key.name, key.kind, key.kind(), required=True)
        if key.default is None:
            raise TypeError(f"{self.key(key.name)} has no default: read it with read_optional")
        return self.get(key.name, key.kind, key.default)

    def read_optional(self, key: Key[_T]) -> _T | None:
        """A key without a default: its value, or None when absent or of the wrong type (recorded)."""
        if key.default is not None or key.required:
            raise TypeError(f"{self.key(key.name)} has a default or is required: read it with read")
        if key.kind is float:
            return self.get_number(key.name)  # type: ignore[return-value]
        return self.get_optional(key.name, key.kind)

    def tables(self, name: str) -> list[Table] | None:
        """An array of tables (``[[...]]``): None when the key is absent; ``[]`` with one problem recorded
        when a single table (``[...]``) was written instead."""
        if isinstance(self.data.get(name), dict):
            self.seen.add(name)
            key = self.key(name)
            self.problems.append(
                Problem(
                    key,
                    f"must be an array of tables: write [[{key}]], with double brackets, above each entry "
                    f"(a single [{key}] is one table, not a list)",
                )
            )
            return []
        raw = self.get_optional(name, list)
        if raw is None:
            return None
        return [Table(item, f"{self.key(name)}[{index}]", self.problems) for index, item in enumerate(raw)]

    def finish(self, allowed_extra: Callable[[str], bool] = lambda _key: False) -> None:
        unknown = [key for key in self.data if key not in self.seen and not allowed_extra(key)]
        for key in unknown:
            self.problems.append(Problem(self.key(key), f"unknown key; {suggest(key, self.seen)}"))
