"""CSRF: CsrfState's bookkeeping, and the pipeline against a server that enforces CSRF.

CsrfProtection plays Prefect 3.8.8's CsrfMiddleware and /csrf-token route (its bodies are
the pinned server's): a fetch creates or *replaces* the client's token; a write without a valid
token gets 403; with CSRF protection off, /csrf-token answers 422.
"""

from __future__ import annotations

import asyncio
import random
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from prefect_rest._core.csrf import (
    CLIENT_HEADER,
    EXPIRY_MARGIN,
    TOKEN_HEADER,
    CsrfState,
    is_csrf_rejection,
)
from prefect_rest.exceptions import (
    APIConnectionError,
    PermissionDenied,
    ResponseValidationError,
    ServerError,
)
from support.mock_server import MockServer, path_of

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
WRITES = ["POST", "PUT", "PATCH", "DELETE"]


def token_answer(token: str = "tok", expiration: str = "2026-11-24T13:00:00.5Z") -> httpx.Response:
    body = {
        "id": str(uuid.uuid4()),
        "created": "2026-11-24T12:00:00.000001Z",
        "updated": "2026-11-24T12:00:00.000001Z",
        "token": token,
        "client": "c",
        "expiration": expiration,
    }
    return httpx.Response(200, json=body)


# -- CsrfState ------------------------------------------------------------------------------


@pytest.mark.parametrize("method", [*WRITES, "post", "delete"])
def test_a_fresh_state_needs_a_token_for_writes(method: str) -> None:
    assert CsrfState().needs_token(method)


@pytest.mark.parametrize("method", ["GET", "HEAD", "OPTIONS", "get"])
def test_reads_never_need_a_token(method: str) -> None:
    assert not CsrfState().needs_token(method)
    assert CsrfState(enabled=True, token="t", expiration=NOW).headers(method) == {}


def test_a_disabled_state_never_needs_a_token() -> None:
    state = CsrfState(enabled=False)
    assert not state.needs_token("POST")
    assert state.headers("POST") == {}


def test_a_token_is_reused_until_shortly_before_it_expires() -> None:
    state = CsrfState(enabled=True, token="t", expiration=NOW + timedelta(hours=1))
    assert not state.needs_token("POST", now=NOW)
    assert not state.needs_token("POST", now=NOW + timedelta(hours=1) - EXPIRY_MARGIN * 2)
    assert state.needs_token("POST", now=NOW + timedelta(hours=1) - EXPIRY_MARGIN / 2)
    assert state.needs_token("POST", now=NOW + timedelta(hours=2))


def test_accept_takes_the_token_and_its_expiration() -> None:
    state = CsrfState()
    assert state.accept(token_answer("abc", "2026-11-24T13:00:00.5Z"))
    assert state.enabled is True
    assert state.token == "abc"
    assert state.expiration == datetime(2026, 11, 24, 13, 0, 0, 500000, tzinfo=UTC)
    assert state.headers("POST") == {TOKEN_HEADER: "abc", CLIENT_HEADER: state.client_id}


def test_accept_reads_an_expiration_without_zone_as_utc() -> None:
    state = CsrfState()
    assert state.accept(token_answer("abc", "2026-11-24T13:00:00"))
    assert state.expiration == datetime(2026, 11, 24, 13, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "response",
    [
        httpx.Response(422, json={"detail": "CSRF protection is disabled."}),
        httpx.Response(404, json={"detail": "Not Found"}),  # a server older than CSRF
    ],
)
def test_accept_turns_csrf_off_when_the_server_does_not_use_it(response: httpx.Response) -> None:
    state = CsrfState(enabled=True, token="old", expiration=NOW)
    assert state.accept(response)
    assert state.enabled is False
    assert not state.needs_token("POST")
    assert state.headers("POST") == {}


@pytest.mark.parametrize(
    "response",
    [
        httpx.Response(500, json={"exception_message": "Internal Server Error"}),
        httpx.Response(503, json={"exception_message": "Service Unavailable"}),
        httpx.Response(422, json={"detail": [{"loc": ["query", "client"], "msg": "missing"}]}),
    ],
)
def test_accept_refuses_other_failures(response: httpx.Response) -> None:
    state = CsrfState()
    assert not state.accept(response)
    assert state.enabled is None
    assert state.needs_token("POST")


@pytest.mark.parametrize(
    "body",
    [{"token": "t"}, {"expiration": "2026-11-24T13:00:00Z"}, {"token": 1, "expiration": "x"}, []],
)
def test_accept_on_a_malformed_token_body_is_a_response_validation_error(body: Any) -> None:
    request = httpx.Request("GET", "http://test/api/csrf-token?client=c")
    with pytest.raises(ResponseValidationError, match="GET /api/csrf-token -> 200"):
        CsrfState().accept(httpx.Response(200, json=body, request=request))


