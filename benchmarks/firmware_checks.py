"""Firmware-host dry run: 1,000 entries, 3 UMS servers, 20 ms added to every HTTP request.

    python benchmarks/firmware_checks.py [--entries 1000] [--latency 0.02] [--concurrency 16]

Prints the wall time of the dry run's checks (preflight and every entry on every
server, with the default concurrency) beside the time a one-by-one sequential
check takes, measured on a sample and scaled. Target: under 10% of sequential.
Prints figures only; it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from ums_ha.firmware_hosts.http_checks import HttpClient  # noqa: E402
from ums_ha.firmware_hosts.http_settings import DEFAULT_CONCURRENCY, HttpSettings  # noqa: E402
from ums_ha.firmware_hosts.plan import UmsEndpoint, decide, preflight  # noqa: E402
from ums_ha.firmware_hosts.table import FirmwareEntry  # noqa: E402

SERVERS = 3
SAMPLE = 50
#: The stand-ins run in their own process, as real servers would: in this one they would share its GIL.
SERVE = """
import json, sys
sys.path.insert(0, sys.argv[1])
from ums_stand_in import Behaviour, start
count, latency = int(sys.argv[2]), float(sys.argv[3])
files = {f"ums_filetransfer/fw-{n}/firmware.inf" for n in range(count)}
servers = [start(Behaviour(files=files, delay_seconds=latency)) for _ in range(int(sys.argv[4]))]
print(json.dumps([server.base_url for server in servers]), flush=True)
sys.stdin.read()
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=1000)
    parser.add_argument("--latency", type=float, default=0.02, help="seconds added to every request")
    parser.add_argument("--concurrency", type=int, default=DEFAULT_CONCURRENCY)
    args = parser.parse_args()

    entries = [
        FirmwareEntry(number, f"12.{number}", "ums01.corp.example", f"ums_filetransfer/fw-{number}/firmware.inf")
        for number in range(args.entries)
    ]
    serve = subprocess.Popen(
        [sys.executable, "-c", SERVE, str(ROOT / "tests"), str(args.entries), str(args.latency), str(SERVERS)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    if serve.stdout is None:
        raise RuntimeError("the stand-in process has no output pipe")
    servers = [
        UmsEndpoint(f"ums0{number}", "127.0.0.1", base_url, base_url)
        for number, base_url in enumerate(json.loads(serve.stdout.readline()), start=1)
    ]
    try:
        concurrent = HttpClient(HttpSettings(concurrency=args.concurrency))
        started = time.perf_counter()
        preflight(concurrent, servers)
        decide(entries, servers, concurrent, "igelrmserver.corp.example")
        dry_run = time.perf_counter() - started

        sequential = HttpClient(HttpSettings(concurrency=1))
        started = time.perf_counter()
        decide(entries[:SAMPLE], servers, sequential, "igelrmserver.corp.example")
        per_entry = (time.perf_counter() - started) / SAMPLE
    finally:
        serve.communicate("", timeout=30)
    sequential_total = per_entry * args.entries + args.latency * SERVERS  # plus the preflight's requests
    requests = args.entries * SERVERS + SERVERS
    print(f"{args.entries} entries x {SERVERS} servers = {requests} requests, {args.latency * 1000:.0f} ms added each")
    print(f"dry run, concurrency {args.concurrency:<3}   {dry_run:7.2f} s")
    print(f"sequential (from {SAMPLE} entries)  {sequential_total:7.2f} s")
    print(f"ratio                          {dry_run / sequential_total:7.1%}  (target: under 10%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
