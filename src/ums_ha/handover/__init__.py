"""``ums-ha handover``: the manual steps left after a deploy, with the site's values."""
