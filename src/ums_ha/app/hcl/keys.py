"""Keys of CDKTF's Terraform JSON that are not Terraform's (their own module: importing it loads no writer)."""

from __future__ import annotations

from typing import Final

#: CDKTF's comment key (construct path and id), which Terraform ignores in JSON.
COMMENT_KEY: Final = "//"
