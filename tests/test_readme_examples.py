"""The README's site-file examples are valid as written: each TOML block, on its own or added to a site."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import ROOT, site_text

from ums_ha.site_file import parse_site_file

README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"^ *```toml\n(.*?)^ *```", README, flags=re.MULTILINE | re.DOTALL)


def test_the_readme_has_site_file_examples() -> None:
    assert len(BLOCKS) >= 4


@pytest.mark.parametrize("block", BLOCKS, ids=lambda block: block.splitlines()[0])
def test_every_toml_example_of_the_readme_is_a_valid_site_file(block: str) -> None:
    text = "\n".join(line.strip() for line in block.splitlines())
    whole = text if re.search(r"^\[sites\.prod\]", text, flags=re.MULTILINE) else site_text() + text
    [site] = parse_site_file(whole, Path("ums-ha.toml")).sites
    assert site.name == "prod"
