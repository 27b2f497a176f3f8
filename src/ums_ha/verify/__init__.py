"""``ums-ha verify``: prove from outside, item by item, that a deployed site works.

Read-only everywhere: DNS queries, TCP connections, TLS handshakes, GET and HEAD
requests, and NITRO GETs (the only requests that carry a credential). Nothing is
written. :mod:`.checks` runs the checks, :mod:`.probes` does the network, and
:mod:`.report` prints the checklist.
"""
