"""Each site-file rule: the bad value gives a message naming the key, the value and what is allowed."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import site_text

from ums_ha import Problem, ValidationError
from ums_ha.site.reader import parse_site_file


def problems_of(text: str) -> list[Problem]:
    with pytest.raises(ValidationError) as caught:
        parse_site_file(text, Path("ums-ha.toml"))
    return list(caught.value.problems)


def only_problem(text: str) -> Problem:
    problems = problems_of(text)
    assert len(problems) == 1, problems
    return problems[0]


def with_netscaler(line: str) -> str:
    return site_text(netscaler_extra=line)


def test_the_example_and_the_template_are_valid() -> None:
    site_file = parse_site_file(site_text(), Path("ums-ha.toml"))
    assert [site.name for site in site_file.sites] == ["prod"]


@pytest.mark.parametrize(
    ("text", "key", "fragments"),
    [
        (
            site_text(servers=(("ums01", "10.20.30.256"),)),
            "sites.prod.ums_servers[0].address",
            ["'10.20.30.256'", "IPv4 or IPv6 address"],
        ),
        (
            site_text(servers=(("ums01", "10.20.30.10"),)),
            "sites.prod.netscaler.vip",
            ["'10.20.30.10'", "sites.prod.ums_servers[0].address"],
        ),
        (
            site_text(servers=(("ums01", "10.20.30.5"),)),
            "sites.prod.netscaler.snip",
            ["'10.20.30.5/24'", "must differ from every UMS server"],
        ),
        (
            site_text(servers=(("ums01", "10.20.30.11"), ("ums01", "10.20.30.12"))),
            "sites.prod.ums_servers",
            ["'ums01'", "server names must be unique"],
        ),
        (
            site_text(servers=(("ums01", "10.20.30.11"), ("ums02", "10.20.30.11"))),
            "sites.prod.ums_servers",
            ["'10.20.30.11'", "server addresses must be unique"],
        ),
        (
            site_text(servers=(("1ums", "10.20.30.11"),)),
            "sites.prod.ums_servers[0].name",
            ["'1ums'", "a letter, then letters"],
        ),
        (
            site_text(servers=(("ums01", "10.99.0.11"),)),
            "sites.prod.netscaler.snip",
            ["10.20.30.0/24", "'10.99.0.11'", "devices, firmware"],
        ),
        (
            with_netscaler("persistence_timeout_minutes = 0"),
            "sites.prod.netscaler.persistence_timeout_minutes",
            ["between 1 and 1440 minutes", "0 was given"],
        ),
        (
            with_netscaler("persistence_timeout_minutes = 1441"),
            "sites.prod.netscaler.persistence_timeout_minutes",
            ["1441"],
        ),
        (
            with_netscaler("persistence_timeout_minutes = true"),
            "sites.prod.netscaler.persistence_timeout_minutes",
            ["an integer", "the boolean true"],
        ),
        (
            with_netscaler('persistence_mask = "255.0.255.0"'),
            "sites.prod.netscaler.persistence_mask",
            ["'255.0.255.0'", "IPv4 netmask"],
        ),
        (with_netscaler('monitor_receive = ""'), "sites.prod.netscaler.monitor_receive", ["''", "non-empty"]),
        (
            with_netscaler("persistence_group = 1"),
            "sites.prod.netscaler.persistence_group",
            ["true or false", "1 was given"],
        ),
        (
            with_netscaler("insecure_skip_verfy = true"),
            "sites.prod.netscaler.insecure_skip_verfy",
            ["unknown key", "insecure_skip_verify"],
        ),
    ],
)
def test_bad_value_is_reported_with_key_value_and_what_is_allowed(text: str, key: str, fragments: list[str]) -> None:
    problem = only_problem(text)
    assert problem.key == key
    for fragment in fragments:
        assert fragment in problem.message


def test_vip_must_differ_from_snip() -> None:
    problem = only_problem(site_text().replace('vip = "10.20.30.10"', 'vip = "10.20.30.5"'))
    assert (problem.key, "must differ from the SNIP" in problem.message) == ("sites.prod.netscaler.vip", True)


@pytest.mark.parametrize("snip", ["10.20.30.5", "10.20.30.0/24", "10.20.30.255/24", "10.20.30.5/31", "fd00::5/64"])
def test_snip_must_be_an_ipv4_host_address_with_prefix(snip: str) -> None:
    problem = only_problem(site_text().replace('snip = "10.20.30.5/24"', f'snip = "{snip}"'))
    assert problem.key == "sites.prod.netscaler.snip"
    assert repr(snip) in problem.message


def test_snip_subnet_rule_applies_only_when_a_service_uses_client_ip() -> None:
    services = "".join(
        f'[[sites.prod.services]]\nname = "{name}"\nport = {port}\nuse_client_ip = false\n'
        for name, port in (("console", 8443), ("firmware", 9080))
    )
    text = site_text(servers=(("ums01", "10.99.0.11"),), extra=services)
    assert parse_site_file(text, Path("x")).sites[0].services[0].use_client_ip is False


def service(name: str = "devices", port: object = 30001, protocol: str = "TCP") -> str:
    return f'[[sites.prod.services]]\nname = "{name}"\nport = {port}\nprotocol = "{protocol}"\n'


@pytest.mark.parametrize(
    ("services", "key", "fragment"),
    [
        (service(port=0), "sites.prod.services[0].port", "between 1 and 65535, but 0 was given"),
        (service(port=65536), "sites.prod.services[0].port", "65536 was given"),
        (
            service(protocol="UDP"),
            "sites.prod.services[0].protocol",
            "one of TCP, HTTP, SSL_BRIDGE, but 'UDP' was given",
        ),
        (service() + service(port=1), "sites.prod.services", "service names must be unique, but 'devices'"),
        (
            service() + service(name="other"),
            "sites.prod.services",
            "service ports must be unique on the one VIP, but 30001",
        ),
        (
            service(port='"30001"'),
            "sites.prod.services[0].port",
            'must be an integer, but the string "30001" was given',
        ),
    ],
)
def test_service_rules(services: str, key: str, fragment: str) -> None:
    problem = only_problem(site_text(extra=services))
    assert problem.key == key
    assert fragment in problem.message


@pytest.mark.parametrize("protocol", ["TCP", "HTTP", "SSL_BRIDGE"])
def test_every_accepted_protocol_loads(protocol: str) -> None:
    site = parse_site_file(site_text(extra=service(protocol=protocol)), Path("x")).sites[0]
    assert site.services[0].protocol == protocol


@pytest.mark.parametrize("dns_name", ["igelrmserver", "-bad.corp.example", "a..b", "host.123", "x" * 64 + ".example"])
def test_dns_name_must_be_a_fqdn(dns_name: str) -> None:
    problem = only_problem(site_text().replace("igelrmserver.corp.example", dns_name))
    assert problem.key == "sites.prod.dns_name"
    assert repr(dns_name) in problem.message


def test_endpoint_must_be_https() -> None:
    problem = only_problem(site_text().replace("https://192.0.2.2", "http://192.0.2.2"))
    assert problem.key == "sites.prod.netscaler.endpoint"
    assert "sites.prod.netscaler.allow_plain_http = true" in problem.message


def test_plain_http_endpoint_with_explicit_permission_loads() -> None:
    text = site_text(netscaler_extra="allow_plain_http = true").replace("https://192.0.2.2", "http://192.0.2.2")
    assert parse_site_file(text, Path("x")).sites[0].netscaler.allow_plain_http is True


@pytest.mark.parametrize("endpoint", ["ftp://192.0.2.2", "192.0.2.2", "https://"])
def test_endpoint_must_be_a_url(endpoint: str) -> None:
    problem = only_problem(site_text().replace("https://192.0.2.2", endpoint))
    assert (problem.key, repr(endpoint) in problem.message) == ("sites.prod.netscaler.endpoint", True)


def test_endpoint_with_credentials_is_refused_without_echoing_them() -> None:
    problem = only_problem(site_text().replace("https://192.0.2.2", "https://nsroot:CanaryPw0rd@192.0.2.2"))
    assert problem.key == "sites.prod.netscaler.endpoint"
    assert "CanaryPw0rd" not in str(problem)
    assert "NS_PASSWORD" in problem.message


@pytest.mark.parametrize("name", ["Prod", "a" * 21, "prod_1", "x.y"])
def test_site_names_are_short_lowercase(name: str) -> None:
    problems = problems_of(site_text(name=name if "." not in name else '"x.y"'))
    assert any("site names must be 1 to 20 of a-z, 0-9 and '-'" in problem.message for problem in problems)


def test_unknown_keys_anywhere_are_errors() -> None:
    text = site_text(extra='[sites.prod.backend]\ntype = "local"\npaht = "x"\n') + "\n[extra]\n"
    text = text.replace("[sites.prod.netscaler]", 'colour = "blue"\n[sites.prod.netscaler]')
    keys = {problem.key for problem in problems_of(text)}
    assert keys == {"extra", "sites.prod.colour", "sites.prod.backend.paht"}


def test_missing_required_keys_are_named() -> None:
    problems = problems_of("[sites.prod]\n[sites.prod.netscaler]\n")
    assert {problem.key for problem in problems} == {
        "sites.prod.dns_name",
        "sites.prod.netscaler.endpoint",
        "sites.prod.netscaler.vip",
        "sites.prod.ums_servers",
    }


def test_empty_file_needs_a_site() -> None:
    assert only_problem("").key == "sites"


def test_too_many_servers() -> None:
    servers = tuple((f"ums{index:02}", f"10.20.30.{index + 20}") for index in range(33))
    problem = only_problem(site_text(servers=servers))
    assert problem.key == "sites.prod.ums_servers"
    assert "between 1 and 32 UMS servers, but 33 were given" in problem.message


def test_all_problems_of_a_file_are_reported_at_once() -> None:
    text = site_text(servers=(("ums01", "bad"),), netscaler_extra="persistence_timeout_minutes = 0").replace(
        "igelrmserver.corp.example", "nodots"
    )
    assert {problem.key for problem in problems_of(text)} == {
        "sites.prod.dns_name",
        "sites.prod.ums_servers[0].address",
        "sites.prod.netscaler.persistence_timeout_minutes",
    }


def test_invalid_toml_is_one_clear_problem() -> None:
    problem = only_problem("[sites.prod\n")
    assert problem.key == "(file)"
    assert "not valid TOML" in problem.message


def test_backend_type_must_be_known() -> None:
    problem = only_problem(site_text(extra='[sites.prod.backend]\ntype = "consul"\n'))
    assert problem.key == "sites.prod.backend.type"
    assert "'consul'" in problem.message
    assert "local, s3, azurerm, pg, http, remote" in problem.message


@pytest.mark.parametrize(
    ("backend", "key"),
    [
        ('type = "s3"\nbucket = "b"\nkey = "k"\nregion = "r"\nuse_lockfile = true\nsecret_key = "x"', "secret_key"),
        ('type = "pg"\nconn_str = "postgres://u:p@h/db"', "conn_str"),
        ('type = "http"\naddress = "https://state"\nlock_address = "https://state/lock"\npassword = "x"', "password"),
    ],
)
def test_backend_credentials_are_refused(backend: str, key: str) -> None:
    problem = only_problem(site_text(extra=f"[sites.prod.backend]\n{backend}\n"))
    assert problem.key == f"sites.prod.backend.{key}"
    assert "set" in problem.message
    assert "environment" in problem.message


def test_backend_keys_are_checked_against_the_backend() -> None:
    problems = problems_of(site_text(extra='[sites.prod.backend]\ntype = "s3"\nbuckt = "b"\nkey = "k"\n'))
    keys = {problem.key for problem in problems}
    assert {"sites.prod.backend.buckt", "sites.prod.backend.bucket"} <= keys


@pytest.mark.parametrize(
    ("backend", "key", "fragments"),
    [
        ('type = "s3"\nbucket = 3\nkey = "k"', "bucket", ["must be a string", "3"]),
        ('type = "s3"\nbucket = "b"\nkey = "k"\nencrypt = "yes"', "encrypt", ["true or false", 'the string "yes"']),
        ('type = "s3"\nbucket = "b"\nkey = "k"\nmax_retries = "3"', "max_retries", ["a number", 'the string "3"']),
        (
            'type = "s3"\nbucket = "b"\nkey = "k"\nallowed_account_ids = ["1", 2]',
            "allowed_account_ids",
            ["an array of strings", 'the array ["1", 2]'],
        ),
        (
            'type = "s3"\nbucket = "b"\nkey = "k"\nassume_role = "arn"',
            "assume_role",
            ["must be a table", 'the string "arn"'],
        ),
        (
            'type = "s3"\nbucket = "b"\nkey = "k"\nassume_role = { role_arn = 5 }',
            "assume_role.role_arn",
            ["must be a string", "5"],
        ),
        (
            'type = "s3"\nbucket = "b"\nkey = "k"\nassume_role = { rol_arn = "a" }',
            "assume_role.rol_arn",
            ["not a setting of the assume_role block", "role_arn"],
        ),
        (
            'type = "remote"\norganization = "o"\nworkspaces = "prod"',
            "workspaces",
            ["name or prefix", 'the string "prod"'],
        ),
        (
            'type = "remote"\norganization = "o"\nworkspaces = { name = "a", prefix = "b" }',
            "workspaces",
            ["exactly one of name or prefix", "2 were given"],
        ),
        ('type = "remote"\norganization = "o"\nworkspaces = { name = "" }', "workspaces.name", ["non-empty string"]),
        (
            'type = "remote"\norganization = "o"\nworkspaces = { nmae = "a" }',
            "workspaces.nmae",
            ["unknown key", "name, prefix"],
        ),
    ],
)
def test_backend_values_are_checked_against_cdktf_types(backend: str, key: str, fragments: list[str]) -> None:
    problems = [
        problem
        for problem in problems_of(site_text(extra=f"[sites.prod.backend]\n{backend}\n"))
        if problem.key == f"sites.prod.backend.{key}"
    ]
    assert len(problems) == 1, problems
    for fragment in fragments:
        assert fragment in problems[0].message


def test_a_credential_cdktf_requires_is_not_required_in_the_site_file() -> None:
    site_file = parse_site_file(site_text(extra='[sites.prod.backend]\ntype = "pg"\nschema_name = "ums"\n'), Path("x"))
    assert site_file.sites[0].backend.options == {"schema_name": "ums"}
