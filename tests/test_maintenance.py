"""A UMS server out of service from the site file: keys, defaults, refusals, the stack, and no leak of secrets."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import resources, site_text
from test_constructs_library import new_stack
from test_schema_conformance import conformance_problems

from ums_ha import UmsHaCluster, UmsServer, ValidationError
from ums_ha.domain.model import DEFAULT_DRAIN_SECONDS
from ums_ha.site.reader import parse_site_file

THREE = (("ums01", "10.20.30.11"), ("ums02", "10.20.30.12"), ("ums03", "10.20.30.13"))


def maintenance(table: str, *, servers: tuple[tuple[str, str], ...] = THREE, server_extra: str = "") -> str:
    text = site_text(servers=servers, extra=f"[sites.prod.maintenance]\n{table}\n")
    if server_extra:
        text = text.replace('address = "10.20.30.12"\n', f'address = "10.20.30.12"\n{server_extra}\n', 1)
    return text


def problems(text: str) -> list[tuple[str, str]]:
    with pytest.raises(ValidationError) as caught:
        parse_site_file(text, Path("ums-ha.toml"))
    return [(problem.key, problem.message) for problem in caught.value.problems]


def test_every_server_is_in_service_by_default() -> None:
    [site] = parse_site_file(site_text(), Path("ums-ha.toml")).sites
    assert [(s.in_service, s.drain_seconds, s.wait_for_connections) for s in site.ums_servers] == [
        (True, DEFAULT_DRAIN_SECONDS, False),
        (True, DEFAULT_DRAIN_SECONDS, False),
    ]


def test_the_site_defaults_apply_and_a_server_overrides_them() -> None:
    text = maintenance(
        'out_of_service = ["ums02", "ums03"]\ndrain_seconds = 900\nwait_for_connections = true',
        server_extra="drain_seconds = 60\nwait_for_connections = false",
    )
    [site] = parse_site_file(text, Path("ums-ha.toml")).sites
    assert {s.name: (s.in_service, s.drain_seconds, s.wait_for_connections) for s in site.ums_servers} == {
        "ums01": (True, 900, True),
        "ums02": (False, 60, False),
        "ums03": (False, 900, True),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            maintenance('out_of_service = ["ums01", "ums02", "ums03"]'),
            [
                (
                    "sites.prod.maintenance.out_of_service",
                    "would take every UMS server out of service (ums01, ums02, ums03): the site would serve no "
                    "device; keep at least one in service",
                )
            ],
        ),
        (
            maintenance('out_of_service = ["ums04"]'),
            [
                (
                    "sites.prod.maintenance.out_of_service",
                    "names 'ums04', which is no server of the site's [[ums_servers]] (ums01, ums02, ums03): a server "
                    "removed from the site cannot also be taken out of service; drop it from this list",
                )
            ],
        ),
        (
            maintenance('out_of_service = ["ums02", "ums02"]'),
            [("sites.prod.maintenance.out_of_service", "names 'ums02' more than once")],
        ),
        (
            maintenance("drain_seconds = -1"),
            [("sites.prod.maintenance.drain_seconds", "must be between 0 and 86400 seconds, but -1 was given")],
        ),
        (
            maintenance("drain_seconds = 86401"),
            [("sites.prod.maintenance.drain_seconds", "must be between 0 and 86400 seconds, but 86401 was given")],
        ),
        (
            maintenance('out_of_service = ["ums02"]', server_extra="drain_seconds = 100000"),
            [("sites.prod.ums_servers[1].drain_seconds", "must be between 0 and 86400 seconds, but 100000 was given")],
        ),
        (
            maintenance("out_of_service = [2]"),
            [("sites.prod.maintenance.out_of_service[0]", "must be a server name, but the integer 2 was given")],
        ),
        (
            maintenance("drain_time = 5"),
            [
                (
                    "sites.prod.maintenance.drain_time",
                    "unknown key; did you mean 'drain_seconds'? the keys allowed here are: drain_seconds, "
                    "out_of_service, wait_for_connections",
                )
            ],
        ),
    ],
)
def test_refusals_name_the_key_the_value_and_what_is_allowed(text: str, expected: list[tuple[str, str]]) -> None:
    assert problems(text) == expected


@pytest.mark.runtime
def test_a_drained_server_keeps_its_objects_and_is_disabled_with_its_delay(synth: Any) -> None:
    in_service = synth(site_text(servers=THREE))["ums-ha-prod"]
    drained = synth(maintenance('out_of_service = ["ums02"]\ndrain_seconds = 600'))["ums-ha-prod"]
    assert sorted(drained["resource"]) == sorted(in_service["resource"])
    for kind in drained["resource"]:
        assert sorted(drained["resource"][kind]) == sorted(in_service["resource"][kind]), kind
    servers = resources(drained, "citrixadc_server")
    assert servers["server_ums02"] == {
        "name": "ums-prod-srv-ums02",
        "ipaddress": "10.20.30.12",
        "state": "DISABLED",
        "delay": 600,
        "graceful": "NO",
    }
    assert servers["server_ums01"] == {"name": "ums-prod-srv-ums01", "ipaddress": "10.20.30.11", "state": "ENABLED"}
    # nothing but the server differs: no member binding (their state is ForceNew) or anything else
    for kind in in_service["resource"]:
        if kind != "citrixadc_server":
            assert resources(drained, kind) == resources(in_service, kind), kind
    assert conformance_problems(drained) == []


@pytest.mark.runtime
def test_the_construct_refuses_a_cluster_with_every_server_out() -> None:
    with pytest.raises(ValidationError) as caught:
        UmsHaCluster(
            new_stack(),
            "Ums",
            vip="10.20.30.10",
            servers=[
                UmsServer(name="ums01", address="10.20.30.11", in_service=False),
                UmsServer(name="ums02", address="10.20.30.12", in_service=False),
            ],
        )
    assert [problem.key for problem in caught.value.problems] == ["servers"]
    assert "would take every UMS server out of service (ums01, ums02)" in caught.value.problems[0].message
