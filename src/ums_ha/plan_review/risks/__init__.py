"""Risk rules for a UMS site's plan, one per module, each with a stable id and level.

A rule's ``id`` and ``level`` are part of the contract: CI jobs fail on them
(``--fail-on``) and people refer to them. Add new rules; never renumber or
reuse an id.
"""

from __future__ import annotations

from ums_ha.plan_review.model import Plan
from ums_ha.plan_review.risks import (
    config_not_saved,
    config_save_on_every_plan,
    database_access_removed,
    database_destroyed,
    dns_record_changed,
    import_interrupted,
    last_member_removed,
    last_server_out_of_service,
    member_removed,
    object_imported,
    os11_vserver_removed,
    persistence_changed,
    read_as_missing,
    read_error_suspected,
    server_back_in_service,
    server_out_of_service,
    service_group_replaced,
    use_client_ip_changed,
    vip_address_changed,
    vserver_replaced,
)
from ums_ha.plan_review.risks.rule import LEVEL_LABELS, Finding, Hit, Level, Rule

#: Every rule, most severe first.
RULES: tuple[Rule, ...] = (
    read_as_missing.RULE,
    read_error_suspected.RULE,
    database_destroyed.RULE,
    database_access_removed.RULE,
    vserver_replaced.RULE,
    os11_vserver_removed.RULE,
    import_interrupted.RULE,
    vip_address_changed.RULE,
    service_group_replaced.RULE,
    last_member_removed.RULE,
    last_server_out_of_service.RULE,
    use_client_ip_changed.RULE,
    server_out_of_service.RULE,
    persistence_changed.RULE,
    member_removed.RULE,
    config_not_saved.RULE,
    dns_record_changed.RULE,
    config_save_on_every_plan.RULE,
    object_imported.RULE,
    server_back_in_service.RULE,
)


def evaluate(plan: Plan) -> list[Finding]:
    """Every finding of every rule on one plan, most severe first, in rule order within a level."""
    findings = [Finding(rule, plan.site, hit.address, hit.message) for rule in RULES for hit in rule.check(plan)]
    return sorted(findings, key=lambda finding: -finding.level)


__all__ = ["LEVEL_LABELS", "RULES", "Finding", "Hit", "Level", "Rule", "evaluate"]
