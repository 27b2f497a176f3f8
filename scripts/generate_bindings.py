"""Regenerate the typed provider bindings in src/ums_ha/_generated/ offline, a copy per CDK runtime.

CDKTF's copy goes to src/ums_ha/_generated/<provider>/, CDK Terrain's to src/ums_ha/_generated/cdktn/<provider>/,
each made by its runtime's own CLI (`cdktf get`, `cdktn get`) from the same schema. The Terraform registry is not
needed: `cdktf get` reads each provider's schema
from provider-schemas/<name>@<version>.json (a dump of the real provider,
trimmed to the resources ums-ha uses) through
CDKTF_EXPERIMENTAL_PROVIDER_SCHEMA_CACHE_PATH. The bindings get only the
attributes PROVIDERS below declares for each resource, plus those the provider
requires: the recorded schema keeps every attribute (the conformance tests read
it), the copy `cdktf get` reads does not. Loading and calling a binding then costs
a fraction: lbvserver has 110 attributes, ums-ha sets 7.

    python scripts/generate_bindings.py                         # regenerate all, for both runtimes
    python scripts/generate_bindings.py --runtime cdktn         # one runtime's copy
    python scripts/generate_bindings.py --trim mssql=FULL.json  # re-trim one first

Needs the cdktf and cdktn CLIs (`npm ci` installs the pinned ones); they run on the pinned Node
(``ums_ha.toolchain.node``). cdktn names the schema cache file after `terraform version`'s answer; the script
gives it no terraform to run, so the name is `<provider>@<version>@unknown-cli.json` on every machine.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ums_ha.toolchain.node import prepare_toolchain
from ums_ha.toolchain.runtimes import DEFAULT_RUNTIME, RUNTIME_PACKAGES

ROOT = Path(__file__).resolve().parent.parent
SCHEMA_DIR = ROOT / "provider-schemas"
GENERATED = ROOT / "src" / "ums_ha" / "_generated"

Schema = dict[str, Any]


def env_filled_login(resource: Schema) -> Schema:
    """Make ``server.login.username``/``password`` optional, as the provider does at run time.

    The dump ran without MSSQL_USERNAME/MSSQL_PASSWORD set. Both attributes take their
    default from those variables (EnvDefaultFunc), and the plugin SDK reports a
    required attribute whose default is available as optional; so with the variables
    set, Terraform sees an empty ``login {}`` block as complete. Typed bindings built
    from the raw dump would force the credentials into the configuration.
    """
    login = resource["block"]["block_types"]["server"]["block"]["block_types"]["login"]["block"]
    for name in ("username", "password"):
        attribute = login["attributes"][name]
        attribute.pop("required", None)
        attribute["optional"] = True
    return resource


@dataclass(frozen=True)
class Provider:
    """One provider to generate bindings for."""

    name: str
    source: str
    version: str
    resources: Mapping[str, tuple[str, ...]]
    """Each resource ums-ha builds -> the top-level attributes and nested blocks its constructs set or read
    (nested blocks are kept whole). The provider's required attributes and ``id`` are kept anyway."""
    adjust: Callable[[Schema], Schema] = field(default=lambda resource: resource)

    @property
    def registry_address(self) -> str:
        return f"registry.terraform.io/{self.source.lower()}"

    @property
    def schema_file(self) -> Path:
        return SCHEMA_DIR / f"{self.name}@{self.version}.json"

    def target(self, runtime: str) -> Path:
        """Where ``runtime``'s copy of the bindings lives (:func:`ums_ha.toolchain.runtimes.bindings_folder`)."""
        return GENERATED / self.name if runtime == DEFAULT_RUNTIME else GENERATED / runtime / self.name


# The resources ums-ha builds and what of each its constructs use; the bindings hold nothing else.
# A construct setting anything else fails (the binding has no such argument), and so does
# tests/test_generated_bindings.py, which also checks every name here against the recorded schema.
PROVIDERS = (
    Provider(
        name="citrixadc",
        source="citrix/citrixadc",
        version="2.2.2",
        resources={
            "citrixadc_lbgroup": ("name", "persistencetype", "persistmask", "timeout"),
            "citrixadc_lbgroup_lbvserver_binding": ("name", "vservername"),
            "citrixadc_lbmonitor": ("monitorname", "type", "secure", "send", "recv", "destport"),
            "citrixadc_lbvserver": (
                "name",
                "ipv46",
                "port",
                "servicetype",
                "persistencetype",
                "persistmask",
                "timeout",
            ),
            "citrixadc_lbvserver_servicegroup_binding": ("name", "servicegroupname"),
            "citrixadc_nsconfig_save": ("all", "timestamp"),
            "citrixadc_nsip": ("ipaddress", "netmask", "type"),
            "citrixadc_server": ("name", "ipaddress", "state", "delay", "graceful"),
            "citrixadc_servicegroup": ("servicegroupname", "servicetype", "usip", "clttimeout", "svrtimeout"),
            "citrixadc_servicegroup_lbmonitor_binding": ("servicegroupname", "monitorname"),
            "citrixadc_servicegroup_servicegroupmember_binding": ("servicegroupname", "servername", "port"),
        },
    ),
    Provider(
        name="mssql",
        source="valerus/mssql",
        version="0.7.2",
        resources={
            "mssql_database": ("database_name", "collation", "server"),
            "mssql_database_permissions": ("database", "username", "permissions", "server"),
            "mssql_database_schema": ("database", "schema_name", "owner_name", "server"),
            "mssql_login": ("login_name", "password", "default_database", "server"),
            "mssql_user": ("database", "username", "login_name", "default_schema", "roles", "server"),
        },
        adjust=env_filled_login,
    ),
    Provider(
        name="postgresql",
        source="cyrilgdn/postgresql",
        version="1.26.0",
        resources={
            "postgresql_database": ("name", "owner"),
            "postgresql_grant": ("database", "role", "object_type", "privileges"),
            "postgresql_role": ("name", "login", "password_wo", "password_wo_version", "search_path"),
            "postgresql_schema": ("name", "database", "owner"),
        },
    ),
)


