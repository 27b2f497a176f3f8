"""Rewrite the topology diagram of the README and docs/guide/what-it-builds.md from the bundled example.

    make readme-diagram   (python scripts/update_readme_diagram.py)

tests/test_readme_diagram.py fails while the committed diagram differs from this output.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")
sys.path.insert(0, str(ROOT / "tests"))

from readme_diagram import DIAGRAM_FILES, example_diagram, with_diagram  # noqa: E402


def main() -> int:
    diagram = example_diagram()
    for path in DIAGRAM_FILES:
        text = path.read_text(encoding="utf-8")
        updated = with_diagram(text, diagram)
        name = path.relative_to(ROOT)
        if updated == text:
            print(f"{name}: the diagram is current")
        else:
            path.write_text(updated, encoding="utf-8")
            print(f"rewrote the diagram in {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
