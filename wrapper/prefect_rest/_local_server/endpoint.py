"""How a client reaches a running local server: its Unix socket, or its loopback port and
the token that port requires."""

from __future__ import annotations

from dataclasses import dataclass, field

import httpx

from prefect_rest._local_server.files import TOKEN_HEADER

#: The URL clients of the local server use. The host is never resolved: the transport
#: connects to the socket (or rewrites it to the loopback port).
BASE_URL = "http://prefect-local-server/api"
LOOPBACK = "127.0.0.1"


@dataclass(frozen=True)
class Endpoint:
    pid: int
    socket: str | None = None
    port: int | None = None
    token: str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if (self.socket is None) == (self.port is None):
            raise ValueError("an endpoint is a Unix socket or a loopback port, not both")

    @property
    def where(self) -> str:
        return f"unix:{self.socket}" if self.socket else f"http://{LOOPBACK}:{self.port}"

    def address(self, request: httpx.Request) -> httpx.Request:
        """Point `request` at this server (in place): the port, and the token it requires."""
        if self.port is not None:
            request.url = request.url.copy_with(scheme="http", host=LOOPBACK, port=self.port)
        if self.token is not None:
            request.headers[TOKEN_HEADER] = self.token
        return request

    # verify=False: plain HTTP to a socket on this machine never does a TLS handshake, so
    # there are no certificates to check; loading the CA bundle for nothing takes ~50 ms.

    def sync_transport(self, limits: httpx.Limits | None = None) -> httpx.HTTPTransport:
        return httpx.HTTPTransport(uds=self.socket, limits=limits or httpx.Limits(), verify=False)

    def async_transport(self, limits: httpx.Limits | None = None) -> httpx.AsyncHTTPTransport:
        return httpx.AsyncHTTPTransport(
            uds=self.socket, limits=limits or httpx.Limits(), verify=False
        )
