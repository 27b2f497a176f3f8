"""The A record: its JSON, the provider pin, the bindings against the real 3.6.1 schema, and its rules."""

from __future__ import annotations

import importlib.util
import json
import re
import tarfile
from pathlib import Path
from typing import Any

import pytest
from conftest import Synth, scratch_stack, site_text
from conftest import resources as resources_of
from provider_schemas import provider_schema
from test_schema_conformance import conformance_problems

from ums_ha import Problem, UmsDnsRecord, ValidationError
from ums_ha.providers import DnsProvider
from ums_ha.site.reader import parse_site_file
from ums_ha.toolchain.cdk import runtime as cdk
from ums_ha.toolchain.runtimes import DNS_BINDINGS

DNS = '[sites.prod.dns]\nserver = "dc01.corp.example"\nzone = "corp.example."\n'


def dns_site(dns: str = DNS, **kwargs: Any) -> str:
    return site_text(extra=dns, **kwargs)


def problems_of(text: str) -> list[Problem]:
    with pytest.raises(ValidationError) as caught:
        parse_site_file(text, Path("ums-ha.toml"))
    return list(caught.value.problems)


@pytest.mark.runtime
def test_the_record_points_dns_name_at_the_vip(synth: Synth) -> None:
    stack = synth(dns_site())["ums-ha-prod"]
    assert resources_of(stack, "dns_a_record_set") == {
        "dns_record": {"zone": "corp.example.", "name": "igelrmserver", "addresses": ["10.20.30.10"], "ttl": 300}
    }
    assert stack["provider"]["dns"] == [{"update": [{"server": "dc01.corp.example", "port": 53}]}]
    assert stack["terraform"]["required_providers"]["dns"] == {"source": "hashicorp/dns", "version": "3.6.1"}
    assert conformance_problems(stack) == []


@pytest.mark.runtime
def test_the_port_of_the_dns_table_reaches_the_provider(synth: Synth) -> None:
    stack = synth(dns_site(DNS + "port = 5353\n"))["ums-ha-prod"]
    assert stack["provider"]["dns"] == [{"update": [{"server": "dc01.corp.example", "port": 5353}]}]
    assert conformance_problems(stack) == []


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("0", "must be between 1 and 65535, but 0 was given"),
        ("65536", "must be between 1 and 65535, but 65536 was given"),
        ('"53"', "must be"),
    ],
)
def test_a_bad_dns_port_is_refused_naming_the_key(value: str, message: str) -> None:
    [problem] = problems_of(dns_site(DNS + f"port = {value}\n"))
    assert problem.key == "sites.prod.dns.port"
    assert message in problem.message


@pytest.mark.runtime
@pytest.mark.parametrize(
    ("dns_name", "zone", "name"),
    [
        ("igelrmserver.corp.example", "corp.example.", "igelrmserver"),
        ("igelrmserver.ums.corp.example", "corp.example.", "igelrmserver.ums"),
        ("IgelRMServer.Corp.Example", "corp.example.", "IgelRMServer"),
        ("ums.corp.example", "ums.corp.example.", None),
    ],
)
def test_the_record_name_is_relative_to_the_zone(synth: Synth, dns_name: str, zone: str, name: str | None) -> None:
    text = dns_site(f'[sites.prod.dns]\nserver = "192.0.2.53"\nzone = "{zone}"\nttl = 60\n').replace(
        'dns_name = "igelrmserver.corp.example"', f'dns_name = "{dns_name}"'
    )
    record = resources_of(synth(text)["ums-ha-prod"], "dns_a_record_set")["dns_record"]
    assert record.get("name") == name
    assert (record["zone"], record["ttl"]) == (zone, 60)


@pytest.mark.runtime
def test_a_site_without_dns_has_no_record_and_no_dns_provider(synth: Synth) -> None:
    stack = synth(site_text())["ums-ha-prod"]
    assert "dns_a_record_set" not in stack["resource"]
    assert "dns" not in stack["provider"]
    assert "dns" not in stack["terraform"]["required_providers"]


def test_the_recorded_dns_schema_pins_the_same_release_as_the_stacks() -> None:
    document = json.loads((Path(__file__).parent.parent / "provider-schemas" / "dns@3.6.1.json").read_text())
    assert document["provider_versions"] == {"registry.terraform.io/hashicorp/dns": "3.6.1"}


#: Each runtime's prebuilt dns bindings: the assembly in the Python package, and the jsii name's scope.
PREBUILT_DNS = {
    "cdktf": ("provider-dns@9.0.1.jsii.tgz", "@cdktf/provider-dns"),
    "cdktn": ("provider-dns@13.0.1.jsii.tgz", "@cdktn/provider-dns"),
}


def binding_properties(runtime: str) -> dict[str, set[str]]:
    """Struct -> property names (snake_case) of ``runtime``'s prebuilt bindings' jsii assembly (read, not loaded)."""
    assembly_file, scope = PREBUILT_DNS[runtime]
    # Found, not imported: importing the other runtime's bindings would load that runtime into this process.
    spec = importlib.util.find_spec(DNS_BINDINGS[runtime])
    assert spec is not None
    assert spec.submodule_search_locations is not None
    package = Path(next(iter(spec.submodule_search_locations))) / "_jsii" / assembly_file
    with tarfile.open(package) as archive:
        member = archive.extractfile("package/.jsii")
        assert member is not None
        assembly = json.load(member)
    assert assembly["name"] == scope
    wanted = {
        f"{scope}.provider.DnsProviderConfig": "provider",
        f"{scope}.provider.DnsProviderUpdate": "update",
        f"{scope}.provider.DnsProviderUpdateGssapi": "gssapi",
        f"{scope}.aRecordSet.ARecordSetConfig": "dns_a_record_set",
    }
    return {
        label: {re.sub(r"(?<!^)([A-Z])", r"_\1", prop["name"]).lower() for prop in assembly["types"][fqn]["properties"]}
        for fqn, label in wanted.items()
    }


