"""Rewrite docs/reference/site-file.md from the declarations the site file's readers read by.

    make reference   (python scripts/generate_site_file_reference.py)

tests/test_site_file_reference.py fails while the committed page differs from this output.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ums_ha.site.reader import SITE_FILE_TABLES
from ums_ha.site.reference import REFERENCE_PAGE, render_reference

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    page = ROOT / REFERENCE_PAGE
    text = render_reference(SITE_FILE_TABLES)
    if page.exists() and page.read_text(encoding="utf-8") == text:
        print(f"{REFERENCE_PAGE} is current")
        return 0
    page.write_text(text, encoding="utf-8")
    print(f"wrote {REFERENCE_PAGE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
