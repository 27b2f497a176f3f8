"""The checklist: a Markdown table (a terminal and a CI log read it as it is; a job summary renders it) or JSON."""

from __future__ import annotations

import json
from collections import Counter
from typing import Final

from ums_ha.verify.results import CheckResult, Status, exit_status

FORMATS: Final = ("text", "json")
_SHOWN: Final = {Status.PASS: "pass", Status.WARN: "WARN", Status.FAIL: "FAIL", Status.SKIP: "skip"}


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def summary(results: list[CheckResult]) -> str:
    counts = Counter(result.status for result in results)
    parts = [f"{counts[status]} {word}" for status, word in ((Status.PASS, "passed"), (Status.FAIL, "failed"),
             (Status.WARN, "warned"), (Status.SKIP, "skipped")) if counts[status]]  # fmt: skip
    return ", ".join(parts) or "nothing checked"


def render_text(site: str, results: list[CheckResult]) -> str:
    lines = [
        f"## ums-ha verify: site {site}",
        "",
        "| check | target | result | what to do |",
        "| --- | --- | --- | --- |",
    ]
    for result in results:
        outcome = f"{_SHOWN[result.status]}: {result.detail}" if result.detail else _SHOWN[result.status]
        lines.append(f"| {_cell(result.check)} | {_cell(result.target)} | {_cell(outcome)} | {_cell(result.remedy)} |")
    verdict = "every check passed" if exit_status(results) == 0 else "a check failed"
    lines += ["", f"{summary(results)}: {verdict}."]
    return "\n".join(lines) + "\n"


def render_json(site: str, results: list[CheckResult]) -> str:
    document = {
        "site": site,
        "passed": exit_status(results) == 0,
        "summary": {status.value: sum(result.status is status for result in results) for status in Status},
        "checks": [
            {
                "check": result.check,
                "target": result.target,
                "status": result.status.value,
                "detail": result.detail,
                "remedy": result.remedy,
            }
            for result in results
        ],
    }
    return json.dumps(document, indent=2) + "\n"
