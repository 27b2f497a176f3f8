"""Reading Markdown back with a CommonMark parser (markdown-it-py, GFM tables on): headings and tables."""

from __future__ import annotations

from dataclasses import dataclass

from markdown_it import MarkdownIt
from markdown_it.token import Token


@dataclass(frozen=True)
class Table:
    heading: str
    """The last heading before the table."""
    caption: str
    """The last paragraph before the table, since that heading."""
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]

    def column(self, name: str) -> list[str]:
        index = self.header.index(name)
        return [row[index] for row in self.rows]

    def records(self) -> list[dict[str, str]]:
        return [dict(zip(self.header, row, strict=True)) for row in self.rows]


@dataclass(frozen=True)
class Document:
    headings: tuple[str, ...]
    tables: tuple[Table, ...]
    html_blocks: tuple[str, ...]

    def tables_under(self, heading: str) -> list[Table]:
        return [table for table in self.tables if table.heading == heading]


def _text(token: Token) -> str:
    """An inline token's text as rendered: escapes resolved, code spans as their content, <br> as a newline."""
    parts = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "html_inline" and child.content.lower().startswith("<br"):
            parts.append("\n")
    return "".join(parts).strip()


def _rows(tokens: list[Token]) -> list[tuple[str, ...]]:
    """The rows of one table's tokens, header row first."""
    rows: list[tuple[str, ...]] = []
    row: list[str] = []
    for index, token in enumerate(tokens):
        if token.type == "tr_open":
            row = []
        elif token.type in ("th_open", "td_open"):
            row.append(_text(tokens[index + 1]) if tokens[index + 1].type == "inline" else "")
        elif token.type == "tr_close":
            rows.append(tuple(row))
    return rows


def read_markdown(text: str) -> Document:
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    headings: list[str] = []
    tables: list[Table] = []
    html_blocks: list[str] = []
    heading = caption = ""
    start = 0
    for index, token in enumerate(tokens):
        if token.type == "heading_open":
            heading, caption = _text(tokens[index + 1]), ""
            headings.append(heading)
        elif token.type == "paragraph_open":
            caption = _text(tokens[index + 1])
        elif token.type == "html_block":
            html_blocks.append(token.content.strip())
        elif token.type == "table_open":
            start = index
        elif token.type == "table_close":
            header, *rows = _rows(tokens[start:index])
            tables.append(Table(heading, caption, header, tuple(rows)))
    return Document(tuple(headings), tuple(tables), tuple(html_blocks))
