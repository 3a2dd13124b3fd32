"""Choosing a loopback port for a server cmcert starts (JupyterHub and its proxy, formgrader, PostgreSQL).

Asking the kernel for port 0 gives a port of its ephemeral range, the range it also hands, at any moment,
to every outgoing connection and to every Jupyter kernel started meanwhile (each binds five that way).
A port chosen there and bound seconds later, once the server has started, can be taken in between:
JupyterHub then stops at start-up. A port below that range is only ever taken by a server that asks
for it by number, so a free one stays free unless another chooser picks the same, one chance in thousands.
"""

from __future__ import annotations

import random
import socket
from pathlib import Path

EPHEMERAL_RANGE = Path("/proc/sys/net/ipv4/ip_local_port_range")
LOWEST = 20_000  # above the ports of well-known services a machine may run
TRIES = 200


def ephemeral_range() -> tuple[int, int]:
    """The kernel's range for automatic ports (Linux's default when it cannot be read)."""
    try:
        low, high = (int(v) for v in EPHEMERAL_RANGE.read_text().split())
    except (OSError, ValueError):
        return 32_768, 60_999
    return low, high


def bindable(port: int) -> bool:
    """Whether a server could listen on loopback ``port`` now (as servers do, past connections' TIME_WAIT)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def free_port(rng: random.Random | None = None) -> int:
    """A loopback port nobody listens on, outside the automatic range where it can be."""
    rng = rng or random.SystemRandom()
    low, high = ephemeral_range()
    # The widest span outside [low, high], within [LOWEST, 65535].
    spans = [(LOWEST, low - 1), (high + 1, 65_535)]
    start, end = max(spans, key=lambda span: span[1] - span[0])
    if end - start >= 1_000:
        for _ in range(TRIES):
            port = rng.randint(start, end)
            if bindable(port):
                return port
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:  # a machine with no room outside
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
