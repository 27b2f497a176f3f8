"""The app as users run it: main.py and ums-ha synth, exit codes, nothing half-written, no secrets."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, read_stacks, site_text
from main_py import CANARY_CREDENTIALS, leaked_credentials, run_main_py

from ums_ha.cli import main
from ums_ha.toolchain.runtimes import DNS_BINDINGS, chosen_runtime

pytestmark = pytest.mark.runtime

RUNTIME = chosen_runtime().name


@pytest.mark.slow
def test_main_py_synthesizes_the_bundled_example_without_any_site_file(tmp_path: Path) -> None:
    result = run_main_py(tmp_path, {})
    assert result.returncode == 0, result.stderr
    stacks = read_stacks(tmp_path / "cdktf.out")
    assert list(stacks) == ["ums-ha-prod"]
    manifest = json.loads((tmp_path / "cdktf.out" / "manifest.json").read_text())
    assert list(manifest["stacks"]) == ["ums-ha-prod"]


@pytest.mark.slow
def test_canary_credentials_never_reach_cdktf_out(tmp_path: Path) -> None:
    result = run_main_py(tmp_path, CANARY_CREDENTIALS)
    assert result.returncode == 0, result.stderr
    assert [path for path in (tmp_path / "cdktf.out").rglob("*") if path.is_file()]
    assert leaked_credentials(tmp_path / "cdktf.out", result.stdout, result.stderr) == []


@pytest.mark.slow
def test_main_py_reads_ums_ha_config_and_exits_2_on_a_bad_file_writing_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(site_text(netscaler_extra="persistence_timeout_minutes = 0"))
    result = run_main_py(tmp_path, {"UMS_HA_CONFIG": str(bad)})
    assert result.returncode == 2
    assert (
        "sites.prod.netscaler.persistence_timeout_minutes: must be between 1 and 1440 minutes, but 0 was given"
        in result.stderr
    )
    assert not (tmp_path / "cdktf.out").exists()


def test_ums_ha_synth_prefers_local_site_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "ums-ha.toml").write_text(site_text(name="lab"))
    assert (
        main(
            [
                "synth",
                "--project-dir",
                str(ROOT),
                "--output",
                str(tmp_path / "out"),
                "--config",
                str(tmp_path / "ums-ha.toml"),
            ]
        )
        == 0
    )
    assert list(read_stacks(tmp_path / "out")) == ["ums-ha-lab"]
    assert "ums-ha-lab" in capsys.readouterr().out


def test_bad_site_file_leaves_an_existing_output_untouched(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.toml"
    good.write_text(site_text())
    out = tmp_path / "out"
    assert main(["synth", "--project-dir", str(ROOT), "--config", str(good), "--output", str(out)]) == 0
    before = {path: path.read_bytes() for path in out.rglob("*") if path.is_file()}

    bad = tmp_path / "bad.toml"
    bad.write_text(site_text(servers=(("ums01", "10.20.30.999"),)))
    assert main(["synth", "--project-dir", str(ROOT), "--config", str(bad), "--output", str(out)]) == 2
    assert "sites.prod.ums_servers[0].address" in capsys.readouterr().err
    after = {path: path.read_bytes() for path in out.rglob("*") if path.is_file()}
    assert after == before
    assert sorted(path.name for path in tmp_path.iterdir()) == ["bad.toml", "good.toml", "out"]


def test_missing_site_file_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["synth", "--project-dir", str(ROOT), "--config", str(tmp_path / "nope.toml")]) == 2
    assert "cannot be read" in capsys.readouterr().err


def test_a_folder_holding_only_a_site_file_synthesizes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The app is in the package: no stacks/, main.py or cdktf.json of this repository is needed."""
    (tmp_path / "ums-ha.toml").write_text(site_text(), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["synth"]) == 0
    assert list(read_stacks(tmp_path / "cdktf.out")) == ["ums-ha-prod"]
    assert sorted(path.name for path in tmp_path.iterdir()) == ["cdktf.out", "ums-ha.toml"]


def test_unknown_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["deploy-everything"]) == 2
    assert "invalid choice" in capsys.readouterr().err


