"""The client core every resource method plugs into: construction, lifecycle, the request
plumbing, and the server-level calls (hello, health, version)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from types import ModuleType, TracebackType
from typing import Any, Self, TypeVar
from urllib.parse import quote

import httpx

from prefect_api.api.admin import read_version
from prefect_api.api.root import health_check, hello, perform_readiness_check, server_version
from prefect_api.spec_info import PREFECT_VERSION
from prefect_rest._async.http import AsyncHTTP
from prefect_rest._config import common_defaults, connection_defaults, default_headers
from prefect_rest._core import version_check
from prefect_rest._core.arguments import optional_count
from prefect_rest._core.locks import new_async_lock
from prefect_rest._core.pagination import (
    SERVER_PAGE_CAP,
    AsyncPageFetcher,
    StableWalk,
    page_windows,
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

    `api` is the API's URL (``http://127.0.0.1:4200/api``) or an ASGI application (the
    Prefect server's app), which then runs in this process. Use it in ``async with``; nested
    ``async with`` blocks on one client are fine, the outermost one closes it.

    `auth_string` (``"user:password"``, sent as HTTP basic auth) wins over `api_key` (sent as
    a bearer token); without either, PREFECT_API_AUTH_STRING applies. `server_type` says what
    `api` is when the URL does not tell (`ServerType`; by default an application is
    EPHEMERAL, a URL under PREFECT_CLOUD_API_URL is CLOUD, any other URL SERVER): Prefect
    Cloud gets no CSRF token requests and no version check. `httpx_settings` are passed to
    `httpx.AsyncClient` and win over prefect-rest's defaults. `settings` replaces the settings
    read from the environment, the active profile and Prefect's settings context.
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
        """The base URL every request is relative to."""
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

    async def _request(self, operation: ModuleType, *args: Any, **kwargs: Any) -> httpx.Response:
        """Send one generated operation's request through the pipeline."""
        return await self._http.request(**operation.build_request(*args, **kwargs))

    async def _call(self, operation: ModuleType, kind: type[T], *args: Any, **kwargs: Any) -> T:
        """Send an operation and parse its answer as `kind`."""
        return parse_as(operation, await self._request(operation, *args, **kwargs), kind)

    async def _call_list(
        self, operation: ModuleType, kind: type[T], *args: Any, **kwargs: Any
    ) -> list[T]:
        """Send an operation and parse its answer as a list of `kind`."""
        return parse_list_of(operation, await self._request(operation, *args, **kwargs), kind)

    async def _read_pages(
        self, fetch: AsyncPageFetcher[T], *, limit: int | None, offset: int
    ) -> list[T]:
        """Exactly `limit` rows from `offset` (or all there are), however many pages that takes.

        limit=None asks for the server's default page, as Prefect's client does.
        """
        # Checked before the first page is asked for: a float, a string or a count no
        # database column holds fails here, naming the argument.
        limit = optional_count(limit, "limit")
        offset = optional_count(offset, "offset")  # type: ignore[assignment]
        if limit is None:
            return await fetch(None, offset)
        rows: list[T] = []
        for page_limit, page_offset in page_windows(limit, offset):
            page = await fetch(page_limit, page_offset)
            rows.extend(page)
            if len(page) < page_limit:
                break
        return rows

    async def _iter_offset_pages(
        self, fetch: AsyncPageFetcher[T], *, page_size: int = SERVER_PAGE_CAP
    ) -> AsyncIterator[T]:
        """Every row, one `limit`/`offset` page in memory at a time, each row once even
        while others insert or delete (within `StableWalk`'s bounds)."""
        walk: StableWalk[T] = StableWalk(page_size)
        while not walk.done:
            for row in walk.take(await fetch(walk.limit, walk.offset)):
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
        errors), for routes no method covers: ``request("GET", "/flows/{id}",
        path_params={"id": flow_id})``. `kwargs` are ``json``, ``content`` or ``headers``.

        Returns the response; an error status raises from `prefect_rest.exceptions`.
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
        """Say hello to the server: ``(await client.hello()).json() == "👋"``."""
        return await self._request(hello)

    async def api_healthcheck(self) -> Exception | None:
        """None if the server answers its health check, else the exception (never raises).

        One attempt, on the client's httpx client (`client._client.get`, as Prefect's
        client sends it): a health check says how the server is now, so it is not retried.
        An error status comes back as its `prefect_rest.exceptions` error, a connection
        failure as httpx's.
        """
        try:
            await self._client.get(health_check.PATH)
        except Exception as error:
            return error
        return None

    async def api_readiness(self) -> Exception | None:
        """None if the server says it is ready (its database answers), else the exception.

        Never raises: a server that is up but not ready answers 503, which comes back here
        (after the pipeline's retries) as a `ServerError`.
        """
        try:
            await self._request(perform_readiness_check)
        except Exception as error:
            return error
        return None

    async def server_api_version(self) -> str:
        """The REST API version the server speaks (e.g. ``"0.8.4"``), from ``GET /version``."""
        return parse_as(server_version, await self._request(server_version), str)

    async def api_version(self) -> str:
        """The Prefect version the server runs (e.g. ``"3.8.8"``)."""
        return parse_as(read_version, await self._request(read_version), str)

    def client_version(self) -> str:
        """The Prefect version this client was generated against: the server API it speaks."""
        return PREFECT_VERSION

    async def raise_for_api_version_mismatch_once(self) -> None:
        """`raise_for_api_version_mismatch()`, once per API URL in this process.

        Only a passed check is remembered; after a failure the next call asks again.
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
        fields may be missing there. A server that cannot be reached is a RuntimeError
        ("Failed to reach API at <url>", credentials left out; the cause is chained); one that
        refuses the credentials raises its `AuthenticationError`/`PermissionDenied`. Prefect
        Cloud is not checked: it is always compatible.
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
