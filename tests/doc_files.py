"""The documentation's Markdown files: the README (the landing page) and every page of docs/."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
DOC_FILES = (ROOT / "README.md", *sorted(DOCS.rglob("*.md")))


def doc_name(path: Path) -> str:
    return str(path.relative_to(ROOT))


def all_docs_text() -> str:
    """Every documentation file's text, one after the other."""
    return "\n".join(path.read_text(encoding="utf-8") for path in DOC_FILES)
