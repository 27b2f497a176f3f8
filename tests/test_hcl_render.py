"""The HCL writer on its own: strings, layout, errors, and Terraform's verdict that HCL and JSON mean the same.

The last test plans a provider-free configuration (``terraform_data``, variables,
locals, outputs) twice with the real Terraform, once from the JSON and once from
the HCL, and compares what Terraform makes of them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hcl_read import hcl_as_terraform_json, json_without_comments, parse_hcl
from terraform_cli import terraform

from ums_ha.app.hcl import BlockTypes, HclRenderError, render_hcl
from ums_ha.app.hcl.cdktf_request import SYNTH_HCL_OUTPUT_ENV, take_hcl_request
from ums_ha.app.hcl.lines import BLANK, Line, format_lines
from ums_ha.app.hcl.template_strings import quote_literal, template_expression


@pytest.mark.parametrize(
    ("template", "expression"),
    [
        ("plain", '"plain"'),
        ('"ok"', r'"\"ok\""'),
        ("${citrixadc_server.a.name}", "citrixadc_server.a.name"),
        ("${ var.a }", "var.a"),
        ("${~ var.a ~}", "var.a"),
        ("x-${var.a}", '"x-${var.a}"'),
        ("x ${ var.a } y", '"x ${var.a} y"'),
        ("${var.a}${var.b}", '"${var.a}${var.b}"'),
        ('${join(",", ["}", var.a])}', 'join(",", ["}", var.a])'),
        ('${join("${var.sep}", ["{"])}', 'join("${var.sep}", ["{"])'),
        ("$${not.interpolated}", '"$${not.interpolated}"'),
        ("%{ if var.a }x%{ endif }", '"%{if var.a}x%{endif}"'),
        ("%%{ literal }", '"%%{ literal }"'),
        ("line\nnext\ttab\\", r'"line\nnext\ttab\\"'),
        ("\x01\x7f", r'"\u0001\u007f"'),
        ("Zürich", '"Zürich"'),
    ],
)
def test_a_json_template_becomes_the_hcl_expression_with_the_same_value(template: str, expression: str) -> None:
    assert template_expression(template, "here") == expression


@pytest.mark.parametrize(
    ("text", "quoted"),
    [("a${b}", '"a$${b}"'), ("c$${d}", '"c$$${d}"'), ("%{e}", '"%%{e}"'), ('say "hi"', r'"say \"hi\""')],
)
def test_a_literal_string_is_escaped_so_that_it_stays_literal(text: str, quoted: str) -> None:
    assert quote_literal(text) == quoted


def test_consecutive_one_line_assignments_are_aligned_and_any_other_line_ends_the_run() -> None:
    lines = [
        Line(0, 'resource "x" "y" {'),
        Line(1, "1", "a"),
        Line(1, "obj = {"),
        Line(2, "1", '"k-q"'),
        Line(2, "2", "bbbbbb"),
        Line(1, "}"),
        Line(1, "3", "cc"),
        Line(1, "4", "eeeeeeeeee"),
        Line(0, "}"),
        BLANK,
    ]
    assert format_lines(lines).splitlines() == [
        'resource "x" "y" {',
        "  a = 1",
        "  obj = {",
        '    "k-q"  = 1',
        "    bbbbbb = 2",
        "  }",
        "  cc         = 3",
        "  eeeeeeeeee = 4",
        "}",
        "",
    ]


def test_a_nested_block_is_a_block_and_an_object_argument_an_argument_by_the_schema() -> None:
    document = {
        "resource": {
            "mssql_login": {"login": {"login_name": "igelums", "server": {"host": "sql", "login": {}}}},
            "terraform_data": {"step": {"triggers_replace": {"server": {"host": "sql"}}}},
        }
    }
    parsed = parse_hcl(render_hcl(document))
    [login, step] = [next(iter(wrapper.values())) for wrapper in parsed["resource"]]
    server = login['"login"']["server"]
    assert isinstance(server, list)
    assert server[0]["__is_block__"] is True
    assert server[0]["login"][0]["__is_block__"] is True
    assert step['"step"']["triggers_replace"] == {"server": {"host": '"sql"'}}


def test_the_remote_backend_workspaces_is_a_block_and_s3_assume_role_an_argument() -> None:
    remote = parse_hcl(render_hcl({"terraform": {"backend": {"remote": {"workspaces": {"name": "ums"}}}}}))
    s3 = parse_hcl(render_hcl({"terraform": {"backend": {"s3": {"assume_role": {"role_arn": "arn"}}}}}))
    assert remote["terraform"][0]["backend"][0]['"remote"']["workspaces"][0]["__is_block__"] is True
    assert s3["terraform"][0]["backend"][0]['"s3"']["assume_role"] == {"role_arn": '"arn"'}


@pytest.mark.parametrize(
    ("document", "where", "message"),
    [
        ({"module": {"m": {"source": "./m"}}}, "module", "is not a top-level block the HCL writer knows"),
        ({"resource": {"aws_instance": {"a": {}}}}, "resource.aws_instance", "no schema for the resource type"),
        ({"provider": {"aws": [{}]}}, "provider.aws", "no schema for the provider 'aws'"),
        ({"terraform": {"backend": {"consul": {}}}}, "terraform.backend.consul", "no schema for the backend"),
        ({"resource": {"terraform_data": {"a": {"bad name": 1}}}}, "resource.terraform_data.a.bad name", "identifier"),
        ({"resource": {"terraform_data": {"a b": {}}}}, "resource.terraform_data.a b", "identifier"),
        (
            {"resource": {"terraform_data": {"a": {"input": "${var.x"}}}},
            "resource.terraform_data.a.input",
            "unterminated",
        ),
        ({"resource": {"terraform_data": {"a": {"lifecycle": "x"}}}}, "resource.terraform_data.a.lifecycle", "a block"),
        (
            {"resource": {"terraform_data": {"a": {"depends_on": [""]}}}},
            "resource.terraform_data.a.depends_on",
            "one-line",
        ),
    ],
)
def test_json_without_a_faithful_hcl_form_is_refused_naming_where(
    document: dict[str, Any], where: str, message: str
) -> None:
    with pytest.raises(HclRenderError) as caught:
        render_hcl(document)
    assert caught.value.where.startswith(where)
    assert message in str(caught.value)


def test_a_caller_can_teach_the_writer_another_resource_type() -> None:
    types = BlockTypes(resources={"aws_instance": {"ebs_block_device": {}}})
    document = {
        "resource": {"aws_instance": {"a": {"ebs_block_device": [{"device_name": "sda"}, {"device_name": "sdb"}]}}}
    }
    parsed = parse_hcl(render_hcl(document, block_types=types))
    devices = parsed["resource"][0]['"aws_instance"']['"a"']["ebs_block_device"]
    assert [device["device_name"] for device in devices] == ['"sda"', '"sdb"']


@pytest.mark.parametrize(("value", "expected"), [("true", True), ("1", True), ("false", False), ("", False)])
def test_the_cdktf_cli_request_for_hcl_is_read_and_taken_out_of_the_environment(value: str, expected: bool) -> None:
    environ = {SYNTH_HCL_OUTPUT_ENV: value, "OTHER": "kept"}
    assert take_hcl_request(environ) is expected
    assert environ == {"OTHER": "kept"}
    assert take_hcl_request({}) is False


def test_the_request_cannot_be_taken_once_the_runtime_has_started_node(monkeypatch: pytest.MonkeyPatch) -> None:
    from ums_ha.toolchain import cdk  # the situation under test: the runtime (cdktf or cdktn) loaded

    monkeypatch.setenv(SYNTH_HCL_OUTPUT_ENV, "true")
    with pytest.raises(RuntimeError, match=f"before {cdk.runtime.__name__} is imported"):
        take_hcl_request()


#: A provider-free configuration with every kind of string the writer treats differently.
ORACLE: dict[str, Any] = {
    "terraform": {"backend": {"local": {"path": "state-$${literal}.tfstate"}}, "required_version": ">= 1.7"},
    "variable": {
        "literal": {"type": "string", "default": "a${b}c$${d}%{e}", "description": "x $${y} ${z}"},
        "numbers": {"type": "list(number)", "default": [1, 2.5, -3, 1e20]},
        "object": {"type": "map(string)", "default": {"k-1": "v${x}", "plain": 'ü\n\t"q"\\ \x01'}},
        "secret": {"type": "string", "sensitive": True, "nullable": False, "default": "s"},
    },
    "locals": {
        "joined": '${join(",", ["}", var.literal])}',
        "greeting": "hi ${var.literal}!",
        "directive": '%{ if var.literal != "" }set%{ else }unset%{ endif }',
        "escaped": "$${var.literal} and %%{x}",
        "stripped": '${~ " padded " ~}',
        "true": "keyword key",
    },
    "resource": {
        "terraform_data": {
            "first": {
                "//": {"metadata": {"path": "oracle/first"}},
                "input": {
                    "keys": {"${local.greeting}": 1, "a b": [True, None, 1.5], "true": "k", "null": "n"},
                    "list": ["x", "${local.joined}"],
                    "ref": "${var.numbers}",
                    "object": "${var.object}",
                    "locals": ["${local.directive}", "${local.escaped}", "${local.stripped}", "${local.true}"],
                },
                "triggers_replace": ["${var.literal}"],
                "lifecycle": {"create_before_destroy": True, "ignore_changes": ["input"]},
            },
            "second": {
                "count": 2,
                "input": "${terraform_data.first.output}",
                "depends_on": ["terraform_data.first"],
                "lifecycle": {"replace_triggered_by": ["terraform_data.first"]},
                "provisioner": [
                    {"local-exec": {"command": "echo ${self.id} $${HOME}", "when": "destroy", "on_failure": "continue"}}
                ],
            },
            "third": {"count": 1, "input": "${count.index}", "lifecycle": {"ignore_changes": "all"}},
        }
    },
    "output": {
        "values": {
            "description": "literal $${x} ${y}",
            "value": {"first": "${terraform_data.first.input}", "k${1 + 1}": "${2 * 3}"},
        },
        "secret": {"value": "${var.secret}", "sensitive": True},
    },
}


def test_python_hcl2_reads_the_oracle_back_as_the_same_json() -> None:
    parsed = hcl_as_terraform_json(parse_hcl(render_hcl(ORACLE)))
    expected = json_without_comments(ORACLE)
    # JSON literals read back as the escaped HCL text (python-hcl2 does not know which strings are literal).
    assert parsed["variable"]["literal"]["default"] == "a$${b}c$$${d}%%{e}"
    assert parsed["terraform"]["backend"]["local"]["path"] == "state-$$${literal}.tfstate"
    # Strip markers with no text around them change nothing; the writer drops them, as terraform fmt does.
    expected["locals"]["stripped"] = " padded "
    for section in ("locals", "resource"):
        assert parsed[section] == expected[section]


def _plan(directory: Path) -> dict[str, Any]:
    for command in (["init", "-input=false"], ["plan", "-input=false", "-out=plan.bin"], ["show", "-json", "plan.bin"]):
        result = terraform(*command, cwd=directory)
        assert result.returncode == 0, result.stdout + result.stderr
    plan: dict[str, Any] = json.loads(result.stdout)
    return plan


def _without_json_constants(value: Any) -> Any:
    """Drop ``constant_value`` beside ``references``: how Terraform shows any JSON string, even one with references."""
    if isinstance(value, dict):
        return {
            key: _without_json_constants(item)
            for key, item in value.items()
            if not (key == "constant_value" and "references" in value)
        }
    if isinstance(value, list):
        return [_without_json_constants(item) for item in value]
    return value


@pytest.mark.slow
def test_terraform_plans_the_hcl_exactly_as_the_json(tmp_path: Path) -> None:
    (tmp_path / "json").mkdir()
    (tmp_path / "json" / "main.tf.json").write_text(json.dumps(ORACLE), encoding="utf-8")
    (tmp_path / "hcl").mkdir()
    (tmp_path / "hcl" / "main.tf").write_text(render_hcl(ORACLE), encoding="utf-8")

    from_json, from_hcl = _plan(tmp_path / "json"), _plan(tmp_path / "hcl")

    for key in ("variables", "planned_values", "resource_changes", "output_changes"):
        assert from_hcl[key] == from_json[key], key
    assert _without_json_constants(from_hcl["configuration"]) == _without_json_constants(from_json["configuration"])
    # The literal strings stayed literal, the templates were evaluated, in both.
    assert from_hcl["variables"]["literal"]["value"] == "a${b}c$${d}%{e}"
    first = from_hcl["planned_values"]["root_module"]["resources"][0]["values"]["input"]
    assert first["keys"] == {"hi a${b}c$${d}%{e}!": 1, "a b": [True, None, 1.5], "true": "k", "null": "n"}
    assert first["locals"][1:] == ["${var.literal} and %{x}", " padded ", "keyword key"]
    variables = from_hcl["configuration"]["root_module"]["variables"]
    assert variables["literal"]["description"] == "x $${y} ${z}"
    assert (tmp_path / "hcl" / ".terraform" / "terraform.tfstate").is_file()
    backend = json.loads((tmp_path / "hcl" / ".terraform" / "terraform.tfstate").read_text(encoding="utf-8"))
    assert backend["backend"]["config"]["path"] == "state-$${literal}.tfstate"


def test_terraform_fmt_leaves_the_oracle_as_it_is(tmp_path: Path) -> None:
    path = tmp_path / "main.tf"
    path.write_text(render_hcl(ORACLE), encoding="utf-8")
    result = terraform("fmt", "-check", "-diff", str(path))
    assert result.returncode == 0, result.stdout
