"""MkDocs hook: the docstrings' Sphinx roles (``:class:`UmsVip```) shown as the code they name.

mkdocstrings renders the docstrings as Markdown, where ``:class:`` stays as text before the name; the role says
nothing a reader needs (the name is code either way).
"""

from __future__ import annotations

import re
from typing import Any

_ROLE = re.compile(r":(?:class|meth|mod|data|attr|func|exc|obj):(<code>)")


def on_page_content(html: str, **_: Any) -> str:
    return _ROLE.sub(r"\1", html)
