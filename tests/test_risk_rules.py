"""Every risk rule: a plan on which it fires and a close one on which it does not; ids and levels pinned."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from plan_documents import Document, change, fixture, plan

from ums_ha.plan_review import risks
from ums_ha.plan_review.groups import CONFIG_SAVE, FIRMWARE_HOSTS, group_of_change
from ums_ha.plan_review.model import ConfirmedDeletions
from ums_ha.plan_review.plan_file import parse_plan
from ums_ha.plan_review.risks import RULES, Level, evaluate
from ums_ha.plan_review.risks.service_group_replaced import BINDING_TYPES

VS = {"name": "vs-devices", "ipv46": "10.20.30.10", "port": 30001, "servicetype": "TCP"}
VS_PERSIST = {**VS, "persistencetype": "SOURCEIP", "timeout": 5}
SG = {"servicegroupname": "sg-devices", "servicetype": "TCP", "usip": "YES"}
DB = {"database_name": "rmdb", "id": "sqlserver://sql:1433/rmdb"}
LOGIN = {"login_name": "igelums"}
RECORD = {"name": "igelrmserver", "zone": "corp.example.", "addresses": ["10.20.30.10"], "ttl": 300}
SAVE = {"all": True}
SERVER = {"name": "UMS01", "ipaddress": "10.20.30.11"}
UMS01 = {"name": "ums-prod-srv-ums01", "ipaddress": "10.20.30.11", "state": "ENABLED"}
UMS02 = {"name": "ums-prod-srv-ums02", "ipaddress": "10.20.30.12", "state": "ENABLED"}
DRAINED = {"state": "DISABLED", "delay": 600, "graceful": "NO"}


def member(server: str, group: str = "sg-devices") -> dict[str, Any]:
    return {"servicegroupname": group, "servername": server, "port": 30001}


def with_save(
    *changes: dict[str, Any],
    site: str | None = None,
    igel_os: list[int] | None = None,
    drift: list[dict[str, Any]] | None = None,
) -> Document:
    return plan(
        *changes,
        change("citrixadc_nsconfig_save.config_save", ["delete", "create"], SAVE, SAVE),
        site=site,
        igel_os=igel_os,
        drift=drift,
    )


def m(address: str, actions: list[str], before: dict[str, Any] | None, after: dict[str, Any] | None) -> dict[str, Any]:
    return change(address, actions, before, after)


NOOP = ["no-op"]
REPLACE = ["delete", "create"]

#: rule id -> (a plan it fires on, a close plan it stays quiet on).
CASES: dict[str, tuple[Document, Document]] = {
    "server-out-of-service": (
        with_save(
            m("citrixadc_server.server_ums01", NOOP, UMS01, UMS01),
            m("citrixadc_server.server_ums02", ["update"], UMS02, {**UMS02, **DRAINED}),
        ),
        with_save(
            m("citrixadc_server.server_ums01", NOOP, UMS01, UMS01),
            m("citrixadc_server.server_ums02", ["update"], UMS02, {**UMS02, "delay": 600}),
        ),
    ),
    "last-server-out-of-service": (
        with_save(
            m("citrixadc_server.server_ums01", NOOP, {**UMS01, **DRAINED}, {**UMS01, **DRAINED}),
            m("citrixadc_server.server_ums02", ["update"], UMS02, {**UMS02, **DRAINED}),
        ),
        with_save(
            m("citrixadc_server.server_ums01", NOOP, UMS01, UMS01),
            m("citrixadc_server.server_ums02", ["update"], UMS02, {**UMS02, **DRAINED}),
        ),
    ),
    "server-back-in-service": (
        with_save(m("citrixadc_server.server_ums02", ["update"], {**UMS02, **DRAINED}, UMS02)),
        with_save(m("citrixadc_server.server_ums02", NOOP, {**UMS02, **DRAINED}, {**UMS02, **DRAINED})),
    ),
    "database-destroyed": (
        plan(change("mssql_database.database", REPLACE, DB, {**DB, "collation": "x"}, replace_paths=[["collation"]])),
        plan(change("mssql_database.database", ["update"], DB, {**DB, "compatibility_level": 160})),
    ),
    "database-access-removed": (
        plan(change("mssql_login.database_login", ["delete"], LOGIN, None)),
        plan(change("mssql_login.database_login", ["update"], LOGIN, {**LOGIN, "default_language": "us_english"})),
    ),
    "vserver-replaced": (
        with_save(change("citrixadc_lbvserver.vs", REPLACE, VS, {**VS, "servicetype": "HTTP"})),
        with_save(change("citrixadc_lbvserver.vs", ["update"], VS, {**VS, "comment": "x"})),
    ),
    "vip-address-changed": (
        with_save(change("citrixadc_lbvserver.vs", ["update"], VS, {**VS, "ipv46": "10.20.30.20"})),
        with_save(change("citrixadc_lbvserver.vs", ["update"], VS, {**VS, "port": 30002})),
    ),
    "service-group-replaced": (
        with_save(change("citrixadc_servicegroup.sg", REPLACE, SG, {**SG, "servicetype": "HTTP"})),
        with_save(change("citrixadc_servicegroup.sg", ["update"], SG, {**SG, "comment": "x"})),
    ),
    "last-member-removed": (
        with_save(
            m("citrixadc_servicegroup.sg", NOOP, SG, SG),
            m("citrixadc_servicegroup_servicegroupmember_binding.a", ["delete"], member("ums01"), None),
        ),
        with_save(
            m("citrixadc_servicegroup.sg", NOOP, SG, SG),
            m("citrixadc_servicegroup_servicegroupmember_binding.a", ["delete"], member("ums01"), None),
            m("citrixadc_servicegroup_servicegroupmember_binding.b", NOOP, member("ums02"), member("ums02")),
        ),
    ),
    "use-client-ip-changed": (
        with_save(change("citrixadc_servicegroup.sg", ["update"], SG, {**SG, "usip": "NO"})),
        with_save(change("citrixadc_servicegroup.sg", ["update"], SG, {**SG, "comment": "usip"})),
    ),
    "persistence-changed": (
        with_save(change("citrixadc_lbvserver.vs", ["update"], VS_PERSIST, {**VS_PERSIST, "timeout": 10})),
        with_save(change("citrixadc_lbvserver.vs", ["update"], VS_PERSIST, {**VS_PERSIST, "comment": "x"})),
    ),
    "member-removed": (
        with_save(
            m("citrixadc_servicegroup_servicegroupmember_binding.a", ["delete"], member("ums01"), None),
            m("citrixadc_servicegroup_servicegroupmember_binding.b", NOOP, member("ums02"), member("ums02")),
        ),
        with_save(
            m("citrixadc_servicegroup.sg", ["delete"], SG, None),
            m("citrixadc_servicegroup_servicegroupmember_binding.a", ["delete"], member("ums01"), None),
        ),
    ),
    "config-not-saved": (
        plan(change("citrixadc_lbvserver.vs", ["update"], VS, {**VS, "comment": "x"})),
        with_save(change("citrixadc_lbvserver.vs", ["update"], VS, {**VS, "comment": "x"})),
    ),
    "dns-record-changed": (
        plan(change("dns_a_record_set.dns_record", ["update"], RECORD, {**RECORD, "addresses": ["10.20.30.20"]})),
        plan(change("dns_a_record_set.dns_record", ["create"], None, RECORD)),
    ),
    "os11-vserver-removed": (
        with_save(change("citrixadc_lbvserver.vserver_firmware", ["delete"], {**VS, "port": 9080}, None), site="prod"),
        with_save(change("citrixadc_lbvserver.vserver_devices", ["delete"], VS, None), site="prod", igel_os=[12]),
    ),
    "import-interrupted": (
        with_save(
            change("citrixadc_servicegroup.sg", ["update"], SG, {**SG, "usip": "NO"}, importing={"id": "SG_UMS_30001"})
        ),
        with_save(
            change(
                "citrixadc_servicegroup.sg", ["update"], SG, {**SG, "comment": "x"}, importing={"id": "SG_UMS_30001"}
            )
        ),
    ),
    "object-imported": (
        with_save(change("citrixadc_server.server_ums01", NOOP, SERVER, SERVER, importing={"id": "UMS01"})),
        with_save(change("citrixadc_server.server_ums01", NOOP, SERVER, SERVER)),
    ),
    "config-save-on-every-plan": (
        plan(change("citrixadc_nsconfig_save.save", REPLACE, SAVE, SAVE, replace_paths=[["timestamp"]])),
        plan(change("citrixadc_nsconfig_save.save", REPLACE, SAVE, SAVE, action_reason="replace_by_triggers")),
    ),
    "read-error-suspected": (
        with_save(
            m("citrixadc_server.server_ums01", ["create"], None, UMS01),
            m("citrixadc_servicegroup.sg", ["create"], None, SG),
            drift=[
                m("citrixadc_server.server_ums01", ["delete"], UMS01, None),
                m("citrixadc_servicegroup.sg", ["delete"], SG, None),
            ],
        ),
        with_save(
            m("citrixadc_server.server_ums01", ["create"], None, UMS01),
            m("citrixadc_servicegroup.sg", NOOP, SG, SG),
            drift=[m("citrixadc_server.server_ums01", ["delete"], UMS01, None)],
        ),
    ),
    "read-as-missing": (  # with the appliance's word, CONFIRMATIONS below
        with_save(
            m("citrixadc_server.server_ums01", ["create"], None, UMS01),
            m("citrixadc_servicegroup.sg", NOOP, SG, SG),
            drift=[m("citrixadc_server.server_ums01", ["delete"], UMS01, None)],
        ),
        with_save(
            m("citrixadc_server.server_ums01", ["create"], None, UMS01),
            m("citrixadc_servicegroup.sg", NOOP, SG, SG),
            drift=[m("citrixadc_server.server_ums01", ["delete"], UMS01, None)],
        ),
    ),
}

#: The released ids and levels: changing one breaks users' --fail-on and their references.
PINNED = {
    "database-destroyed": "critical",
    "database-access-removed": "outage",
    "vserver-replaced": "outage",
    "os11-vserver-removed": "outage",
    "import-interrupted": "outage",
    "vip-address-changed": "outage",
    "service-group-replaced": "outage",
    "last-member-removed": "outage",
    "use-client-ip-changed": "warning",
    "persistence-changed": "warning",
    "member-removed": "warning",
    "config-not-saved": "warning",
    "dns-record-changed": "warning",
    "config-save-on-every-plan": "info",
    "object-imported": "info",
    "last-server-out-of-service": "outage",
    "server-out-of-service": "warning",
    "server-back-in-service": "info",
    "read-as-missing": "critical",
    "read-error-suspected": "critical",
}

#: What the appliance said (asked by name) of the objects found deleted, for the rules that need its word:
#: rule id -> (on the plan it fires on, on the plan it stays quiet on).
CONFIRMATIONS = {
    "read-as-missing": (
        ConfirmedDeletions(still_there=frozenset({"citrixadc_server.server_ums01"}), gone=frozenset()),
        ConfirmedDeletions(still_there=frozenset(), gone=frozenset({"citrixadc_server.server_ums01"})),
    ),
}


def fired(document: Document, confirmed: ConfirmedDeletions | None = None) -> set[str]:
    parsed = replace(parse_plan(json.dumps(document), "test"), confirmed_deletions=confirmed)
    return {finding.rule.id for finding in evaluate(parsed)}


def test_rule_ids_and_levels_are_the_released_ones() -> None:
    assert {rule.id: rule.level.label for rule in RULES} == PINNED


def test_every_rule_module_is_registered_and_holds_one_rule() -> None:
    helpers = {"__init__", "rule", "members", "servers"}
    modules = {path.stem for path in Path(risks.__file__).parent.glob("*.py")} - helpers
    assert sorted(modules) == sorted(rule.id.replace("-", "_") for rule in RULES)


def test_every_rule_says_what_and_why() -> None:
    for rule in RULES:
        assert rule.title, rule.id
        assert len(rule.why) > 40, rule.id


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_the_rule_fires(rule_id: str) -> None:
    assert rule_id in fired(CASES[rule_id][0], CONFIRMATIONS.get(rule_id, (None, None))[0])


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_the_rule_stays_quiet(rule_id: str) -> None:
    assert rule_id not in fired(CASES[rule_id][1], CONFIRMATIONS.get(rule_id, (None, None))[1])


MEMBER_BINDING = "citrixadc_servicegroup_servicegroupmember_binding"


def test_every_binding_vanishing_while_its_service_group_remains_is_a_suspected_read_error() -> None:
    bindings = [member("ums-prod-srv-ums01", "sg"), member("ums-prod-srv-ums02", "sg")]
    addresses = [f"{MEMBER_BINDING}.member_{index}" for index in range(2)]
    document = with_save(
        m("citrixadc_servicegroup.sg", NOOP, SG | {"servicegroupname": "sg"}, SG | {"servicegroupname": "sg"}),
        *(m(address, ["create"], None, binding) for address, binding in zip(addresses, bindings, strict=True)),
        drift=[m(address, ["delete"], binding, None) for address, binding in zip(addresses, bindings, strict=True)],
    )
    assert "read-error-suspected" in fired(document)
    # One of the two unbound by hand, the other still bound: a drift, not the sign of a read error.
    document["resource_changes"][2]["change"].update(actions=["no-op"], before=bindings[1])
    document["resource_drift"] = document["resource_drift"][:1]
    assert "read-error-suspected" not in fired(document)


def test_once_the_appliance_was_asked_the_plans_signs_are_not_flagged() -> None:
    confirmed = ConfirmedDeletions(still_there=frozenset(), gone=frozenset({"citrixadc_server.server_ums01"}))
    assert "read-error-suspected" not in fired(CASES["read-error-suspected"][0], confirmed)


def test_every_rule_has_cases() -> None:
    assert sorted(CASES) == sorted(rule.id for rule in RULES)


def test_a_replaced_service_group_whose_bindings_follow_names_none_left_behind() -> None:
    document = fixture("04-replace")
    for entry in document["resource_changes"]:
        values = entry["change"]["before"] or {}
        if entry["type"] in BINDING_TYPES and values.get("servicegroupname") == "sg_ums_9080":
            entry["change"]["actions"] = ["delete", "create"]
    findings = evaluate(parse_plan(json.dumps(document), "04"))
    [replaced] = [f for f in findings if f.rule.id == "service-group-replaced"]
    assert replaced.level is Level.OUTAGE
    assert "not re-created" not in replaced.message


def test_a_replaced_vserver_with_the_same_persistence_is_not_a_persistence_change() -> None:
    # The new object's computed values are "known after apply": unknown is not a change.
    assert "persistence-changed" not in fired(fixture("04-replace"))


def test_findings_are_sorted_most_severe_first() -> None:
    document = plan(
        change("citrixadc_servicegroup.sg", ["update"], SG, {**SG, "usip": "NO"}),
        change("mssql_database.database", ["delete"], DB, None),
    )
    levels = [finding.level for finding in evaluate(parse_plan(json.dumps(document), "t"))]
    assert levels == sorted(levels, reverse=True)
    assert levels[0] is Level.CRITICAL


def test_the_ordering_step_is_shown_with_the_config_save_and_fires_no_rule() -> None:
    """A scale-in of a ums-ha stack: the step's list loses the server's addresses, beside the save's replacement."""
    before = {"input": ["citrixadc_server.server_ums01", "citrixadc_server.server_ums02"]}
    after = {"input": ["citrixadc_server.server_ums01"]}
    step = change("terraform_data.config_save_order", ["update"], before, after)
    firmware = change("terraform_data.firmware_hosts", ["create"], None, {"input": None})
    parsed = parse_plan(json.dumps(plan(step, firmware)), "plan.json")
    assert [group_of_change(item) for item in parsed.changes] == [CONFIG_SAVE, FIRMWARE_HOSTS]
    assert evaluate(parsed) == []


def test_a_drain_names_the_server_the_drain_time_and_where_new_devices_go() -> None:
    findings = evaluate(parse_plan(json.dumps(CASES["server-out-of-service"][0]), "drain"))
    [drain] = [finding for finding in findings if finding.rule.id == "server-out-of-service"]
    assert drain.address == "citrixadc_server.server_ums02"
    assert drain.message == (
        "ums-prod-srv-ums02 goes out of service: for 600 s devices with a persistent session stay on it while new "
        "ones go to ums-prod-srv-ums01; then it takes no connection"
    )
    # the last one out is the outage alone, not a warning besides
    last = {
        finding.rule.id for finding in evaluate(parse_plan(json.dumps(CASES["last-server-out-of-service"][0]), "x"))
    }
    assert "server-out-of-service" not in last
