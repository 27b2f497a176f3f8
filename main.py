"""The cdktf app (cdktf.json: ``python main.py``): synthesize the site file.

``cdktf synth --hcl`` asks for HCL through the environment; the request is taken
before ``ums_ha.app`` loads cdktf, whose Node process would read it too and run
CDKTF's own HCL renderer (see ``ums_ha.hcl.cdktf_request``). jsii is pointed at
the pinned Node, and its banners and HashiCorp's checkpoint call are switched off,
before it as well (``ums_ha.toolchain``).
"""

import sys

from ums_ha.hcl.cdktf_request import take_hcl_request
from ums_ha.toolchain import prepare_toolchain

prepare_toolchain()
HCL = take_hcl_request()

from ums_ha.app import main  # noqa: E402  (after take_hcl_request, see above)

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], hcl=HCL))
