"""Ports for the servers cmcert starts: chosen where no kernel or outgoing connection takes them meanwhile
(cmcert_lib/deploy/ports.py)."""

from __future__ import annotations

import random
import socket

from cmcert_lib.deploy import ports


def test_a_free_port_is_outside_the_automatic_range_and_free():
    low, high = ports.ephemeral_range()
    chosen = {ports.free_port() for _ in range(20)}
    assert all(ports.LOWEST <= port < low or high < port <= 65_535 for port in chosen)
    assert len(chosen) > 1  # drawn at random: two servers started together do not get the same
    with socket.socket() as server:
        server.bind(("127.0.0.1", chosen.pop()))


def test_a_port_someone_listens_on_is_never_given():
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        taken = server.getsockname()[1]
        assert not ports.bindable(taken)

        class TakenFirst(random.Random):
            """Draws the port already listened on first, then at random."""

            drawn = False

            def randint(self, a, b):
                if not self.drawn:
                    self.drawn = True
                    return taken
                return super().randint(a, b)

        port = ports.free_port(TakenFirst(1))
    assert port != taken and ports.bindable(port)


def test_without_room_outside_the_automatic_range_the_system_chooses(monkeypatch):
    monkeypatch.setattr(ports, "ephemeral_range", lambda: (1_024, 65_535))
    port = ports.free_port()
    assert 1_024 <= port <= 65_535
    assert ports.bindable(port)
