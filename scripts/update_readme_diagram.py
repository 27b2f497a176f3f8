"""Rewrite the README's topology diagram from the bundled example, with ``ums-ha diagram``.

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

from readme_diagram import README, example_diagram, with_diagram  # noqa: E402


def main() -> int:
    readme = README.read_text(encoding="utf-8")
    updated = with_diagram(readme, example_diagram())
    if updated == readme:
        print("README.md diagram is current")
        return 0
    README.write_text(updated, encoding="utf-8")
    print("rewrote the diagram in README.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
