"""Which address a request comes from, believing X-Forwarded-For only from named proxies.

Anyone can send an X-Forwarded-For header. Believed from every client, it would
let one client pose as many addresses (escaping the per-address sign-in limit)
or as someone else in the audit log. So the server takes the connection's own
peer address unless that peer is a proxy the administrator named
(`serve --trusted-proxy`, FTBT_SERVER_TRUSTED_PROXIES). From a trusted proxy it
walks the header from the right, skipping the proxies it trusts, and takes the
first address it does not: each proxy appends the address it saw, so that is
the rightmost one nobody but a trusted proxy wrote.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable, Sequence

Network = ipaddress.IPv4Network | ipaddress.IPv6Network
Address = ipaddress.IPv4Address | ipaddress.IPv6Address

UNKNOWN = "unknown"


class ProxySettingError(ValueError):
    """A trusted proxy is not an IP address or network."""


def parse_proxies(values: Iterable[str]) -> tuple[Network, ...]:
    """Addresses or networks ("10.0.0.5", "10.0.0.0/24", "::1"), commas or spaces between."""
    networks: list[Network] = []
    for value in values:
        for item in value.replace(",", " ").split():
            try:
                networks.append(ipaddress.ip_network(item, strict=False))
            except ValueError as exc:
                raise ProxySettingError(
                    f"a trusted proxy must be an IP address or network, not {item!r}"
                ) from exc
    return tuple(networks)


def _address(text: str) -> Address | None:
    text = text.strip().strip('"')
    if text.startswith("[") and "]" in text:  # "[2001:db8::1]:4711"
        text = text[1 : text.index("]")]
    elif text.count(":") == 1:  # "192.0.2.1:4711"
        text = text.split(":", 1)[0]
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return None
    mapped = getattr(address, "ipv4_mapped", None)
    return mapped or address


def _trusted(address: Address, proxies: Sequence[Network]) -> bool:
    return any(address.version == net.version and address in net for net in proxies)


def client_address(
    peer: str | None, forwarded_for: Sequence[str], proxies: Sequence[Network]
) -> str:
    """The client's address: the peer's, or from a trusted peer the rightmost untrusted hop."""
    if not peer:
        return UNKNOWN
    current = _address(peer)
    if current is None:
        return peer[:100]
    if not proxies or not _trusted(current, proxies):
        return str(current)
    hops = [hop for header in forwarded_for for hop in header.split(",") if hop.strip()]
    for hop in reversed(hops):
        address = _address(hop)
        if address is None:
            # Garbage from beyond the trusted proxies: the last hop they vouched for stands.
            break
        current = address
        if not _trusted(address, proxies):
            break
    return str(current)