def test_two_sites_make_two_stacks_with_separate_state(tmp_path: Path) -> None:
    text = site_text(name="prod") + site_text(name="lab").replace("10.20.30.10", "10.20.30.20")
    config = tmp_path / "sites.toml"
    config.write_text(text)
    assert main(["synth", "--project-dir", str(ROOT), "--config", str(config), "--output", str(tmp_path / "out")]) == 0
    stacks = read_stacks(tmp_path / "out")
    assert sorted(stacks) == ["ums-ha-lab", "ums-ha-prod"]
    # Each stack keeps its own state file in the project directory, wherever the output goes.
    states = {
        name: (tmp_path / "out" / "stacks" / name / stack["terraform"]["backend"]["local"]["path"]).resolve()
        for name, stack in stacks.items()
    }
    assert states == {name: ROOT / f"terraform.{name}.tfstate" for name in stacks}
    names = {
        name: sorted(body["servicegroupname"] for body in stack["resource"]["citrixadc_servicegroup"].values())
        for name, stack in stacks.items()
    }
    assert names["ums-ha-lab"] == ["ums-lab-sg-console", "ums-lab-sg-devices", "ums-lab-sg-firmware"]
    assert names["ums-ha-prod"] == ["ums-prod-sg-console", "ums-prod-sg-devices", "ums-prod-sg-firmware"]


def test_sites_sharing_one_remote_state_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    backend = (
        '[sites.{0}.backend]\ntype = "s3"\nbucket = "tf"\nkey = "ums.tfstate"\nregion = "eu-central-1"\n'
        "use_lockfile = true\n"
    )
    text = site_text(name="prod", extra=backend.format("prod")) + site_text(name="lab", extra=backend.format("lab"))
    config = tmp_path / "sites.toml"
    config.write_text(text)
    assert main(["synth", "--project-dir", str(ROOT), "--config", str(config), "--output", str(tmp_path / "out")]) == 2
    assert "sites.lab.backend: is the same as sites.prod.backend" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_s3_backend_passes_its_keys_through(tmp_path: Path) -> None:
    extra = (
        '[sites.prod.backend]\ntype = "s3"\nbucket = "tf"\nkey = "ums/prod.tfstate"\n'
        'region = "eu-central-1"\nencrypt = true\ndynamodb_table = "locks"\n'
    )
    config = tmp_path / "s.toml"
    config.write_text(site_text(extra=extra))
    assert main(["synth", "--project-dir", str(ROOT), "--config", str(config), "--output", str(tmp_path / "out")]) == 0
    backend = read_stacks(tmp_path / "out")["ums-ha-prod"]["terraform"]["backend"]
    assert backend == {
        "s3": {
            "bucket": "tf",
            "key": "ums/prod.tfstate",
            "region": "eu-central-1",
            "encrypt": True,
            "dynamodb_table": "locks",
        }
    }


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        # conn_str is required by CDKTF but is a credential: Terraform takes it from PG_CONN_STR.
        ('type = "pg"\nschema_name = "ums_prod"', {"pg": {"schema_name": "ums_prod"}}),
        (
            'type = "remote"\norganization = "corp"\nworkspaces = { name = "ums-prod" }',
            {"remote": {"organization": "corp", "workspaces": {"name": "ums-prod"}}},
        ),
        (
            'type = "remote"\norganization = "corp"\nworkspaces = { prefix = "ums-" }',
            {"remote": {"organization": "corp", "workspaces": {"prefix": "ums-"}}},
        ),
        (
            'type = "s3"\nbucket = "tf"\nkey = "k"\ndynamodb_table = "l"\n'
            'assume_role = { role_arn = "arn:aws:iam::1:role/tf" }',
            {
                "s3": {
                    "bucket": "tf",
                    "key": "k",
                    "dynamodb_table": "l",
                    "assume_role": {"role_arn": "arn:aws:iam::1:role/tf"},
                }
            },
        ),
    ],
)
def test_backend_settings_synthesize_as_given(tmp_path: Path, extra: str, expected: dict[str, object]) -> None:
    config = tmp_path / "s.toml"
    config.write_text(site_text(extra=f"[sites.prod.backend]\n{extra}\n"))
    assert main(["synth", "--project-dir", str(ROOT), "--config", str(config), "--output", str(tmp_path / "out")]) == 0
    assert read_stacks(tmp_path / "out")["ums-ha-prod"]["terraform"]["backend"] == expected


LOADED_BINDINGS = """
import sys
from pathlib import Path
from ums_ha.app import synthesize_site_file
from ums_ha.site.reader import parse_site_file
from ums_ha.toolchain.runtimes import DNS_BINDINGS
project = Path(sys.argv[1])
site_file = parse_site_file(sys.stdin.read(), project / "s.toml")
synthesize_site_file(site_file, project_dir=project, outdir=project / "out")
bindings = (*DNS_BINDINGS.values(), "ums_ha._generated.mssql", "ums_ha._generated.postgresql")
print(sorted(name for name in bindings if name in sys.modules))
"""


