"""The Markdown review always fits a GitHub comment: it summarises, level by level, and never cuts a table."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from markdown_read import read_markdown
from plan_documents import change, plan, write

from ums_ha.cli import main
from ums_ha.plan_review.markdown import COMMENT_LIMIT, render_review
from ums_ha.plan_review.plan_file import load_plan, parse_plan
from ums_ha.plan_review.report import build_review

CHANGES = 5_000


def huge_plan() -> dict[str, object]:
    """5,000 changes: 4,900 pool members removed from 50 service groups, 100 vservers updated."""
    changes = []
    for index in range(CHANGES - 100):
        group = f"sg-{index % 50}"
        before = {"servicegroupname": group, "servername": f"ums{index:04}", "port": 30001}
        changes.append(change(f"citrixadc_servicegroup_servicegroupmember_binding.m{index}", ["delete"], before, None))
    for index in range(100):
        before = {"name": f"vs-{index}", "comment": "a" * 150, "timeout": 5}
        changes.append(change(f"citrixadc_lbvserver.vs{index}", ["update"], before, {**before, "comment": "b" * 150}))
    return plan(*changes, site="prod")


def test_a_5000_change_plan_renders_under_the_comment_limit_summarised(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["review", str(write(tmp_path / "huge.json", huge_plan()))]) == 0
    text = capsys.readouterr().out
    assert len(text) < COMMENT_LIMIT
    document = read_markdown(text)
    [findings] = document.tables_under("Findings")
    assert findings.header == ("Level", "Rule", "Findings", "First objects")
    rows = {row["Rule"]: row for row in findings.records()}
    assert {rule: row["Findings"] for rule, row in rows.items()} == {
        "last-member-removed": "50",
        "member-removed": "4900",
        "config-not-saved": "1",
    }
    assert rows["member-removed"]["First objects"].endswith("and 4895 more")
    # The first changes of each group are listed, the rest counted in a sentence, not cut.
    [members] = document.tables_under("prod · UMS servers and pool members (4900)")
    assert len(members.rows) == 20
    [vservers, *_] = document.tables_under("prod · VIP and vservers (100)")
    assert len(vservers.rows) == 20
    for table in document.tables:
        assert all(len(row) == len(table.header) for row in table.rows)


def test_the_json_report_of_a_huge_plan_keeps_every_change(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["review", str(write(tmp_path / "huge.json", huge_plan())), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert sum(len(group["changes"]) for group in report["sites"][0]["groups"]) == CHANGES
    assert len(report["findings"]) == 50 + 4_900 + 1


def test_each_level_is_used_when_the_one_above_does_not_fit() -> None:
    review = build_review([parse_plan(json.dumps(huge_plan()), "huge.json")])
    full, tables, top, summary, counts_only = (
        read_markdown(render_review(review, limit=limit))
        for limit in (10_000_000, 1_210_000, COMMENT_LIMIT, 3_000, 2_000)
    )
    details = ("Attribute", "Before", "After")
    group_table = ("Action", "Object", "Address", "What changes")
    assert any(t.header == details for t in full.tables)
    assert not any(t.header == details for t in tables.tables)
    assert sum(len(t.rows) for t in tables.tables if t.header == group_table) == CHANGES
    assert sum(len(t.rows) for t in top.tables if t.header == group_table) == 40
    [by_group] = summary.tables_under("Changes by group")
    assert [(r["Group"], r["update"], r["destroy"]) for r in by_group.records()] == [
        ("VIP and vservers", "100", "0"),
        ("UMS servers and pool members", "0", "4900"),
    ]
    [totals] = counts_only.tables_under("Changes by group")
    assert totals.records() == [
        {"Site": "all", "Group": "all", "create": "0", "update": "100", "replace": "0", "destroy": "4900", "drift": "0"}
    ]
    for limit in (10_000_000, 1_210_000, COMMENT_LIMIT, 3_000, 2_000):
        assert len(render_review(review, limit=limit)) < limit


def test_a_small_plan_is_shown_in_full(tmp_path: Path) -> None:
    review = build_review([load_plan(Path(__file__).parent / "fixtures" / "terraform-plans" / "04-replace.json")])
    document = read_markdown(render_review(review))
    assert any(t.header == ("Attribute", "Before", "After") for t in document.tables)