def used_only(resource: Schema, used: tuple[str, ...]) -> Schema:
    """``resource`` with only the ``used`` attributes and blocks, ``id`` and the required attributes."""
    block = resource["block"]
    keep = {*used, "id"}
    attributes = {
        name: spec for name, spec in block.get("attributes", {}).items() if name in keep or spec.get("required")
    }
    blocks = {
        name: spec for name, spec in block.get("block_types", {}).items() if name in keep or spec.get("min_items")
    }
    return {**resource, "block": {**block, "attributes": attributes, "block_types": blocks}}


def trim(provider: Provider, full_schema: Path) -> None:
    """Write the trimmed schema cache file from a full `providers schema -json` dump."""
    document = json.loads(full_schema.read_text(encoding="utf-8"))
    schemas = document["provider_schemas"][provider.registry_address]
    missing = [name for name in provider.resources if name not in schemas["resource_schemas"]]
    if missing:
        raise SystemExit(f"error: {full_schema} lacks resources: {', '.join(missing)}")
    trimmed = {
        "format_version": document["format_version"],
        "provider_schemas": {
            provider.registry_address: {
                "provider": schemas["provider"],
                "resource_schemas": {
                    name: provider.adjust(schemas["resource_schemas"][name]) for name in provider.resources
                },
                "data_source_schemas": {},
            }
        },
        "provider_versions": {provider.registry_address: provider.version},
    }
    provider.schema_file.write_text(json.dumps(trimmed, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def find_cli(runtime: str) -> str:
    """The runtime's CLI: ``cdktf`` (package cdktf-cli) or ``cdktn`` (package cdktn-cli), as package.json pins."""
    local = ROOT / "node_modules" / ".bin" / runtime
    if local.exists():
        return str(local)
    found = shutil.which(runtime)
    if found is None:
        raise SystemExit(f"error: the {runtime} CLI is not installed; run `npm ci` first")
    return found


def generate(provider: Provider, runtime: str) -> None:
    """Run ``<runtime> get`` for one provider alone (together, each assembly would carry all of them), on a copy
    of its schema with only the attributes the resources use."""
    with tempfile.TemporaryDirectory() as work:
        workdir = Path(work)
        cache = workdir / "schemas"
        cache.mkdir()
        document = json.loads(provider.schema_file.read_text(encoding="utf-8"))
        provider_schema = document["provider_schemas"][provider.registry_address]
        schemas = provider_schema["resource_schemas"]
        provider_schema["resource_schemas"] = {
            name: used_only(schemas[name], used) for name, used in provider.resources.items()
        }
        provider_schema["data_source_schemas"] = {}
        (cache / provider.schema_file.name).write_text(json.dumps(document), encoding="utf-8")
        (cache / f"{provider.schema_file.stem}@unknown-cli.json").write_text(json.dumps(document), encoding="utf-8")
        (workdir / "cdktf.json").write_text(
            json.dumps(
                {
                    "language": "python",
                    "app": "true",
                    "terraformProviders": [f"{provider.source}@{provider.version}"],
                    "codeMakerOutput": "imports",
                }
            ),
            encoding="utf-8",
        )
        # This virtualenv's python (jsii-pacmak asks pip about cdktf) and the pinned Node come first on PATH.
        path = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", os.defpath)])
        environ = dict(os.environ, PATH=path, CDKTF_EXPERIMENTAL_PROVIDER_SCHEMA_CACHE_PATH=str(cache), CI="1")
        if runtime == "cdktn":  # its cache file name then does not depend on a terraform found on PATH
            environ["TERRAFORM_BINARY_NAME"] = str(workdir / "no-terraform")
        subprocess.run([find_cli(runtime), "get"], cwd=workdir, env=prepare_toolchain(environ), check=True)
        target = provider.target(runtime)
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(workdir / "imports" / provider.name, target)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--trim",
        action="append",
        default=[],
        metavar="NAME=FULL.json",
        help="re-trim a provider's schema from a full `providers schema -json` dump first",
    )
    parser.add_argument(
        "--runtime",
        choices=RUNTIME_PACKAGES,
        action="append",
        help="the runtime whose copy to generate; repeatable (default: every runtime)",
    )
    args = parser.parse_args(argv)
    by_name = {provider.name: provider for provider in PROVIDERS}
    for item in args.trim:
        name, _, path = item.partition("=")
        if name not in by_name or not path:
            parser.error(f"--trim: expected NAME=FULL.json with NAME one of {', '.join(by_name)}, got {item!r}")
        trim(by_name[name], Path(path))
    for runtime in args.runtime or RUNTIME_PACKAGES:
        for provider in PROVIDERS:
            generate(provider, runtime)
            target = provider.target(runtime).relative_to(ROOT)
            print(f"generated {target} with {runtime} get from {provider.schema_file.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
