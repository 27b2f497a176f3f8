"""The error for Terraform JSON that has no faithful HCL form."""

from __future__ import annotations


class HclRenderError(ValueError):
    """A part of a Terraform JSON document that cannot be written as HCL.

    ``where`` is its JSON path (``resource.citrixadc_server.server_ums01.ipaddress``).
    """

    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where}: {message}")
        self.where = where
