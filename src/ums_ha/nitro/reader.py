"""A NITRO client that only reads: ``GET /nitro/v1/config/...`` and ``GET /nitro/v1/stat/...``.

Used by ``ums-ha adopt`` (the configuration), ``ums-ha verify`` (the state of each object too) and
``ums-ha drift`` and ``review`` (whether the configuration is saved, whether a deleted object is gone).

Without a partition the login travels in the ``X-NITRO-USER`` and ``X-NITRO-PASS`` headers of each
request (NS_LOGIN and NS_PASSWORD, as the provider reads them). With one, the reader works as the
provider's ``do_login`` does, on a session: ``POST config/login``, then ``nspartition?action=Switch``,
its reads carrying the session's ``NITRO_AUTH_TOKEN``; when the session expires (HTTP 401, NITRO
error 444 or 1027) it logs in and switches again, and it never falls back to the per-request login,
which reads the default partition (DOMAIN.md: the provider does, open issue #1416). :meth:`close`
logs out. Those three POSTs are the only requests that are not GETs. TLS is verified unless the site
says ``insecure_skip_verify``. No error message ever carries the password.
"""

from __future__ import annotations

import contextlib
import json
import ssl
import urllib.error
import urllib.request
from collections.abc import Mapping, Sequence
from typing import Any, Final
from urllib.parse import quote

from ums_ha.nitro.errors import NO_SUCH_RESOURCE, NOT_AUTHORIZED, NitroError, denied_message, error_document

DEFAULT_TIMEOUT_SECONDS: Final = 30.0
#: NITRO's error codes of an expired or killed session: log in again.
SESSION_EXPIRED: Final = (444, 1027)
SESSION_COOKIE: Final = "NITRO_AUTH_TOKEN"