def test_invalidate_forgets_the_token() -> None:
    state = CsrfState(enabled=True, token="t", expiration=NOW + timedelta(hours=1))
    state.invalidate()
    assert state.needs_token("POST", now=NOW)
    assert state.headers("POST") == {}
    assert state.enabled is True


def test_each_state_has_its_own_client_id_and_hides_its_token() -> None:
    one, two = CsrfState(), CsrfState()
    assert one.client_id != two.client_id
    uuid.UUID(one.client_id)
    one.accept(token_answer("very-secret-token"))
    assert "very-secret-token" not in repr(one)


@pytest.mark.parametrize(
    ("status", "body", "expected"),
    [
        (403, {"detail": "Invalid CSRF token or client identifier."}, True),
        (403, {"detail": "Missing CSRF token."}, True),
        (403, {"detail": "Missing client identifier."}, False),
        (403, {"detail": "Not allowed"}, False),
        (401, {"detail": "Invalid CSRF token"}, False),
    ],
)
def test_is_csrf_rejection(status: int, body: Any, expected: bool) -> None:
    assert is_csrf_rejection(httpx.Response(status, json=body)) is expected


# -- the pipeline against an enforcing server -----------------------------------------------


class CsrfProtection:
    """Prefect's CSRF protection as its server applies it, for a MockServer to answer with."""

    def __init__(self, *, enforce: bool = True, lifetime: timedelta = timedelta(hours=1)) -> None:
        self.enforce = enforce
        self.lifetime = lifetime
        self.tokens: dict[str, str] = {}
        self.issued = 0

    def forget_tokens(self) -> None:
        """As after a server restart on a fresh database, or the tokens' expiry."""
        self.tokens.clear()

    def issue(self, request: httpx.Request) -> httpx.Response:
        """GET /csrf-token: a new token for the client, replacing its old one."""
        if not self.enforce:
            return httpx.Response(422, json={"detail": "CSRF protection is disabled."})
        self.issued += 1
        client = request.url.params["client"]
        self.tokens[client] = token = f"tok-{self.issued}"
        expiration = datetime.now(UTC) + self.lifetime
        body = {"token": token, "client": client, "expiration": expiration.isoformat()}
        return httpx.Response(200, json=body)

    def check(self, request: httpx.Request) -> httpx.Response:
        """Any other request: a write needs the client's current token."""
        if self.enforce and request.method in WRITES:
            token = request.headers.get(TOKEN_HEADER)
            client = request.headers.get(CLIENT_HEADER)
            if token is None:
                return httpx.Response(403, json={"detail": "Missing CSRF token."})
            if client is None:
                return httpx.Response(403, json={"detail": "Missing client identifier."})
            if self.tokens.get(client) != token:
                detail = {"detail": "Invalid CSRF token or client identifier."}
                return httpx.Response(403, json=detail)
        return httpx.Response(201 if request.method == "POST" else 200, json={"ok": True})


def csrf_server(
    csrf: CsrfProtection | None = None,
    *,
    token_answers: list[httpx.Response] | None = None,
    **protection: Any,
) -> MockServer:
    """A server applying `csrf` (or a new CsrfProtection(**protection)); `token_answers`
    are given first, instead of a token."""
    csrf = csrf or CsrfProtection(**protection)
    token_route = [*(token_answers or []), csrf.issue]
    return MockServer(routes={("GET", "/csrf-token"): token_route}, default=csrf.check)


def fetches(server: MockServer) -> list[httpx.Request]:
    """The token fetches the server got."""
    return [r for r in server.requests if path_of(r) == "/csrf-token"]


def api_calls(server: MockServer) -> list[httpx.Request]:
    """Everything else it got."""
    return [r for r in server.requests if path_of(r) != "/csrf-token"]


async def test_the_first_write_fetches_a_token_then_sends_both_headers(make_http, sleeps) -> None:
    server = csrf_server()
    http = make_http(server, csrf_enabled=True)
    response = await http.request("POST", "/flows/", json={"name": "etl"})
    assert response.status_code == 201
    client_id = http.http.csrf.client_id
    (fetch,) = fetches(server)
    assert fetch.method == "GET"
    assert str(fetch.url) == f"http://test/api/csrf-token?client={client_id}"
    (write,) = api_calls(server)
    assert write.headers[TOKEN_HEADER] == "tok-1"
    assert write.headers[CLIENT_HEADER] == client_id
    # The next write reuses the token.
    await http.request("POST", "/flows/", json={"name": "other"})
    assert len(fetches(server)) == 1
    assert api_calls(server)[1].headers[TOKEN_HEADER] == "tok-1"
    assert sleeps == []


