"""JSON values as HCL expressions, laid out as lines."""

from __future__ import annotations

import re
from enum import Enum
from typing import Any

from ums_ha.app.hcl.errors import HclRenderError
from ums_ha.app.hcl.lines import Line
from ums_ha.app.hcl.template_strings import quote_literal, quote_template, sole_interpolation, template_expression

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
_KEYWORDS = frozenset({"true", "false", "null"})


class Strings(Enum):
    """How Terraform reads the JSON strings of an argument."""

    TEMPLATE = "template"
    """A string template, as almost every argument (resource and provider arguments, outputs' values)."""

    LITERAL = "literal"
    """Plain text: variable defaults, descriptions, the ``terraform`` block."""

    SOURCE = "source"
    """An expression's source text: ``depends_on``, ``provider``, ``lifecycle`` lists, ``removed.from``, a type."""


def identifier(name: str, where: str) -> str:
    """An argument or block name, which HCL cannot quote."""
    if not _IDENTIFIER.fullmatch(name):
        raise HclRenderError(where, f"{name!r} is not an HCL identifier (a letter or _, then letters, digits, _, -)")
    return name


def value_lines(
    key: str | None, value: Any, depth: int, strings: Strings, where: str, *, suffix: str = ""
) -> list[Line]:
    """``key = value`` (or the bare value, inside a list), one or more lines.

    Objects and lists of several items take a line per item, so a change reads as
    one changed line in a diff; empty ones and lists of one simple item stay on one line.
    """
    if isinstance(value, dict):
        if not value:
            return [Line(depth, "{}" + suffix, key)]
        lines = [Line(depth, _opening(key, "{"))]
        for name, item in value.items():
            lines += value_lines(_object_key(name, strings, where), item, depth + 1, strings, f"{where}.{name}")
        return [*lines, Line(depth, "}" + suffix)]
    if isinstance(value, list):
        if not value or (len(value) == 1 and not isinstance(value[0], dict | list)):
            inner = ", ".join(scalar(item, strings, f"{where}[0]") for item in value)
            return [Line(depth, f"[{inner}]{suffix}", key)]
        lines = [Line(depth, _opening(key, "["))]
        for index, item in enumerate(value):
            lines += value_lines(None, item, depth + 1, strings, f"{where}[{index}]", suffix=",")
        return [*lines, Line(depth, "]" + suffix)]
    return [Line(depth, scalar(value, strings, where) + suffix, key)]


def scalar(value: Any, strings: Strings, where: str) -> str:
    """A JSON string, number, boolean or null as an HCL expression."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        if strings is Strings.TEMPLATE:
            return template_expression(value, where)
        if strings is Strings.LITERAL:
            return quote_literal(value)
        return source_expression(value, where)
    raise HclRenderError(where, f"a {type(value).__name__} is not a JSON value")


def source_expression(text: str, where: str) -> str:
    """An expression given as its source text; the form ``"${...}"`` is accepted too."""
    expression = sole_interpolation(text, where)
    expression = (expression if expression is not None else text).strip()
    if not expression or "\n" in expression:
        raise HclRenderError(where, f"{text!r} is not a one-line expression")
    return expression


def _object_key(name: str, strings: Strings, where: str) -> str:
    if _IDENTIFIER.fullmatch(name) and name not in _KEYWORDS:
        return name
    if strings is Strings.LITERAL:
        return quote_literal(name)
    return quote_template(name, f"{where}.{name}")


def _opening(key: str | None, bracket: str) -> str:
    return bracket if key is None else f"{key} = {bracket}"
