"""Whether the adopted appliance is an HA pair: ``GET config/hanode`` lists its nodes, ``id`` 0 the one answering.

A standalone appliance lists itself alone (it too says ``Primary``, DOMAIN.md), so a pair is two nodes.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from ums_ha.nitro import NitroReader, nitro_number


@dataclass(frozen=True)
class Pair:
    nodes: tuple[str, ...]
    """The nodes' NSIPs, in NITRO's order."""
    answering_state: str | None
    """The ``state`` of the node that answered (``Primary``, ``Secondary``, ``UNKNOWN``)."""


def read_pair(reader: NitroReader) -> Pair | None:
    """The HA pair behind the reader's endpoint; None for a standalone appliance."""
    nodes = reader.objects("hanode")
    if len(nodes) < 2:
        return None
    answering = next((node for node in nodes if nitro_number(node.get("id")) == 0), None)
    state = str(answering.get("state")) if answering is not None and answering.get("state") is not None else None
    return Pair(tuple(str(node.get("ipaddress", "")) for node in nodes), state)


def pair_notices(endpoint: str, pair: Pair) -> list[str]:
    """What the admin should know about the endpoint of a pair."""
    found = []
    if (pair.answering_state or "").lower() == "secondary":
        found.append(
            f"the endpoint {endpoint} answered as the SECONDARY node of the HA pair: a deploy there is lost at the "
            "next HA sync (NetScaler error 1028); give the site a floating SNIP with management access as its "
            "endpoint"
        )
    elif (urlsplit(endpoint).hostname or "") in pair.nodes:
        found.append(
            f"the endpoint {endpoint} is one node's NSIP: after a failover it is the secondary; give the site a "
            "floating SNIP with management access as its endpoint"
        )
    return found
