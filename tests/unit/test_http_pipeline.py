"""The HTTP pipeline (AsyncHTTP and its generated twin SyncHTTP): retries, budget, errors.

Most tests script the server's answers on an httpx.MockTransport; the ones about the socket
itself (a connection reset, a read timeout, a refused connection) use FaultServer, a tiny
threaded HTTP server on 127.0.0.1. Waits are recorded by the `sleeps` fixture and take no
time. Every test taking `make_http` runs once for each flavour (async, sync).
"""

from __future__ import annotations

import contextlib
import logging
import socket
import struct
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import httpx
import pytest

from prefect_api.api.admin import read_version
from prefect_api.api.flows import read_flow
from prefect_api.models import Flow
from prefect_rest._async import http as async_http
from prefect_rest._async.core import ClientCore as AsyncClientCore
from prefect_rest._sync import http as sync_http
from prefect_rest._sync.core import ClientCore as SyncClientCore
from prefect_rest.exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    ConnectionPoolExhausted,
    ObjectAlreadyExists,
    ObjectNotFound,
    PermissionDenied,
    RateLimited,
    ResponseValidationError,
    ServerError,
    UnprocessableEntity,
)
from prefect_rest.settings import Settings
from support.mock_server import Answer, MockServer

BASE_URL = "http://test/api"
FLOW_ID = uuid.UUID("0b7c4bdc-8c5a-4d0e-8f0c-6f1e1c0ad1a5")
FLOW_PATH = f"/api/flows/{FLOW_ID}"

# Prefect 3.8.8's error bodies, captured from the pinned server.
NOT_FOUND = {"detail": "Flow not found"}
INVALID = {
    "exception_message": "Invalid request received.",
    "exception_detail": [
        {"type": "missing", "loc": ["body", "name"], "msg": "Field required", "input": {"nme": 3}}
    ],
    "request_body": {"nme": 3},
}
CONFLICT = {
    "detail": "Data integrity conflict. This usually means a unique or foreign key constraint "
    "was violated. See server logs for details."
}
UNAVAILABLE = {"exception_message": "Service Unavailable"}
MAINTENANCE = {"Prefect-Maintenance": "true"}


# -- a scripted server on a MockTransport ---------------------------------------------------


def reply(
    status: int, body: Any = None, *, text: str | None = None, headers: dict[str, str] | None = None
) -> Callable[[httpx.Request], httpx.Response]:
    """An answer: a fresh response each time it is given."""

    def answer(request: httpx.Request) -> httpx.Response:
        if text is not None:
            return httpx.Response(status, text=text, headers=headers)
        return httpx.Response(status, json=body, headers=headers)

    return answer


OK = reply(200, {"ok": True})


def scripted(*answers: Answer) -> MockServer:
    """A server giving `answers` in order, then the last one again and again.

    An answer is a `reply(...)` or a transport error class, raised as the transport would.
    """
    *first, last = answers
    return MockServer(*first, default=last)


# -- Retry-After ----------------------------------------------------------------------------


async def test_429_waits_the_retry_after_seconds_then_succeeds(make_http, sleeps) -> None:
    script = scripted(reply(429, {"detail": "slow down"}, headers={"Retry-After": "7"}), OK)
    response = await make_http(script).request("GET", "/flows/")
    assert response.status_code == 200
    assert response.json() == {"ok": True}  # the body is read, even after the stream closed
    assert len(script.requests) == 2
    assert sleeps == [7.0]


async def test_429_waits_until_the_retry_after_date_then_succeeds(make_http, sleeps) -> None:
    when = format_datetime(datetime.now(UTC) + timedelta(seconds=30), usegmt=True)
    script = scripted(reply(429, headers={"Retry-After": when}), OK)
    response = await make_http(script).request("GET", "/flows/")
    assert response.status_code == 200
    assert len(script.requests) == 2
    # The date has whole seconds: between 29 and 30 s were left when it was read.
    assert len(sleeps) == 1
    assert 28.5 < sleeps[0] <= 30.0


async def test_a_short_retry_after_never_shortens_the_backoff(make_http, sleeps) -> None:
    script = scripted(reply(503, headers={"Retry-After": "1"}), OK)
    await make_http(script, base_delay=2.0).request("GET", "/flows/")
    assert sleeps == [2.0]


