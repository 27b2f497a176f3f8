"""Which tests depend on the CDK runtime, and a check that each of them says so.

``make test`` runs every test on CDKTF, then on CDK Terrain only the tests marked ``runtime`` (they use the
runtime: synthesis, the constructs, the bindings, the CLIs). Two kinds run once: ``each_runtime`` tests run
each runtime themselves, in processes of their own; ``runtime_json`` tests use the runtime only to synthesize
the site files their module lists as ``SITE_FILES`` and then test what Terraform does with that JSON, and
test_two_runtimes synthesizes those files on both runtimes and compares the JSON (a test there fails when a
``runtime_json`` module is not compared). Whether a test uses the runtime is seen, not guessed:

- in this process, every round trip to jsii's Node process is counted during each test's call and each
  fixture's setup (a fixture that synthesizes makes every test that uses it depend on the runtime);
- in the processes a test starts (``ums-ha synth``, ``python main.py``, the cdktf CLI's app), the
  ``sitecustomize`` in ``runtime_probe/`` records the import of ``cdktf`` or ``cdktn``.

At the end of a run of every test, a test that used the runtime with none of the marks fails the run: its
check would then run on CDKTF only.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

LOG_ENV = "UMS_HA_RUNTIME_USE_LOG"
FIXTURE_ENV = "UMS_HA_RUNTIME_USE_FIXTURE"
PROBE = Path(__file__).with_name("runtime_probe")
MARKS = ("runtime", "each_runtime", "runtime_json")

_round_trips = 0


def _count_round_trips() -> None:
    """Count every request this process sends to jsii's Node process."""
    from jsii._kernel.providers import process

    send = process._NodeProcess.send

    def counted(self: Any, request: Any, response_type: Any) -> Any:
        global _round_trips  # noqa: PLW0603  (a counter for the whole process)
        _round_trips += 1
        return send(self, request, response_type)

    process._NodeProcess.send = counted  # type: ignore[method-assign]


def _log(line: str) -> None:
    with Path(os.environ[LOG_ENV]).open("a", encoding="utf-8") as log:
        log.write(line + "\n")


def pytest_configure(config: pytest.Config) -> None:
    if LOG_ENV not in os.environ:  # the first process; xdist's workers inherit it
        handle, path = tempfile.mkstemp(prefix="ums-ha-runtime-use-", suffix=".log")
        os.close(handle)
        os.environ[LOG_ENV] = path
        os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PROBE), os.environ.get("PYTHONPATH")]))
    _count_round_trips()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        marks = ",".join(mark for mark in MARKS if item.get_closest_marker(mark))
        fixtures = ",".join(getattr(item, "fixturenames", ()))
        _log(f"item\t{item.nodeid}\t{marks}\t{fixtures}")


@pytest.hookimpl(wrapper=True)
def pytest_fixture_setup(fixturedef: pytest.FixtureDef[Any]) -> Iterator[None]:
    before, outer = _round_trips, os.environ.get(FIXTURE_ENV)
    os.environ[FIXTURE_ENV] = fixturedef.argname
    try:
        return (yield)
    finally:
        if outer is None:
            del os.environ[FIXTURE_ENV]
        else:
            os.environ[FIXTURE_ENV] = outer
        if _round_trips != before:
            _log(f"fixture\t{fixturedef.argname}")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    before = _round_trips
    try:
        return (yield)
    finally:
        if _round_trips != before:
            _log(f"test\t{item.nodeid}")


def _runs_every_test(config: pytest.Config) -> bool:
    return not config.option.markexpr and not config.option.keyword and not getattr(config.option, "deselect", None)


def unmarked_runtime_users(log: Path) -> tuple[list[str], int]:
    """The tests that used the runtime but carry none of the marks, and how many used it in all."""
    tests: set[str] = set()
    fixtures: set[str] = set()
    items: dict[str, tuple[str, set[str]]] = {}
    for line in log.read_text(encoding="utf-8").splitlines():
        kind, _, rest = line.partition("\t")
        if kind == "test":
            tests.add(rest)
        elif kind == "fixture":
            fixtures.add(rest)
        elif kind == "item":
            nodeid, marks, names = rest.split("\t")
            items[nodeid] = (marks, set(filter(None, names.split(","))))
    users = [nodeid for nodeid, (_, names) in items.items() if nodeid in tests or names & fixtures]
    return sorted(nodeid for nodeid in users if not items[nodeid][0]), len(users)


def pytest_sessionfinish(session: pytest.Session) -> None:
    config = session.config
    if hasattr(config, "workerinput") or os.environ.get(LOG_ENV) is None:
        return  # an xdist worker: the controller checks the whole run
    log = Path(os.environ[LOG_ENV])
    if _runs_every_test(config) and log.exists():
        unmarked, users = unmarked_runtime_users(log)
        if unmarked:
            listed = "\n  ".join(unmarked)
            print(
                f"\nerror: {len(unmarked)} of the {users} tests that use the CDK runtime are marked neither "
                f"runtime, each_runtime nor runtime_json, so the CDK Terrain pass would leave them out:\n  {listed}",
                flush=True,
            )
            session.exitstatus = pytest.ExitCode.TESTS_FAILED
    log.unlink(missing_ok=True)
