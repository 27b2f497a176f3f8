"""The example's synthesized stack equals the reviewed golden file.

Regenerate with ``python scripts/update_golden.py`` and review the diff.
"""

from __future__ import annotations

import json
from importlib.metadata import version
from pathlib import Path

import pytest
from conftest import Stack, without_runtime_version

from ums_ha.toolchain.runtimes import chosen_runtime

pytestmark = pytest.mark.runtime

GOLDEN = Path(__file__).parent / "golden" / "ums-ha-prod.cdk.tf.json"


def test_example_stack_matches_the_golden_file(example_stack: Stack) -> None:
    """On either runtime; the golden file holds CDKTF's metadata version, the one line that differs."""
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert golden["//"]["metadata"]["version"] == version("cdktf")
    assert example_stack["//"]["metadata"]["version"] == version(chosen_runtime().name)
    assert without_runtime_version(example_stack) == without_runtime_version(golden), (
        "synthesis changed: run python scripts/update_golden.py and review the diff"
    )
