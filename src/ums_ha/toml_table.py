"""Reading one TOML table of the site file: typed getters that record problems, then unknown keys."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Final, TypeVar

from .errors import Problem

_T = TypeVar("_T")

TYPE_WORDS: Final[Mapping[type, str]] = {
    str: "a string",
    int: "an integer",
    bool: "true or false",
    dict: "a table",
    list: "an array",
}


class Table:
    """One TOML table being read: typed getters that record problems, then unknown keys."""

    def __init__(self, data: object, path: str, problems: list[Problem]) -> None:
        if not isinstance(data, dict):
            problems.append(Problem(path, f"must be a table, but {data!r} was given"))
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
            self.problems.append(Problem(self.key(name), f"must be {TYPE_WORDS[kind]}, but {value!r} was given"))
            return None
        return value

    def get(self, name: str, kind: type[_T], default: _T, *, required: bool = False) -> _T:
        """The value, or ``default`` when absent or of the wrong type (a problem is recorded)."""
        if required and name not in self.data:
            self.seen.add(name)
            self.problems.append(Problem(self.key(name), f"is required: {TYPE_WORDS[kind]}"))
            return default
        value = self.get_optional(name, kind)
        return default if value is None else value

    def tables(self, name: str) -> list[Table] | None:
        """An array of tables (``[[...]]``), or None when the key is absent."""
        raw = self.get_optional(name, list)
        if raw is None:
            return None
        return [Table(item, f"{self.key(name)}[{index}]", self.problems) for index, item in enumerate(raw)]

    def finish(self, allowed_extra: Callable[[str], bool] = lambda _key: False) -> None:
        unknown = [key for key in self.data if key not in self.seen and not allowed_extra(key)]
        allowed = ", ".join(sorted(self.seen))
        for key in unknown:
            self.problems.append(Problem(self.key(key), f"unknown key; the keys allowed here are: {allowed}"))
