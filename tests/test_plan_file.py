"""Reading terraform show -json: format checks, masking, unknown values, replacements, bad files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from markdown_read import read_markdown
from plan_documents import FIXTURES, change, fixture, plan, write

from ums_ha.cli import main
from ums_ha.errors import ValidationError
from ums_ha.plan_review.model import Action
from ums_ha.plan_review.plan_file import load_plan, parse_plan
from ums_ha.plan_review.values import SENSITIVE, UNKNOWN

CANARY = "Canary-Monitor-Secret-7f3a"
CANARY_DRIFT = "Canary-Drift-Secret-7f3a"


def problems(text: str) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        parse_plan(text, "plan.json")
    return [str(problem) for problem in caught.value.problems]


def test_format_version_2_is_refused_by_name() -> None:
    document = fixture("03-update-in-place")
    document["format_version"] = "2.0"
    assert problems(json.dumps(document)) == [
        'plan.json format_version: "2.0" is not supported; ums-ha reads Terraform\'s JSON plan format 1.x '
        "(format_version 1.0, 1.1, 1.2, ...)"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"resource": {}}', "is not a Terraform plan: no format_version"),
        ("[1, 2]", "is not a Terraform plan: no format_version"),
        ('{"format_version": "1.0", "values": {}}', "is a state, not a plan"),
        (
            '{"format_version": "1.0", "terraform_version": "1.15.5"}',
            "has no planned_values or resource_changes, not a plan",
        ),
        ("{not json", "is not JSON (line 1, column 2"),
        ('{"format_version": 1.2}', "format_version: 1.2 is not supported"),
    ],
)
def test_files_that_are_not_plans_give_clear_errors(text: str, expected: str) -> None:
    [problem] = problems(text)
    assert problem.startswith("plan.json")
    assert expected in problem


def test_the_recorded_state_file_is_named_a_state(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["review", str(FIXTURES / "02-state.json")]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "02-state.json: is a state, not a plan; run terraform plan -out=PLANFILE" in captured.err


def test_a_review_given_as_a_plan_is_named_a_review(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = tmp_path / "ums-ha-prod.json"
    plan.write_text((FIXTURES / "01-create.json").read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["review", str(plan), "--format", "json", "--output", str(tmp_path / "review.json")]) == 0
    assert json.loads((tmp_path / "review.json").read_text(encoding="utf-8"))["report"] == "ums-ha review"
    capsys.readouterr()
    assert main(["review", *sorted(map(str, tmp_path.glob("*.json")))]) == 2
    err = capsys.readouterr().err
    assert f"{tmp_path / 'review.json'}: is not a Terraform plan but a report written by ums-ha review" in err


def test_every_bad_file_is_reported_and_nothing_is_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = write(tmp_path / "bad.json", {"format_version": "2.0", "resource_changes": []})
    output = tmp_path / "review.md"
    assert main(["review", str(bad), str(tmp_path / "missing.json"), "--output", str(output)]) == 2
    err = capsys.readouterr().err
    assert "2 problems" in err
    assert "missing.json: cannot read it: No such file or directory" in err
    assert not output.exists()


@pytest.mark.parametrize(
    ("mutate", "key", "expected"),
    [
        (lambda e: e["change"].update(actions=["destroy"]), "resource_changes[0].change.actions", '["destroy"] is not'),
        (lambda e: e.pop("change"), "resource_changes[0].change", "is missing or not an object"),
        (lambda e: e.update(address=7), "resource_changes[0].address", "is 7; expected a non-empty string"),
        (lambda e: e["change"].update(after=[1]), "resource_changes[0].change.after", "is list; expected an object"),
    ],
)
def test_a_malformed_change_is_named_by_its_place(mutate: Any, key: str, expected: str) -> None:
    entry = change("citrixadc_lbvserver.vs", ["update"], {"name": "a"}, {"name": "b"})
    mutate(entry)
    [problem] = problems(json.dumps(plan(entry)))
    assert problem.startswith(f"plan.json {key}: ")
    assert expected in problem


def test_unknown_keys_are_ignored() -> None:
    document = fixture("03-update-in-place")
    document["format_version"] = "1.9"
    document["something_new"] = {"x": 1}
    for entry in document["resource_changes"]:
        entry["new_key"] = True
        entry["change"]["new_key"] = True
    parsed = parse_plan(json.dumps(document), "p")
    assert len(parsed.pending) == 5


def test_both_replacement_orders_are_replacements() -> None:
    vs = {"name": "vs", "servicetype": "TCP"}
    document = plan(
        change("citrixadc_lbvserver.a", ["delete", "create"], vs, {**vs, "servicetype": "HTTP"}),
        change("citrixadc_lbvserver.b", ["create", "delete"], vs, {**vs, "servicetype": "HTTP"}),
    )
    a, b = parse_plan(json.dumps(document), "p").changes
    assert (a.action, a.replace_order) == (Action.REPLACE, "delete first")
    assert (b.action, b.replace_order) == (Action.REPLACE, "create first")


def test_unknown_values_are_known_after_apply() -> None:
    [save] = [c for c in load_plan(FIXTURES / "03-update-in-place.json").changes if c.type == "citrixadc_nsconfig_save"]
    assert save.after is not None
    assert save.after["id"] is UNKNOWN
    [identity] = [a for a in save.attributes if a.name == "id"]
    assert (identity.before, identity.after) == ("08e85bdb8a52a23f", UNKNOWN)


def sensitive_plan() -> dict[str, Any]:
    """The recorded scale-out plan with real values behind the monitor's sensitive attributes, and drift."""
    document = fixture("05-scale-out")
    monitor = next(e for e in document["resource_changes"] if e["type"] == "citrixadc_lbmonitor")
    monitor["change"]["actions"] = ["update"]
    monitor["change"]["before"]["password"] = CANARY
    monitor["change"]["after"]["password"] = CANARY + "-new"
    monitor["change"]["after"]["secureargs"] = {"nested": [CANARY]}
    drifted = json.loads(json.dumps(monitor))
    drifted["change"]["before"]["password"] = CANARY_DRIFT
    drifted["change"]["after"]["password"] = CANARY_DRIFT + "-found"
    document["resource_drift"] = [drifted]
    return document


