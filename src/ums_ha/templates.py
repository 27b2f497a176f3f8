"""The Jinja environment for the text ums-ha renders: the DBA script, the handover notes."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import jinja2


def load_template(name: str, filters: Mapping[str, Callable[..., str]] | None = None) -> jinja2.Template:
    """A template from ``ums_ha/templates``; an undefined name is an error, not an empty string."""
    import jinja2  # only where text is rendered: a synthesis without a DBA script never needs it

    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("ums_ha", "templates"),
        # SQL and plain text, not HTML: each template quotes values with its own filters.
        autoescape=False,  # noqa: S701
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.filters.update(filters or {})
    return environment.get_template(name)