async def test_a_long_retry_after_is_not_capped_by_max_delay(make_http, sleeps) -> None:
    script = scripted(reply(429, headers={"Retry-After": "45"}), OK)
    await make_http(script, max_delay=1.0).request("GET", "/flows/")
    assert sleeps == [45.0]


async def test_a_retry_after_of_inf_does_not_hang_the_client(make_http, sleeps) -> None:
    script = scripted(reply(503, headers={"Retry-After": "inf"}), OK)
    await make_http(script).request("GET", "/flows/")
    assert sleeps == [0.05]  # garbage: the plain backoff


async def test_429_on_every_attempt_is_rate_limited(make_http, sleeps) -> None:
    script = scripted(reply(429, {"detail": "Too many requests"}, headers={"Retry-After": "2"}))
    with pytest.raises(RateLimited) as caught:
        await make_http(script, max_retries=2).request("GET", "/flows/")
    assert len(script.requests) == 3
    assert sleeps == [2.0, 2.0]
    assert "429" in str(caught.value)
    assert "Too many requests" in str(caught.value)


# -- retryable statuses ---------------------------------------------------------------------


@pytest.mark.parametrize("status", [408, 502, 503])
async def test_retryable_status_then_success(make_http, sleeps, status: int) -> None:
    script = scripted(reply(status, UNAVAILABLE), OK)
    response = await make_http(script).request("GET", f"/flows/{FLOW_ID}")
    assert response.status_code == 200
    assert len(script.requests) == 2
    assert [r.url.path for r in script.requests] == [FLOW_PATH, FLOW_PATH]
    assert sleeps == [0.05]


@pytest.mark.parametrize("max_retries", [0, 1, 4])
async def test_502_on_every_attempt_uses_the_budget_then_raises_server_error(
    make_http, sleeps, max_retries: int
) -> None:
    script = scripted(reply(502, text="upstream connect error or disconnect/reset before headers"))
    with pytest.raises(ServerError) as caught:
        await make_http(script, max_retries=max_retries).request("GET", f"/flows/{FLOW_ID}")
    assert len(script.requests) == max_retries + 1
    assert sleeps == pytest.approx([0.05 * 2**n for n in range(max_retries)])  # 2x each time
    error = caught.value
    assert str(error) == (
        f"GET {FLOW_PATH} -> 502 Bad Gateway: "
        "upstream connect error or disconnect/reset before headers"
    )
    assert error.status_code == 502
    assert error.response.status_code == 502
    assert error.request.url.path == FLOW_PATH


async def test_backoff_is_capped_and_jittered_within_the_factor(make_http, sleeps) -> None:
    script = scripted(reply(503, UNAVAILABLE))
    http = make_http(script, max_retries=8, base_delay=1.0, max_delay=8.0, jitter_factor=0.2)
    with pytest.raises(ServerError):
        await http.request("GET", "/flows/")
    nominal = [1, 2, 4, 8, 8, 8, 8, 8]
    assert len(sleeps) == len(nominal)
    for wait, expected in zip(sleeps, nominal, strict=True):
        assert expected * 0.8 <= wait <= expected * 1.2


async def test_extra_codes_are_retried(make_http, sleeps) -> None:
    script = scripted(reply(500, {"exception_message": "Internal Server Error"}), reply(520), OK)
    response = await make_http(script, extra_codes=frozenset({500, 520})).request("GET", "/x")
    assert response.status_code == 200
    assert len(script.requests) == 3
    assert len(sleeps) == 2


@pytest.mark.parametrize(
    ("status", "body", "cls", "message"),
    [
        (400, {"detail": "Bad request"}, APIStatusError, "Bad request"),
        (401, {"exception_message": "Unauthorized"}, AuthenticationError, "Unauthorized"),
        (403, {"detail": "Not allowed"}, PermissionDenied, "Not allowed"),
        (404, NOT_FOUND, ObjectNotFound, "Flow not found"),
        (409, CONFLICT, ObjectAlreadyExists, "Data integrity conflict."),
        (422, INVALID, UnprocessableEntity, "Invalid request received.: body.name: Field"),
        (500, {"exception_message": "Internal Server Error"}, ServerError, "Internal Server"),
    ],
)
@pytest.mark.parametrize("method", ["GET", "POST"])
async def test_other_statuses_are_not_retried_and_raise_their_error(
    make_http, sleeps, method: str, status: int, body: Any, cls: type[APIStatusError], message: str
) -> None:
    script = scripted(reply(status, body), OK)
    with pytest.raises(httpx.HTTPStatusError) as caught:  # what Prefect's users catch today
        await make_http(script).request(method, f"/flows/{FLOW_ID}", json={"nme": 3})
    assert len(script.requests) == 1
    assert sleeps == []
    error = caught.value
    assert type(error) is cls
    assert error.response.status_code == status
    assert error.request.method == method
    assert error.request.url.path == FLOW_PATH
    assert str(error).startswith(f"{method} {FLOW_PATH} -> {status} ")
    assert message in str(error)


