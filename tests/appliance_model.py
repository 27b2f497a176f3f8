"""A model NetScaler for the deploy-ordering tests, driven by ``local-exec``: ``appliance_model.py STATE EVENT
ADDRESS`` records a create, a delete or a save of ``ADDRESS`` in the JSON file ``STATE``.

The file holds the running objects, the saved ones (what a reboot brings back), every event in order, and
the fault to inject: the ``cut_at``-th write fails, with ``fault`` "503" (the write is refused, nothing
changes) or "drop" (the write is made, then the connection drops before the answer). Each write takes
``latency`` seconds, deletes ``delete_latency``: a missing edge in Terraform's graph then shows as a
wrong order instead of passing by luck. Run by parallel provisioners, so the file is locked.
"""

from __future__ import annotations

import fcntl
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

CREATE = "create"
DELETE = "delete"
SAVE = "save"


def new_state(*, cut_at: int | None = None, fault: str = "503") -> dict[str, Any]:
    return {
        "running": [],
        "saved": [],
        "events": [],
        "writes": 0,
        "cut_at": cut_at,
        "fault": fault,
        "latency": 0.0,
        "delete_latency": 0.1,
    }


def read_state(path: Path) -> dict[str, Any]:
    state: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return state


def write_state(path: Path, state: dict[str, Any]) -> None:
    """Replace the file whole (a test polls it without the lock, so it must never see half of it)."""
    partial = path.with_name(path.name + ".partial")
    partial.write_text(json.dumps(state, indent=1), encoding="utf-8")
    os.replace(partial, path)


def _apply(state: dict[str, Any], event: str, address: str) -> None:
    running = set(state["running"])
    if event == CREATE:
        running.add(address)
    elif event == DELETE:
        running.discard(address)
    elif event == SAVE:
        state["saved"] = sorted(running)
    state["running"] = sorted(running)


def main(argv: list[str]) -> int:
    path, event, address = Path(argv[0]), argv[1], argv[2]
    is_save_delete = event == DELETE and address.startswith("citrixadc_nsconfig_save.")
    with (path.parent / (path.name + ".lock")).open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        state = read_state(path)
        if is_save_delete:  # the provider's delete of a save sends nothing to the appliance
            state["events"].append([DELETE, address, "no write"])
            write_state(path, state)
            return 0
        state["writes"] += 1
        cut = state["writes"] == state["cut_at"]
        latency = state["delete_latency"] if event == DELETE else state["latency"]
        write_state(path, state)
    time.sleep(latency)
    with (path.parent / (path.name + ".lock")).open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        state = read_state(path)
        if cut and state["fault"] == "503":
            state["events"].append([event, address, "HTTP 503"])
            write_state(path, state)
            print(f"NITRO: HTTP 503 on {event} {address}", file=sys.stderr)
            return 1
        _apply(state, event, address)
        state["events"].append([event, address, "connection dropped" if cut else "done"])
        write_state(path, state)
    if cut:
        print(f"NITRO: connection dropped after {event} {address}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
