"""The pinned Node for jsii and the Node programs ums-ha starts, and silencing the toolchain."""