@pytest.mark.slow
@pytest.mark.parametrize(
    ("extra", "loaded"),
    [
        ("", "[]"),
        (
            '[sites.prod.dns]\nserver = "192.0.2.53"\nzone = "corp.example."\n',
            f"[{DNS_BINDINGS[chosen_runtime().name]!r}]",
        ),
        ('[sites.prod.database]\nserver = "sql01.corp.example"\n', "['ums_ha._generated.mssql']"),
        (
            '[sites.prod.database]\nengine = "postgresql"\nserver = "pg01.corp.example"\n',
            "['ums_ha._generated.postgresql']",
        ),
        ('[sites.prod.database]\nengine = "postgresql"\nserver = "pg01"\nmanaged_by = "dba"\n', "[]"),
    ],
)
def test_a_site_loads_only_the_bindings_it_uses(tmp_path: Path, extra: str, loaded: str) -> None:
    result = subprocess.run(
        [sys.executable, "-c", LOADED_BINDINGS, str(tmp_path)],
        input=site_text(extra=extra),
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == loaded


#: What a NetScaler-only JSON synthesis (main.py, as ``cdktf synth`` runs it) must not load: the other
#: providers' bindings, the HCL writer, the templates, the other commands' code, test and mock libraries.
NOT_ON_THE_SYNTH_PATH = (
    *DNS_BINDINGS.values(),
    "dns",
    "jinja2",
    "psycopg",
    "pymssql",
    "pytest",
    "sqlalchemy",
    "tomlkit",
    "ums_ha._generated.mssql",
    "ums_ha._generated.postgresql",
    "ums_ha.adopt",
    "ums_ha.diagram.render",
    "ums_ha.firmware_hosts.arguments",
    "ums_ha.firmware_hosts.http_checks",
    "ums_ha.handover.notes",
    "ums_ha.app.hcl.document",
    "ums_ha.nitro",
    "ums_ha.plan_review",
    "ums_ha.diagram.topology",
    "ums_ha.verify",
)


@pytest.mark.slow
def test_a_netscaler_only_synthesis_loads_nothing_it_does_not_use(tmp_path: Path) -> None:
    """main.py for a site with no database, no DNS record and no firmware step, JSON output."""
    project = tmp_path / "project"
    project.mkdir()
    (project / "ums-ha.toml").write_text(site_text(), encoding="utf-8")
    script = (
        "import runpy, sys\n"
        "sys.argv = ['main.py']\n"
        "try:\n    runpy.run_path('main.py', run_name='__main__')\n"
        "except SystemExit as exit_:\n    assert exit_.code in (0, None), exit_.code\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {NOT_ON_THE_SYNTH_PATH!r} "
        f"or m.startswith({NOT_ON_THE_SYNTH_PATH!r})))\n"
    )
    result = run_main_py(project, {}, code=script)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"
    assert (project / "cdktf.out" / "stacks" / "ums-ha-prod" / "cdk.tf.json").is_file()


#: What ``ums-ha synth`` of a NetScaler-only site must not load besides: the other commands' packages.
NOT_ON_THE_SYNTH_COMMAND_PATH = (
    *NOT_ON_THE_SYNTH_PATH,
    "ums_ha.diagram",
    "ums_ha.firmware_hosts",
    "ums_ha.handover",
    "ums_ha.init",
)


@pytest.mark.slow
def test_ums_ha_synth_loads_neither_review_nor_drift_nor_the_firmware_command(tmp_path: Path) -> None:
    (tmp_path / "ums-ha.toml").write_text(site_text(), encoding="utf-8")
    script = (
        "import sys\n"
        "from ums_ha.cli import main\n"
        f"assert main(['synth', '--project-dir', {str(tmp_path)!r}]) == 0\n"
        f"names = {NOT_ON_THE_SYNTH_COMMAND_PATH!r}\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in names or m.startswith(names)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, timeout=300, check=False
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1].replace("'", '"')) == []
    assert (tmp_path / "cdktf.out" / "stacks" / "ums-ha-prod" / "cdk.tf.json").is_file()


def test_the_ums_ha_command_loads_sqlalchemy_only_for_firmware_hosts_and_cdktf_and_hcl_only_for_synth() -> None:
    modules = "('sqlalchemy', 'cdktf', 'jsii', 'ums_ha.app.hcl')"
    script = f"import sys, ums_ha.cli; print(sorted(m for m in {modules} if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120)
    assert result.stdout.strip() == "[]"


def test_the_library_still_exports_its_constructs_lazily() -> None:
    import ums_ha
    from ums_ha.constructs import UmsHaCluster, UmsVip

    assert ums_ha.UmsHaCluster is UmsHaCluster
    assert ums_ha.UmsVip is UmsVip
    with pytest.raises(AttributeError, match="NoSuchThing"):
        _ = ums_ha.NoSuchThing