async def test_unprocessable_entity_carries_prefects_exception_detail(make_http, sleeps) -> None:
    script = scripted(reply(422, INVALID))
    with pytest.raises(UnprocessableEntity) as caught:
        await make_http(script).request("POST", "/flows/", json={"nme": 3})
    assert caught.value.exception_detail == INVALID["exception_detail"]
    assert caught.value.detail["request_body"] == {"nme": 3}


async def test_a_retried_write_sends_the_same_request_again(make_http, sleeps) -> None:
    script = scripted(reply(503, UNAVAILABLE), reply(201, {"id": "1"}))
    response = await make_http(script).request(
        "POST", "/flow_runs/", params={"a": "1"}, json={"name": "x"}, headers={"X-Test": "yes"}
    )
    assert response.status_code == 201
    first, second = script.requests
    for sent in (first, second):
        assert sent.method == "POST"
        assert str(sent.url) == "http://test/api/flow_runs/?a=1"
        assert sent.content == b'{"name":"x"}'
        assert sent.headers["X-Test"] == "yes"


# -- transport errors -----------------------------------------------------------------------


async def test_connect_error_on_the_first_request_fails_at_once(make_http, sleeps) -> None:
    script = scripted(httpx.ConnectError, OK)
    with pytest.raises(APIConnectionError) as caught:
        await make_http(script).request("GET", f"/flows/{FLOW_ID}")
    assert type(caught.value) is APIConnectionError
    assert len(script.requests) == 1
    assert sleeps == []
    assert str(caught.value).startswith(f"GET {FLOW_PATH}: no answer from the server")
    assert isinstance(caught.value.__cause__, httpx.ConnectError)


async def test_connect_error_is_retried_once_the_server_answered(make_http, sleeps) -> None:
    script = scripted(OK, httpx.ConnectError, httpx.ConnectTimeout, OK)
    http = make_http(script)
    await http.request("GET", "/health")
    response = await http.request("GET", "/health")  # the server restarts meanwhile
    assert response.status_code == 200
    assert len(script.requests) == 4
    assert sleeps == [0.05, 0.1]


@pytest.mark.parametrize("error", [httpx.ReadError, httpx.WriteError, httpx.RemoteProtocolError])
async def test_transport_errors_are_retried(make_http, sleeps, error) -> None:
    script = scripted(error, OK)
    response = await make_http(script).request("GET", "/flows/")
    assert response.status_code == 200
    assert len(script.requests) == 2
    assert sleeps == [0.05]


async def test_read_timeout_on_every_attempt_raises_api_timeout_error(make_http, sleeps) -> None:
    script = scripted(httpx.ReadTimeout)
    with pytest.raises(APITimeoutError) as caught:
        await make_http(script).request("GET", f"/flows/{FLOW_ID}")
    assert len(script.requests) == 4
    assert sleeps == [0.05, 0.1, 0.2]
    assert str(caught.value).startswith(f"GET {FLOW_PATH}: timed out waiting for the server")


async def test_unretryable_transport_error_fails_at_once(make_http, sleeps) -> None:
    script = scripted(OK, httpx.UnsupportedProtocol)
    http = make_http(script)
    await http.request("GET", "/health")
    with pytest.raises(APIConnectionError):
        await http.request("GET", "/health")
    assert len(script.requests) == 2
    assert sleeps == []


# -- one budget for everything --------------------------------------------------------------


async def test_transport_errors_and_503s_share_one_budget(make_http, sleeps) -> None:
    script = scripted(httpx.ReadError, reply(503, UNAVAILABLE), httpx.ReadTimeout, reply(503), OK)
    with pytest.raises(ServerError):
        await make_http(script, max_retries=3).request("GET", "/flows/")
    assert len(script.requests) == 4  # max_retries + 1, never reaching the OK
    assert sleeps == [0.05, 0.1, 0.2, 0.4][:3]  # one backoff sequence across both kinds


