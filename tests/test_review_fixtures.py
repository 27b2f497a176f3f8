"""ums-ha review on every recorded plan: the findings and groups of the JSON report, and golden Markdown."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from golden_inputs import GOLDEN_REVIEW_DIR, GOLDEN_REVIEW_PLANS
from markdown_read import read_markdown
from plan_documents import FIXTURES, fixture, write

from ums_ha.cli import main

GOLDEN = Path(__file__).parent / "golden" / GOLDEN_REVIEW_DIR
SG, VS, MEMBER = "citrixadc_servicegroup", "citrixadc_lbvserver", "citrixadc_servicegroup_servicegroupmember_binding"
SAVE = "citrixadc_nsconfig_save.save"

#: fixture -> the (rule, address) pairs its review must report, in report order.
EXPECTED_FINDINGS: dict[str, list[tuple[str, str | None]]] = {
    "01-create": [],
    "02-noop": [],
    "03-update-in-place": [
        ("use-client-ip-changed", f"{SG}.sg8443"),
        ("persistence-changed", f"{VS}.vs30001"),
        ("persistence-changed", f"{VS}.vs8443"),
        ("persistence-changed", f"{VS}.vs9080"),
        ("config-save-on-every-plan", SAVE),
    ],
    "04-replace": [
        ("vserver-replaced", f"{VS}.vs9080"),
        ("service-group-replaced", f"{SG}.sg9080"),
        ("config-save-on-every-plan", SAVE),
    ],
    "05-scale-out": [("config-save-on-every-plan", SAVE)],
    "06-scale-in": [
        ("member-removed", f"{MEMBER}.m30001_ums02"),
        ("member-removed", f"{MEMBER}.m8443_ums02"),
        ("member-removed", f"{MEMBER}.m9080_ums02"),
        ("config-save-on-every-plan", SAVE),
    ],
    "07-drift-refresh-only": [],
    "08-plan-after-drift": [
        ("use-client-ip-changed", f"{SG}.sg8443"),
        ("persistence-changed", f"{VS}.vs30001"),
        ("config-not-saved", None),
    ],
    "09-destroy": [
        ("vserver-replaced", f"{VS}.vs30001"),
        ("vserver-replaced", f"{VS}.vs8443"),
        ("vserver-replaced", f"{VS}.vs9080"),
        ("service-group-replaced", f"{SG}.sg30001"),
        ("service-group-replaced", f"{SG}.sg8443"),
        ("service-group-replaced", f"{SG}.sg9080"),
        ("config-not-saved", None),
    ],
}

#: fixture -> group id -> (action, address) of every pending change.
EXPECTED_GROUPS: dict[str, dict[str, list[tuple[str, str]]]] = {
    "02-noop": {},
    "03-update-in-place": {
        "vip": [("update", f"{VS}.vs30001"), ("update", f"{VS}.vs8443"), ("update", f"{VS}.vs9080")],
        "service-groups": [("update", f"{SG}.sg8443")],
        "config-save": [("replace", SAVE)],
    },
    "04-replace": {
        "vip": [("replace", f"{VS}.vs9080")],
        "service-groups": [("replace", f"{SG}.sg9080")],
        "config-save": [("replace", SAVE)],
    },
    "05-scale-out": {
        "members": [
            ("create", "citrixadc_server.ums03"),
            ("create", f"{MEMBER}.m30001_ums03"),
            ("create", f"{MEMBER}.m8443_ums03"),
            ("create", f"{MEMBER}.m9080_ums03"),
        ],
        "config-save": [("replace", SAVE)],
    },
    "06-scale-in": {
        "members": [
            ("delete", "citrixadc_server.ums02"),
            ("delete", f"{MEMBER}.m30001_ums02"),
            ("delete", f"{MEMBER}.m8443_ums02"),
            ("delete", f"{MEMBER}.m9080_ums02"),
        ],
        "config-save": [("replace", SAVE)],
    },
    "07-drift-refresh-only": {},
    "08-plan-after-drift": {
        "vip": [("update", f"{VS}.vs30001")],
        "service-groups": [("update", f"{SG}.sg8443")],
        "members": [("create", f"{MEMBER}.m9080_ums02")],
    },
}


def review_json(name: str, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    assert main(["review", str(FIXTURES / f"{name}.json"), "--format", "json"]) == 0
    report: dict[str, Any] = json.loads(capsys.readouterr().out)
    return report


@pytest.mark.parametrize("name", sorted(EXPECTED_FINDINGS))
def test_each_recorded_plan_gives_the_expected_findings(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    report = review_json(name, capsys)
    assert [(finding["rule"], finding["address"]) for finding in report["findings"]] == EXPECTED_FINDINGS[name]
    assert report["summary"]["findings"] == len(EXPECTED_FINDINGS[name])


@pytest.mark.parametrize("name", sorted(EXPECTED_GROUPS))
def test_each_recorded_plan_groups_its_changes_for_a_ums_admin(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    [site] = review_json(name, capsys)["sites"]
    groups = {group["group"]: [(c["action"], c["address"]) for c in group["changes"]] for group in site["groups"]}
    assert groups == EXPECTED_GROUPS[name]


def test_the_first_plan_creates_23_objects_in_every_netscaler_group(capsys: pytest.CaptureFixture[str]) -> None:
    report = review_json("01-create", capsys)
    assert report["summary"] == {
        "create": 23,
        "update": 0,
        "replace": 0,
        "delete": 0,
        "read": 0,
        "forget": 0,
        "drift": 0,
        "findings": 0,
        "highest_level": None,
    }
    [site] = report["sites"]
    sizes = {group["group"]: len(group["changes"]) for group in site["groups"]}
    assert sizes == {"vip": 6, "service-groups": 3, "members": 8, "monitors": 4, "config-save": 1, "network": 1}


def test_a_replacement_reports_its_reason_paths_and_order(capsys: pytest.CaptureFixture[str]) -> None:
    [site] = review_json("04-replace", capsys)["sites"]
    [vip] = [group for group in site["groups"] if group["group"] == "vip"]
    [vserver] = vip["changes"]
    assert vserver["action"] == "replace"
    assert vserver["replace_order"] == "delete first"
    assert vserver["action_reason"] == "replace_because_cannot_update"
    assert vserver["replace_paths"] == ["servicetype"]
    servicetype = next(a for a in vserver["attributes"] if a["name"] == "servicetype")
    assert (servicetype["before"], servicetype["after"]) == ("TCP", "HTTP")
    assert next(a for a in vserver["attributes"] if a["name"] == "id")["after"] == {"unknown": True}


def test_the_replaced_service_group_names_the_bindings_the_plan_leaves_behind(
    capsys: pytest.CaptureFixture[str],
) -> None:
    finding = next(f for f in review_json("04-replace", capsys)["findings"] if f["rule"] == "service-group-replaced")
    assert finding["level"] == "outage"
    for binding in (
        "citrixadc_lbvserver_servicegroup_binding.b9080",
        "citrixadc_servicegroup_lbmonitor_binding.mon9080",
        f"{MEMBER}.m9080_ums01",
        f"{MEMBER}.m9080_ums02",
    ):
        assert binding in finding["message"]


def test_drift_in_a_normal_plan_is_reported_with_attribute_changes(capsys: pytest.CaptureFixture[str]) -> None:
    report = review_json("08-plan-after-drift", capsys)
    [site] = report["sites"]
    drift = {
        item["address"]: (item["drift"], [(a["name"], a["before"], a["after"]) for a in item["attributes"]])
        for item in site["drift"]
    }
    assert drift == {
        f"{VS}.vs30001": ("changed", [("timeout", 5, 20)]),
        f"{SG}.sg8443": ("changed", [("usip", "NO", "YES")]),
        f"{MEMBER}.m9080_ums02": ("deleted", []),
    }
    assert report["summary"]["drift"] == 3


@pytest.mark.parametrize("name", GOLDEN_REVIEW_PLANS)
def test_the_markdown_review_matches_its_golden_file(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["review", str(FIXTURES / f"{name}.json")]) == 0
    text = capsys.readouterr().out
    golden = (GOLDEN / f"{name}.md").read_text(encoding="utf-8")
    assert text == golden, f"review of {name} changed: run python scripts/update_golden.py and review the diff"


def test_the_markdown_review_reads_back_as_findings_then_group_tables(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["review", str(FIXTURES / "03-update-in-place.json")]) == 0
    document = read_markdown(capsys.readouterr().out)
    assert document.headings[:2] == ("ums-ha plan review", "Findings")
    [findings] = document.tables_under("Findings")
    assert findings.column("Rule") == [rule for rule, _ in EXPECTED_FINDINGS["03-update-in-place"]]
    assert findings.column("Level") == ["warning", "warning", "warning", "warning", "info"]
    [changes, *details] = document.tables_under("Service groups (1)")
    assert changes.records() == [
        {"Action": "update", "Object": "sg_ums_8443", "Address": f"{SG}.sg8443", "What changes": "usip"}
    ]
    [usip] = details
    assert usip.caption == f"{SG}.sg8443 (update)"
    assert usip.records() == [{"Attribute": "usip", "Before": "NO", "After": "YES"}]
    assert "<details><summary>Attribute changes</summary>" in document.html_blocks


def test_plans_of_two_sites_are_grouped_by_the_site_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = []
    for site, name in (("prod", "03-update-in-place"), ("lab", "06-scale-in")):
        document = fixture(name)
        document["planned_values"]["outputs"] = {"site": {"sensitive": False, "type": "string", "value": site}}
        paths.append(str(write(tmp_path / f"{site}.json", document)))
    assert main(["review", *paths, "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [site["site"] for site in report["sites"]] == ["prod", "lab"]
    assert {(f["site"], f["rule"]) for f in report["findings"]} >= {
        ("prod", "use-client-ip-changed"),
        ("lab", "member-removed"),
    }
    assert main(["review", *paths]) == 0
    headings = read_markdown(capsys.readouterr().out).headings
    assert "prod · Service groups (1)" in headings
    assert "lab · UMS servers and pool members (4)" in headings


def test_fail_on_fails_at_that_level_and_above_only(capsys: pytest.CaptureFixture[str]) -> None:
    plan_06 = str(FIXTURES / "06-scale-in.json")  # warnings and an info, nothing worse
    assert main(["review", plan_06, "--fail-on", "outage"]) == 0
    assert main(["review", plan_06, "--fail-on", "warning"]) == 3
    assert "3 finding(s) at level warning or above" in capsys.readouterr().err
    assert main(["review", plan_06, "--fail-on", "fatal"]) == 2
    assert "invalid choice: 'fatal'" in capsys.readouterr().err
