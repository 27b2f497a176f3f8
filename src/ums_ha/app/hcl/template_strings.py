"""Strings as Terraform's JSON syntax holds them, written as HCL.

Terraform reads most JSON strings as templates (``"ums-${var.site}"``): the same
template language as HCL's quoted strings, with the same escapes for a literal
``${`` (``$${``) and ``%{`` (``%%{``). So a template moves to HCL unchanged but for
the quoted string's own escapes. A template that is a single interpolation and
nothing else (``"${citrixadc_server.a.name}"``) is that expression's value,
unconverted, in both syntaxes; current HCL writes it bare.

Some JSON strings are not templates: variable defaults, descriptions and the
``terraform`` block are literal (checked with Terraform 1.11: a JSON default of
``"a${b}"`` is the text ``a${b}``), and meta-arguments such as ``depends_on``
hold an expression's source text.
"""

from __future__ import annotations

from dataclasses import dataclass

from ums_ha.app.hcl.errors import HclRenderError

_ESCAPED_SEQUENCES = ("$${", "%%{")
_SEQUENCE_STARTS = ("${", "%{")
_QUOTED_STRING_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}


@dataclass(frozen=True)
class Part:
    """A piece of a template: literal text, or a ``${...}``/``%{...}`` sequence with its delimiters."""

    text: str
    is_sequence: bool


def split_template(template: str, where: str) -> list[Part]:
    """The template's literal text and sequences, in order; ``where`` names it in errors."""
    parts: list[Part] = []
    literal_start = index = 0
    while index < len(template):
        if template.startswith(_ESCAPED_SEQUENCES, index):
            index += 3
        elif template.startswith(_SEQUENCE_STARTS, index):
            end = _end_of_sequence(template, index + 2, where)
            if index > literal_start:
                parts.append(Part(template[literal_start:index], is_sequence=False))
            parts.append(Part(template[index:end], is_sequence=True))
            literal_start = index = end
        else:
            index += 1
    if literal_start < len(template):
        parts.append(Part(template[literal_start:], is_sequence=False))
    return parts


def sole_interpolation(template: str, where: str) -> str | None:
    """The expression of a template that is one ``${...}`` and nothing else.

    Strip markers (``${~ x ~}``) strip the literal text around the sequence; with
    none around it, they change nothing, and ``terraform fmt`` drops them too.
    """
    parts = split_template(template, where)
    if len(parts) != 1 or not parts[0].text.startswith("${"):
        return None
    return _sequence_body(parts[0].text)[1]


def quote_template(template: str, where: str) -> str:
    """A JSON template as an HCL quoted template with the same meaning."""
    parts = split_template(template, where)
    return '"' + "".join(_tidy_sequence(part.text) if part.is_sequence else _escape(part.text) for part in parts) + '"'


def literal_template(text: str) -> str:
    """Literal text as a Terraform string template that yields it unchanged: ``${`` and ``%{`` escaped."""
    return text.replace("${", "$${").replace("%{", "%%{")


def quote_literal(text: str) -> str:
    """Literal text as an HCL quoted string: template sequences escaped, so it stays literal."""
    return '"' + _escape(literal_template(text)) + '"'


def template_expression(template: str, where: str) -> str:
    """A JSON template as an HCL expression: bare when it is a single interpolation, else quoted."""
    expression = sole_interpolation(template, where)
    return expression if expression is not None else quote_template(template, where)


def _sequence_body(sequence: str) -> tuple[str, str, str]:
    """A sequence's left strip marker, its body without the spaces around it, and its right strip marker."""
    inner = sequence[2:-1].strip(" ")
    left = "~" if inner.startswith("~") else ""
    right = "~" if inner.endswith("~") and len(inner) > len(left) else ""
    return left, inner[len(left) : len(inner) - len(right)].strip(" "), right


def _tidy_sequence(sequence: str) -> str:
    """``${ x }`` as ``terraform fmt`` writes it: ``${x}`` (and ``%{ if x }`` as ``%{if x}``)."""
    left, body, right = _sequence_body(sequence)
    return f"{sequence[:2]}{left}{body}{right}}}"


def _escape(text: str) -> str:
    return "".join(_QUOTED_STRING_ESCAPES.get(char) or _control_escape(char) for char in text)


def _control_escape(char: str) -> str:
    return f"\\u{ord(char):04x}" if ord(char) < 0x20 or ord(char) == 0x7F else char


def _end_of_sequence(text: str, index: int, where: str) -> int:
    """Index after the ``}`` closing a sequence whose body starts at ``index``; nested strings may hold braces."""
    depth = 1
    while index < len(text):
        char = text[index]
        if char == '"':
            index = _end_of_string(text, index + 1, where)
            continue
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return index + 1
        index += 1
    raise HclRenderError(where, f"unterminated template sequence in {text!r}")


def _end_of_string(text: str, index: int, where: str) -> int:
    """Index after the ``"`` closing a quoted string inside an expression, which starts at ``index``."""
    while index < len(text):
        if text[index] == "\\":
            index += 2
        elif text[index] == '"':
            return index + 1
        elif text.startswith(_ESCAPED_SEQUENCES, index):
            index += 3
        elif text.startswith(_SEQUENCE_STARTS, index):
            index = _end_of_sequence(text, index + 2, where)
        else:
            index += 1
    raise HclRenderError(where, f"unterminated string inside a template sequence in {text!r}")
