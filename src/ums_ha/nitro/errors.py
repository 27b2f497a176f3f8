"""What a NITRO read can fail with, and NITRO's own error codes."""

from __future__ import annotations

import json
import urllib.error
from typing import Any, Final

#: NITRO's error code for "no such resource".
NO_SUCH_RESOURCE: Final = 258
#: NITRO's error code for a command the user's command policy does not allow (HTTP 403), with the CLI form of the
#: command in brackets: "Not authorized to execute this command [show lb vserver ...]".
NOT_AUTHORIZED: Final = 2138


class NitroError(RuntimeError):
    """The appliance could not be read; the message says what NITRO or the network said."""


def denied_message(method: str, path: str, message: object) -> str:
    """What to say of a call the appliance's command policy denied: the command and what to grant."""
    text = str(message or "")
    command = text[text.find("[") + 1 : text.rfind("]")] if "[" in text and "]" in text else None
    denied = f"the command {command!r}" if command else f"{method} {path}"
    return (
        f"the appliance denied {denied} to the user of NS_LOGIN (HTTP 403, NITRO error {NOT_AUTHORIZED}: its command "
        "policy does not allow it): grant it in that user's command policy; the built-in read-only policy allows "
        "every show and stat that adopt, verify and drift send"
    )


def error_document(error: urllib.error.HTTPError) -> dict[str, Any]:
    """The NITRO document of an HTTP error answer; empty when it has none."""
    try:
        document = json.loads(error.read() or b"{}")
    except ValueError:
        return {}
    return document if isinstance(document, dict) else {}
