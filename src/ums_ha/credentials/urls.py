"""Passwords inside URLs (``https://user:password@host``): found and masked wherever a value is echoed.

Used by every message that shows a user's value (:class:`ums_ha.errors.Problem`)
and by every text passed on from elsewhere (:func:`ums_ha.credentials.environment.redact`).
"""

from __future__ import annotations

import re
from typing import Final

MASK: Final = "***"

# The user info of a URL: "scheme://user:password@" or "scheme://token@", up to the last "@" before
# the path (a password may hold an "@"); and, without a scheme, "user:password@host" as people
# write it for a server or a connection.
_WITH_SCHEME: Final = re.compile(r"(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*://)(?P<userinfo>[^\s/?#'\"]*)@")
_WITHOUT_SCHEME: Final = re.compile(r"(?<![\w.:/-])(?P<user>[\w.%+-]+):(?P<password>[^\s/?#@'\":]+)@(?=[\w\[])")


def _masked_userinfo(userinfo: str) -> str:
    user, colon, _password = userinfo.partition(":")
    # A URL with only one part of user info ("https://TOKEN@host") may carry a token there.
    return f"{user}:{MASK}" if colon else MASK


def mask_url_credentials(text: str) -> str:
    """``text`` with the password (or lone token) of every URL's user info replaced by ``***``."""
    text = _WITH_SCHEME.sub(lambda match: f"{match['scheme']}{_masked_userinfo(match['userinfo'])}@", text)
    return _WITHOUT_SCHEME.sub(lambda match: f"{match['user']}:{MASK}@", text)


def has_user_info(value: str) -> bool:
    """Whether ``value`` holds a user name, password or token before an ``@`` of a URL or a host."""
    return bool(_WITH_SCHEME.search(value) or _WITHOUT_SCHEME.search(value))
