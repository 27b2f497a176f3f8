"""A Terraform JSON configuration, such as a stack's ``cdk.tf.json``, as one formatted HCL file.

The result is what ``terraform fmt`` leaves unchanged, in current syntax: references
bare (``name = citrixadc_server.a.name``, ``provider = citrixadc.lab``), never
``"${...}"``; nested blocks and object arguments told apart by the providers'
schemas (see :mod:`ums_ha.app.hcl.block_types`). Terraform reads it as the same
configuration, with the same resource addresses.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from ums_ha.app.hcl.block_types import BlockTypes
from ums_ha.app.hcl.bodies import BodySpec, block_lines, each_object, label, schema_spec
from ums_ha.app.hcl.errors import HclRenderError
from ums_ha.app.hcl.expressions import Strings
from ums_ha.app.hcl.keys import COMMENT_KEY
from ums_ha.app.hcl.lines import BLANK, Line, format_lines

_SOURCE = Strings.SOURCE
_LITERAL = Strings.LITERAL

_CONDITION = BodySpec()  # precondition, postcondition, validation: condition and error_message are expressions
_CONNECTION = BodySpec()
_PROVISIONER = BodySpec(arguments={"when": _SOURCE, "on_failure": _SOURCE}, blocks={"connection": _CONNECTION})
_LIFECYCLE = BodySpec(
    arguments={"ignore_changes": _SOURCE, "replace_triggered_by": _SOURCE},
    blocks={"precondition": _CONDITION, "postcondition": _CONDITION},
)

#: What every resource and data source body has besides its schema's arguments and blocks.
_RESOURCE_META = BodySpec(
    arguments={"provider": _SOURCE, "depends_on": _SOURCE},
    blocks={"lifecycle": _LIFECYCLE, "connection": _CONNECTION},
    labelled={"provisioner": lambda _type, _where: _PROVISIONER},
    first=("count", "for_each", "provider"),
    last=("lifecycle", "depends_on"),
)

_VARIABLE = BodySpec(
    arguments={"type": _SOURCE, "default": _LITERAL, "description": _LITERAL},
    blocks={"validation": _CONDITION},
    first=("type",),
)
_OUTPUT = BodySpec(
    arguments={"description": _LITERAL, "depends_on": _SOURCE},
    blocks={"precondition": _CONDITION},
    first=("description",),
)
_MOVED = BodySpec(arguments={"from": _SOURCE, "to": _SOURCE})
_IMPORT = BodySpec(arguments={"to": _SOURCE, "provider": _SOURCE})
_REMOVED = BodySpec(
    arguments={"from": _SOURCE},
    blocks={"lifecycle": BodySpec(), "connection": _CONNECTION},
    labelled={"provisioner": lambda _type, _where: _PROVISIONER},
    first=("from",),
)

Block = list[Line]


def render_hcl(
    document: Mapping[str, Any], *, block_types: BlockTypes | None = None, header: Iterable[str] = ()
) -> str:
    """The configuration as HCL: top-level blocks in Terraform's customary order, one blank line apart.

    ``header`` lines become ``#`` comments at the top. Raises :class:`HclRenderError`
    for anything without a faithful HCL form (unknown top-level keys, resource types
    without a schema, invalid names, malformed templates), naming its JSON path.
    """
    types = block_types or BlockTypes()
    writers = _writers(types)
    unknown = [key for key in document if key not in writers and key != COMMENT_KEY]
    if unknown:
        raise HclRenderError(unknown[0], f"is not a top-level block the HCL writer knows ({', '.join(writers)})")
    lines = [Line(0, f"# {text}".rstrip()) for text in header]
    for kind, write in writers.items():
        for block in write(document[kind]) if kind in document else []:
            if lines:
                lines.append(BLANK)
            lines += block
    return format_lines(lines)


def _writers(types: BlockTypes) -> dict[str, Callable[[Any], list[Block]]]:
    """Top-level JSON key -> writer of its blocks, in the order they appear in the file."""
    return {
        "terraform": lambda value: [block_lines("terraform", value, _terraform_spec(types), 0, "terraform")],
        "provider": lambda value: _providers(value, types),
        "variable": lambda value: _named("variable", value, _VARIABLE),
        "locals": lambda value: _unnamed("locals", value, BodySpec()),
        "data": lambda value: _resources("data", value, types.data_source),
        "resource": lambda value: _resources("resource", value, types.resource),
        "moved": lambda value: _unnamed("moved", value, _MOVED),
        "import": lambda value: _unnamed("import", value, _IMPORT),
        "removed": lambda value: _unnamed("removed", value, _REMOVED),
        "output": lambda value: _named("output", value, _OUTPUT),
    }


def _terraform_spec(types: BlockTypes) -> BodySpec:
    """The ``terraform`` block: literal settings; ``required_providers`` entries are arguments, not blocks."""
    return BodySpec(
        strings=_LITERAL,
        blocks={
            "required_providers": BodySpec(strings=_LITERAL),
            "cloud": BodySpec(strings=_LITERAL, blocks={"workspaces": BodySpec(strings=_LITERAL)}),
        },
        labelled={"backend": lambda backend, where: schema_spec(types.backend(backend, where), _LITERAL)},
        first=("required_version", "required_providers"),
    )


def _providers(value: Any, types: BlockTypes) -> list[Block]:
    """``provider "name" {}`` for each configuration; JSON holds one object or a list (aliases) per provider."""
    blocks: list[Block] = []
    for providers, where in each_object(value, "provider"):
        for name, configurations in providers.items():
            spec = schema_spec(types.provider(name, f"{where}.{name}")).extended(
                BodySpec(arguments={"alias": _LITERAL}, first=("alias",))
            )
            blocks += [
                block_lines(f"provider {label(name, path)}", body, spec, 0, path)
                for body, path in each_object(configurations, f"{where}.{name}")
            ]
    return blocks


def _resources(kind: str, value: Any, tree_of: Callable[[str, str], Any]) -> list[Block]:
    """``resource "type" "name" {}`` (or ``data``) for each; the type's schema says which keys are blocks."""
    blocks: list[Block] = []
    for types_, where in each_object(value, kind):
        for type_name, resources in types_.items():
            type_where = f"{where}.{type_name}"
            spec = schema_spec(tree_of(type_name, type_where)).extended(_RESOURCE_META)
            for by_name, names_where in each_object(resources, type_where):
                for name, body in by_name.items():
                    path = f"{names_where}.{name}"
                    header = f"{kind} {label(type_name, type_where)} {label(name, path)}"
                    blocks.append(block_lines(header, body, spec, 0, path))
    return blocks


def _named(kind: str, value: Any, spec: BodySpec) -> list[Block]:
    """``variable "name" {}`` or ``output "name" {}`` for each entry of the JSON object."""
    return [
        block_lines(f"{kind} {label(name, f'{where}.{name}')}", body, spec, 0, f"{where}.{name}")
        for entries, where in each_object(value, kind)
        for name, body in entries.items()
    ]


def _unnamed(kind: str, value: Any, spec: BodySpec) -> list[Block]:
    """``removed {}``, ``moved {}``, ``import {}`` or ``locals {}`` for each JSON object (a list of them, or one)."""
    return [block_lines(kind, body, spec, 0, where) for body, where in each_object(value, kind)]