async def test_shared_budget_ending_on_a_transport_error(make_http, sleeps) -> None:
    script = scripted(reply(503), httpx.RemoteProtocolError, reply(502), httpx.ReadError, OK)
    with pytest.raises(APIConnectionError) as caught:
        await make_http(script, max_retries=3).request("GET", "/flows/")
    assert isinstance(caught.value.__cause__, httpx.ReadError)
    assert len(script.requests) == 4
    assert len(sleeps) == 3


async def test_the_budget_is_per_request(make_http, sleeps) -> None:
    script = scripted(reply(503), reply(503), OK, reply(503), reply(503), OK)
    http = make_http(script, max_retries=2)
    assert (await http.request("GET", "/a")).status_code == 200
    assert (await http.request("GET", "/b")).status_code == 200
    assert len(script.requests) == 6
    assert sleeps == [0.05, 0.1, 0.05, 0.1]


# -- maintenance ----------------------------------------------------------------------------


async def test_maintenance_answers_do_not_use_the_budget(make_http, sleeps) -> None:
    script = scripted(*[reply(503, UNAVAILABLE, headers=MAINTENANCE)] * 6, OK)
    response = await make_http(script, max_retries=1).request("GET", "/flows/")
    assert response.status_code == 200
    assert len(script.requests) == 7
    assert len(sleeps) == 6


async def test_budget_counts_only_after_maintenance_ends(make_http, sleeps) -> None:
    script = scripted(*[reply(503, headers=MAINTENANCE)] * 3, reply(503, UNAVAILABLE))
    with pytest.raises(ServerError):
        await make_http(script, max_retries=2).request("GET", "/flows/")
    assert len(script.requests) == 3 + 2 + 1


async def test_maintenance_honours_retry_after(make_http, sleeps) -> None:
    headers = {**MAINTENANCE, "Retry-After": "30"}
    script = scripted(reply(503, headers=headers), reply(503, headers=headers), OK)
    await make_http(script).request("GET", "/flows/")
    assert sleeps == [30.0, 30.0]


async def test_maintenance_header_on_an_unretryable_status_is_not_retried(
    make_http, sleeps
) -> None:
    script = scripted(reply(404, NOT_FOUND, headers=MAINTENANCE), OK)
    with pytest.raises(ObjectNotFound):
        await make_http(script).request("GET", f"/flows/{FLOW_ID}")
    assert len(script.requests) == 1
    assert sleeps == []


