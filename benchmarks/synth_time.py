"""Synthesis wall time: an empty CDK app, the example site, and 10- and 50-site files; bare and through the CLI.

    python benchmarks/synth_time.py [--runs 5] [--paired-runs 15]
    UMS_HA_RUNTIME=cdktn python benchmarks/synth_time.py     # on CDK Terrain (make benchmark runs both)

Each figure is the median of several runs of a fresh process: ``python main.py`` as
``cdktf synth`` runs the app (interpreter and jsii start-up included), and the pinned
CLI of the runtime itself (node_modules/.bin/cdktf or cdktn, Node start-up and its own
work included) for the empty app and the example. Prints figures only; it asserts nothing.
Targets (issue 20): the example at most 1.3x the empty app bare and 1.1x through
``cdktf synth``; below 100 ms per added site. Then ``ums-ha synth`` and ``python main.py`` of the example
against the empty app in paired runs (each round runs the three one after the other, so a slow moment of the
machine falls on all three alike); target (issue 34): ``ums-ha synth`` at most 1.15x.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

from ums_ha.toolchain.node import prepare_toolchain
from ums_ha.toolchain.runtimes import chosen_runtime

ROOT = Path(__file__).resolve().parent.parent
RUNTIME = chosen_runtime().name
EMPTY_APP = textwrap.dedent(
    f"""
    import {RUNTIME} as runtime
    app = runtime.App(outdir="cdktf.out")
    runtime.TerraformStack(app, "empty")
    app.synth()
    """
)


def site_file(count: int) -> str:
    """``count`` copies of the example, each site on a NetScaler of its own (one VIP:port per appliance)."""
    example = (ROOT / "src" / "ums_ha" / "ums-ha.example.toml").read_text(encoding="utf-8")
    return "\n".join(
        example.replace("sites.prod", f"sites.site{index:02}").replace("192.0.2.2", f"192.0.2.{index + 2}")
        for index in range(count)
    )


def cli_project(folder: Path, app: str) -> Path:
    """A cdktf project whose app is ``app`` (run in ``folder``), for the pinned CLI."""
    folder.mkdir()
    (folder / "cdktf.json").write_text(
        f'{{"language": "python", "app": "{app}", "sendCrashReports": "false", "terraformProviders": []}}',
        encoding="utf-8",
    )
    return folder


def median_seconds(command: list[str], cwd: Path, env: dict[str, str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, cwd=cwd, env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def paired_medians(commands: dict[str, list[str]], cwd: Path, env: dict[str, str], rounds: int) -> dict[str, float]:
    """The median of each command over ``rounds`` rounds, each round running every command once, in turn."""
    times: dict[str, list[float]] = {label: [] for label in commands}
    for _ in range(rounds):
        for label, command in commands.items():
            start = time.perf_counter()
            subprocess.run(command, cwd=cwd, env=env, check=True, capture_output=True)
            times[label].append(time.perf_counter() - start)
    return {label: statistics.median(values) for label, values in times.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs of each figure (default: 5)")
    parser.add_argument("--paired-runs", type=int, default=15, help="rounds of the paired figures (default: 15)")
    args = parser.parse_args(argv)
    # The pinned Node and no banners for the empty app too, as ums-ha and main.py set them up for themselves.
    env = dict(prepare_toolchain(dict(os.environ)))
    env.pop("CDKTF_OUTDIR", None)
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as work:
        workdir = Path(work)
        (workdir / "empty.py").write_text(EMPTY_APP, encoding="utf-8")
        figures["empty CDK app"] = median_seconds([sys.executable, "empty.py"], workdir, env, args.runs)
        for label, count in (("example site (1 site)", 1), ("10 sites", 10), ("50 sites", 50)):
            config = workdir / f"sites-{count}.toml"
            config.write_text(site_file(count), encoding="utf-8")
            figures[label] = median_seconds(
                [sys.executable, str(ROOT / "main.py")], workdir, dict(env, UMS_HA_CONFIG=str(config)), args.runs
            )
    cli = ROOT / "node_modules" / ".bin" / RUNTIME
    cli_figures: dict[str, float] = {}
    if cli.exists():
        with tempfile.TemporaryDirectory() as work:
            workdir = Path(work)
            # The virtualenv's python first, as after `source .venv/bin/activate`: the CLI runs "python ...".
            cli_env = dict(env, PATH=os.pathsep.join([str(Path(sys.executable).parent), env["PATH"]]))
            empty_project = cli_project(workdir / "empty", "python empty.py")
            (empty_project / "empty.py").write_text(EMPTY_APP, encoding="utf-8")
            cli_figures["empty CDK app"] = median_seconds([str(cli), "synth"], empty_project, cli_env, args.runs)
            example = cli_project(workdir / "example", "python main.py")
            (example / "main.py").symlink_to(ROOT / "main.py")  # the app itself is in the installed package
            example_env = dict(cli_env, UMS_HA_CONFIG=str(ROOT / "src" / "ums_ha" / "ums-ha.example.toml"))
            cli_figures["example site (1 site)"] = median_seconds([str(cli), "synth"], example, example_env, args.runs)
    empty = figures["empty CDK app"]
    print(f"median of {args.runs} runs, Python {sys.version.split()[0]}, {os.cpu_count()} cores")
    print(f"runtime: {chosen_runtime().describe()}")
    print("python main.py (the app alone):")
    for label, seconds in figures.items():
        print(f"  {label:24} {seconds:7.2f} s   {seconds / empty:5.2f}x empty")
    per_site = (figures["50 sites"] - figures["10 sites"]) / 40
    print(f"  {'cost per added site':24} {per_site * 1000:7.0f} ms (from 10 to 50 sites)")
    if cli_figures:
        print(f"{RUNTIME} synth (the pinned CLI):")
        for label, seconds in cli_figures.items():
            print(f"  {label:24} {seconds:7.2f} s   {seconds / cli_figures['empty CDK app']:5.2f}x empty")
    else:
        print(f"{RUNTIME} synth: not timed, node_modules/.bin/{RUNTIME} is missing (npm ci installs it)")
    with tempfile.TemporaryDirectory() as work:
        workdir = Path(work)
        (workdir / "empty.py").write_text(EMPTY_APP, encoding="utf-8")
        example_env = dict(env, UMS_HA_CONFIG=str(ROOT / "src" / "ums_ha" / "ums-ha.example.toml"))
        paired = paired_medians(
            {
                "empty CDK app": [sys.executable, "empty.py"],
                "ums-ha synth (example)": [sys.executable, "-m", "ums_ha", "synth", "--output", str(workdir / "out")],
                "python main.py (example)": [sys.executable, str(ROOT / "main.py")],
            },
            workdir,
            example_env,
            args.paired_runs,
        )
    print(f"paired, median of {args.paired_runs} rounds:")
    for label, seconds in paired.items():
        print(f"  {label:24} {seconds:7.2f} s   {seconds / paired['empty CDK app']:5.2f}x empty")
    return 0


if __name__ == "__main__":
    sys.exit(main())
