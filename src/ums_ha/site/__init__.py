"""The site file: finding and reading ``ums-ha.toml``, its typed tables, backends and firmware settings."""
