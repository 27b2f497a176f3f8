"""``ums-ha netscaler-users``: the NetScaler users and command policies a site needs, for the appliance's admin.

A deploy user whose policies allow exactly the commands the site's stack makes the citrixadc provider send, on
the site's own objects; a monitoring user with the built-in read-only policy for ``verify``, ``drift`` and
``adopt``. DOMAIN.md, "A production NetScaler": command policies, default deny, first match decides.
"""
