"""One scripted Prefect API for the unit tests, served through an httpx.MockTransport.

A test says what the server answers, then reads back every request it got. Answers are
given, checked in this order:

* in order: ``MockServer(a, b, c)`` answers the first request with ``a``, the second with
  ``b``, ..., whatever they ask for;
* by route: ``MockServer(routes={("POST", "/flows/filter"): [a, b]})`` or
  ``server.route("POST", "/flows/filter", a, b)``: the requests to that method and path
  get that route's answers in order, and the last one again and again;
* by default: ``MockServer(default=a)`` answers whatever nothing else does.

A request that nothing answers fails the test with an AssertionError naming it.

An answer is an ``httpx.Response`` (sent as a fresh copy each time: a client takes over the
stream of the response it gets), a function of the request that returns one, or an
exception (an instance, or a class built with the request, as a transport raises it).

Paths are the ones the API sees: relative to the API root (``/api`` is taken off), still
percent-encoded, without the query string.

The same server serves the async and the sync client: MockTransport handles both.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeAlias

import httpx

Answer: TypeAlias = (
    httpx.Response | Callable[[httpx.Request], httpx.Response] | BaseException | type[BaseException]
)
Route: TypeAlias = tuple[str, str]

#: Where the API lives on the mock host, as the clients under test are told.
API_PREFIX = "/api"
#: A runaway retry or paging loop fails the test instead of hanging it.
MAX_REQUESTS = 10_000


def json_of(request: httpx.Request) -> Any:
    """The JSON body a request sent, or None when it sent no body."""
    return json.loads(request.content) if request.content else None


def path_of(request: httpx.Request, prefix: str = API_PREFIX) -> str:
    """The request's path below the API root, percent-encoded, without the query."""
    path = request.url.raw_path.decode("ascii").partition("?")[0]
    return path.removeprefix(prefix)


def reply(
    body: Any = None,
    status: int = 200,
    *,
    text: str | None = None,
    headers: Mapping[str, str] | None = None,
) -> httpx.Response:
    """An answer: `body` as JSON (no body for None), or `text` as it is."""
    if text is not None:
        return httpx.Response(status, text=text, headers=headers)
    if body is None:
        return httpx.Response(status, headers=headers)
    return httpx.Response(status, json=body, headers=headers)


class MockServer:
    """A MockTransport handler that answers as scripted and records every request."""

    def __init__(
        self,
        *answers: Answer,
        routes: Mapping[Route, Answer | Sequence[Answer]] | None = None,
        default: Answer | None = None,
        prefix: str = API_PREFIX,
    ) -> None:
        self.in_order = list(answers)
        self.routes: dict[Route, list[Answer]] = {}
        self.served: dict[Route, int] = {}
        self.default = default
        self.prefix = prefix
        self.requests: list[httpx.Request] = []
        for (method, path), route_answers in (routes or {}).items():
            if isinstance(route_answers, Sequence):
                self.route(method, path, *route_answers)
            else:
                self.route(method, path, route_answers)

    def route(self, method: str, path: str, *answers: Answer) -> None:
        """Add answers for `method path` (a path below the API root)."""
        if not answers:
            raise ValueError(f"route {method} {path}: no answers given")
        self.routes.setdefault((method, path), []).extend(answers)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        # A copy: a client may send the same Request object again with other headers.
        self.requests.append(
            httpx.Request(
                request.method,
                request.url,
                headers=request.headers,
                content=request.content,
                extensions=request.extensions,
            )
        )
        assert len(self.requests) <= MAX_REQUESTS, "runaway loop: too many requests"
        return self._give(self._answer_for(request), request)

    def _answer_for(self, request: httpx.Request) -> Answer:
        if self.in_order:
            return self.in_order.pop(0)
        key = (request.method, path_of(request, self.prefix))
        answers = self.routes.get(key)
        if answers:
            served = self.served.get(key, 0)
            self.served[key] = served + 1
            return answers[min(served, len(answers) - 1)]
        if self.default is not None:
            return self.default
        raise AssertionError(f"unexpected request {request.method} {request.url}")

    @staticmethod
    def _give(answer: Answer, request: httpx.Request) -> httpx.Response:
        if isinstance(answer, BaseException):
            raise answer
        if isinstance(answer, type):
            if issubclass(answer, httpx.RequestError):
                raise answer("scripted failure", request=request)
            raise answer("scripted failure")
        if isinstance(answer, httpx.Response):
            try:
                content = answer.content
            except httpx.ResponseNotRead:  # a streamed answer can be sent once only
                return answer
            return httpx.Response(answer.status_code, headers=answer.headers, content=content)
        return answer(request)

    # -- what the server got ----------------------------------------------------------------

    def calls(self) -> list[tuple[str, str]]:
        """(method, path) of every request, in order."""
        return [(r.method, path_of(r, self.prefix)) for r in self.requests]

    def paths(self) -> list[str]:
        """The path of every request, in order."""
        return [path for _, path in self.calls()]

    def bodies(self, method: str | None = None, path: str | None = None) -> list[Any]:
        """The JSON body of every request (None where it sent none), or of those to
        `method path` only."""
        return [
            json_of(r)
            for r in self.requests
            if (method is None or r.method == method)
            and (path is None or path_of(r, self.prefix) == path)
        ]

    def body(self, method: str, path: str) -> Any:
        """The JSON body of the one request to `method path` (fails unless there is one)."""
        bodies = self.bodies(method, path)
        assert len(bodies) == 1, f"{len(bodies)} requests to {method} {path}, not 1"
        return bodies[0]
