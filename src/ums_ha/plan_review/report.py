"""A review of one or more plans: findings, changes grouped by site and group, drift; and its JSON form."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ums_ha.plan_review.groups import GROUPS, Group, group_of_change, object_name
from ums_ha.plan_review.model import ACTION_ORDER, Action, Plan, ResourceChange
from ums_ha.plan_review.risks import Finding, Level, evaluate
from ums_ha.plan_review.values import to_json

#: Bumped when a key of the JSON report changes meaning or goes away; new keys do not bump it.
REPORT_VERSION = 1


@dataclass(frozen=True)
class GroupChanges:
    group: Group
    changes: tuple[ResourceChange, ...]


@dataclass(frozen=True)
class SiteChanges:
    """One plan's pending changes and drift, by group; ``label`` names the site (or the file)."""

    label: str
    plan: Plan
    groups: tuple[GroupChanges, ...]

    @property
    def drift(self) -> tuple[ResourceChange, ...]:
        return self.plan.drift


@dataclass(frozen=True)
class Review:
    sites: tuple[SiteChanges, ...]
    findings: tuple[Finding, ...]

    @property
    def counts(self) -> dict[Action, int]:
        """Pending changes per action, every action present."""
        counter = Counter(change.action for site in self.sites for change in site.plan.pending)
        return {action: counter[action] for action in ACTION_ORDER if action is not Action.NO_OP}

    @property
    def drift_count(self) -> int:
        return sum(len(site.drift) for site in self.sites)

    @property
    def highest(self) -> Level | None:
        return max((finding.level for finding in self.findings), default=None)

    def failing(self, fail_on: Level) -> tuple[Finding, ...]:
        """The findings at ``fail_on`` or above."""
        return tuple(finding for finding in self.findings if finding.level >= fail_on)


def grouped(changes: Sequence[ResourceChange]) -> tuple[GroupChanges, ...]:
    """The changes by group, in :data:`GROUPS` order, each by address; empty groups left out."""
    by_group = {
        group: sorted((c for c in changes if group_of_change(c) == group), key=lambda c: c.address) for group in GROUPS
    }
    return tuple(GroupChanges(group, tuple(members)) for group, members in by_group.items() if members)


def _label(plan: Plan, several: bool) -> str:
    if plan.site is not None:
        return plan.site
    return plan.source if several else ""


def build_review(plans: Sequence[Plan]) -> Review:
    several = len(plans) > 1
    sites = tuple(SiteChanges(_label(plan, several), plan, grouped(plan.pending)) for plan in plans)
    findings = sorted((finding for plan in plans for finding in evaluate(plan)), key=lambda finding: -finding.level)
    return Review(sites, tuple(findings))


def change_json(change: ResourceChange, *, drift: bool = False) -> dict[str, object]:
    return {
        **({"drift": change.drift_kind} if drift else {}),
        "address": change.address,
        "type": change.type,
        "object": object_name(change),
        "action": change.action.value,
        "replace_order": change.replace_order,
        "action_reason": change.action_reason,
        "replace_paths": list(change.replace_paths),
        **({"importing": change.importing} if change.importing is not None else {}),
        "attributes": [
            {"name": attribute.name, "before": to_json(attribute.before), "after": to_json(attribute.after)}
            for attribute in change.attributes
        ],
    }


def finding_json(finding: Finding) -> dict[str, object]:
    return {
        "rule": finding.rule.id,
        "level": finding.level.label,
        "title": finding.rule.title,
        "site": finding.site,
        "address": finding.address,
        "message": finding.message,
        "why": finding.rule.why,
    }


def review_json(review: Review) -> dict[str, object]:
    """The review as data: what ``ums-ha review --format json`` prints."""
    highest = review.highest
    return {
        "report": "ums-ha review",
        "report_version": REPORT_VERSION,
        "summary": {
            **{action.value: count for action, count in review.counts.items()},
            "drift": review.drift_count,
            "findings": len(review.findings),
            "highest_level": None if highest is None else highest.label,
        },
        "findings": [finding_json(finding) for finding in review.findings],
        "sites": [
            {
                "site": site.plan.site,
                "plan": site.plan.source,
                "terraform_version": site.plan.terraform_version,
                "format_version": site.plan.format_version,
                "errored": site.plan.errored,
                "complete": site.plan.complete,
                "groups": [
                    {
                        "group": entry.group.id,
                        "title": entry.group.title,
                        "changes": [change_json(c) for c in entry.changes],
                    }
                    for entry in site.groups
                ],
                "drift": [change_json(change, drift=True) for change in site.drift],
            }
            for site in review.sites
        ],
    }
