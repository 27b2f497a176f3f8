"""What a NITRO read can fail with, and NITRO's own error codes."""

from __future__ import annotations

import json
import urllib.error
from typing import Any, Final

#: NITRO's error code for "no such resource".
NO_SUCH_RESOURCE: Final = 258


class NitroError(RuntimeError):
    """The appliance could not be read; the message says what NITRO or the network said."""


def error_document(error: urllib.error.HTTPError) -> dict[str, Any]:
    """The NITRO document of an HTTP error answer; empty when it has none."""
    try:
        document = json.loads(error.read() or b"{}")
    except ValueError:
        return {}
    return document if isinstance(document, dict) else {}
