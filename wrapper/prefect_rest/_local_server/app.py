"""The ASGI layer the local server puts around Prefect's app.

It counts requests (for the idle stop and for "is anyone connected?"), answers
`/prefect-rest/status`, refuses requests without the token where one is required (the
loopback-port fallback), lets at most `max_requests` HTTP requests into Prefect's app at
once (one on SQLite: see serve._is_sqlite), and holds back the lifespan's shutdown until
Prefect's services have finished starting (Prefect 3.8.8 fails to stop one that is still
starting).
"""

from __future__ import annotations

import asyncio
import hmac
import json
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from prefect_rest._hosting import SHUTDOWN_TIMEOUT, services_started
from prefect_rest._local_server.files import TOKEN_HEADER

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

STATUS_PATH = "/prefect-rest/status"
_TOKEN_HEADER = TOKEN_HEADER.lower().encode()


class Activity:
    """Requests in flight and the time of the last one, for the idle stop."""

    def __init__(self) -> None:
        self.in_flight = 0
        self.last = time.monotonic()

    @property
    def idle_for(self) -> float:
        """Seconds since the last request ended (0 while one is in flight)."""
        return 0.0 if self.in_flight else time.monotonic() - self.last

    def begin(self) -> None:
        self.in_flight += 1
        self.last = time.monotonic()

    def end(self) -> None:
        self.in_flight -= 1
        self.last = time.monotonic()


class LocalServerApp:
    """Prefect's app, as the local server serves it.

    `token`: required from every request that does not arrive on `open_port` (the UI's
    port, which a browser uses without it); None on a Unix socket, whose file permissions
    already keep other users out. `status` returns the fields of the status answer;
    `on_started` runs once the app's startup is complete. `max_requests`: how many HTTP
    requests may be inside the app at once (the others wait their turn, in order); None: no
    limit. Websockets (event and log streams) are long-lived and never wait.
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        activity: Activity,
        status: Callable[[], dict[str, Any]],
        token: str | None = None,
        open_port: int | None = None,
        on_started: Callable[[], None] | None = None,
        max_requests: int | None = None,
    ) -> None:
        self.app = app
        self._admission = asyncio.Semaphore(max_requests) if max_requests else None
        self.activity = activity
        self.status = status
        self.token = token
        self.open_port = open_port
        self.on_started = on_started

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(scope, receive, send)
            return
        if not self._admitted(scope):
            await _refuse(scope, receive, send)
            return
        if scope["type"] == "http" and scope["path"] == STATUS_PATH:
            # Not activity: asking for the status does not keep an idle server running.
            await _send_json(send, self.status())
            return
        self.activity.begin()
        try:
            if self._admission is not None and scope["type"] == "http":
                async with self._admission:
                    await self.app(scope, receive, send)
            else:
                await self.app(scope, receive, send)
        finally:
            self.activity.end()

    def _admitted(self, scope: Scope) -> bool:
        if self.token is None:
            return True
        server = scope.get("server") or (None, None)
        if self.open_port is not None and server[1] == self.open_port:
            return True
        sent = dict(scope.get("headers") or []).get(_TOKEN_HEADER, b"")
        return hmac.compare_digest(sent, self.token.encode())

    async def _lifespan(self, scope: Scope, receive: Receive, send: Send) -> None:
        started = False

        async def receive_message() -> Message:
            message = await receive()
            if message["type"] == "lifespan.shutdown" and started:
                await services_started(SHUTDOWN_TIMEOUT)
            return message

        async def send_message(message: Message) -> None:
            nonlocal started
            await send(message)
            if message["type"] == "lifespan.startup.complete":
                started = True
                if self.on_started is not None:
                    self.on_started()

        await self.app(scope, receive_message, send_message)


async def _send_json(send: Send, body: dict[str, Any], status: int = 200) -> None:
    content = json.dumps(body).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", b"%d" % len(content))]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": content})


async def _refuse(scope: Scope, receive: Receive, send: Send) -> None:
    if scope["type"] == "websocket":
        await receive()  # websocket.connect
        await send({"type": "websocket.close", "code": 1008})
        return
    await _send_json(send, {"detail": f"This server needs the {TOKEN_HEADER} header."}, 401)