async def test_endless_maintenance_is_bounded(
    make_http, sleeps, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(async_http, "MAX_MAINTENANCE_ATTEMPTS", 4)
    monkeypatch.setattr(sync_http, "MAX_MAINTENANCE_ATTEMPTS", 4)
    script = scripted(reply(503, UNAVAILABLE, headers=MAINTENANCE))
    with pytest.raises(ServerError):
        await make_http(script, max_retries=2).request("GET", "/flows/")
    assert len(script.requests) == 4 + 2 + 1


# -- logging --------------------------------------------------------------------------------


async def test_attempts_and_retries_are_logged(
    make_http, sleeps, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="prefect_rest")
    script = scripted(reply(503, UNAVAILABLE), OK)
    await make_http(script).request("GET", f"/flows/{FLOW_ID}", params={"q": "1"})
    records = [r for r in caplog.records if r.name == "prefect_rest"]
    messages = [(r.levelno, r.getMessage()) for r in records]
    expected = f"GET {FLOW_PATH}: status 503, retry 1 (1 of 3 counted) in 0.05s"
    assert (logging.INFO, expected) in messages
    debug = [m for level, m in messages if level == logging.DEBUG]
    assert len(debug) == 2
    assert debug[0].startswith(f"GET {FLOW_PATH} -> 503 (attempt 1, ")
    assert debug[1].startswith(f"GET {FLOW_PATH} -> 200 (attempt 2, ")


# -- a malformed success through ClientCore._call -------------------------------------------

FLOW_BODY = {
    "id": str(FLOW_ID),
    "created": "2026-11-24T09:00:59.811096Z",
    "updated": "2026-11-24T09:00:59.811109Z",
    "name": "etl",
    "tags": [],
    "labels": {},
}


async def call_core(flavor: str, handler: MockServer, method: str, *args: Any) -> Any:
    """Run `ClientCore.<method>(*args)` of the given flavour against `handler`."""
    settings = Settings(api_url=BASE_URL, max_retries=1)
    options = {"transport": httpx.MockTransport(handler)}
    if flavor == "async":
        async with AsyncClientCore(BASE_URL, httpx_settings=options, settings=settings) as core:
            return await getattr(core, method)(*args)
    with SyncClientCore(BASE_URL, httpx_settings=options, settings=settings) as sync_core:
        return getattr(sync_core, method)(*args)


async def test_call_parses_a_good_body(flavor: str, sleeps) -> None:
    flow = await call_core(
        flavor, scripted(reply(200, FLOW_BODY)), "_call", read_flow.build_request(FLOW_ID), Flow
    )
    assert isinstance(flow, Flow)
    assert flow.id == FLOW_ID
    assert flow.name == "etl"


@pytest.mark.parametrize(
    "answer",
    [
        reply(200, {"id": FLOW_BODY["id"]}),  # a required field (name) missing
        reply(200, {**FLOW_BODY, "id": "not-a-uuid"}),
        reply(200, [FLOW_BODY]),  # a list, not an object
        reply(200, "etl"),
        reply(200, None),
        reply(200, text="<html>Welcome to nginx!</html>"),
        reply(204, text=""),  # a success the operation does not describe
    ],
)
async def test_call_raises_response_validation_error_on_a_malformed_body(
    flavor: str, sleeps, answer
) -> None:
    script = scripted(answer)
    with pytest.raises(ResponseValidationError) as caught:
        await call_core(flavor, script, "_call", read_flow.build_request(FLOW_ID), Flow)
    error = caught.value
    assert len(script.requests) == 1
    assert error.response.is_success
    assert error.request.url.path == FLOW_PATH
    assert str(error).startswith(f"GET {FLOW_PATH} -> {error.status_code}: the response body")
    assert not isinstance(error, httpx.HTTPStatusError)


async def test_api_version_with_a_malformed_body(flavor: str, sleeps) -> None:
    script = scripted(reply(200, {"version": "3.8.8"}))
    with pytest.raises(ResponseValidationError, match="expected str, got dict"):
        await call_core(flavor, script, "api_version")
    assert await call_core(flavor, scripted(reply(200, "3.8.8")), "api_version") == "3.8.8"


async def test_call_maps_error_statuses_before_parsing(flavor: str, sleeps) -> None:
    with pytest.raises(ObjectNotFound, match="Flow not found"):
        await call_core(
            flavor, scripted(reply(404, NOT_FOUND)), "_call", read_flow.build_request(FLOW_ID), Flow
        )
    # The generated parser would turn a 422 into an HTTPValidationError model: it must not.
    with pytest.raises(UnprocessableEntity):
        await call_core(
            flavor, scripted(reply(422, INVALID)), "_call", read_version.build_request(), str
        )


# -- the real socket path -------------------------------------------------------------------

_OK_BODY = b'{"ok":true}'


def _answer(status: str, body: bytes, *, length: int | None = None) -> bytes:
    head = (
        f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body) if length is None else length}\r\n\r\n"
    )
    return head.encode() + body