@pytest.mark.parametrize("method", WRITES)
async def test_every_write_method_carries_the_token(make_http, method: str) -> None:
    server = csrf_server()
    await make_http(server, csrf_enabled=True).request(method, "/flows/x")
    assert len(fetches(server)) == 1
    assert api_calls(server)[0].headers[TOKEN_HEADER] == "tok-1"


async def test_filter_reads_are_posts_and_carry_the_token_too(make_http) -> None:
    # Prefect's middleware checks every POST, including POST /flows/filter (measured).
    server = csrf_server()
    response = await make_http(server, csrf_enabled=True).request("POST", "/flows/filter", json={})
    assert response.status_code == 201
    assert api_calls(server)[0].headers[TOKEN_HEADER] == "tok-1"


async def test_reads_do_not_fetch_a_token(make_http) -> None:
    server = csrf_server()
    http = make_http(server, csrf_enabled=True)
    await http.request("GET", "/flows/x")
    await http.request("GET", "/health")
    assert fetches(server) == []
    await http.request("POST", "/flows/", json={})
    await http.request("GET", "/flows/x")  # a token exists now: still not sent on reads
    assert len(fetches(server)) == 1
    assert TOKEN_HEADER not in api_calls(server)[-1].headers
    assert CLIENT_HEADER not in api_calls(server)[-1].headers


@pytest.mark.parametrize("lifetime", [timedelta(minutes=-5), EXPIRY_MARGIN / 2])
async def test_an_expired_or_expiring_token_is_fetched_again(make_http, lifetime) -> None:
    server = csrf_server(lifetime=lifetime)
    http = make_http(server, csrf_enabled=True)
    await http.request("POST", "/flows/", json={})
    await http.request("POST", "/flows/", json={})
    assert len(fetches(server)) == 2
    assert [c.headers[TOKEN_HEADER] for c in api_calls(server)] == ["tok-1", "tok-2"]


async def test_a_refused_token_is_refreshed_once_and_the_write_retried(make_http, sleeps) -> None:
    csrf = CsrfProtection()
    server = csrf_server(csrf)
    http = make_http(server, csrf_enabled=True)
    await http.request("POST", "/flows/", json={})
    csrf.forget_tokens()  # the server restarted: our token means nothing to it
    response = await http.request("POST", "/flows/", json={"name": "again"})
    assert response.status_code == 201
    assert len(fetches(server)) == 2
    assert [c.headers[TOKEN_HEADER] for c in api_calls(server)] == ["tok-1", "tok-1", "tok-2"]
    assert api_calls(server)[2].content == b'{"name":"again"}'
    assert sleeps == []  # a refresh is not a retry: no wait, no budget


async def test_a_token_refused_again_after_the_refresh_is_permission_denied(
    make_http, sleeps
) -> None:
    csrf = CsrfProtection()
    server = csrf_server(csrf)
    http = make_http(server, csrf_enabled=True)
    csrf.tokens = _Forgetful()  # every token it issues is refused
    with pytest.raises(PermissionDenied) as caught:
        await http.request("POST", "/flows/", json={})
    assert len(fetches(server)) == 2  # the first token, and one refresh
    assert len(api_calls(server)) == 2
    assert "Invalid CSRF token" in str(caught.value)
    assert str(caught.value).startswith("POST /api/flows/ -> 403 Forbidden")


class _Forgetful(dict[str, str]):
    def __setitem__(self, key: str, value: str) -> None:
        pass


async def test_csrf_protection_disabled_turns_fetching_off_for_good(make_http) -> None:
    server = csrf_server(enforce=False)
    http = make_http(server, csrf_enabled=True)
    for _ in range(3):
        assert (await http.request("POST", "/flows/", json={})).status_code == 201
    assert len(fetches(server)) == 1
    assert http.http.csrf.enabled is False
    assert all(TOKEN_HEADER not in c.headers for c in api_calls(server))
    assert len(api_calls(server)) == 3


async def test_a_server_without_the_token_route_turns_fetching_off(make_http) -> None:
    server = csrf_server(enforce=False, token_answers=[httpx.Response(404, json={"detail": "x"})])
    http = make_http(server, csrf_enabled=True)
    await http.request("POST", "/flows/", json={})
    await http.request("DELETE", "/flows/x")
    assert len(fetches(server)) == 1
    assert http.http.csrf.enabled is False


