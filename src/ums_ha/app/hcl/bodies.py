"""Block bodies: which keys are arguments (and how their strings read), which are nested blocks, in what order."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ums_ha.app.hcl.block_types import BlockTree
from ums_ha.app.hcl.errors import HclRenderError
from ums_ha.app.hcl.expressions import Strings, identifier, value_lines
from ums_ha.app.hcl.keys import COMMENT_KEY
from ums_ha.app.hcl.lines import Line


@dataclass(frozen=True)
class BodySpec:
    """How to write one kind of block body."""

    strings: Strings = Strings.TEMPLATE
    """How the strings of arguments not in ``arguments`` read."""

    arguments: Mapping[str, Strings] = field(default_factory=dict)
    """Arguments whose strings read otherwise (meta-arguments, descriptions, defaults)."""

    blocks: Mapping[str, BodySpec] = field(default_factory=dict)
    """Nested blocks without labels: ``lifecycle { ... }``."""

    labelled: Mapping[str, Callable[[str, str], BodySpec]] = field(default_factory=dict)
    """Nested blocks with one label, JSON ``{"local-exec": {...}}``: label and JSON path -> that block's spec."""

    first: tuple[str, ...] = ()
    """Written before everything else, in this order (``count``, ``for_each``, ``provider``)."""

    last: tuple[str, ...] = ()
    """Written after everything else, in this order (``lifecycle``, ``depends_on``)."""

    def extended(self, other: BodySpec) -> BodySpec:
        """This spec with ``other``'s arguments, blocks and order added (a schema's blocks plus the meta-arguments)."""
        return BodySpec(
            strings=self.strings,
            arguments={**self.arguments, **other.arguments},
            blocks={**self.blocks, **other.blocks},
            labelled={**self.labelled, **other.labelled},
            first=self.first + other.first,
            last=self.last + other.last,
        )


def schema_spec(tree: BlockTree, strings: Strings = Strings.TEMPLATE) -> BodySpec:
    """The spec of a provider schema block: its nested blocks, recursively; every other key an argument."""
    return BodySpec(strings=strings, blocks={name: schema_spec(nested, strings) for name, nested in tree.items()})


def block_lines(header: str, body: Mapping[str, Any], spec: BodySpec, depth: int, where: str) -> list[Line]:
    """``header { body }``; an empty body stays on the header's line."""
    inner = body_lines(body, spec, depth + 1, where)
    if not inner:
        return [Line(depth, f"{header} {{}}")]
    return [Line(depth, f"{header} {{"), *inner, Line(depth, "}")]


def body_lines(body: Mapping[str, Any], spec: BodySpec, depth: int, where: str) -> list[Line]:
    """The body's arguments and nested blocks: ``first``, other arguments, nested blocks, ``last``."""
    if not isinstance(body, Mapping):
        raise HclRenderError(where, f"must be a JSON object, not {type(body).__name__}")
    keys = [key for key in body if key != COMMENT_KEY]
    placed = set(spec.first) | set(spec.last)
    middle = [key for key in keys if key not in placed]
    ordered = (
        [key for key in spec.first if key in body]
        + [key for key in middle if not _is_block(key, spec)]
        + [key for key in middle if _is_block(key, spec)]
        + [key for key in spec.last if key in body]
    )
    lines: list[Line] = []
    for key in ordered:
        lines += _entry_lines(key, body[key], spec, depth, f"{where}.{key}")
    return lines


def each_object(value: Any, where: str) -> list[tuple[Mapping[str, Any], str]]:
    """A JSON block value, one object or a list of them, as (object, JSON path) pairs."""
    if isinstance(value, Mapping):
        return [(value, where)]
    if isinstance(value, list) and all(isinstance(item, Mapping) for item in value):
        return [(item, f"{where}[{index}]") for index, item in enumerate(value)]
    raise HclRenderError(where, "a block must be a JSON object or a list of objects")


def label(text: str, where: str) -> str:
    return f'"{identifier(text, where)}"'


def _is_block(key: str, spec: BodySpec) -> bool:
    return key in spec.blocks or key in spec.labelled


def _entry_lines(key: str, value: Any, spec: BodySpec, depth: int, where: str) -> list[Line]:
    name = identifier(key, where)
    if key in spec.blocks:
        if value is None:
            return []
        return [
            line
            for body, path in each_object(value, where)
            for line in block_lines(name, body, spec.blocks[key], depth, path)
        ]
    if key in spec.labelled:
        lines: list[Line] = []
        for labels, path in each_object(value, where):
            for block_label, bodies in labels.items():
                for body, body_path in each_object(bodies, f"{path}.{block_label}"):
                    block_spec = spec.labelled[key](block_label, body_path)
                    lines += block_lines(f"{name} {label(block_label, body_path)}", body, block_spec, depth, body_path)
        return lines
    return value_lines(name, value, depth, spec.arguments.get(key, spec.strings), where)
