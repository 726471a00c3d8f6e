"""The client core every resource method plugs into: construction, lifecycle, the request
plumbing, and the server-level calls (hello, health, version)."""

from __future__ import annotations

import asyncio
import warnings
from collections.abc import AsyncIterator
from types import ModuleType, TracebackType
from typing import Any, Self, TypeVar
from urllib.parse import quote

import httpx

from prefect_api.api.admin import read_version
from prefect_api.api.root import health_check, hello, perform_readiness_check, server_version
from prefect_api.spec_info import PREFECT_VERSION
from prefect_rest._async.http import AsyncHTTP
from prefect_rest._config import connection_defaults, default_headers, parse_version
from prefect_rest._core.pagination import (
    SERVER_PAGE_CAP,
    AsyncNumberedPageFetcher,
    AsyncPageFetcher,
    page_windows,
)
from prefect_rest._core.parse import parse_as, parse_list_of
from prefect_rest._core.retry import RetryPolicy
from prefect_rest._embedded import BASE_URL as EMBEDDED_BASE_URL
from prefect_rest._hosting import AppHost, host_for
from prefect_rest.settings import Settings, load_settings

T = TypeVar("T")


class ClientCore:
    """The core of the asynchronous client for the Prefect REST API.

    `api` is the API's URL (``http://127.0.0.1:4200/api``) or an ASGI application (the
    Prefect server's app), which then runs in this process. Use it in ``async with``.
    `httpx_settings` are passed to `httpx.AsyncClient` and win over prefect-rest's defaults.
    """

    def __init__(
        self,
        api: str | Any,
        *,
        api_key: str | None = None,
        api_version: str | None = None,
        httpx_settings: dict[str, Any] | None = None,
        settings: Settings | None = None,
    ) -> None:
        self._settings = settings if settings is not None else load_settings()
        options = dict(httpx_settings or {})  # the caller's dict is never changed
        headers = default_headers(self._settings, api_key=api_key, api_version=api_version)
        headers.update(options.pop("headers", None) or {})
        self._host: AppHost | None = None
        if isinstance(api, str):
            if options.get("app") is not None:
                raise ValueError(
                    "httpx_settings['app'] cannot be combined with an API URL: the URL says to "
                    "talk HTTP to a server, `app` to call an application in-process. Pass the "
                    "application as `api` instead, or drop `app`."
                )
            defaults = {"base_url": api.rstrip("/"), **connection_defaults(self._settings)}
        elif isinstance(api, AppHost) or callable(api):
            self._host = api if isinstance(api, AppHost) else _host_for_app(api)
            defaults = {
                "base_url": EMBEDDED_BASE_URL,
                "timeout": httpx.Timeout(self._settings.request_timeout),
                "transport": self._host.async_transport(),
            }
        else:
            raise TypeError(
                f"Unexpected type {type(api).__name__!r} for argument `api`: expected a URL "
                "string or an ASGI application"
            )
        self._client = httpx.AsyncClient(**{**defaults, **options, "headers": headers})
        self._http = AsyncHTTP(
            self._client,
            RetryPolicy.from_settings(self._settings),
            csrf_enabled=self._settings.csrf_support_enabled,
        )
        self._started = False
        self._closed = False
        self._version_checked = False

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
        if self._closed:
            raise RuntimeError(
                f"This {type(self).__name__} has been closed and cannot be started again: "
                "create a new client (e.g. with get_client())."
            )
        if self._started:
            raise RuntimeError(
                f"This {type(self).__name__} is already started: enter its context once, or "
                "create one client per context."
            )
        self._started = True
        if self._host is not None:
            await asyncio.to_thread(self._host.acquire)
        await self._client.__aenter__()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        self._closed = True
        try:
            await self._client.__aexit__(exc_type, exc_value, traceback)
        finally:
            if self._host is not None:
                await asyncio.to_thread(self._host.release)

    # unasync: begin-remove
    def __enter__(self) -> None:
        raise RuntimeError(
            f"{type(self).__name__} is asynchronous: use `async with get_client() as client:`, or "
            "`with get_client(sync_client=True) as client:` for the synchronous client."
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
        """Every row, one `limit`/`offset` page in memory at a time.

        Rows inserted or deleted ahead of the cursor while iterating can shift the pages
        (the server has no snapshot); for a stable walk give a sort on an immutable field.
        """
        offset = 0
        while True:
            page = await fetch(page_size, offset)
            for row in page:
                yield row
            if len(page) < page_size:
                return
            offset += len(page)

    async def _iter_numbered_pages(
        self, fetch: AsyncNumberedPageFetcher[T], *, page_size: int = SERVER_PAGE_CAP
    ) -> AsyncIterator[T]:
        """Every row through a server ``/paginate`` endpoint (page numbers from 1)."""
        page_number = 1
        while True:
            rows, pages = await fetch(page_number, page_size)
            for row in rows:
                yield row
            if not rows or page_number >= pages:
                return
            page_number += 1

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
        """None if the server answers its health check, else the exception (never raises)."""
        try:
            await self._request(health_check)
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
        """The Prefect server version this client was generated against."""
        return PREFECT_VERSION

    async def raise_for_api_version_mismatch_once(self) -> None:
        """`raise_for_api_version_mismatch()`, run once per client: later calls return at once."""
        if self._version_checked:
            return
        await self.raise_for_api_version_mismatch()
        self._version_checked = True

    async def raise_for_api_version_mismatch(self) -> None:
        """Fail on a server of another major version; warn on an older one.

        A newer server of the same major version is fine: clients ignore fields and enum
        values they do not know.
        """
        server = await self.api_version()
        ours = parse_version(PREFECT_VERSION)
        theirs = parse_version(server)
        if theirs[0] != ours[0]:
            raise RuntimeError(
                f"Found incompatible versions: the server runs Prefect {server}, this client "
                f"speaks to Prefect {ours[0]}.x (generated from {PREFECT_VERSION})."
            )
        if theirs < ours:
            warnings.warn(
                f"The server runs Prefect {server}, older than {PREFECT_VERSION} which this "
                "client was generated from: newer endpoints and fields may be missing.",
                stacklevel=2,
            )


def _host_for_app(app: Any) -> AppHost:
    return host_for(app, lambda: app, name="prefect-rest-app")
