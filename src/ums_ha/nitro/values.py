"""Reading NITRO's values: whether a configuration is saved, numbers sent as text."""

from __future__ import annotations

import re
import time
from collections.abc import Mapping
from typing import Any


def config_saved(nsconfig: Mapping[str, Any]) -> bool | None:
    """Whether the running configuration was saved after its last change; None when NITRO does not say."""
    changed = nsconfig.get("configchanged")
    if isinstance(changed, bool):
        return not changed
    if isinstance(changed, str) and changed.lower() in ("true", "false"):
        return changed.lower() == "false"
    last_change = _ctime(nsconfig.get("lastconfigchangedtime"))
    last_save = _ctime(nsconfig.get("lastconfigsavetime"))
    if last_change is None or last_save is None:
        return None
    return last_save >= last_change


def _ctime(value: object) -> float | None:
    """NITRO's dates, as in ``Tue Dec  1 10:00:00 2026``."""
    if not isinstance(value, str):
        return None
    try:
        return time.mktime(time.strptime(re.sub(r"\s+", " ", value.strip()), "%a %b %d %H:%M:%S %Y"))
    except ValueError:
        return None


def nitro_number(value: object) -> int | None:
    """A number NITRO sent as a number or as text (``"30001"``); None when it is neither."""
    try:
        return int(str(value))
    except ValueError:
        return None
