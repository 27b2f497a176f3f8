"""Which secrets a site's Terraform state holds, and synth's warning when nothing encrypts it at rest (issue 36)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import site_text

from ums_ha.site.reader import parse_site_file

SQL_SERVER = '[sites.prod.database]\nserver = "sql01.corp.example"\n'
POSTGRESQL = '[sites.prod.database]\nengine = "postgresql"\nserver = "pg01.corp.example"\n'
S3 = (
    '[sites.prod.backend]\ntype = "s3"\nbucket = "corp-tfstate"\nkey = "ums/prod.tfstate"\n'
    'region = "eu-central-1"\nuse_lockfile = true\n'
)

PG_BACKEND = '[sites.prod.backend]\ntype = "pg"\nschema_name = "ums_ha_prod"\n'


@pytest.mark.parametrize(
    ("extra", "warned"),
    [
        (SQL_SERVER, "a local file"),
        (SQL_SERVER + S3, "an s3 bucket without encrypt = true"),
        (SQL_SERVER + S3 + "encrypt = true\n", None),
        (SQL_SERVER + PG_BACKEND, "a PostgreSQL table, which the pg backend does not encrypt"),
        (SQL_SERVER.replace("\n", '\nmanaged_by = "dba"\n', 1), None),
        (POSTGRESQL, None),
    ],
    ids=["sqlserver-local", "sqlserver-s3-unencrypted", "sqlserver-s3-encrypted", "sqlserver-pg", "dba", "postgresql"],
)
def test_synth_warns_when_a_state_holding_secrets_is_kept_unencrypted(extra: str, warned: str | None) -> None:
    warnings = parse_site_file(site_text(extra=extra), Path("ums-ha.toml")).warnings()
    if warned is None:
        assert warnings == []
    else:
        [warning] = warnings
        assert warning.startswith("sites.prod: the Terraform state will hold the SQL Server admin's password")
        assert f"and it is kept in {warned}:" in warning
