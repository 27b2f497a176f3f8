"""The HTTP checks before any change: each UMS server healthy, each firmware's files on every server.

Bounded concurrency (a thread pool), a timeout per request, retries with
exponential backoff on connection errors and 5xx answers only (a 404 is an
answer, not a fault), TLS verification always on (``ca_bundle`` adds a CA).
"""

from __future__ import annotations

import json
import ssl
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from urllib.parse import quote

from ums_ha.domain.model import HEALTH_CHECK_PATH
from ums_ha.firmware_hosts.http_settings import HttpSettings


@dataclass(frozen=True)
class Answer:
    """What one URL gave: an HTTP status, or the fault after the last try."""

    url: str
    status: int | None
    fault: str = ""
    body: bytes = b""

    @property
    def ok(self) -> bool:
        return self.status is not None and 200 <= self.status < 300

    def describe(self) -> str:
        return f"HTTP {self.status}" if self.status is not None else self.fault


class HttpClient:
    def __init__(self, settings: HttpSettings) -> None:
        self.settings = settings
        self._tls = ssl.create_default_context()
        if settings.ca_bundle is not None:
            self._tls.load_verify_locations(cafile=str(settings.ca_bundle))

    def fetch(self, url: str, *, method: str = "GET") -> Answer:
        settings = self.settings
        fault = ""
        for attempt in range(settings.retries + 1):
            if attempt:
                time.sleep(settings.backoff_seconds * 2 ** (attempt - 1))
            request = urllib.request.Request(url, method=method)  # noqa: S310  (http/https URLs we built)
            try:
                with urllib.request.urlopen(request, timeout=settings.timeout_seconds, context=self._tls) as response:  # noqa: S310
                    return Answer(url, response.status, body=response.read() if method == "GET" else b"")
            except urllib.error.HTTPError as error:
                if error.code < 500:
                    return Answer(url, error.code)
                fault = f"HTTP {error.code}"
            except (urllib.error.URLError, OSError) as error:
                reason = getattr(error, "reason", error)
                if isinstance(reason, ssl.SSLCertVerificationError):
                    # Not transient: retrying cannot make the certificate trusted.
                    return Answer(url, None, fault=f"TLS verification failed: {reason.verify_message}")
                fault = "timed out" if isinstance(reason, TimeoutError) else f"cannot connect: {reason}"
        tries = settings.retries + 1
        return Answer(url, None, fault=f"{fault} (after {tries} {'try' if tries == 1 else 'tries'})")

    def fetch_all(
        self, urls: Iterable[str], *, method: str = "GET", progress: Callable[[Answer], None] | None = None
    ) -> dict[str, Answer]:
        """Every URL, at most ``concurrency`` at a time; ``progress`` is called as each finishes."""
        answers: dict[str, Answer] = {}
        with ThreadPoolExecutor(max_workers=self.settings.concurrency) as pool:
            for answer in pool.map(lambda url: self.fetch(url, method=method), list(dict.fromkeys(urls))):
                answers[answer.url] = answer
                if progress is not None:
                    progress(answer)
        return answers


def status_url(base: str) -> str:
    return base.rstrip("/") + HEALTH_CHECK_PATH


def server_status(answer: Answer) -> str:
    """The UMS's own verdict from ``/ums/check-status`` (``ok``, ``warn``, ...), or why there is none."""
    if answer.status != 200:
        return answer.describe()
    try:
        status = json.loads(answer.body).get("status")
    except (ValueError, AttributeError):
        return "an answer that is not the UMS status JSON"
    return status if isinstance(status, str) else "an answer without a status"


def file_url(base: str, path: str) -> str:
    """The firmware entry's path below a server's firmware base URL, each segment URL-quoted."""
    return base.rstrip("/") + "/" + quote(path.lstrip("/"), safe="/")
