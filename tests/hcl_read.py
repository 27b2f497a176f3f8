"""HCL read back with python-hcl2 into Terraform's JSON form, to compare with the JSON synthesis as data.

python-hcl2 keeps quoted strings with their quotes and escapes (``'"ok"'``), gives
expressions as ``"${...}"`` and marks blocks with ``__is_block__``. Turned into the
JSON syntax: quoted strings become their template text, expressions stay
``"${...}"`` (what JSON writes for them) except in the meta-arguments that JSON
writes as bare source text, and labelled blocks nest as JSON objects.
"""

from __future__ import annotations

import re
from typing import Any

import hcl2

#: Meta-arguments whose JSON strings are an expression's source text (no "${...}").
BARE_SOURCE_KEYS = frozenset({"depends_on", "provider", "replace_triggered_by", "ignore_changes", "from", "to"})

_BLOCK = "__is_block__"
_ESCAPE = re.compile(r"\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|(.))")
_SIMPLE_ESCAPES = {"n": "\n", "r": "\r", "t": "\t", '"': '"', "\\": "\\"}


def parse_hcl(text: str) -> dict[str, Any]:
    parsed: dict[str, Any] = hcl2.loads(text)
    return parsed


def hcl_as_terraform_json(parsed: dict[str, Any]) -> dict[str, Any]:
    """The parsed HCL as the Terraform JSON syntax would write it, one-element lists of objects collapsed."""
    document: dict[str, Any] = collapse(_body(parsed))
    return document


def json_without_comments(document: Any) -> Any:
    """A JSON configuration without CDKTF's ``"//"`` keys, one-element lists of objects collapsed."""
    return collapse(_drop_comments(document))


def collapse(value: Any) -> Any:
    """One-element lists of objects as the object: JSON may write a single block either way."""
    if isinstance(value, dict):
        return {key: collapse(item) for key, item in value.items()}
    if isinstance(value, list):
        items = [collapse(item) for item in value]
        return items[0] if len(items) == 1 and isinstance(items[0], dict) else items
    return value


def unquote(token: str) -> str:
    """An HCL quoted string's template text: the quotes gone, the escapes decoded."""
    if len(token) < 2 or token[0] != '"' or token[-1] != '"':
        raise ValueError(f"not a quoted string: {token!r}")

    def decode(match: re.Match[str]) -> str:
        code = match.group(1) or match.group(2)
        return chr(int(code, 16)) if code else _SIMPLE_ESCAPES[match.group(3)]

    return _ESCAPE.sub(decode, token[1:-1])


def resource_addresses(parsed: dict[str, Any]) -> list[str]:
    """``type.name`` of every resource block, in file order."""
    return [
        f"{unquote(type_label)}.{unquote(name_label)}"
        for wrapper in parsed.get("resource", [])
        for type_label, by_name in wrapper.items()
        for name_label in by_name
    ]


def _body(body: dict[str, Any]) -> dict[str, Any]:
    return {key: _value(item, key) for key, item in body.items() if not key.startswith("__")}


def _value(value: Any, key: str) -> Any:
    if isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
        blocks = _blocks(value)
        if blocks is not None:
            return blocks
    if isinstance(value, list):
        return [_value(item, key) for item in value]
    if isinstance(value, dict):
        return {(unquote(name) if name.startswith('"') else name): _value(item, name) for name, item in value.items()}
    if isinstance(value, str):
        if value.startswith('"'):
            return unquote(value)
        if key in BARE_SOURCE_KEYS and value.startswith("${") and value.endswith("}"):
            return value[2:-1]
    return value


def _blocks(items: list[dict[str, Any]]) -> Any:
    """Blocks as JSON: a list of bodies, or labels nesting as objects; None for a list of object values."""
    if all(item.get(_BLOCK) for item in items):
        return [_body(item) for item in items]
    if all(_is_labelled(item) for item in items):
        merged: dict[str, Any] = {}
        for item in items:
            _merge_labelled(merged, item)
        return merged
    return None


def _is_labelled(item: dict[str, Any]) -> bool:
    """A labelled block as python-hcl2 nests it: ``{'"label"': {... '__is_block__': True}}``, maybe two levels."""
    return bool(item) and all(
        name.startswith('"') and isinstance(inner, dict) and (inner.get(_BLOCK) or _is_labelled(inner))
        for name, inner in item.items()
    )


def _merge_labelled(into: dict[str, Any], item: dict[str, Any]) -> None:
    """Labels as nested JSON keys; several blocks under the same labels make a list."""
    for name, inner in item.items():
        label = unquote(name)
        if inner.get(_BLOCK):
            into.setdefault(label, []).append(_body(inner))
        else:
            _merge_labelled(into.setdefault(label, {}), inner)


def _drop_comments(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _drop_comments(item) for key, item in value.items() if key != "//"}
    if isinstance(value, list):
        return [_drop_comments(item) for item in value]
    return value
