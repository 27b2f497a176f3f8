"""A synthesized output directory with HCL stacks: ``cdk.tf`` where ``cdk.tf.json`` was.

The layout is CDKTF's own for HCL output, so the cdktf CLI (``cdktf deploy --hcl``)
finds everything: the manifest names ``cdk.tf``, and ``metadata.json`` holds the
parts of the JSON the CLI reads (CDKTF's metadata and the ``terraform`` block).
Terraform ignores ``metadata.json``; ``cdk.tf`` alone is the root module.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ums_ha.app.hcl.keys import COMMENT_KEY
from ums_ha.app.output_dir import MANIFEST_FILE

JSON_STACK_FILE = "cdk.tf.json"
HCL_STACK_FILE = "cdk.tf"
#: The manifest's ``stackMetadataPath``: what the cdktf CLI reads beside an HCL stack.
METADATA_FILE = "metadata.json"


def header(stack_name: str) -> list[str]:
    """The comment on top of a stack's ``cdk.tf``."""
    return [
        f"Stack {stack_name}, written by ums-ha from the site file: change the site file and synthesize again.",
        'After leaving CDKTF this file is the configuration itself (ums-ha docs/guide/hcl-output.md, "Leaving CDKTF").',
    ]


def convert_stacks_to_hcl(outdir: Path) -> list[Path]:
    """Replace every stack's JSON in ``outdir`` with HCL and update the manifest; returns the ``cdk.tf`` files."""
    from ums_ha.app.hcl.document import render_hcl  # the HCL writer loads only when HCL is asked for

    manifest = _read_manifest(outdir)
    written = []
    for name, stack in manifest["stacks"].items():
        json_path = outdir / stack["synthesizedStackPath"]
        document = json.loads(json_path.read_text(encoding="utf-8"))
        hcl_path = json_path.with_name(HCL_STACK_FILE)
        hcl_path.write_text(render_hcl(document, header=header(name)), encoding="utf-8")
        metadata = json.dumps(stack_metadata(document), indent=2, sort_keys=True) + "\n"
        (outdir / stack["stackMetadataPath"]).write_text(metadata, encoding="utf-8")
        json_path.unlink()
        stack["synthesizedStackPath"] = hcl_path.relative_to(outdir).as_posix()
        written.append(hcl_path)
    (outdir / MANIFEST_FILE).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return written


def remove_stale_hcl(outdir: Path) -> list[Path]:
    """Delete a ``cdk.tf`` left from an earlier HCL synthesis beside each stack's new ``cdk.tf.json``.

    The cdktf CLI writes into its output directory without clearing it, and
    Terraform would read both files: every resource declared twice.
    """
    manifest = _read_manifest(outdir)
    stale = [
        path
        for stack in manifest["stacks"].values()
        if (path := (outdir / stack["synthesizedStackPath"]).with_name(HCL_STACK_FILE)).is_file()
    ]
    for path in stale:
        path.unlink()
    return stale


def stack_metadata(document: dict[str, Any]) -> dict[str, Any]:
    """What CDKTF keeps beside an HCL stack: the top-level metadata, the ``terraform`` block, each block's metadata."""
    metadata: dict[str, Any] = {key: document[key] for key in (COMMENT_KEY, "terraform") if key in document}
    for kind in ("resource", "data"):
        blocks = {
            type_name: {name: {COMMENT_KEY: body[COMMENT_KEY]} for name, body in bodies.items() if COMMENT_KEY in body}
            for type_name, bodies in document.get(kind, {}).items()
        }
        if any(blocks.values()):
            metadata[kind] = {type_name: bodies for type_name, bodies in blocks.items() if bodies}
    return metadata


def _read_manifest(outdir: Path) -> dict[str, Any]:
    manifest: dict[str, Any] = json.loads((outdir / MANIFEST_FILE).read_text(encoding="utf-8"))
    return manifest
