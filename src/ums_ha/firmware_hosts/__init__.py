"""``ums-ha firmware-hosts``: point every UMS firmware's download host at the load-balanced name, safely.

The IMI API cannot change a firmware's host (DOMAIN.md, "IGEL UMS interfaces"),
so the entries are read and written in the UMS database. Their table and column
names are not documented: they are settings (:mod:`.table`), and ``--inspect``
shows the real ones.
"""
