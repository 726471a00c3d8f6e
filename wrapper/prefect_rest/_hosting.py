"""Run an ASGI app (the Prefect server) in-process, on a private event-loop thread.

The app lives on one background loop no matter who calls it: the async client from any
event loop, the sync client from any thread. Its lifespan (database, services) starts
with the first client that needs it and stops when the last one closes.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading
import time
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

import httpx

from prefect_rest.exceptions import ClientNotOpen, EmbeddedServerUnavailable

ASGIApp = Callable[..., Any]
T = TypeVar("T")

STARTUP_TIMEOUT = 120.0  # a first start migrates a fresh database: seconds, not milliseconds
SHUTDOWN_TIMEOUT = 30.0


class AppHost:
    """One ASGI app on a loop thread, reference-counted across the clients that use it."""

    def __init__(
        self,
        make_app: Callable[[], ASGIApp],
        *,
        name: str,
        on_started: Callable[[], None] | None = None,
    ) -> None:
        self._make_app = make_app
        self._on_started = on_started
        self.name = name
        self._lock = threading.Lock()
        self._users = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._lifespan: Any = None
        self._transport: httpx.ASGITransport | None = None
        self.started_in: float | None = None

    @property
    def running(self) -> bool:
        return self._transport is not None

    def acquire(self) -> None:
        """Start the app if this is its first user (blocks until it answers)."""
        with self._lock:
            if self._users == 0:
                self._start()
            self._users += 1

    def release(self) -> None:
        """Stop the app when its last user leaves."""
        with self._lock:
            if self._users == 0:
                raise RuntimeError(f"{self.name} released more often than acquired")
            self._users -= 1
            if self._users == 0:
                self._stop()

    # -- the transports clients use ---------------------------------------------------------

    def async_transport(self) -> httpx.AsyncBaseTransport:
        return _HostedAsyncTransport(self)

    def sync_transport(self) -> httpx.BaseTransport:
        return _HostedSyncTransport(self)

    def submit(self, coroutine: Coroutine[Any, Any, T]) -> concurrent.futures.Future[T]:
        if self._loop is None:
            coroutine.close()
            raise ClientNotOpen(
                f"{self.name} is not running: use the client inside `with`/`async with`"
            )
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop)

    async def handle(self, request: httpx.Request) -> httpx.Response:
        """Runs on the host loop: pass one request to the app, read the whole answer."""
        assert self._transport is not None
        response = await self._transport.handle_async_request(request)
        try:
            # Raw bytes: the headers (Content-Encoding) travel with them, and the calling
            # client decodes once, as it would over a socket.
            body = b"".join([chunk async for chunk in response.aiter_raw()])
        finally:
            await response.aclose()
        return httpx.Response(
            status_code=response.status_code,
            headers=response.headers,
            content=body,
            extensions=response.extensions,
        )

    # -- lifecycle --------------------------------------------------------------------------

    def _start(self) -> None:
        started = time.perf_counter()
        loop = asyncio.new_event_loop()
        thread = threading.Thread(target=loop.run_forever, name=f"{self.name}-loop", daemon=True)
        thread.start()
        self._loop, self._thread = loop, thread
        try:
            asyncio.run_coroutine_threadsafe(self._startup(), loop).result(STARTUP_TIMEOUT)
        except BaseException:
            self._stop_loop()
            raise
        self.started_in = time.perf_counter() - started

    async def _startup(self) -> None:
        try:
            from asgi_lifespan import LifespanManager
        except ImportError as error:
            raise EmbeddedServerUnavailable(
                "Running an ASGI app in this process (PrefectClient(app), or "
                "PREFECT_REST_LOCAL_SERVER=in-process) needs asgi-lifespan, part of the "
                f"`server` extra: pip install 'prefect-rest[server]'. ({error})"
            ) from error

        app = self._make_app()
        lifespan = LifespanManager(app, startup_timeout=STARTUP_TIMEOUT, shutdown_timeout=None)
        await lifespan.__aenter__()
        self._lifespan = lifespan
        # raise_app_exceptions=False: an error inside the app becomes the 500/503 answer a
        # real server would send (SQLite "database is locked" -> 503, which we retry)
        # instead of an exception thrown into the client.
        self._transport = httpx.ASGITransport(app=lifespan.app, raise_app_exceptions=False)
        if self._on_started is not None:
            self._on_started()

    def _stop(self) -> None:
        try:
            self.submit(self._shutdown()).result(SHUTDOWN_TIMEOUT)
        finally:
            self._stop_loop()

    async def _shutdown(self) -> None:
        self._transport = None
        lifespan, self._lifespan = self._lifespan, None
        if lifespan is not None:
            await services_started(SHUTDOWN_TIMEOUT)
            await lifespan.__aexit__(None, None, None)

    def _stop_loop(self) -> None:
        loop, thread = self._loop, self._thread
        self._loop = self._thread = None
        if loop is None or thread is None:
            return
        asyncio.run_coroutine_threadsafe(_cancel_leftovers(), loop).result(SHUTDOWN_TIMEOUT)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(SHUTDOWN_TIMEOUT)
        loop.close()


async def services_started(within: float) -> None:
    """Wait until the server's background services are past their startup.

    Prefect 3.8.8's ReactiveTriggers service fails its own stop() with "Reactive triggers not
    started" when stopped before start() finished loading automations (tens of ms after the
    lifespan returns). A client that says hello and closes would hit it, so wait for it.
    """
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        pending = [
            service
            for task in asyncio.all_tasks()
            if (service := _service_of(task)) is not None
            and hasattr(service, "consumer_task")
            and service.consumer_task is None
            and not task.done()
        ]
        if not pending:
            return
        await asyncio.sleep(0.01)


def _service_of(task: asyncio.Task[Any]) -> Any:
    frame = getattr(task.get_coro(), "cr_frame", None)
    if frame is None or frame.f_code.co_name != "start":
        return None
    return frame.f_locals.get("self")


async def _cancel_leftovers() -> None:
    current = asyncio.current_task()
    leftovers = [task for task in asyncio.all_tasks() if task is not current]
    for task in leftovers:
        task.cancel()
    await asyncio.gather(*leftovers, return_exceptions=True)


def _read_timeout(request: httpx.Request) -> float | None:
    """The request's read timeout (PREFECT_API_REQUEST_TIMEOUT, or the caller's httpx one).

    httpx enforces its timeouts on sockets; an in-process app has none, so the hosted
    transports enforce the read timeout themselves: the whole answer must arrive within it.
    """
    timeout = request.extensions.get("timeout")
    read = timeout.get("read") if isinstance(timeout, dict) else None
    return float(read) if isinstance(read, int | float) else None


class _HostedAsyncTransport(httpx.AsyncBaseTransport):
    def __init__(self, host: AppHost) -> None:
        self._host = host

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        future = self._host.submit(self._host.handle(request))
        try:
            return await asyncio.wait_for(asyncio.wrap_future(future), _read_timeout(request))
        except TimeoutError:
            future.cancel()
            raise httpx.ReadTimeout(
                f"no answer from the in-process server within {_read_timeout(request)} s",
                request=request,
            ) from None


class _HostedSyncTransport(httpx.BaseTransport):
    def __init__(self, host: AppHost) -> None:
        self._host = host

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        future = self._host.submit(self._host.handle(request))
        try:
            return future.result(timeout=_read_timeout(request))
        except concurrent.futures.TimeoutError:
            future.cancel()
            raise httpx.ReadTimeout(
                f"no answer from the in-process server within {_read_timeout(request)} s",
                request=request,
            ) from None


_hosts: dict[int, AppHost] = {}
_hosts_lock = threading.Lock()


def host_for(
    key: Any,
    make_app: Callable[[], ASGIApp],
    *,
    name: str,
    on_started: Callable[[], None] | None = None,
) -> AppHost:
    """The one host per app (or per key) in this process, shared by every client."""
    with _hosts_lock:
        host = _hosts.get(id(key))
        if host is None:
            host = _hosts[id(key)] = AppHost(make_app, name=name, on_started=on_started)
        return host
