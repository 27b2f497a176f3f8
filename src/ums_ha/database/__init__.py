"""The UMS database per engine, as siblings: the SQL Server and PostgreSQL settings and the DBA scripts."""