def test_sensitive_values_are_masked_in_the_model() -> None:
    parsed = parse_plan(json.dumps(sensitive_plan()), "p")
    [monitor] = [c for c in parsed.changes if c.type == "citrixadc_lbmonitor"]
    [password] = [a for a in monitor.attributes if a.name == "password"]
    assert (password.before, password.after) == (SENSITIVE, SENSITIVE)
    assert monitor.value("secureargs") is SENSITIVE


@pytest.mark.parametrize(
    "argv",
    [
        ["review", "PLAN"],
        ["review", "PLAN", "--format", "json"],
        ["drift", "--plan", "PLAN"],
        ["drift", "--plan", "PLAN", "--format", "markdown"],
        ["drift", "--plan", "PLAN", "--format", "json"],
    ],
)
def test_a_sensitive_value_never_reaches_a_report(
    argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path / "plan.json", sensitive_plan())
    main([str(path) if arg == "PLAN" else arg for arg in argv])
    captured = capsys.readouterr()
    for secret in (CANARY, CANARY_DRIFT):
        assert secret not in captured.out + captured.err
    assert "(sensitive)" in captured.out or '"sensitive": true' in captured.out


def test_the_review_shows_a_changed_sensitive_value_as_changed_but_masked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["review", str(write(tmp_path / "plan.json", sensitive_plan()))]) == 0
    document = read_markdown(capsys.readouterr().out)
    [details] = [t for t in document.tables if t.caption == "citrixadc_lbmonitor.ums (update)"]
    assert {"Attribute": "password", "Before": "(sensitive)", "After": "(sensitive)"} in details.records()
