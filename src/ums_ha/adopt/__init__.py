"""``ums-ha adopt``: read a NetScaler set up by hand (GET requests only) and name its objects for the site file.

:mod:`.nitro` reads the appliance, :mod:`.appliance` holds what it found, :mod:`.matching`
matches it to a site by address and port and says what the first plan would do beyond
importing, :mod:`.names_table` writes the ``[sites.<site>.names]`` table.
"""
