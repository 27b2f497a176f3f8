"""The real providers' schemas in provider-schemas/ (dumps of the provider binaries), for the tests."""

from __future__ import annotations

import json
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

from terraform_cli import terraform

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "provider-schemas"

#: provider local name -> (schema file, registry address, release)
PROVIDERS = {
    "citrixadc": ("citrixadc@2.2.2.json", "registry.terraform.io/citrix/citrixadc", "2.2.2"),
    "mssql": ("mssql@0.7.2.json", "registry.terraform.io/valerus/mssql", "0.7.2"),
    "dns": ("dns@3.6.1.json", "registry.terraform.io/hashicorp/dns", "3.6.1"),
    "postgresql": ("postgresql@1.26.0.json", "registry.terraform.io/cyrilgdn/postgresql", "1.26.0"),
}


@cache
def provider_schema(name: str) -> dict[str, Any]:
    """One provider's schemas: ``provider``, ``resource_schemas``, ``data_source_schemas``."""
    file_name, address, _release = PROVIDERS[name]
    document = json.loads((SCHEMA_DIR / file_name).read_text(encoding="utf-8"))
    schema: dict[str, Any] = document["provider_schemas"][address]
    return schema


def resource_schemas() -> dict[str, Any]:
    """Every resource type's schema, of every provider."""
    return {
        resource_type: schema
        for name in PROVIDERS
        for resource_type, schema in provider_schema(name)["resource_schemas"].items()
    }


@cache
def builtin_resource_schemas() -> dict[str, Any]:
    """The schemas of Terraform's built-in resources (``terraform_data``), from the pinned Terraform core."""
    with tempfile.TemporaryDirectory() as directory:
        Path(directory, "main.tf.json").write_text('{"resource": {"terraform_data": {"probe": {}}}}')
        result = terraform("providers schema", "-json", cwd=Path(directory))
    assert result.returncode == 0, result.stderr
    schemas: dict[str, Any] = json.loads(result.stdout)["provider_schemas"]["terraform.io/builtin/terraform"]
    return dict(schemas["resource_schemas"])
