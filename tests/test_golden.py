"""The example's synthesized stack equals the reviewed golden file.

Regenerate with ``python scripts/update_golden.py`` and review the diff.
"""

from __future__ import annotations

import json
from pathlib import Path

from conftest import Stack

GOLDEN = Path(__file__).parent / "golden" / "ums-ha-prod.cdk.tf.json"


def test_example_stack_matches_the_golden_file(example_stack: Stack) -> None:
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert example_stack == golden, "synthesis changed: run python scripts/update_golden.py and review the diff"
