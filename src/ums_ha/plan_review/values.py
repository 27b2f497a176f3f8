"""Attribute values as a reviewer may see them: sensitive ones masked, unknown ones named.

Terraform's JSON plan carries the real value of a sensitive attribute and marks
it in a parallel ``before_sensitive``/``after_sensitive`` tree; unknown values
are marked in ``after_unknown``. :func:`reveal` merges value and marks into one
tree in which a masked value is a :class:`Hidden` marker, so nothing after it
can print a secret by mistake.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True)
class Hidden:
    """A value the review does not show: ``(sensitive)`` or ``(known after apply)``."""

    label: str
    json_key: str

    def to_json(self) -> dict[str, bool]:
        return {self.json_key: True}


SENSITIVE: Final = Hidden("(sensitive)", "sensitive")
UNKNOWN: Final = Hidden("(known after apply)", "unknown")


def _child(marks: object, key: str | int) -> object:
    """The marks for one element of a map or a list; anything malformed marks nothing."""
    if isinstance(marks, dict) and isinstance(key, str):
        return marks.get(key, False)
    if isinstance(marks, list) and isinstance(key, int) and key < len(marks):
        return marks[key]
    return False


def reveal(value: object, sensitive: object, unknown: object = False) -> object:
    """``value`` with every sensitive part replaced by :data:`SENSITIVE`, every unknown one by :data:`UNKNOWN`."""
    if sensitive is True:
        return SENSITIVE
    if unknown is True:
        return UNKNOWN
    if isinstance(value, dict) or (value is None and isinstance(unknown, dict) and has_true(unknown)):
        mapping = value if isinstance(value, dict) else {}
        # An unknown attribute may be absent from "after" altogether.
        keys = list(mapping) + [key for key in (unknown if isinstance(unknown, dict) else {}) if key not in mapping]
        return {key: reveal(mapping.get(key), _child(sensitive, key), _child(unknown, key)) for key in sorted(keys)}
    if isinstance(value, list):
        return [reveal(item, _child(sensitive, index), _child(unknown, index)) for index, item in enumerate(value)]
    return value


def has_true(marks: object) -> bool:
    """Whether a marks tree marks anything at all."""
    if marks is True:
        return True
    if isinstance(marks, dict):
        return any(has_true(value) for value in marks.values())
    if isinstance(marks, list):
        return any(has_true(value) for value in marks)
    return False


def _replace_hidden(value: object, replace: Callable[[Hidden], object]) -> object:
    if isinstance(value, Hidden):
        return replace(value)
    if isinstance(value, dict):
        return {key: _replace_hidden(item, replace) for key, item in value.items()}
    if isinstance(value, list):
        return [_replace_hidden(item, replace) for item in value]
    return value


def to_json(value: object) -> object:
    """A revealed value as plain JSON data: markers become ``{"sensitive": true}`` / ``{"unknown": true}``."""
    return _replace_hidden(value, Hidden.to_json)


def display(value: object, *, limit: int = 200) -> str:
    """A revealed value as one short line for people: strings bare, the rest as compact JSON."""
    if isinstance(value, Hidden):
        return value.label
    if value is None:
        return "null"
    if isinstance(value, str):
        text = json.dumps(value) if value == "" or value.strip() != value else value
    else:
        text = json.dumps(_replace_hidden(value, lambda hidden: hidden.label), separators=(", ", ": "), sort_keys=True)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def is_empty(value: object) -> bool:
    """Nothing worth showing on a new object: null, empty string, empty list or map."""
    return value is None or value in ("", [], {})
