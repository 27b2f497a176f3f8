"""Rewrite tests/golden/: the example (JSON and HCL), the DBA script, the plan reviews of tests/golden_inputs.py.

    python scripts/update_golden.py

Review the diff: every change in it is a change to users' infrastructure.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
EXAMPLE = ROOT / "src" / "ums_ha" / "ums-ha.example.toml"

os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from golden_inputs import (  # noqa: E402
    GOLDEN_DATABASE_FILE,
    GOLDEN_DATABASE_SITE,
    GOLDEN_DATABASE_SPEC,
    GOLDEN_REVIEW_DIR,
    GOLDEN_REVIEW_PLANS,
)
from plan_documents import FIXTURES  # noqa: E402

from ums_ha.app import synthesize_site_file  # noqa: E402
from ums_ha.app.hcl.stack_files import HCL_STACK_FILE  # noqa: E402
from ums_ha.database.dba_script import render_dba_script  # noqa: E402
from ums_ha.plan_review.markdown import render_review  # noqa: E402
from ums_ha.plan_review.plan_file import load_plan  # noqa: E402
from ums_ha.plan_review.report import build_review  # noqa: E402
from ums_ha.site.reader import load_site_file  # noqa: E402


def golden_text(stack: Path) -> str:
    return json.dumps(json.loads(stack.read_text(encoding="utf-8")), indent=2, sort_keys=True) + "\n"


def main() -> int:
    site_file = load_site_file(EXAMPLE)
    with tempfile.TemporaryDirectory() as work:
        project = Path(work)
        outdir = project / "cdktf.out"
        synthesize_site_file(site_file, project_dir=project, outdir=outdir)
        GOLDEN.mkdir(exist_ok=True)
        for stack in sorted((outdir / "stacks").glob("*/cdk.tf.json")):
            target = GOLDEN / f"{stack.parent.name}.cdk.tf.json"
            target.write_text(golden_text(stack), encoding="utf-8")
            print(f"wrote {target.relative_to(ROOT)}")
        synthesize_site_file(site_file, project_dir=project, outdir=outdir, hcl=True)
        for stack in sorted((outdir / "stacks").glob(f"*/{HCL_STACK_FILE}")):
            target = GOLDEN / f"{stack.parent.name}.{HCL_STACK_FILE}"
            target.write_text(stack.read_text(encoding="utf-8"), encoding="utf-8")
            print(f"wrote {target.relative_to(ROOT)}")
    target = GOLDEN / GOLDEN_DATABASE_FILE
    target.write_text(render_dba_script(GOLDEN_DATABASE_SPEC, site=GOLDEN_DATABASE_SITE), encoding="utf-8")
    print(f"wrote {target.relative_to(ROOT)}")
    reviews = GOLDEN / GOLDEN_REVIEW_DIR
    reviews.mkdir(exist_ok=True)
    for name in GOLDEN_REVIEW_PLANS:
        target = reviews / f"{name}.md"
        target.write_text(render_review(build_review([load_plan(FIXTURES / f"{name}.json")])), encoding="utf-8")
        print(f"wrote {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
