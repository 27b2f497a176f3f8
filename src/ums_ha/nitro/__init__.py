"""The NITRO client that ``adopt``, ``verify`` and ``drift`` share: GET requests only.

- :mod:`~ums_ha.nitro.reader`: :class:`NitroReader`, the requests;
- :mod:`~ums_ha.nitro.errors`: :class:`NitroError` and NITRO's error codes;
- :mod:`~ums_ha.nitro.values`: reading NITRO's values (a saved configuration, numbers sent as text);
- :mod:`~ums_ha.nitro.login`: the site's appliance and the login from the environment.
"""

from __future__ import annotations

from ums_ha.nitro.errors import NO_SUCH_RESOURCE, NitroError
from ums_ha.nitro.login import LOGIN_ENV, PASSWORD_ENV, ha_pair_readers, node_url, reader_for
from ums_ha.nitro.reader import DEFAULT_TIMEOUT_SECONDS, NitroReader
from ums_ha.nitro.values import config_saved, nitro_number

__all__ = [
    "DEFAULT_TIMEOUT_SECONDS",
    "LOGIN_ENV",
    "NO_SUCH_RESOURCE",
    "PASSWORD_ENV",
    "NitroError",
    "NitroReader",
    "config_saved",
    "ha_pair_readers",
    "nitro_number",
    "node_url",
    "reader_for",
]
