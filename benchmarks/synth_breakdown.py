"""Where the example's synthesis time goes, phase by phase, against an empty cdktf app.

    python benchmarks/synth_breakdown.py [--runs 5]

Each run is a fresh ``python`` process timing its own phases; the figures are the
medians. Prints figures only; it asserts nothing. The phases: importing cdktf
(jsii starts Node and loads the cdktf and constructs assemblies: the empty app
pays it too), loading ums-ha's constructs (the citrixadc assembly into Node),
the rest of ums-ha and the site file, building the stack (its Node round trips
counted; the DNS record's bindings load here), and writing the JSON.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

from ums_ha.toolchain.node import prepare_toolchain

ROOT = Path(__file__).resolve().parent.parent
PHASES = textwrap.dedent(
    """
    import json, os, sys, time
    from pathlib import Path
    marks = [("start", time.perf_counter())]
    sys.path.insert(0, sys.argv[1])
    from ums_ha.toolchain.node import prepare_toolchain
    prepare_toolchain()
    import cdktf
    marks.append(("import cdktf (jsii, Node, the cdktf assembly)", time.perf_counter()))
    import ums_ha.constructs.cluster
    marks.append(("load ums-ha's constructs (the citrixadc assembly)", time.perf_counter()))
    from ums_ha.app.site_stack import UmsHaSiteStack
    from ums_ha.site.reader import load_site_file
    site_file = load_site_file(Path(sys.argv[2]))
    marks.append(("the rest of ums-ha, read the site file", time.perf_counter()))
    from jsii._kernel.providers.process import _NodeProcess
    sent = 0
    original = _NodeProcess.send
    def counting(self, request, response_type):
        global sent
        sent += 1
        return original(self, request, response_type)
    _NodeProcess.send = counting
    app = cdktf.App(outdir="cdktf.out")
    for site in site_file.sites:
        UmsHaSiteStack(app, site, project_dir=Path(sys.argv[1]), stack_dir=Path("cdktf.out/stacks") / site.stack_name,
                       site_file=site_file.path)
    marks.append(("build the stack (Node round trips: {sent})", time.perf_counter()))
    app.synth()
    marks.append(("app.synth(): write the JSON", time.perf_counter()))
    print(json.dumps({"marks": marks, "sent": sent}))
    """
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    env = dict(prepare_toolchain(dict(os.environ)))
    env.pop("CDKTF_OUTDIR", None)
    durations: dict[str, list[float]] = {}
    sent = 0
    with tempfile.TemporaryDirectory() as work:
        script = Path(work) / "phases.py"
        script.write_text(PHASES, encoding="utf-8")
        example = ROOT / "src" / "ums_ha" / "ums-ha.example.toml"
        for _ in range(args.runs):
            done = subprocess.run(
                [sys.executable, str(script), str(ROOT), str(example)],
                cwd=work,
                env=env,
                check=True,
                capture_output=True,
                text=True,
            )
            result = json.loads(done.stdout.strip().splitlines()[-1])
            sent = result["sent"]
            marks = result["marks"]
            for (_, before), (label, after) in itertools.pairwise(marks):
                durations.setdefault(label, []).append(after - before)
    print(f"the example site, median of {args.runs} runs, Python {sys.version.split()[0]}, {os.cpu_count()} cores")
    total = 0.0
    for label, seconds in durations.items():
        median = statistics.median(seconds)
        total += median
        print(f"  {label.format(sent=sent):58} {median * 1000:6.0f} ms")
    print(f"  {'sum':58} {total * 1000:6.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