class NitroReader:
    """Reads configuration objects from one appliance."""

    def __init__(
        self,
        endpoint: str,
        login: str,
        password: str,
        *,
        verify_tls: bool = True,
        timeout_seconds: float = DEFAULT_TIMEOUT_SECONDS,
        partition: str | None = None,
    ) -> None:
        """
        :param partition: the admin partition to read, on a session. Default: none, the default partition, with
            the login in each request's headers.
        """
        self.endpoint = endpoint.rstrip("/")
        self.partition = partition
        self._login, self._password = login, password
        self._token: str | None = None
        self._headers = (
            {"Accept": "application/json"}
            if partition is not None
            else {"X-NITRO-USER": login, "X-NITRO-PASS": password, "Accept": "application/json"}
        )
        self._tls = ssl.create_default_context()
        if not verify_tls:
            self._tls.check_hostname = False
            self._tls.verify_mode = ssl.CERT_NONE
        self.timeout_seconds = timeout_seconds

    def objects(
        self,
        object_type: str,
        name: str | None = None,
        *,
        where: Mapping[str, str] | None = None,
        attrs: Sequence[str] = (),
    ) -> list[dict[str, Any]]:
        """The object ``name`` of ``object_type`` (or the bindings of the parent ``name``), else the objects whose
        properties equal ``where`` (NITRO ``?filter=``, exact and AND; default: every object); only the
        properties ``attrs`` (``?attrs=``; default: all). ``[]`` when there is none."""
        options = []
        if where:
            options.append("filter=" + ",".join(f"{key}:{quote(value, safe='')}" for key, value in where.items()))
        if attrs:
            options.append("attrs=" + ",".join(attrs))
        return self._get("config", object_type, name, query="?" + "&".join(options) if options else "")

    def bindings(self, parent_type: str, name: str) -> dict[str, list[dict[str, Any]]]:
        """Every binding of the parent ``name``, by binding type, in one request
        (``GET /nitro/v1/config/<parent_type>_binding/<name>``); a type without bindings is missing."""
        found = self._get("config", f"{parent_type}_binding", name)
        bindings: dict[str, list[dict[str, Any]]] = {}
        for gathered in found:
            for binding_type, items in gathered.items():
                if isinstance(items, list):
                    bindings.setdefault(binding_type, []).extend(item for item in items if isinstance(item, dict))
        return bindings

    def every_binding(self, binding_type: str) -> list[dict[str, Any]]:
        """Every binding of one type on the appliance, in one request (``?bulkbindings=yes``)."""
        return self._get("config", binding_type, None, query="?bulkbindings=yes")

    def stats(self, object_type: str, name: str, *, with_bindings: bool = False) -> list[dict[str, Any]]:
        """The statistics (state, health) of one object: ``GET /nitro/v1/stat/<type>/<name>``; with
        ``with_bindings`` those of its bindings too (``?statbindings=yes``: a service group's members)."""
        return self._get("stat", object_type, name, query="?statbindings=yes" if with_bindings else "")

    def stat_of(self, object_type: str) -> list[dict[str, Any]]:
        """The statistics of a whole-appliance type (``GET /nitro/v1/stat/hanode``)."""
        return self._get("stat", object_type, None)

    def close(self) -> None:
        """Log out of the session, if there is one (a failure to is no error: the session expires anyway)."""
        if self._token is None:
            return
        with contextlib.suppress(NitroError):
            self._send("POST", "/nitro/v1/config/logout", {"logout": {}})
        self._token = None

    def __enter__(self) -> NitroReader:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def _start_session(self) -> None:
        """Log in, then switch to the partition: the session's token is all later requests carry."""
        self._token = None
        _, cookie = self._send(
            "POST", "/nitro/v1/config/login", {"login": {"username": self._login, "password": self._password}}
        )
        if cookie is None:
            raise NitroError("POST /nitro/v1/config/login: the answer carries no session (NITRO_AUTH_TOKEN)")
        self._token = cookie
        self._send(
            "POST", "/nitro/v1/config/nspartition?action=Switch", {"nspartition": {"partitionname": self.partition}}
        )

    def _send(self, method: str, path: str, body: Mapping[str, object] | None = None) -> tuple[object, str | None]:
        """One request; its NITRO document and the session cookie it set, if any. NITRO's errors raise."""
        headers = dict(self._headers)
        if self._token is not None:
            headers["Cookie"] = f"{SESSION_COOKIE}={self._token}"
        data = None
        if body is not None:
            headers["Content-Type"] = "application/json"
            data = json.dumps(body).encode()
        request = urllib.request.Request(self.endpoint + path, data=data, headers=headers, method=method)  # noqa: S310
        try:
            with urllib.request.urlopen(request, timeout=self.timeout_seconds, context=self._tls) as response:  # noqa: S310
                cookie = _session_cookie(response.headers.get_all("Set-Cookie") or [])
                return json.loads(response.read() or b"{}"), cookie
        except urllib.error.HTTPError as error:
            document = error_document(error)
            if document.get("errorcode") == NOT_AUTHORIZED:
                raise _HttpError(error.code, document, denied_message(method, path, document.get("message"))) from None
            said = f"NITRO error {document.get('errorcode')}: {document.get('message')}"
            raise _HttpError(error.code, document, f"{method} {path}: HTTP {error.code}, {said}") from None
        except (urllib.error.URLError, OSError, ValueError) as error:
            reason = getattr(error, "reason", error)
            raise NitroError(f"{method} {self.endpoint}{path}: {reason}") from None

    def _get(self, kind: str, object_type: str, name: str | None, *, query: str = "") -> list[dict[str, Any]]:
        path = f"/nitro/v1/{kind}/{quote(object_type)}" + (f"/{quote(name, safe='')}" if name is not None else "")
        path += query
        if self.partition is not None and self._token is None:
            self._start_session()
        try:
            try:
                document, _ = self._send("GET", path)
            except _HttpError as error:
                if self.partition is None or error.document.get("errorcode") not in SESSION_EXPIRED:
                    raise
                self._start_session()  # the session expired: a new one, in the partition again
                document, _ = self._send("GET", path)
        except _HttpError as error:
            if error.document.get("errorcode") == NO_SUCH_RESOURCE:
                return []
            raise NitroError(str(error)) from None
        if not isinstance(document, Mapping):
            raise NitroError(f"GET {path}: the answer is not a NITRO document")
        if document.get("errorcode", 0) not in (0, None):
            if document.get("errorcode") == NO_SUCH_RESOURCE:
                return []
            raise NitroError(f"GET {path}: NITRO error {document.get('errorcode')}: {document.get('message')}")
        found = document.get(object_type, [])
        if isinstance(found, dict):  # a singleton such as nsconfig comes as one object
            return [found]
        return [item for item in found if isinstance(item, dict)] if isinstance(found, list) else []


class _HttpError(NitroError):
    """An HTTP error answer, with its NITRO document."""

    def __init__(self, status: int, document: dict[str, Any], message: str) -> None:
        super().__init__(message)
        self.status, self.document = status, document


def _session_cookie(set_cookies: Sequence[str]) -> str | None:
    """The ``NITRO_AUTH_TOKEN`` a login answer sets, if any."""
    for header in set_cookies:
        name, _, rest = header.partition("=")
        if name.strip() == SESSION_COOKIE:
            return rest.split(";", 1)[0].strip()
    return None