class FaultServer:
    """A tiny HTTP/1.1 server on 127.0.0.1 answering each request as its script says.

    Actions: "ok"; "503"; "reset" (read the request, then reset the connection); "close"
    (read it, close without answering); "partial" (headers and part of the body, then close);
    "stall" (never answer). Requests past the script get "ok". It stops when told, and by
    itself after LIFETIME seconds at the latest.
    """

    LIFETIME = 30.0

    def __init__(self, script: list[str]) -> None:
        self.script = script
        self.requests: list[str] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._deadline = time.monotonic() + self.LIFETIME
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.05)
        self.port = self._listener.getsockname()[1]
        self._threads = [threading.Thread(target=self._accept, daemon=True)]
        self._threads[0].start()

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    def stop(self) -> None:
        self._stop.set()
        for thread in list(self._threads):
            thread.join(timeout=5)

    def _stopping(self) -> bool:
        return self._stop.is_set() or time.monotonic() > self._deadline

    def _accept(self) -> None:
        with self._listener:
            while not self._stopping():
                try:
                    conn, _ = self._listener.accept()
                except TimeoutError:
                    continue
                thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
                self._threads.append(thread)
                thread.start()

    def _serve(self, conn: socket.socket) -> None:
        conn.settimeout(0.05)
        buffer = b""
        with conn:
            while not self._stopping():
                end = buffer.find(b"\r\n\r\n")
                if end >= 0:
                    head = buffer[:end].decode("latin-1")
                    length = 0
                    for line in head.split("\r\n")[1:]:
                        name, _, value = line.partition(":")
                        if name.strip().lower() == "content-length":
                            length = int(value)
                    if len(buffer) >= end + 4 + length:
                        buffer = buffer[end + 4 + length :]
                        with self._lock:
                            self.requests.append(head.split("\r\n", 1)[0])
                            n = len(self.requests) - 1
                        action = self.script[n] if n < len(self.script) else "ok"
                        if not self._act(conn, action):
                            return
                        continue
                try:
                    chunk = conn.recv(65536)
                except TimeoutError:
                    continue
                except OSError:
                    return
                if not chunk:
                    return
                buffer += chunk

    def _act(self, conn: socket.socket, action: str) -> bool:
        """Answer one request; False closes the connection."""
        if action == "ok":
            conn.sendall(_answer("200 OK", _OK_BODY))
            return True
        if action == "503":
            conn.sendall(_answer("503 Service Unavailable", b'{"exception_message":"busy"}'))
            return True
        if action == "reset":
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            return False
        if action == "close":
            return False
        if action == "partial":
            conn.sendall(_answer("200 OK", _OK_BODY[:4], length=len(_OK_BODY) + 100))
            return False
        if action == "stall":
            self._stop.wait(self.LIFETIME)
            return False
        raise ValueError(f"unknown action {action!r}")


@pytest.fixture
def fault_server() -> Iterator[Callable[[list[str]], FaultServer]]:
    servers: list[FaultServer] = []

    def start(script: list[str]) -> FaultServer:
        servers.append(FaultServer(script))
        return servers[-1]

    yield start
    for server in servers:
        server.stop()


