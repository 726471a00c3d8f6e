"""The client core every resource method plugs into: construction, lifecycle, the request
plumbing, and the server-level calls (hello, health, version)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from types import TracebackType
from typing import Any, Self, TypeVar
from urllib.parse import quote

import httpx

from prefect_api.api.admin import read_version
from prefect_api.api.root import health_check, hello, perform_readiness_check, server_version
from prefect_api.spec_info import PREFECT_VERSION
from prefect_rest._async.http import AsyncHTTP
from prefect_rest._config import common_defaults, connection_defaults, default_headers
from prefect_rest._core import version_check
from prefect_rest._core.arguments import as_count, optional_count
from prefect_rest._core.locks import new_async_lock
from prefect_rest._core.pagination import (
    SERVER_PAGE_CAP,
    AsyncAnyPageFetcher,
    AsyncPageFetcher,
    OffsetWindows,
    Paging,
    StableWalk,
)
from prefect_rest._core.parse import parse_as, parse_list_of
from prefect_rest._core.retry import RetryPolicy
from prefect_rest._core.server_type import ServerType, as_server_type, server_type_for_url
from prefect_rest._embedded import BASE_URL as EMBEDDED_BASE_URL
from prefect_rest._hosting import AppHost, host_for
from prefect_rest.exceptions import (
    APIUnreachable,
    AsyncContextRequired,
    AuthenticationError,
    ClientClosed,
    PermissionDenied,
    error_for_response,
)
from prefect_rest.settings import Settings, load_settings

T = TypeVar("T")
R = TypeVar("R")

logger = logging.getLogger("prefect_rest")


class HttpxClient(httpx.AsyncClient):
    """httpx's client, as code written for Prefect's client finds it at ``client._client``.

    `enable_csrf_support` is where Prefect's client keeps the CSRF switch. Its request methods
    (``client._client.get(...)`` and the like) raise on an error status, as Prefect's httpx
    client does, with the exception `prefect_rest.exceptions` has for it. The client's own
    methods do not go through these: the pipeline builds and sends requests itself.
    """

    def __init__(self, *, enable_csrf_support: bool, **options: Any) -> None:
        super().__init__(**options)
        self.enable_csrf_support = enable_csrf_support

    async def request(self, *args: Any, **kwargs: Any) -> httpx.Response:
        response = await super().request(*args, **kwargs)
        if response.is_error:
            raise error_for_response(response)
        return response


class ClientCore:
    """The core of the asynchronous client for the Prefect REST API.

    Use it in ``async with``; nested ``async with`` blocks on one client are fine, the
    outermost one closes it. A closed client cannot be entered again.
    """

    def __init__(
        self,
        api: str | Any,
        *,
        auth_string: str | None = None,
        api_key: str | None = None,
        api_version: str | None = None,
        httpx_settings: dict[str, Any] | None = None,
        server_type: ServerType | str | None = None,
        settings: Settings | None = None,
    ) -> None:
        """A client for one Prefect API; it sends nothing until its first request.

        Args:
            api: The API's URL (``http://127.0.0.1:4200/api``), or an ASGI application (the
                Prefect server's app), which then runs in this process.
            auth_string: ``"user:password"``, sent as HTTP basic auth. Credentials, first
                found wins: this, PREFECT_API_AUTH_STRING, `api_key`.
            api_key: Sent as a bearer token (Prefect Cloud). `get_client()` passes
                PREFECT_API_KEY; here it is not read from the settings.
            api_version: The ``X-PREFECT-API-VERSION`` header; by default the API version
                this client was generated for.
            httpx_settings: Keyword arguments for ``httpx.AsyncClient``, winning over
                prefect-rest's defaults (its ``headers`` are added to the client's). The
                dict is not modified.
            server_type: What `api` is when the URL does not tell (a `ServerType` or its
                name). By default an application is EPHEMERAL, a URL under
                PREFECT_CLOUD_API_URL is CLOUD, any other URL SERVER. Prefect Cloud gets no
                CSRF token requests and no version check.
            settings: Replaces the settings read from the environment, the active profile
                and Prefect's settings context (`load_settings()`).

        Raises:
            TypeError: `api` is neither a URL string nor an ASGI application, or
                `server_type` is neither a `ServerType` nor a string.
            ValueError: `server_type` names no server type, or `httpx_settings` has an
                ``app`` as well as an API URL.
            SettingsError: A setting has a malformed value, or HTTP/2 is asked for without
                the ``http2`` extra.
        """
        explicit_type = None if server_type is None else as_server_type(server_type)
        self._settings = settings if settings is not None else load_settings()
        options = dict(httpx_settings or {})  # the caller's dict is never changed
        headers = default_headers(
            self._settings, api_key=api_key, auth_string=auth_string, api_version=api_version
        )
        headers.update(options.pop("headers", None) or {})
        self._host: AppHost | None = None
        if isinstance(api, str):
            if options.get("app") is not None:
                raise ValueError(
                    "httpx_settings['app'] cannot be combined with an API URL: the URL says to "
                    "talk HTTP to a server, `app` to call an application in-process. Pass the "
                    "application as `api` instead, or drop `app`."
                )
            defaults = {
                "base_url": api.rstrip("/"),
                # A `verify` of the caller's (an SSL context, say) is used as given.
                **connection_defaults(self._settings, verify="verify" not in options),
            }
            detected = server_type_for_url(api, self._settings.cloud_api_url)
        elif isinstance(api, AppHost) or callable(api):
            self._host = api if isinstance(api, AppHost) else _host_for_app(api)
            defaults = {
                "base_url": EMBEDDED_BASE_URL,
                **common_defaults(self._settings),
                "transport": self._host.async_transport(),
            }
            detected = ServerType.EPHEMERAL
        else:
            raise TypeError(
                f"Unexpected type {type(api).__name__!r} for argument `api`: expected a URL "
                "string or an ASGI application"
            )
        # A plain attribute, as in Prefect's client: what the client was built for.
        self.server_type: ServerType = explicit_type or detected
        self._client = HttpxClient(
            **{**defaults, **options, "headers": headers},
            # Prefect Cloud does not use CSRF tokens: asking it for one is a wasted request.
            enable_csrf_support=(
                self._settings.csrf_support_enabled and self.server_type != ServerType.CLOUD
            ),
        )
        self._http = AsyncHTTP(
            self._client,
            RetryPolicy.from_settings(self._settings),
            csrf_enabled=self._client.enable_csrf_support,
        )
        # Lifecycle: `_depth` counts the open `async with` blocks; the lock keeps two callers
        # entering at once from starting the client twice.
        self._lifecycle_lock = new_async_lock()
        self._exit_stack = contextlib.AsyncExitStack()
        self._depth = 0
        self._started = False
        self._closed = False

    def __repr__(self) -> str:
        url = self.api_url
        if url.password:  # never show a password embedded in the URL
            url = url.copy_with(username=url.username, password="***")
        where = "embedded server" if self._host else str(url)
        return f"<{type(self).__name__} {where}>"

    @property
    def api_url(self) -> httpx.URL:
        """The base URL every request is relative to.

        Returns:
            The API's URL, e.g. ``http://127.0.0.1:4200/api`` (a password in it is kept:
            the client's repr hides it).
        """
        return self._client.base_url

    # -- lifecycle --------------------------------------------------------------------------

    async def __aenter__(self) -> Self:
        async with self._lifecycle_lock:
            if self._closed:
                raise ClientClosed(
                    f"This {type(self).__name__} cannot be started again after closing: "
                    "create a new client (e.g. with get_client())."
                )
            if self._depth == 0:
                await self._start()
            self._depth += 1
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        async with self._lifecycle_lock:
            if self._depth > 1:  # an inner block: the outermost one closes
                self._depth -= 1
                return
            self._depth = 0
            if self._closed:
                return
            self._closed = True
            await self._exit_stack.__aexit__(exc_type, exc_value, traceback)

    async def _start(self) -> None:
        # One exit stack holds what a started client has open (the in-process app, the httpx
        # client), as Prefect's client does: the outermost exit unwinds it in reverse.
        await self._exit_stack.__aenter__()
        try:
            if self._host is not None:
                await asyncio.to_thread(self._host.acquire)
                self._exit_stack.push_async_callback(self._release_host)
            # Called through the instance (not enter_async_context, which looks the methods up
            # on the type) so a client whose methods were replaced on the instance is honoured.
            await self._client.__aenter__()
            self._exit_stack.push_async_exit(self._client.__aexit__)
        except BaseException:
            # Nothing holds the app if the client never opened: let it go at once.
            await self._exit_stack.aclose()
            raise
        self._started = True

    async def _release_host(self) -> None:
        if self._host is not None:
            await asyncio.to_thread(self._host.release)

    # unasync: begin-remove
    def __enter__(self) -> None:
        raise AsyncContextRequired(
            f"The `{type(self).__name__}` must be entered with an async context: use "
            "`async with get_client() as client:`, or `with get_client(sync_client=True) as "
            "client:` for the synchronous client."
        )

    def __exit__(self, *_: object) -> None:  # pragma: no cover - __enter__ always raises
        return None

    # unasync: end-remove

    # -- plumbing for the resource methods ---------------------------------------------------

    async def _send(self, request: dict[str, Any]) -> httpx.Response:
        """Send a request built by a generated operation's `build_request` (which the caller
        calls itself, so the type checker checks its arguments) through the pipeline."""
        return await self._http.request(**request)

    async def _call(self, request: dict[str, Any], kind: type[T]) -> T:
        """Send a built request and parse its answer as `kind`."""
        return parse_as(await self._send(request), kind)

    async def _call_list(self, request: dict[str, Any], kind: type[T]) -> list[T]:
        """Send a built request and parse its answer as a list of `kind`."""
        return parse_list_of(await self._send(request), kind)

    async def _walk(self, paging: Paging[R, T], fetch: AsyncAnyPageFetcher[R]) -> AsyncIterator[T]:
        """The one loop over pages: ask `fetch` for what `paging` says is next, hand on the
        rows it keeps, until it says the walk is over. One page is held at a time."""
        while (arguments := paging.next_request()) is not None:
            for row in paging.take(await fetch(*arguments)):
                yield row

    async def _read_pages(
        self, fetch: AsyncPageFetcher[T], *, limit: int | None, offset: int
    ) -> list[T]:
        """Exactly `limit` rows from `offset` (or all there are), however many pages that takes.

        limit=None asks for the server's default page, as Prefect's client does.
        """
        # Checked before the first page is asked for: a float, a string or a count no
        # database column holds fails here, naming the argument.
        limit = optional_count(limit, "limit")
        offset = as_count(offset, "offset")
        return [row async for row in self._walk(OffsetWindows[T](limit, offset), fetch)]

    async def _iter_offset_pages(
        self, fetch: AsyncPageFetcher[T], *, page_size: int = SERVER_PAGE_CAP
    ) -> AsyncIterator[T]:
        """Every row, one `limit`/`offset` page in memory at a time, each row once even
        while others insert or delete (within `StableWalk`'s bounds)."""
        async for row in self._walk(StableWalk[T](page_size), fetch):
            yield row

    async def request(
        self,
        method: str,
        path: str,
        params: dict[str, Any] | None = None,
        path_params: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> httpx.Response:
        """Send any request to the API through this client's pipeline (retries, CSRF, auth,
        errors), for routes no method covers.

        ``await client.request("GET", "/flows/{id}", path_params={"id": flow_id})``

        Args:
            method: The HTTP method, e.g. ``"GET"`` (any case).
            path: The path relative to the API URL, starting with ``/``; may hold
                ``{name}`` placeholders for `path_params`.
            params: The query string's parameters.
            path_params: Values for the placeholders of `path`, each quoted as one path
                segment.
            **kwargs: ``json`` (a body to send as JSON), ``content`` (raw bytes or text)
                or ``headers`` (added to the client's).

        Returns:
            The server's response, with a success status.

        Raises:
            TypeError: A keyword argument other than ``json``, ``content`` or ``headers``.
            ValueError: `path` does not start with ``/``.
            APIStatusError: The server answered with an error status (the subclass for
                that status, e.g. `ObjectNotFound` for 404), after any retries.
            APIConnectionError: No answer from the server, after any retries.
        """
        unknown = set(kwargs) - {"json", "content", "headers"}
        if unknown:
            raise TypeError(f"request() got unexpected keyword arguments: {sorted(unknown)}")
        if not path.startswith("/"):
            raise ValueError(f"path must start with '/', relative to the API URL: {path!r}")
        if path_params:
            # Quoted like the generated endpoints quote theirs: one path segment per value.
            path = path.format(**{k: quote(str(v), safe="") for k, v in path_params.items()})
        return await self._http.request(method.upper(), path, params=params, **kwargs)

    # -- server ------------------------------------------------------------------------------

    async def hello(self) -> httpx.Response:
        """Say hello to the server (``GET /hello``).

        Returns:
            The server's response: ``(await client.hello()).json() == "👋"``.

        Raises:
            APIError: The server could not be reached or answered with an error status.
        """
        return await self._send(hello.build_request())

    async def api_healthcheck(self) -> Exception | None:
        """Ask the server's health check (``GET /health``); never raises.

        One attempt, on the client's httpx client (`client._client.get`, as Prefect's
        client sends it): a health check says how the server is now, so it is not retried.

        Returns:
            None if the server answered its health check, else the exception: an error
            status as its `prefect_rest.exceptions` error, a connection failure as httpx's.
        """
        try:
            await self._client.get(health_check.PATH)
        except Exception as error:
            return error
        return None

    async def api_readiness(self) -> Exception | None:
        """Ask whether the server is ready: its database answers (``GET /ready``).

        Never raises. Sent through the pipeline, so it is retried like any request.

        Returns:
            None if the server says it is ready, else the exception: a server that is up
            but not ready answers 503, which comes back (after the retries) as a
            `ServerError`.
        """
        try:
            await self._send(perform_readiness_check.build_request())
        except Exception as error:
            return error
        return None

    async def server_api_version(self) -> str:
        """The REST API version the server speaks, from ``GET /version``.

        Returns:
            The version, e.g. ``"0.8.4"``.

        Raises:
            APIError: The server could not be reached or answered with an error status.
        """
        return await self._call(server_version.build_request(), str)

    async def api_version(self) -> str:
        """The Prefect version the server runs, from ``GET /admin/version``.

        Returns:
            The version, e.g. ``"3.8.8"``.

        Raises:
            APIError: The server could not be reached or answered with an error status.
        """
        return await self._call(read_version.build_request(), str)

    def client_version(self) -> str:
        """The Prefect version this client was generated against: the server API it speaks.

        Returns:
            The version, e.g. ``"3.8.8"``; no request is sent.
        """
        return PREFECT_VERSION

    async def raise_for_api_version_mismatch_once(self) -> None:
        """`raise_for_api_version_mismatch()`, once per API URL in this process.

        Only a passed check is remembered; after a failure the next call asks again.
        Prefect Cloud is not checked.

        Raises:
            APIVersionMismatch: The server runs another major Prefect version.
            APIUnreachable: The server could not be asked for its version.
            AuthenticationError: The server refused the credentials (401).
            PermissionDenied: The server refused the credentials (403).
        """
        if self.server_type == ServerType.CLOUD:
            return
        url, ours = str(self.api_url), self.client_version()
        if version_check.is_checked(url, ours):
            return
        await self.raise_for_api_version_mismatch()
        version_check.mark_checked(url, ours)

    async def raise_for_api_version_mismatch(self) -> None:
        """Fail unless the server runs the same major Prefect version as `client_version()`.

        An older server is logged as a warning (logger "prefect_rest"): newer endpoints and
        fields may be missing there. Prefect Cloud is not checked: it is always compatible.

        Raises:
            APIVersionMismatch: The server runs another major Prefect version (a
                RuntimeError, with Prefect's wording).
            APIUnreachable: The server could not be asked for its version (a RuntimeError,
                "Failed to reach API at <url>", credentials left out; the cause is chained).
            AuthenticationError: The server refused the credentials (401).
            PermissionDenied: The server refused the credentials (403).
        """
        if self.server_type == ServerType.CLOUD:
            return
        try:
            server = await self.api_version()
        except (AuthenticationError, PermissionDenied):
            raise  # the server answered: the credentials are the problem, not the address
        except Exception as error:
            raise APIUnreachable(self.api_url, error) from error
        warning = version_check.compare_versions(server, self.client_version())
        if warning is not None:
            logger.warning(warning)


def _host_for_app(app: Any) -> AppHost:
    return host_for(app, lambda: app, name="prefect-rest-app")
