"""A small fault-injecting HTTP/1.1 proxy on 127.0.0.1, for the live fault tests.

It sits between a client and a real server (a uvicorn Prefect server) and forwards each
request on a fresh upstream connection, except that requests matching a rule get a fault:

* ``reset``: forward the request, let the server answer, send the client half of the
  answer, then reset the connection (RST): the server applied the request, the client
  cannot know it.
* ``delay``: forward the request, then hold the answer for ``seconds`` before sending it
  (a client timeout shorter than that gives up; the server applied the request).
* ``garbage``: forward the request, then answer with bytes that are not HTTP.
* ``close_after_headers``: forward the request, send the answer's status line and headers,
  then close the connection before the body.
* ``drop``: close the connection without forwarding the request: nothing reaches the
  server (the client sees the server hang up without an answer).
  With ``every`` set, only every Nth matching request is dropped (1st, N+1th, ...).

Every request the proxy sees is recorded (`requests`), with the fault it got, so a test
can count attempts exactly. The proxy runs on its own thread and stops when told (and by
itself after ``lifetime`` seconds at the latest).
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

HOST = "127.0.0.1"
MODES = frozenset({"reset", "delay", "garbage", "close_after_headers", "drop"})
_MAX_HEAD = 64 * 1024


@dataclass
class Rule:
    """Fault `mode` for requests whose method and path match, `times` of them (None: all)."""

    mode: str
    method: str | None = None
    path: str | None = None  # matched against the request path (without the query)
    path_endswith: bool = False
    times: int | None = None
    every: int = 1  # with every=N, only every Nth matching request gets the fault
    seconds: float = 0.0  # for "delay"
    matched: int = 0

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ValueError(f"unknown fault mode {self.mode!r}: one of {sorted(MODES)}")
        if self.every < 1:
            raise ValueError("every must be >= 1")

    def matches(self, method: str, path: str) -> bool:
        if self.method is not None and method != self.method:
            return False
        if self.path is not None:
            hit = path.endswith(self.path) if self.path_endswith else path == self.path
            if not hit:
                return False
        return True


@dataclass
class Seen:
    """One request the proxy received: its method, path, and the fault it got (or None)."""

    method: str
    path: str
    fault: str | None


@dataclass
class FaultProxy:
    upstream_port: int
    lifetime: float = 120.0
    rules: list[Rule] = field(default_factory=list)
    requests: list[Seen] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._deadline = time.monotonic() + self.lifetime
        self._listener = socket.create_server((HOST, 0))
        self._listener.settimeout(0.05)
        self.port: int = self._listener.getsockname()[1]
        self._threads: list[threading.Thread] = []
        self._start(self._accept)

    @property
    def api_url(self) -> str:
        return f"http://{HOST}:{self.port}/api"

    def add(self, rule: Rule) -> Rule:
        with self._lock:
            self.rules.append(rule)
        return rule

    def clear(self) -> None:
        with self._lock:
            self.rules.clear()
            self.requests.clear()

    def attempts(self, method: str, path: str, *, endswith: bool = False) -> int:
        """How many requests with this method and path the proxy received."""
        with self._lock:
            return sum(
                1
                for seen in self.requests
                if seen.method == method
                and (seen.path.endswith(path) if endswith else seen.path == path)
            )

    def stop(self) -> None:
        self._stop.set()
        for thread in list(self._threads):
            thread.join(timeout=5)

    # -- internals --------------------------------------------------------------------------

    def _start(self, target: object, *args: object) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)  # type: ignore[arg-type]
        self._threads.append(thread)
        thread.start()

    def _stopping(self) -> bool:
        return self._stop.is_set() or time.monotonic() > self._deadline

    def _accept(self) -> None:
        with self._listener:
            while not self._stopping():
                try:
                    conn, _ = self._listener.accept()
                except TimeoutError:
                    continue
                self._start(self._serve, conn)

    def _fault_for(self, method: str, path: str) -> Rule | None:
        with self._lock:
            for rule in self.rules:
                if not rule.matches(method, path):
                    continue
                if rule.times is not None and rule.matched >= rule.times * rule.every:
                    continue
                rule.matched += 1
                return rule if (rule.matched - 1) % rule.every == 0 else None
            return None

    def _record(self, method: str, path: str, fault: str | None) -> None:
        with self._lock:
            self.requests.append(Seen(method, path, fault))

    def _serve(self, conn: socket.socket) -> None:
        conn.settimeout(0.05)
        buffer = b""
        with conn:
            while not self._stopping():
                request, buffer = self._read_request(conn, buffer)
                if request is None:
                    return
                method, path, raw = request
                rule = self._fault_for(method, path)
                if rule is not None and rule.mode == "drop":
                    self._record(method, path, "drop")
                    return
                self._record(method, path, rule.mode if rule else None)
                answer = self._forward(raw)
                if answer is None:
                    return
                if not self._answer(conn, answer, rule):
                    return

    def _read_request(
        self, conn: socket.socket, buffer: bytes
    ) -> tuple[tuple[str, str, bytes] | None, bytes]:
        """The next whole request on `conn` (method, path, bytes), or None when it closed."""
        while not self._stopping():
            end = buffer.find(b"\r\n\r\n")
            if end >= 0:
                head = buffer[:end].decode("latin-1")
                method, target = head.split(" ", 2)[:2]
                path = target.split("?", 1)[0]
                length = 0
                for line in head.split("\r\n")[1:]:
                    name, _, value = line.partition(":")
                    if name.strip().lower() == "content-length":
                        length = int(value)
                if len(buffer) >= end + 4 + length:
                    raw = buffer[: end + 4 + length]
                    return (method, path, raw), buffer[end + 4 + length :]
            elif len(buffer) > _MAX_HEAD:
                return None, b""
            try:
                chunk = conn.recv(65536)
            except TimeoutError:
                continue
            except OSError:
                return None, b""
            if not chunk:
                return None, b""
            buffer += chunk
        return None, b""

    def _forward(self, raw: bytes) -> bytes | None:
        """Send one request upstream on a fresh connection; the whole answer, or None."""
        head, _, body = raw.partition(b"\r\n\r\n")
        lines = [
            line
            for line in head.split(b"\r\n")
            if not line.lower().startswith(b"connection:")
            and not line.lower().startswith(b"keep-alive:")
        ]
        lines.append(b"Connection: close")
        try:
            with socket.create_connection((HOST, self.upstream_port), timeout=60) as upstream:
                upstream.sendall(b"\r\n".join(lines) + b"\r\n\r\n" + body)
                chunks = []
                while chunk := upstream.recv(65536):
                    chunks.append(chunk)
        except OSError:
            return None
        answer = b"".join(chunks)
        # The client keeps its connection: do not pass the upstream's "Connection: close" on.
        head, _, body = answer.partition(b"\r\n\r\n")
        kept = [line for line in head.split(b"\r\n") if not line.lower().startswith(b"connection:")]
        return b"\r\n".join(kept) + b"\r\n\r\n" + body

    def _answer(self, conn: socket.socket, answer: bytes, rule: Rule | None) -> bool:
        """Send the answer, faulted as `rule` says; False closes the client's connection."""
        try:
            if rule is None:
                conn.sendall(answer)
                return True
            if rule.mode == "reset":
                conn.sendall(answer[: max(1, len(answer) // 2)])
                conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                return False
            if rule.mode == "delay":
                if self._stop.wait(rule.seconds):
                    return False
                conn.sendall(answer)
                return True
            if rule.mode == "garbage":
                conn.sendall(b"\x00\xffnot http at all\r\n\r\n")
                return False
            if rule.mode == "close_after_headers":
                head, _, _ = answer.partition(b"\r\n\r\n")
                conn.sendall(head + b"\r\n\r\n")
                return False
        except OSError:
            return False
        raise AssertionError(f"unhandled fault {rule.mode!r}")


@contextlib.contextmanager
def fault_proxy(upstream_port: int, *, lifetime: float = 120.0) -> Iterator[FaultProxy]:
    """A FaultProxy in front of ``127.0.0.1:upstream_port`` for the block, stopped after."""
    proxy = FaultProxy(upstream_port, lifetime=lifetime)
    try:
        yield proxy
    finally:
        proxy.stop()
