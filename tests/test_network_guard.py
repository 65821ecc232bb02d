"""The tests can reach nothing but 127.0.0.1: pytest-socket refuses any other address."""

import socket

import pytest
from pytest_socket import SocketConnectBlockedError


@pytest.mark.filterwarnings("ignore:A test tried to use socket")
def test_only_127_0_0_1_is_reachable():
    # 127.0.0.2 is loopback too, so even if the guard failed no packet would leave the machine.
    with socket.socket() as sock, pytest.raises(SocketConnectBlockedError):
        sock.connect(("127.0.0.2", 9))
