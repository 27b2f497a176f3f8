"""Point every UMS firmware's download host at the load-balanced DNS name, safely.

    python scripts/patch_firmware_hosts.py [--config FILE] [--site NAME] [--apply | --inspect | --rollback JOURNAL]

The same as ``ums-ha firmware-hosts``; see ``--help`` and the README.
"""

from __future__ import annotations

import sys

from ums_ha.firmware_hosts.cli import main

if __name__ == "__main__":
    sys.exit(main())
