"""Regenerate the typed citrixadc bindings in src/ums_ha/_generated/ offline.

The Terraform registry is not needed: `cdktf get` reads the provider schema
from provider-schemas/citrixadc@2.2.2.json (a dump of the real provider,
trimmed to the resources ums-ha uses) through
CDKTF_EXPERIMENTAL_PROVIDER_SCHEMA_CACHE_PATH.

    python scripts/generate_bindings.py                      # regenerate
    python scripts/generate_bindings.py --trim-from FULL.json  # re-trim first

Needs Node and the cdktf CLI (`npm ci` installs the pinned one).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCHEMA_DIR = ROOT / "provider-schemas"
PROVIDER = "citrix/citrixadc"
VERSION = "2.2.2"
REGISTRY_ADDRESS = "registry.terraform.io/citrix/citrixadc"
SCHEMA_FILE = SCHEMA_DIR / f"citrixadc@{VERSION}.json"
TARGET = ROOT / "src" / "ums_ha" / "_generated" / "citrixadc"

# The resources ums-ha builds; the bindings hold nothing else.
RESOURCES = (
    "citrixadc_lbgroup",
    "citrixadc_lbgroup_lbvserver_binding",
    "citrixadc_lbmonitor",
    "citrixadc_lbvserver",
    "citrixadc_lbvserver_servicegroup_binding",
    "citrixadc_nsconfig_save",
    "citrixadc_nsip",
    "citrixadc_server",
    "citrixadc_servicegroup",
    "citrixadc_servicegroup_lbmonitor_binding",
    "citrixadc_servicegroup_servicegroupmember_binding",
)


def trim(full_schema: Path) -> None:
    """Write the trimmed schema cache file from a full `providers schema -json` dump."""
    document = json.loads(full_schema.read_text(encoding="utf-8"))
    provider = document["provider_schemas"][REGISTRY_ADDRESS]
    missing = [name for name in RESOURCES if name not in provider["resource_schemas"]]
    if missing:
        raise SystemExit(f"error: {full_schema} lacks resources: {', '.join(missing)}")
    trimmed = {
        "format_version": document["format_version"],
        "provider_schemas": {
            REGISTRY_ADDRESS: {
                "provider": provider["provider"],
                "resource_schemas": {name: provider["resource_schemas"][name] for name in RESOURCES},
                "data_source_schemas": {},
            }
        },
        "provider_versions": {REGISTRY_ADDRESS: VERSION},
    }
    SCHEMA_FILE.write_text(json.dumps(trimmed, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def find_cdktf() -> str:
    local = ROOT / "node_modules" / ".bin" / "cdktf"
    if local.exists():
        return str(local)
    found = shutil.which("cdktf")
    if found is None:
        raise SystemExit("error: the cdktf CLI is not installed; run `npm ci` first")
    return found


def generate() -> None:
    with tempfile.TemporaryDirectory() as work:
        workdir = Path(work)
        (workdir / "cdktf.json").write_text(
            json.dumps(
                {
                    "language": "python",
                    "app": "true",
                    "terraformProviders": [f"{PROVIDER}@{VERSION}"],
                    "codeMakerOutput": "imports",
                }
            ),
            encoding="utf-8",
        )
        env = dict(
            os.environ,
            CDKTF_EXPERIMENTAL_PROVIDER_SCHEMA_CACHE_PATH=str(SCHEMA_DIR),
            CHECKPOINT_DISABLE="1",
            CI="1",
            JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION="20",
        )
        subprocess.run([find_cdktf(), "get"], cwd=workdir, env=env, check=True)
        shutil.rmtree(TARGET, ignore_errors=True)
        shutil.copytree(workdir / "imports" / "citrixadc", TARGET)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trim-from", type=Path, help="full provider schema dump to trim first")
    args = parser.parse_args(argv)
    if args.trim_from is not None:
        trim(args.trim_from)
    generate()
    print(f"generated {TARGET.relative_to(ROOT)} from {SCHEMA_FILE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