@pytest.mark.parametrize("runtime", sorted(PREBUILT_DNS))
def test_every_attribute_the_prebuilt_bindings_can_write_exists_in_the_3_6_1_schema(runtime: str) -> None:
    schema = provider_schema("dns")
    provider = schema["provider"]["block"]
    update = provider["block_types"]["update"]["block"]
    blocks = {
        "provider": provider,
        "update": update,
        "gssapi": update["block_types"]["gssapi"]["block"],
        "dns_a_record_set": schema["resource_schemas"]["dns_a_record_set"]["block"],
    }
    properties = binding_properties(runtime)
    assert properties["update"] >= {"server", "key_name", "key_secret", "gssapi"}
    for label, names in properties.items():
        known = set(blocks[label].get("attributes", {})) | set(blocks[label].get("block_types", {}))
        assert names - {"alias"} <= known, f"{label}: {sorted(names - known - {'alias'})} not in dns 3.6.1"


@pytest.mark.parametrize(
    ("dns", "key", "fragments"),
    [
        (DNS.replace('"corp.example."', '"corp.example"'), "sites.prod.dns.zone", ["'corp.example'", "trailing dot"]),
        (
            DNS.replace('"corp.example."', '"other.example."'),
            "sites.prod.dns.zone",
            ["'other.example.'", "sites.prod.dns_name 'igelrmserver.corp.example'"],
        ),
        (DNS.replace('"corp.example."', '"example.corp."'), "sites.prod.dns.zone", ["'example.corp.'"]),
        (DNS.replace('"corp.example."', '"rp.example."'), "sites.prod.dns.zone", ["'rp.example.'"]),
        (DNS.replace('"corp.example."', '"."'), "sites.prod.dns.zone", ["'.'", "trailing dot"]),
        (DNS.replace('"corp.example."', '"corp..example."'), "sites.prod.dns.zone", ["'corp..example.'"]),
        (DNS + "ttl = -1\n", "sites.prod.dns.ttl", ["between 0 and 2147483647 seconds", "-1"]),
        (DNS + "ttl = 2147483648\n", "sites.prod.dns.ttl", ["2147483648"]),
        (DNS + 'ttl = "300"\n', "sites.prod.dns.ttl", ['the string "300"']),
        (
            DNS.replace('"dc01.corp.example"', '"dc01.corp.example:53"'),
            "sites.prod.dns.server",
            ["'dc01.corp.example:53'", "without port"],
        ),
        (DNS.replace('server = "dc01.corp.example"\n', ""), "sites.prod.dns.server", ["required"]),
        (DNS.replace('zone = "corp.example."\n', ""), "sites.prod.dns.zone", ["required"]),
    ],
)
def test_bad_dns_settings_are_named(dns: str, key: str, fragments: list[str]) -> None:
    problems = problems_of(dns_site(dns))
    assert [problem.key for problem in problems] == [key]
    for fragment in fragments:
        assert fragment in problems[0].message


def test_a_credential_in_the_dns_table_is_refused_without_echoing_it() -> None:
    problems = problems_of(dns_site(DNS + 'key_secret = "Canary-Tsig-Secret-19ab"\n'))
    assert [problem.key for problem in problems] == ["sites.prod.dns.key_secret"]
    assert "Canary-Tsig-Secret-19ab" not in str(ValidationError(problems))


def test_an_a_record_needs_an_ipv4_vip() -> None:
    text = dns_site().replace('vip = "10.20.30.10"', 'vip = "2001:db8::10"')
    problems = problems_of(text)
    assert [(problem.key, "IPv4 address for an A record" in problem.message) for problem in problems] == [
        ("sites.prod.netscaler.vip", True)
    ]


def test_a_bad_vip_is_reported_once_though_two_rules_check_it() -> None:
    problems = problems_of(dns_site().replace('vip = "10.20.30.10"', 'vip = "10.20.30"'))
    assert [problem.key for problem in problems] == ["sites.prod.netscaler.vip"]


@pytest.mark.runtime
def test_the_construct_checks_its_props_by_their_names() -> None:
    stack = scratch_stack("s")
    DnsProvider(stack, "dns", server="dc01.corp.example")
    with pytest.raises(ValidationError) as caught:
        UmsDnsRecord(stack, "Dns", zone="corp.example", dns_name="ums", address="10.0.0.300", ttl=-5)
    assert sorted(problem.key for problem in caught.value.problems) == ["address", "dns_name", "ttl", "zone"]


@pytest.mark.runtime
def test_the_construct_refuses_a_reference_as_name_or_zone() -> None:
    stack = scratch_stack("s")
    zone = cdk.TerraformVariable(stack, "zone", type="string").string_value
    with pytest.raises(ValidationError) as caught:
        UmsDnsRecord(stack, "Dns", zone=zone, dns_name="ums.corp.example", address="10.0.0.1")
    assert [problem.key for problem in caught.value.problems] == ["zone"]
    assert "literal" in caught.value.problems[0].message


@pytest.mark.runtime
def test_the_provider_checks_its_server() -> None:
    stack = scratch_stack("s")
    with pytest.raises(ValidationError) as caught:
        DnsProvider(stack, "dns", server="dc01.corp.example:53")
    assert [problem.key for problem in caught.value.problems] == ["server"]
    assert "'dc01.corp.example:53'" in caught.value.problems[0].message
