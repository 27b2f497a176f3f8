"""Markdown for pull-request comments and job summaries, always under GitHub's comment limit.

A review is rendered at the most detailed level that fits: everything, then the
tables without the folded attribute details, then the findings summarised by
rule and the first changes of each group, then changes counted by group, then
totals only. Each level is a whole document, so nothing is ever cut
in the middle of a table.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Final

import jinja2

from ums_ha.plan_review.groups import object_name
from ums_ha.plan_review.model import Action, ResourceChange
from ums_ha.plan_review.report import Review
from ums_ha.plan_review.risks import RULES, Finding, Level
from ums_ha.plan_review.values import display
from ums_ha.templates import load_template

#: GitHub refuses a pull-request comment longer than this many characters.
COMMENT_LIMIT: Final = 65_536
#: The hidden line the example workflow finds its own comment by, to update it instead of adding one.
COMMENT_MARKER: Final = "<!-- ums-ha review -->"
#: From most to least detailed.
DETAIL_LEVELS: Final = ("full", "tables", "top", "summary", "counts")
#: How many changes per group the "top" level lists.
TOP_ROWS: Final = 20
#: How many objects a summarised finding lists before "and N more".
SUMMARY_EXAMPLES: Final = 5

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]|~])")


def cell(value: object) -> str:
    """Text safe inside a Markdown table cell: no HTML, no Markdown, no line break, no ``|``."""
    text = value if isinstance(value, str) else display(value)
    text = _MARKDOWN_SPECIAL.sub(r"\\\1", text.replace("&", "&amp;").replace("<", "&lt;"))
    return text.replace("\r", "").replace("\n", "<br>")


def code(value: str) -> str:
    """A code span safe inside a table cell."""
    text = value.replace("|", "\\|").replace("\n", " ")
    fence = "``" if "`" in text else "`"
    return f"{fence} {text} {fence}" if fence == "``" else f"`{text}`"


def shown(value: object) -> str:
    return cell(display(value))


_BARE_ACTIONS = {Action.CREATE: "new object", Action.DELETE: "removed", Action.READ: "read", Action.FORGET: "forgotten"}


def change_summary(change: ResourceChange) -> str:
    """What changes on one object, in a table cell: the attribute names, or why it is replaced."""
    parts = [f"import {change.importing}"] if change.importing is not None else []
    if change.replace_order:
        forced = f", forced by {', '.join(change.replace_paths)}" if change.replace_paths else ""
        parts.append(f"replace ({change.replace_order}{forced})")
    if change.action_reason and not change.replace_order:
        parts.append(change.action_reason.replace("_", " "))
    if change.before is not None and change.attributes:
        names = [attribute.name for attribute in change.attributes]
        listed = ", ".join(names[:6]) + (f" and {len(names) - 6} more" if len(names) > 6 else "")
        parts.append(listed)
    if not parts:
        parts.append(_BARE_ACTIONS.get(change.action, ""))
    return cell("; ".join(parts))


def _rule_summary(findings: tuple[Finding, ...]) -> list[dict[str, object]]:
    """Findings per rule, most severe first: count and the first few objects."""
    rows = []
    for rule in sorted(RULES, key=lambda r: -r.level):
        hits = [finding for finding in findings if finding.rule is rule]
        if hits:
            examples = [finding.address or "(whole plan)" for finding in hits[:SUMMARY_EXAMPLES]]
            rows.append({"rule": rule, "count": len(hits), "examples": examples})
    return rows


_FILTERS: Mapping[str, Callable[..., str]] = {
    "cell": cell,
    "code": code,
    "shown": shown,
    "display": display,
    "change_summary": change_summary,
    "object_name": object_name,
}


def report_template(name: str) -> jinja2.Template:
    """A review or drift template, with the filters that make values safe in Markdown."""
    return load_template(name, _FILTERS)


def summary_line(review: Review) -> str:
    """``Plan: 1 to create, 3 to update, ... Findings: ... Drift: ...`` in one line."""
    counts = review.counts
    words = {"create": "to create", "update": "to update", "replace": "to replace", "delete": "to destroy"}
    plan = ", ".join(f"{counts[action]} {words[action.value]}" for action in counts if action.value in words)
    others = ", ".join(
        f"{count} to {action.value}" for action, count in counts.items() if action.value not in words and count
    )
    text = f"Plan: {plan}{', ' + others if others else ''}."
    if review.findings:
        by_level = [
            f"{sum(1 for f in review.findings if f.level is level)} {level.label}"
            for level in sorted(Level, reverse=True)
            if any(f.level is level for f in review.findings)
        ]
        text += f" Findings: {', '.join(by_level)}."
    else:
        text += " No findings."
    if review.drift_count:
        text += f" Drift: {review.drift_count} objects changed outside Terraform."
    return text


def render_review(review: Review, *, limit: int = COMMENT_LIMIT) -> str:
    """The review as Markdown under ``limit`` characters, at the most detailed level that fits."""
    template = report_template("review.md.j2")
    summary, rule_summary = summary_line(review), _rule_summary(review.findings)
    text = ""
    for detail in DETAIL_LEVELS:
        text = template.render(
            review=review,
            detail=detail,
            marker=COMMENT_MARKER,
            summary=summary,
            rule_summary=rule_summary,
            limit=limit,
            top_rows=TOP_ROWS,
        )
        if len(text) < limit:
            return text
    raise ValueError(f"even the counts-only review is {len(text)} characters, over {limit}")
