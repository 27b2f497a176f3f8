"""Shared helpers: real cdktf synthesis of site files into temporary directories."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from ums_ha.toolchain.node import prepare_toolchain

if TYPE_CHECKING:
    from ums_ha.toolchain.cdk import TerraformStack

prepare_toolchain()  # before cdktf's jsii starts below, as ums-ha and main.py do

from ums_ha.app import synthesize_site_file  # noqa: E402  (after prepare_toolchain)
from ums_ha.domain.naming import SAVE_ORDER_ADDRESS  # noqa: E402
from ums_ha.site.reader import parse_site_file  # noqa: E402

#: The check that every test using the CDK runtime says so (runtime_use), and fixture modules: a real PostgreSQL
#: server, its firmware table, stand-in UMS HTTP servers, a NITRO stand-in,
#: a DNS server, a TCP forwarder standing in for the VIP, and test certificates.
pytest_plugins = [
    "runtime_use",
    "postgres_server",
    "firmware_db",
    "ums_stand_in",
    "nitro_stand_in",
    "dns_stand_in",
    "tcp_forwarder",
    "certificates",
]

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "src" / "ums_ha" / "ums-ha.example.toml"

Stack = dict[str, Any]
Synth = Callable[[str], dict[str, Stack]]


#: Where the Apps of :func:`scratch_stack` write (removed when the run ends).
_SCRATCH = Path(tempfile.mkdtemp(prefix="ums-ha-tests-"))


def scratch_stack(name: str) -> TerraformStack:
    """A stack in an App of its own that writes into a new temporary folder: ``App()`` alone would make
    ``cdktf.out/`` in the working directory, this clone's root, where ``make synth`` would then refuse it."""
    from ums_ha.toolchain.cdk import App, TerraformStack

    return TerraformStack(App(outdir=tempfile.mkdtemp(dir=_SCRATCH)), name)


def without_runtime_version(stack: Stack) -> Stack:
    """``stack`` without ``"//".metadata.version``, the one line in which the two runtimes' JSON differs."""
    copied: Stack = json.loads(json.dumps(stack))
    del copied["//"]["metadata"]["version"]
    return copied


def read_stacks(outdir: Path) -> dict[str, Stack]:
    """Every ``cdk.tf.json`` under ``outdir``, parsed, by stack name."""
    return {
        path.parent.name: json.loads(path.read_text(encoding="utf-8"))
        for path in sorted((outdir / "stacks").glob("*/cdk.tf.json"))
    }


def synth_text(text: str, project_dir: Path) -> dict[str, Stack]:
    site_file = parse_site_file(text, project_dir / "ums-ha.toml")
    outdir = project_dir / "cdktf.out"
    synthesize_site_file(site_file, project_dir=project_dir, outdir=outdir)
    return read_stacks(outdir)


@pytest.fixture
def synth(tmp_path: Path) -> Synth:
    """Synthesize a site file's text for real; returns the stacks' parsed JSON."""
    return lambda text: synth_text(text, tmp_path)


@pytest.fixture(scope="session")
def example_stack(tmp_path_factory: pytest.TempPathFactory) -> Stack:
    stacks = synth_text(EXAMPLE.read_text(encoding="utf-8"), tmp_path_factory.mktemp("example"))
    return stacks["ums-ha-prod"]


def resources(stack: Stack, resource_type: str) -> dict[str, dict[str, Any]]:
    """The resources of one type, by logical id, without CDKTF's metadata and without the ``depends_on`` on
    the config save's ordering step that every NetScaler object carries (``test_config_save_order`` pins it)."""
    return {
        name: {
            key: value
            for key, value in body.items()
            if key != "//" and not (key == "depends_on" and value == [SAVE_ORDER_ADDRESS])
        }
        for name, body in stack.get("resource", {}).get(resource_type, {}).items()
    }


def only(stack: Stack, resource_type: str) -> dict[str, Any]:
    """The one resource of that type, without CDKTF's metadata (fails when there is not exactly one)."""
    found = resources(stack, resource_type)
    assert len(found) == 1, found
    return next(iter(found.values()))


def all_addresses(stack: Stack) -> set[str]:
    return {f"{kind}.{name}" for kind, bodies in stack.get("resource", {}).items() for name in bodies}


@pytest.fixture
def chdir(tmp_path: Path) -> Iterator[Path]:
    old = Path.cwd()
    os.chdir(tmp_path)
    try:
        yield tmp_path
    finally:
        os.chdir(old)


SITE_TEMPLATE = """
[sites.{name}]
dns_name = "igelrmserver.corp.example"

[sites.{name}.netscaler]
endpoint = "https://192.0.2.2"
vip = "{vip}"
snip = "10.20.30.5/24"
{netscaler_extra}
{servers}
{extra}
"""


def site_text(
    *,
    name: str = "prod",
    servers: tuple[tuple[str, str], ...] = (("ums01", "10.20.30.11"), ("ums02", "10.20.30.12")),
    netscaler_extra: str = "",
    extra: str = "",
    vip: str = "10.20.30.10",
) -> str:
    """A valid one-site file, with parts swapped out by tests."""
    server_tables = "\n".join(
        f'[[sites.{name}.ums_servers]]\nname = "{server}"\naddress = "{address}"\n' for server, address in servers
    )
    return SITE_TEMPLATE.format(name=name, netscaler_extra=netscaler_extra, servers=server_tables, extra=extra, vip=vip)


#: A second site for files with two: on the same NetScaler as :func:`site_text`'s, so on a VIP of its own.
LAB_SITE = site_text(name="lab", servers=(("labums", "10.20.30.21"),), vip="10.20.30.20")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Fail the run when a test loaded the other CDK runtime into this process: a check written for one
    runtime (or an import of the other's bindings) would then pass on a process holding both."""
    from ums_ha.toolchain.runtimes import chosen_runtime, loaded_runtimes

    shutil.rmtree(_SCRATCH, ignore_errors=True)
    others = [name for name in loaded_runtimes() if name != chosen_runtime().name]
    if others:
        print(f"\nerror: the tests ran on {chosen_runtime().name}, but {others[0]} was loaded too", flush=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
