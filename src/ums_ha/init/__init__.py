"""``ums-ha init``: write a deployment repository of one's own, from the files in ``scaffold/``."""