@contextlib.contextmanager
def closed_port() -> Iterator[int]:
    """A port on 127.0.0.1 nothing listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    yield port


@pytest.mark.parametrize("fault", ["reset", "close", "partial"])
async def test_connection_dropped_mid_request_is_retried(
    make_http, sleeps, fault_server, fault: str
) -> None:
    server = fault_server(["ok", fault, fault, "ok"])
    http = make_http(base_url=server.api_url)
    assert (await http.request("GET", "/health")).status_code == 200
    response = await http.request("GET", f"/flows/{FLOW_ID}")
    assert response.json() == {"ok": True}
    assert server.requests == ["GET /api/health HTTP/1.1"] + [f"GET {FLOW_PATH} HTTP/1.1"] * 3
    assert sleeps == [0.05, 0.1]


async def test_connection_dropped_on_every_attempt_raises_after_the_budget(
    make_http, sleeps, fault_server
) -> None:
    server = fault_server(["ok"] + ["reset"] * 10)
    http = make_http(base_url=server.api_url, max_retries=2)
    await http.request("GET", "/health")
    with pytest.raises(APIConnectionError) as caught:
        await http.request("GET", f"/flows/{FLOW_ID}")
    assert type(caught.value) is APIConnectionError
    assert len(server.requests) == 1 + 3
    assert len(sleeps) == 2
    assert str(caught.value).startswith(f"GET {FLOW_PATH}: no answer from the server")


async def test_503_over_a_real_socket_is_retried(make_http, sleeps, fault_server) -> None:
    server = fault_server(["503", "503"])
    response = await make_http(base_url=server.api_url).request("GET", "/health")
    assert response.status_code == 200
    assert len(server.requests) == 3


async def test_connection_refused_on_the_first_request_fails_at_once(make_http, sleeps) -> None:
    with closed_port() as port:
        http = make_http(base_url=f"http://127.0.0.1:{port}/api")
        with pytest.raises(APIConnectionError) as caught:
            await http.request("GET", "/health")
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert sleeps == []
    assert str(caught.value).startswith("GET /api/health: no answer from the server")


async def test_connection_refused_after_the_server_was_seen_is_retried(
    make_http, sleeps, fault_server
) -> None:
    server = fault_server([])
    http = make_http(base_url=server.api_url, max_retries=3)
    await http.request("GET", "/health")
    server.stop()  # and it does not come back
    with pytest.raises(APIConnectionError) as caught:
        await http.request("GET", "/health")
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert sleeps == [0.05, 0.1, 0.2]


async def test_read_timeout_is_retried(make_http, sleeps, fault_server) -> None:
    server = fault_server(["stall", "ok"])
    http = make_http(base_url=server.api_url, timeout=0.2)
    response = await http.request("GET", "/health")
    assert response.status_code == 200
    assert len(server.requests) == 2
    assert sleeps == [0.05]


async def test_read_timeout_on_every_attempt_raises_api_timeout_error_after_the_budget(
    make_http, sleeps, fault_server
) -> None:
    server = fault_server(["stall"] * 10)
    http = make_http(base_url=server.api_url, timeout=0.2, max_retries=2)
    started = time.monotonic()
    with pytest.raises(APITimeoutError) as caught:
        await http.request("GET", "/health")
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)
    assert len(server.requests) == 3
    assert sleeps == [0.05, 0.1]
    assert time.monotonic() - started < 5  # three 0.2 s timeouts, not the server's stall


# -- the client's own pool ------------------------------------------------------------------


async def test_a_pool_timeout_is_the_clients_own_pool_and_is_not_retried(make_http, sleeps) -> None:
    script = scripted(httpx.PoolTimeout, OK)
    with pytest.raises(ConnectionPoolExhausted) as caught:
        await make_http(script).request("GET", f"/flows/{FLOW_ID}")
    assert len(script.requests) == 1
    assert sleeps == []
    message = str(caught.value)
    assert "connection pool is exhausted" in message
    assert "PREFECT_CLIENT_MAX_CONNECTIONS" in message
    assert "waiting for the server" not in message
    assert isinstance(caught.value, APITimeoutError)  # still what `except` clauses expect


async def test_a_real_pool_timeout_names_the_setting(make_http, sleeps, fault_server) -> None:
    server = fault_server(["stall"])  # the first request never gets an answer
    http = make_http(
        base_url=server.api_url,
        timeout=httpx.Timeout(5.0, pool=0.2),
        limits=httpx.Limits(max_connections=1),
    )
    # The pool's only connection is taken by the stalled request; the next one waits for it.
    if isinstance(http.http, async_http.AsyncHTTP):
        import asyncio

        blocked = asyncio.ensure_future(http.http.request("GET", "/stall"))
        for _ in range(500):  # until the stalled request reached the server (5 s at most)
            if server.requests:
                break
            await asyncio.sleep(0.01)
        with pytest.raises(ConnectionPoolExhausted) as caught:
            await http.http.request("GET", "/health")
        assert sleeps == []
        blocked.cancel()
        with contextlib.suppress(BaseException):
            await blocked
    else:
        sync_http_ = http.http
        worker = threading.Thread(target=_swallow, args=(lambda: sync_http_.request("GET", "/s"),))
        worker.start()
        _wait_until(lambda: bool(server.requests))
        with pytest.raises(ConnectionPoolExhausted) as caught:
            sync_http_.request("GET", "/health")
        assert sleeps == []
        server.stop()
        worker.join(timeout=10)
    assert len(server.requests) == 1  # the second request never left, and was not retried
    assert "PREFECT_CLIENT_MAX_CONNECTIONS" in str(caught.value)
    assert isinstance(caught.value.__cause__, httpx.PoolTimeout)


def _wait_until(condition: Callable[[], bool], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.01)


def _swallow(call: Callable[[], Any]) -> None:
    with contextlib.suppress(Exception):
        call()


# -- writes whose outcome is unknown ----------------------------------------------------------


@pytest.mark.parametrize("error", [httpx.ReadError, httpx.RemoteProtocolError, httpx.ReadTimeout])
async def test_a_write_that_may_have_landed_is_not_repeated(make_http, sleeps, error) -> None:
    script = scripted(error, reply(201, {"id": "1"}))
    with pytest.raises(APIConnectionError) as caught:
        await make_http(script).request("POST", "/logs/", json=[{"message": "hi"}])
    assert len(script.requests) == 1
    assert sleeps == []
    notes = " ".join(getattr(caught.value, "__notes__", []))
    assert "Not retried" in notes
    assert "POST /api/logs/" in notes


@pytest.mark.parametrize("error", [httpx.ReadError, httpx.RemoteProtocolError, httpx.ReadTimeout])
async def test_a_create_with_an_idempotency_key_is_repeated(make_http, sleeps, error) -> None:
    script = scripted(error, error, reply(201, {"id": "1"}))
    body = {"flow_id": str(FLOW_ID), "idempotency_key": "k-1"}
    response = await make_http(script).request("POST", "/flow_runs/", json=body)
    assert response.status_code == 201
    assert len(script.requests) == 3
    assert [r.content for r in script.requests] == [script.requests[0].content] * 3


async def test_a_write_refused_before_it_was_sent_is_repeated(make_http, sleeps) -> None:
    script = scripted(OK, httpx.WriteError, reply(201, {"id": "1"}))
    http = make_http(script)
    await http.request("GET", "/health")
    response = await http.request("POST", "/logs/", json=[{"message": "hi"}])
    assert response.status_code == 201
    assert len(script.requests) == 3


async def test_an_explicit_mark_wins(make_http, sleeps) -> None:
    script = scripted(httpx.ReadError, reply(201, {"id": "1"}))
    response = await make_http(script).request("POST", "/logs/", json=[], idempotent=True)
    assert response.status_code == 201
    assert len(script.requests) == 2
    script = scripted(httpx.ReadError, OK)
    with pytest.raises(APIConnectionError):
        await make_http(script).request("GET", "/flows/", idempotent=False)
    assert len(script.requests) == 1


# -- the time budget ---------------------------------------------------------------------------


async def test_503s_are_ridden_out_for_the_time_budget_then_the_count(make_http, sleeps) -> None:
    script = scripted(reply(503, UNAVAILABLE))
    http = make_http(script, max_retries=3, time_budget=1.0, base_delay=0.05, max_delay=2.0)
    with pytest.raises(ServerError):
        await http.request("GET", "/flows/")
    # Free while the waits stay under 1 s (0.05+0.1+0.2+0.4 = 0.75, then 0.8 more), then 3.
    assert sleeps == pytest.approx([0.05, 0.1, 0.2, 0.4, 0.8, 1.6, 2.0, 2.0])
    assert len(script.requests) == 9


async def test_connection_refused_after_the_server_was_seen_rides_out_the_budget(
    make_http, sleeps
) -> None:
    script = scripted(OK, *[httpx.ConnectError] * 12, OK)
    http = make_http(script, max_retries=2, time_budget=10.0, max_delay=2.0)
    await http.request("GET", "/health")
    response = await http.request("POST", "/logs/", json=[])  # never sent: safe to repeat
    assert response.status_code == 200
    assert len(script.requests) == 1 + 12 + 1
    # Ten free retries while the waits stay under 10 s, then the two counted ones.
    assert sleeps == pytest.approx([0.05, 0.1, 0.2, 0.4, 0.8, 1.6] + [2.0] * 6)


async def test_a_retry_after_above_the_cap_raises_rate_limited_at_once(make_http, sleeps) -> None:
    script = scripted(reply(429, {"detail": "later"}, headers={"Retry-After": "3600"}), OK)
    with pytest.raises(RateLimited) as caught:
        await make_http(script, max_retry_after=60.0).request("GET", "/flows/")
    assert len(script.requests) == 1
    assert sleeps == []
    assert caught.value.retry_after == 3600.0


# -- the request timeout in-process ------------------------------------------------------------

APP_STALL = 30.0  # the app's answer takes this long: a timeout that is not honoured shows


async def _stalling_app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """An ASGI app whose every HTTP answer takes APP_STALL seconds."""
    import asyncio

    if scope["type"] == "lifespan":
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return
    await asyncio.sleep(APP_STALL)
    await send({"type": "http.response.start", "status": 200, "headers": []})
    await send({"type": "http.response.body", "body": b'"hi"'})


async def test_the_request_timeout_is_honoured_in_process(flavor: str, sleeps) -> None:
    settings = Settings(request_timeout=0.3, max_retries=0, csrf_support_enabled=False)
    with pytest.raises(APITimeoutError) as caught:
        if flavor == "async":
            async with AsyncClientCore(_stalling_app, settings=settings) as core:
                await core.request("GET", "/hello")
        else:
            with SyncClientCore(_stalling_app, settings=settings) as sync_core:
                sync_core.request("GET", "/hello")
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)
    assert "in-process server" in str(caught.value.__cause__)
