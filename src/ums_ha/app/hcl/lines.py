"""HCL text laid out line by line, aligned the way ``terraform fmt`` aligns it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

INDENT = "  "


@dataclass(frozen=True)
class Line:
    """One line at a nesting depth.

    A line with a ``key`` is a one-line assignment, ``key = text``. ``terraform fmt``
    aligns the ``=`` of consecutive such lines; any other line (a block header, a
    bracket, a blank line, a multi-line value's first line) ends the run.
    """

    depth: int
    text: str
    key: str | None = None


BLANK = Line(0, "")


def format_lines(lines: Iterable[Line]) -> str:
    """The lines as text, assignments aligned, ending with a newline."""
    out: list[str] = []
    run: list[Line] = []

    def close_run() -> None:
        width = max((len(line.key or "") for line in run), default=0)
        out.extend(f"{INDENT * line.depth}{(line.key or '').ljust(width)} = {line.text}" for line in run)
        run.clear()

    for line in lines:
        if line.key is not None:
            run.append(line)
            continue
        close_run()
        out.append(f"{INDENT * line.depth}{line.text}" if line.text else "")
    close_run()
    return "\n".join(out) + "\n"
