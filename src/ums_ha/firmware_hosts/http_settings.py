"""The HTTP checks' settings and their defaults, apart from the client: the command line shows the defaults
without loading ``ssl`` and ``urllib``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Final

DEFAULT_TIMEOUT_SECONDS: Final = 10.0
DEFAULT_RETRIES: Final = 3
DEFAULT_BACKOFF_SECONDS: Final = 0.5
DEFAULT_CONCURRENCY: Final = 16


@dataclass(frozen=True)
class HttpSettings:
    timeout_seconds: float = DEFAULT_TIMEOUT_SECONDS
    """Per request. Default: 10 s."""
    retries: int = DEFAULT_RETRIES
    """Further tries after a connection error or a 5xx answer. Default: 3."""
    backoff_seconds: float = DEFAULT_BACKOFF_SECONDS
    """Wait before the first retry, doubled for each next one. Default: 0.5 s."""
    concurrency: int = DEFAULT_CONCURRENCY
    """Requests in flight at once. Default: 16."""
    ca_bundle: Path | None = None
    """A PEM file of CAs to trust besides the system's (a UMS server's own CA). Default: none."""
