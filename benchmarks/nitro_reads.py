"""NITRO reads of adopt and verify on a shared appliance: 1,500 other vservers and servers, 300 persistence groups.

    python benchmarks/nitro_reads.py [--latency 0.02] [--others 1500] [--groups 300]

The NITRO stand-in runs in a process of its own (as an appliance would) and adds the
latency to every answer. For an appliance holding only the site and for the crowded one,
prints the number of requests and the wall time of ``ums-ha adopt`` (the whole command)
and of verify's appliance reads (``ums_ha.verify.appliance.read_appliance``, the part of
``ums-ha verify`` that asks NITRO). Targets: at most 15 requests and under 1.5 s for adopt,
the same count on both appliances. Prints figures only; it asserts nothing.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from test_adopt_command import site_file  # noqa: E402

from ums_ha.cli import main  # noqa: E402
from ums_ha.nitro import NitroReader  # noqa: E402
from ums_ha.site.reader import load_site_file  # noqa: E402
from ums_ha.verify.appliance import read_appliance  # noqa: E402

SERVE = """
import json, sys, threading
sys.path.insert(0, sys.argv[1])
from nitro_stand_in import Appliance, _Server, add_other_applications
from test_adopt_command import guide_setup
appliance = Appliance(delay_seconds=float(sys.argv[2]))
guide_setup(appliance)
# verify's reads: the same site under ums-ha's own names
for service, port in {"devices": 30001, "console": 8443, "firmware": 9080}.items():
    appliance.stats.setdefault("lbvserver", []).append({"name": f"ums-prod-vs-{service}", "state": "UP"})
    for server, address in {"ums01": "10.20.30.11", "ums02": "10.20.30.12"}.items():
        appliance.add("servicegroup_servicegroupmember_binding", servicegroupname=f"ums-prod-sg-{service}",
                      servername=f"ums-prod-srv-{server}", ip=address, port=port, svrstate="UP")
appliance.singletons["nsconfig"] = {"configchanged": False}
others, groups = int(sys.argv[3]), int(sys.argv[4])
if others or groups:
    add_other_applications(appliance, vservers=others, servers=others, lbgroups=groups)
server = _Server(appliance)
threading.Thread(target=server.serve_forever, daemon=True).start()
print(json.dumps({"endpoint": f"http://127.0.0.1:{server.server_address[1]}", "login": appliance.login,
                  "password": appliance.password}), flush=True)
for line in sys.stdin:
    print(len(appliance.requests), flush=True)
"""


def measure(latency: float, others: int, groups: int) -> dict[str, tuple[int, float]]:
    process = subprocess.Popen(
        [sys.executable, "-c", SERVE, str(ROOT / "tests"), str(latency), str(others), str(groups)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    stdin, stdout = process.stdin, process.stdout
    if stdin is None or stdout is None:
        raise RuntimeError("the stand-in process has no pipes")
    try:
        started = json.loads(stdout.readline())
        os.environ["NS_LOGIN"], os.environ["NS_PASSWORD"] = started["login"], started["password"]

        def requests_so_far() -> int:
            stdin.write("\n")
            stdin.flush()
            return int(stdout.readline())

        config = site_file(Path(tempfile.mkdtemp()), started["endpoint"])
        before, start = requests_so_far(), time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            main(["adopt", "--config", str(config)])
        adopt = (requests_so_far() - before, time.perf_counter() - start)
        site = load_site_file(config).sites[0]
        reader = NitroReader(started["endpoint"], started["login"], started["password"])
        before, start = requests_so_far(), time.perf_counter()
        read_appliance(reader, site)
        verify = (requests_so_far() - before, time.perf_counter() - start)
        return {"adopt": adopt, "verify (NITRO reads)": verify}
    finally:
        process.kill()
        process.wait()


def run(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--latency", type=float, default=0.02, help="seconds added to every answer (default: 0.02)")
    parser.add_argument("--others", type=int, default=1500, help="other vservers and servers (default: 1500)")
    parser.add_argument("--groups", type=int, default=300, help="other persistence groups (default: 300)")
    args = parser.parse_args(argv)
    alone = measure(args.latency, 0, 0)
    crowded = measure(args.latency, args.others, args.groups)
    print(
        f"NITRO round trip {args.latency * 1000:.0f} ms; crowded: {args.others} other vservers and servers, "
        f"{args.groups} persistence groups"
    )
    print(f"{'':24} {'site alone':>20} {'crowded':>20}")
    for name in alone:
        (count_a, time_a), (count_c, time_c) = alone[name], crowded[name]
        print(f"{name:24} {count_a:>5} req {time_a:>8.2f} s {count_c:>5} req {time_c:>8.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(run())
