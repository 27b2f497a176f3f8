"""Inputs of the golden files beyond the bundled example (shared with scripts/update_golden.py)."""

from __future__ import annotations

from ums_ha.database_spec import UmsDatabaseSpec

#: The DBA script's golden file: an availability group, the guide's names and GRANT CONTROL.
GOLDEN_DATABASE_SPEC = UmsDatabaseSpec(
    server="sqlag-listener.corp.example", always_on=True, collation="Latin1_General_CI_AS"
)
GOLDEN_DATABASE_SITE = "prod"
GOLDEN_DATABASE_FILE = "ums-database.sql"
