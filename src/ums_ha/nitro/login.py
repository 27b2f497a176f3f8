"""The site's appliance and its login, as the provider reads them: a reader for a command."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Final
from urllib.parse import urlsplit

from ums_ha.errors import Problem, ValidationError
from ums_ha.nitro.reader import DEFAULT_TIMEOUT_SECONDS, NitroReader

if TYPE_CHECKING:
    from ums_ha.site.reader import Site

#: The provider's variables for the NetScaler login; ums-ha reads them the same way.
LOGIN_ENV: Final = "NS_LOGIN"
PASSWORD_ENV: Final = "NS_PASSWORD"  # noqa: S105  (a variable's name)


def reader_for(
    site: Site, environ: Mapping[str, str], *, timeout_seconds: float = DEFAULT_TIMEOUT_SECONDS
) -> NitroReader:
    """A reader of the site's NetScaler (in its partition, on a session: close it), with the login from
    ``NS_LOGIN``/``NS_PASSWORD`` (refused when unset)."""
    missing = [name for name in (LOGIN_ENV, PASSWORD_ENV) if not environ.get(name)]
    if missing:
        raise ValidationError(
            [
                Problem(name, "is required: the NetScaler login, from the environment, as the provider reads it")
                for name in missing
            ]
        )
    return NitroReader(
        site.netscaler.endpoint,
        environ[LOGIN_ENV],
        environ[PASSWORD_ENV],
        verify_tls=not site.netscaler.insecure_skip_verify,
        timeout_seconds=timeout_seconds,
        partition=site.netscaler.partition,
    )


def ha_pair_readers(
    site: Site, environ: Mapping[str, str], *, timeout_seconds: float
) -> tuple[NitroReader, dict[str, NitroReader]]:
    """Readers of the site's endpoint and of each node of its HA pair (the NSIP, the endpoint's scheme and port),
    with the login of ``NS_LOGIN``/``NS_PASSWORD``, in the default partition: the HA state is the appliance's."""

    def reader(url: str) -> NitroReader:
        verify_tls = not site.netscaler.insecure_skip_verify
        password = environ[PASSWORD_ENV]
        return NitroReader(url, environ[LOGIN_ENV], password, verify_tls=verify_tls, timeout_seconds=timeout_seconds)

    nodes = {node: reader(node_url(site.netscaler.endpoint, node)) for node in site.netscaler.nodes}
    return reader(site.netscaler.endpoint), nodes


def node_url(endpoint: str, node: str) -> str:
    """The NITRO URL of an HA node: its NSIP, with the endpoint's scheme and port."""
    parts = urlsplit(endpoint)
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{f'[{node}]' if ':' in node else node}{port}"
