"""Inputs of the golden files beyond the bundled example (shared with scripts/update_golden.py)."""

from __future__ import annotations

from ums_ha.database.sqlserver import UmsDatabaseSpec

#: The DBA script's golden file: an availability group, the guide's names and GRANT CONTROL.
GOLDEN_DATABASE_SPEC = UmsDatabaseSpec(
    server="sqlag-listener.corp.example", always_on=True, collation="Latin1_General_CI_AS"
)
GOLDEN_DATABASE_SITE = "prod"
GOLDEN_DATABASE_FILE = "ums-database.sql"

#: The recorded plans whose review is pinned as golden Markdown: tests/golden/review/<name>.md.
GOLDEN_REVIEW_PLANS = (
    "01-create",
    "02-noop",
    "03-update-in-place",
    "04-replace",
    "05-scale-out",
    "06-scale-in",
    "07-drift-refresh-only",
    "08-plan-after-drift",
    "09-destroy",
)
GOLDEN_REVIEW_DIR = "review"
