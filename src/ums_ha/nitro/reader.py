"""A NITRO client that can only read: ``GET /nitro/v1/config/...`` and ``GET /nitro/v1/stat/...``, nothing else.

Used by ``ums-ha adopt`` (the configuration) and ``ums-ha verify`` (the state of each object too).

The login travels in the ``X-NITRO-USER`` and ``X-NITRO-PASS`` headers (NS_LOGIN and
NS_PASSWORD, as the provider reads them); TLS is verified unless the site says
``insecure_skip_verify``. No error message ever carries the password.
"""

from __future__ import annotations

import json
import ssl
import urllib.error
import urllib.request
from collections.abc import Mapping, Sequence
from typing import Any, Final
from urllib.parse import quote

from ums_ha.nitro.errors import NO_SUCH_RESOURCE, NitroError, error_document

DEFAULT_TIMEOUT_SECONDS: Final = 30.0


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
    ) -> None:
        self.endpoint = endpoint.rstrip("/")
        self._headers = {"X-NITRO-USER": login, "X-NITRO-PASS": password, "Accept": "application/json"}
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

    def _get(self, kind: str, object_type: str, name: str | None, *, query: str = "") -> list[dict[str, Any]]:
        path = f"/nitro/v1/{kind}/{quote(object_type)}" + (f"/{quote(name, safe='')}" if name is not None else "")
        path += query
        request = urllib.request.Request(self.endpoint + path, headers=self._headers, method="GET")  # noqa: S310
        try:
            with urllib.request.urlopen(request, timeout=self.timeout_seconds, context=self._tls) as response:  # noqa: S310
                document = json.loads(response.read() or b"{}")
        except urllib.error.HTTPError as error:
            document = error_document(error)
            if document.get("errorcode") == NO_SUCH_RESOURCE:
                return []
            raise NitroError(
                f"GET {path}: HTTP {error.code}, NITRO error {document.get('errorcode')}: {document.get('message')}"
            ) from None
        except (urllib.error.URLError, OSError, ValueError) as error:
            reason = getattr(error, "reason", error)
            raise NitroError(f"GET {self.endpoint}{path}: {reason}") from None
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
