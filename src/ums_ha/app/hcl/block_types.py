"""Which JSON keys are nested blocks: JSON writes a block and an object argument alike.

HCL does not: ``server { host = "..." }`` is a block, ``triggers_replace = { ... }``
an argument, and Terraform refuses one written as the other. The providers' own
schemas say which is which (``ums_ha._generated.block_types``, from
``provider-schemas/``); Terraform's built-in resources and the backends are listed here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from ums_ha._generated import block_types as generated
from ums_ha.app.hcl.errors import HclRenderError

BlockTree = Mapping[str, Any]
"""Nested block name -> that block's own nested blocks (another ``BlockTree``); every other key is an argument."""

#: Terraform's own resource and data source types, which no provider schema lists; none has nested blocks.
BUILTIN_RESOURCES: Mapping[str, BlockTree] = MappingProxyType({"terraform_data": {}})
BUILTIN_DATA_SOURCES: Mapping[str, BlockTree] = MappingProxyType({"terraform_remote_state": {}})

#: The backends' nested blocks (Terraform 1.11 refuses ``workspaces = {...}`` in ``remote`` with
#: "Unsupported argument", and ``assume_role {...}`` in ``s3`` with "Unsupported block type":
#: s3's ``assume_role``, ``assume_role_with_web_identity`` and ``endpoints`` are object arguments).
BACKENDS: Mapping[str, BlockTree] = MappingProxyType(
    {"local": {}, "s3": {}, "azurerm": {}, "pg": {}, "http": {}, "remote": {"workspaces": {}}}
)


@dataclass(frozen=True)
class BlockTypes:
    """The nested blocks of every provider configuration, resource type, data source and backend the writer knows."""

    providers: Mapping[str, BlockTree] = field(default_factory=lambda: MappingProxyType(generated.PROVIDERS))
    resources: Mapping[str, BlockTree] = field(
        default_factory=lambda: MappingProxyType({**generated.RESOURCES, **BUILTIN_RESOURCES})
    )
    data_sources: Mapping[str, BlockTree] = field(
        default_factory=lambda: MappingProxyType({**generated.DATA_SOURCES, **BUILTIN_DATA_SOURCES})
    )
    backends: Mapping[str, BlockTree] = field(default_factory=lambda: BACKENDS)

    def provider(self, name: str, where: str) -> BlockTree:
        return _lookup(self.providers, name, "provider", where)

    def resource(self, type_name: str, where: str) -> BlockTree:
        return _lookup(self.resources, type_name, "resource type", where)

    def data_source(self, type_name: str, where: str) -> BlockTree:
        return _lookup(self.data_sources, type_name, "data source", where)

    def backend(self, type_name: str, where: str) -> BlockTree:
        return _lookup(self.backends, type_name, "backend", where)


def _lookup(table: Mapping[str, BlockTree], name: str, what: str, where: str) -> BlockTree:
    try:
        return table[name]
    except KeyError:
        raise HclRenderError(
            where, f"no schema for the {what} {name!r}, so its nested blocks cannot be told from its arguments"
        ) from None
