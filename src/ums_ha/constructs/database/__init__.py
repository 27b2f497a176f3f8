"""The UMS database constructs, one engine each: SQL Server (valerus/mssql), PostgreSQL (cyrilgdn/postgresql)."""