async def test_csrf_support_off_never_fetches(make_http, sleeps) -> None:
    server = csrf_server()
    http = make_http(server, csrf_enabled=False)
    with pytest.raises(PermissionDenied, match=r"Missing CSRF token\."):
        await http.request("POST", "/flows/", json={})
    assert fetches(server) == []
    assert len(api_calls(server)) == 1  # not retried either
    assert TOKEN_HEADER not in api_calls(server)[0].headers
    assert sleeps == []


async def test_a_locked_database_while_fetching_the_token_is_retried(make_http, sleeps) -> None:
    # GET /csrf-token writes the token: on SQLite it can answer 503 "database is locked".
    locked = httpx.Response(503, json={"exception_message": "Service Unavailable"})
    server = csrf_server(token_answers=[locked])
    response = await make_http(server, csrf_enabled=True).request("POST", "/flows/", json={})
    assert response.status_code == 201
    assert len(fetches(server)) == 2
    assert len(api_calls(server)) == 1
    assert sleeps == [0.05]


async def test_a_token_fetch_that_keeps_failing_uses_the_writes_budget(make_http, sleeps) -> None:
    locked = [httpx.Response(503, json={"exception_message": "Service Unavailable"})] * 10
    server = csrf_server(token_answers=locked)
    with pytest.raises(ServerError) as caught:
        await make_http(server, csrf_enabled=True, max_retries=2).request("POST", "/flows/")
    assert len(fetches(server)) == 3
    assert api_calls(server) == []
    assert str(caught.value).startswith("GET /api/csrf-token -> 503")


async def test_a_token_fetch_error_is_raised_without_sending_the_write(make_http, sleeps) -> None:
    broken = httpx.Response(500, json={"exception_message": "Internal Server Error"})
    server = csrf_server(token_answers=[broken])
    with pytest.raises(ServerError, match=r"GET /api/csrf-token -> 500 .*Internal Server Error"):
        await make_http(server, csrf_enabled=True).request("POST", "/flows/")
    assert api_calls(server) == []
    assert sleeps == []


async def test_a_malformed_token_answer_is_a_response_validation_error(make_http) -> None:
    server = csrf_server(token_answers=[httpx.Response(200, json={"tok": "x"})])
    with pytest.raises(ResponseValidationError, match="GET /api/csrf-token -> 200"):
        await make_http(server, csrf_enabled=True).request("POST", "/flows/")
    assert api_calls(server) == []


async def test_a_retried_write_keeps_its_token(make_http, sleeps) -> None:
    answers = iter([httpx.Response(503), httpx.Response(201, json={})])
    writes: list[httpx.Request] = []
    server = csrf_server()

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/csrf-token":
            return server(request)
        writes.append(request)
        return next(answers)

    await make_http(handler, csrf_enabled=True).request("POST", "/flows/", json={})
    assert [w.headers[TOKEN_HEADER] for w in writes] == ["tok-1", "tok-1"]
    assert len(fetches(server)) == 1
    assert sleeps == [0.05]


async def test_unreachable_server_on_the_token_fetch_fails_at_once(make_http, sleeps) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("[Errno 111] Connection refused", request=request)

    with pytest.raises(APIConnectionError, match=r"^POST /api/flows/: no answer"):
        await make_http(refuse, csrf_enabled=True).request("POST", "/flows/")
    assert sleeps == []


async def test_concurrent_first_writes_share_one_token(flavor: str, make_http, sleeps) -> None:
    # Every token fetch replaces the client's token on the server: writes that each fetched
    # their own would refuse one another. Tasks (async) or threads (sync) share one fetch.
    server = csrf_server()
    state = threading.Lock()

    async def over_the_network(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0.002 * random.random())  # other tasks run meanwhile
        return server(request)

    def over_the_network_sync(request: httpx.Request) -> httpx.Response:
        time.sleep(0.002 * random.random())  # other threads run meanwhile
        with state:
            return server(request)

    bodies = [{"n": n} for n in range(10)]
    if flavor == "async":
        http = make_http(over_the_network, csrf_enabled=True)
        results = await asyncio.gather(
            *(http.request("POST", "/flow_runs/", json=body) for body in bodies),
            return_exceptions=True,
        )
    else:
        sync_http = make_http(over_the_network_sync, csrf_enabled=True).http
        with ThreadPoolExecutor(max_workers=10) as pool:
            futures = [
                pool.submit(sync_http.request, "POST", "/flow_runs/", json=body) for body in bodies
            ]
            results = [f.exception() or f.result() for f in futures]
    assert [getattr(r, "status_code", r) for r in results] == [201] * 10
    assert len(fetches(server)) == 1
