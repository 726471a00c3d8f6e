"""Prefect's own settings, read without importing Prefect.

Each setting is looked up in the environment, then in the active profile of
`profiles.toml`, then falls back to its default: the order Prefect 3.8.8 uses
(`prefect/settings/base.py`, `prefect/settings/sources.py`), so an existing Prefect setup
works unchanged. Every malformed value raises `SettingsError`, which names the setting and the
value, and never shows a secret.
"""

from __future__ import annotations

import json
import logging
import math
import os
import re
import sys
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from types import MappingProxyType
from typing import Any
from urllib.parse import urlsplit

from prefect_rest.exceptions import SettingsError

__all__ = ["REDACTED", "Settings", "load_settings"]

logger = logging.getLogger(__name__)

REDACTED = "<redacted>"

# Prefect ships these profiles in its own bundled profiles.toml, so `PREFECT_PROFILE=local` is
# valid even when the user's file does not define "local". Prefect 3.8.8 takes no values from
# them in that case (its ProfileSettingsTomlLoader reads only the user's file), and neither do we.
_PREFECT_BUILTIN_PROFILES = frozenset({"ephemeral", "local", "test", "cloud"})

# Prefect's client refuses to let custom headers override these (prefect/client/base.py).
_PROTECTED_HEADERS = frozenset({"user-agent", "prefect-csrf-token", "prefect-csrf-client"})

# Prefect's own pool (16 connections, 8 kept alive). More is slower against the server: its
# database pool holds 15 connections, and 1,000 gathered reads took 2.15x Prefect's time with
# 64 connections but 0.52x with 16, with no errors either way (BENCHMARKS.md, figure 6).
_DEFAULT_MAX_CONNECTIONS = 16
_DEFAULT_MAX_KEEPALIVE = 8


def _no_headers() -> Mapping[str, str]:
    return MappingProxyType({})


@dataclass(frozen=True, repr=False)
class Settings:
    """The client's settings. Build one with `load_settings()`; `repr` never shows secrets.

    Each attribute is read from the variable named in its description ("Ours" marks
    prefect-rest's own settings; the rest are Prefect's, with Prefect's meaning).

    Attributes:
        api_url: `PREFECT_API_URL`: the server's API, e.g. ``http://127.0.0.1:4200/api``.
            Unset: `get_client()` uses the local server of `PREFECT_HOME`.
        api_key: `PREFECT_API_KEY`: sent as a bearer token (Prefect Cloud). Secret.
        api_auth_string: `PREFECT_API_AUTH_STRING`: ``user:password`` for a self-hosted
            server's basic auth; wins over the API key. Secret.
        request_timeout: `PREFECT_API_REQUEST_TIMEOUT`: seconds each attempt of a request may
            take (connect, write, read, and waiting for a free connection of the pool).
        tls_insecure_skip_verify: `PREFECT_API_TLS_INSECURE_SKIP_VERIFY`: true skips the
            server's TLS certificate check.
        ssl_cert_file: `PREFECT_API_SSL_CERT_FILE` (else `SSL_CERT_FILE`): a CA bundle to
            verify the server's certificate with, instead of certifi's.
        enable_http2: `PREFECT_API_ENABLE_HTTP2`: talk HTTP/2 to the server; needs the
            ``http2`` extra.
        max_retries: `PREFECT_CLIENT_MAX_RETRIES`: retries of a request after a 408, 429, 502,
            503 or a transport failure; 0: none.
        retry_jitter_factor: `PREFECT_CLIENT_RETRY_JITTER_FACTOR`: each wait between retries
            varies by up to this fraction of the backoff.
        retry_extra_codes: `PREFECT_CLIENT_RETRY_EXTRA_CODES`: more statuses to retry, e.g.
            ``500,520``.
        csrf_support_enabled: `PREFECT_CLIENT_CSRF_SUPPORT_ENABLED`: fetch and send a CSRF
            token when the server enforces them (never to Prefect Cloud).
        custom_headers: `PREFECT_CLIENT_CUSTOM_HEADERS`: a JSON object of headers every
            request carries; the client's own (User-Agent, CSRF) cannot be replaced.
        max_connections: Ours: `PREFECT_CLIENT_MAX_CONNECTIONS`: the connection pool's size
            (Prefect's client hard-codes 16); a request that finds every connection busy for
            the whole timeout raises `ConnectionPoolExhausted`.
        max_keepalive_connections: Ours: `PREFECT_CLIENT_MAX_KEEPALIVE_CONNECTIONS`: idle
            connections kept open; at most `max_connections`.
        retry_time_budget: Ours: `PREFECT_CLIENT_RETRY_TIME_BUDGET`: seconds a request rides
            out an unavailable server (refused connections once it has answered, 502, 503)
            before those failures spend `max_retries`.
        max_retry_after: Ours: `PREFECT_CLIENT_MAX_RETRY_AFTER`: the longest ``Retry-After``
            the client sleeps through; a longer one raises `RateLimited` at once.
        write_gate_slots: Ours: `PREFECT_REST_WRITE_GATE_SLOTS`: writes in flight at once
            across every client process on this machine to one server on this machine
            (loopback, a Unix socket, the local server); 0 turns the gate off. Unset: 2,
            narrowed to 1 for 10 minutes once the server refuses a write, or no gate when
            `database_connection_url` names PostgreSQL.
        home: `PREFECT_HOME`: where the profiles file, the local server and its SQLite
            database live.
        database_connection_url: `PREFECT_SERVER_DATABASE_CONNECTION_URL`: the database of
            the local server (SQLite in `PREFECT_HOME` when unset; PostgreSQL too). Secret.
        cloud_api_url: `PREFECT_CLOUD_API_URL`: a client for a URL under this one is a Prefect
            Cloud client: no CSRF token, no version check.
        testing_unit_test_mode: `PREFECT_TESTING_UNIT_TEST_MODE`: Prefect's test mode; the
            client then follows no redirects.
        local_server: Ours: `PREFECT_REST_LOCAL_SERVER`: without `PREFECT_API_URL`,
            ``process`` starts or reuses the local server process, ``in-process`` runs the
            server inside this process, ``off`` makes a missing URL an error.
        server_ephemeral_enabled: `PREFECT_SERVER_EPHEMERAL_ENABLED`: false makes a missing
            `PREFECT_API_URL` an error, as in Prefect, instead of starting the local server.
        local_server_idle_timeout: Ours: `PREFECT_REST_LOCAL_SERVER_IDLE_TIMEOUT`: seconds
            without requests before the local server stops; 0: never.
        local_server_start_timeout: Ours: `PREFECT_REST_LOCAL_SERVER_START_TIMEOUT`: seconds
            to wait for a starting local server to answer.
        local_server_ui: Ours: `PREFECT_REST_LOCAL_SERVER_UI`: serve Prefect's UI (and the API,
            without a token) on a loopback port.
        local_server_ui_port: Ours: `PREFECT_REST_LOCAL_SERVER_UI_PORT`: the UI's port; 0: any
            free one.
        local_server_transport: Ours: `PREFECT_REST_LOCAL_SERVER_TRANSPORT`: ``unix`` (a
            socket), ``tcp`` (a loopback port and a token) or ``auto`` (a Unix socket where
            there are any).
        profile: The name of the active profile the values came from (`PREFECT_PROFILE`, or
            the profiles file's ``active``); None without one.
    """

    api_url: str | None = None
    api_key: str | None = None
    api_auth_string: str | None = None
    request_timeout: float = 60.0
    tls_insecure_skip_verify: bool = False
    ssl_cert_file: str | None = None
    enable_http2: bool = False
    max_retries: int = 5
    retry_jitter_factor: float = 0.2
    retry_extra_codes: frozenset[int] = frozenset()
    csrf_support_enabled: bool = True
    # Excluded from the hash (a mapping is not hashable) but still compared by `==`.
    custom_headers: Mapping[str, str] = field(default_factory=_no_headers, hash=False)
    max_connections: int = _DEFAULT_MAX_CONNECTIONS
    max_keepalive_connections: int = _DEFAULT_MAX_KEEPALIVE
    retry_time_budget: float = 60.0
    max_retry_after: float = 60.0
    # Ours: writes in flight across all client processes on this machine to one local
    # server; None: 2, or none for a PostgreSQL database_connection_url (_core/write_gate.py).
    write_gate_slots: int | None = None
    home: Path = field(default_factory=lambda: Path("~/.prefect").expanduser())
    database_connection_url: str | None = None
    # Prefect Cloud's API: a client under this URL is a Cloud client (no CSRF, no version check).
    cloud_api_url: str = "https://api.prefect.cloud/api"
    # Prefect's unit-test mode: its client then follows no redirects; so does ours.
    testing_unit_test_mode: bool = False
    # prefect-rest's local server (no PREFECT_API_URL): see prefect_rest/_local_server.
    local_server: str = "process"
    # Prefect's switch for its ephemeral server. Only an explicit false matters here (Prefect's
    # settings context holds one, its default): then no PREFECT_API_URL is an error, as in
    # Prefect, instead of a reason to start the local server.
    server_ephemeral_enabled: bool | None = None
    local_server_idle_timeout: float = 600.0
    local_server_start_timeout: float = 90.0
    local_server_ui: bool = False
    local_server_ui_port: int = 0
    local_server_transport: str = "auto"
    profile: str | None = None

    def redacted(self) -> dict[str, object]:
        """Every setting, safe to log.

        Returns:
            Each attribute by name; secrets (the API key, the auth string, passwords in
            URLs, custom header values) become ``"<redacted>"`` when set, None when not.
        """
        shown: dict[str, object] = {f.name: getattr(self, f.name) for f in fields(self)}
        shown["api_url"] = _redact_url(self.api_url)
        shown["api_key"] = _set_or_not(self.api_key)
        shown["api_auth_string"] = _set_or_not(self.api_auth_string)
        shown["database_connection_url"] = _redact_url(self.database_connection_url)
        # Header values are often credentials (Prefect's own example is "Authorization").
        shown["custom_headers"] = {name: REDACTED for name in self.custom_headers}
        shown["retry_extra_codes"] = sorted(self.retry_extra_codes)
        shown["home"] = str(self.home)
        return shown

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={value!r}" for name, value in self.redacted().items())
        return f"Settings({shown})"


def _set_or_not(secret: str | None) -> str | None:
    return None if secret is None else REDACTED


def _redact_url(url: str | None) -> str | None:
    """The URL with any password (or a lone userinfo, which may be a token) redacted."""
    if url is None:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return REDACTED  # cannot tell where credentials would be, so show nothing
    userinfo, at, host = parts.netloc.rpartition("@")
    if not at:
        return url
    user, colon, _password = userinfo.partition(":")
    safe_userinfo = f"{user}:{REDACTED}" if colon else REDACTED
    return parts._replace(netloc=f"{safe_userinfo}@{host}").geturl()


# --- parsers: one per kind of value --------------------------------------------------------
#
# A parser takes the raw value (a string from the environment, or a string or TOML-native
# value from a profile) and the environment (for `~` expansion), and returns the typed value
# or raises `_Invalid` saying what it expected. The loader turns that into a SettingsError.

Parser = Callable[[object, Mapping[str, str]], object]


class _Invalid(Exception):
    def __init__(self, expected: str) -> None:
        super().__init__(expected)
        self.expected = expected


# The words pydantic (and so Prefect) accepts for booleans, case-insensitive.
_TRUE = frozenset({"true", "1", "yes", "on", "t", "y"})
_FALSE = frozenset({"false", "0", "no", "off", "f", "n"})

# Pydantic's lax integers also accept "5.0", so Prefect does too.
_INTEGER = re.compile(r"[+-]?\d+(?:\.0*)?")

# RFC 9110 token characters: anything else in a header name makes httpx fail at request time.
_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")


def _parse_str(raw: object, environ: Mapping[str, str]) -> str:
    if not isinstance(raw, str):
        raise _Invalid("a string")
    return raw


def _parse_bool(raw: object, environ: Mapping[str, str]) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, int) and raw in (0, 1):
        return bool(raw)
    if isinstance(raw, str):
        word = raw.strip().lower()
        if word in _TRUE:
            return True
        if word in _FALSE:
            return False
    raise _Invalid("a boolean: true/false, 1/0, yes/no or on/off")


def _as_int(raw: object) -> int | None:
    if isinstance(raw, bool):  # bool is an int subclass, but `true` is no count
        return None
    if isinstance(raw, int):
        return raw
    if isinstance(raw, float) and raw.is_integer():
        return int(raw)
    if isinstance(raw, str) and _INTEGER.fullmatch(text := raw.strip()):
        return int(text.split(".")[0])
    return None


def _as_float(raw: object) -> float | None:
    if isinstance(raw, bool):
        return None
    number: float
    if isinstance(raw, int | float):
        number = float(raw)
    elif isinstance(raw, str):
        try:
            number = float(raw.strip())
        except ValueError:
            return None
    else:
        return None
    return number if math.isfinite(number) else None


def _int_at_least(minimum: int) -> Parser:
    def parse(raw: object, environ: Mapping[str, str]) -> int:
        number = _as_int(raw)
        if number is None or number < minimum:
            raise _Invalid(f"an integer >= {minimum}")
        return number

    return parse


def _float_above(minimum: float, *, inclusive: bool) -> Parser:
    def parse(raw: object, environ: Mapping[str, str]) -> float:
        number = _as_float(raw)
        if number is None or number < minimum or (number == minimum and not inclusive):
            raise _Invalid(f"a number {'>=' if inclusive else '>'} {minimum:g}")
        return number

    return parse


def _one_of(*choices: str) -> Parser:
    def parse(raw: object, environ: Mapping[str, str]) -> str:
        word = _parse_str(raw, environ).strip().lower()
        if word not in choices:
            raise _Invalid("one of " + ", ".join(choices))
        return word

    return parse


def _parse_port(raw: object, environ: Mapping[str, str]) -> int:
    number = _as_int(raw)
    if number is None or not 0 <= number <= 65535:
        raise _Invalid("a TCP port number from 0 to 65535 (0: any free port)")
    return number


def _parse_http_url(raw: object, environ: Mapping[str, str]) -> str:
    expected = "an http:// or https:// URL, e.g. http://127.0.0.1:4200/api"
    url = _parse_str(raw, environ).strip()
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 -- raises ValueError for a port that is not a number
    except ValueError:
        raise _Invalid(expected) from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise _Invalid(expected)
    # Prefect joins paths onto the base URL; a trailing slash would double up.
    return url.rstrip("/")


def _expand_user(text: str, environ: Mapping[str, str]) -> Path:
    """`~` expanded with the given environment's HOME, so an explicit `environ` is honoured."""
    if (text == "~" or text.startswith("~/")) and environ.get("HOME"):
        return Path(environ["HOME"], text[2:])
    return Path(text).expanduser()


def _parse_path(raw: object, environ: Mapping[str, str]) -> Path:
    return _expand_user(_parse_str(raw, environ).strip(), environ)


def _parse_existing_file(raw: object, environ: Mapping[str, str]) -> str:
    path = _parse_path(raw, environ)
    if not path.is_file():
        raise _Invalid("the path of an existing certificate file")
    return str(path)


def _parse_status_codes(raw: object, environ: Mapping[str, str]) -> frozenset[int]:
    """Prefect's formats (prefect/types/__init__.py, validate_set_T_from_delim_string).

    "520", "520,521", a JSON list '[520, 521]' or JSON string '"520"' (pydantic-settings
    decodes JSON first), a TOML int or array.
    """
    expected = "HTTP status codes (100-599): 520, 520,521 or [520, 521]"
    items: list[object]
    if isinstance(raw, str):
        text = raw.strip()
        if text[:1] in ("[", '"'):
            try:
                decoded: object = json.loads(text)
            except json.JSONDecodeError:
                raise _Invalid(expected) from None
            items = decoded if isinstance(decoded, list) else [decoded]
        else:
            items = list(text.split(","))
    elif isinstance(raw, list):
        items = raw
    else:
        items = [raw]
    codes: set[int] = set()
    for item in items:
        code = _as_int(item)
        if code is None or not 100 <= code <= 599:
            raise _Invalid(f"{expected}; {item!r} is not one")
        codes.add(code)
    return frozenset(codes)


def _parse_headers(raw: object, environ: Mapping[str, str]) -> Mapping[str, str]:
    """A JSON object (Prefect's format) or a TOML table of header names to string values."""
    expected = 'a JSON object of header names to string values, e.g. {"X-Team": "data"}'
    decoded: object = raw
    if isinstance(raw, str):
        try:
            decoded = json.loads(raw)
        except json.JSONDecodeError as error:
            raise _Invalid(f"{expected} (invalid JSON: {error.msg})") from None
    if not isinstance(decoded, dict):
        raise _Invalid(expected)
    headers: dict[str, str] = {}
    for name, value in decoded.items():
        if not isinstance(name, str) or not _HEADER_NAME.fullmatch(name):
            raise _Invalid(f"{expected}; {name!r} is not a valid header name")
        if not isinstance(value, str) or any(c in value for c in "\r\n\0"):
            # The value is not echoed: it is often a credential.
            raise _Invalid(f"{expected}; the value of {name!r} is not a single-line string")
        if name.lower() in _PROTECTED_HEADERS:
            # Prefect ignores these with a warning rather than failing; so do we.
            logger.warning(
                "Custom header %r in PREFECT_CLIENT_CUSTOM_HEADERS is ignored: it would "
                "override a header the client manages (User-Agent, Prefect-Csrf-Token, "
                "Prefect-Csrf-Client)",
                name,
            )
            continue
        headers[name] = value
    return MappingProxyType(headers)


# --- the settings table --------------------------------------------------------------------


@dataclass(frozen=True)
class _Setting:
    attr: str  # the Settings field
    names: tuple[str, ...]  # environment / profile keys, highest priority first
    parse: Parser
    secret: bool = False  # never show the value in an error
    show: Callable[[str], str | None] = str  # how a rejected value appears in an error
    fallback: tuple[str, ...] = ()  # environment variables consulted after the profile


_SETTINGS: tuple[_Setting, ...] = (
    _Setting("api_url", ("PREFECT_API_URL",), _parse_http_url, show=_redact_url),
    _Setting("api_key", ("PREFECT_API_KEY",), _parse_str, secret=True),
    _Setting("api_auth_string", ("PREFECT_API_AUTH_STRING",), _parse_str, secret=True),
    _Setting(
        "request_timeout",
        ("PREFECT_API_REQUEST_TIMEOUT",),
        _float_above(0, inclusive=False),
    ),
    _Setting("tls_insecure_skip_verify", ("PREFECT_API_TLS_INSECURE_SKIP_VERIFY",), _parse_bool),
    # Prefect's default for this is the standard SSL_CERT_FILE variable (models/api.py).
    _Setting(
        "ssl_cert_file",
        ("PREFECT_API_SSL_CERT_FILE",),
        _parse_existing_file,
        fallback=("SSL_CERT_FILE",),
    ),
    _Setting("enable_http2", ("PREFECT_API_ENABLE_HTTP2",), _parse_bool),
    _Setting("max_retries", ("PREFECT_CLIENT_MAX_RETRIES",), _int_at_least(0)),
    _Setting(
        "retry_jitter_factor",
        ("PREFECT_CLIENT_RETRY_JITTER_FACTOR",),
        _float_above(0, inclusive=True),
    ),
    _Setting("retry_extra_codes", ("PREFECT_CLIENT_RETRY_EXTRA_CODES",), _parse_status_codes),
    _Setting("csrf_support_enabled", ("PREFECT_CLIENT_CSRF_SUPPORT_ENABLED",), _parse_bool),
    # Secret in errors only: a rejected value may hold a credential.
    _Setting("custom_headers", ("PREFECT_CLIENT_CUSTOM_HEADERS",), _parse_headers, secret=True),
    # Ours, not Prefect's: Prefect hard-codes a pool of 16 and its users hit PoolTimeout.
    _Setting("max_connections", ("PREFECT_CLIENT_MAX_CONNECTIONS",), _int_at_least(1)),
    _Setting(
        "max_keepalive_connections",
        ("PREFECT_CLIENT_MAX_KEEPALIVE_CONNECTIONS",),
        _int_at_least(1),
    ),
    # Ours: how long a request rides out an unavailable server (refused connections once it
    # answered, 502, 503) before those failures spend PREFECT_CLIENT_MAX_RETRIES.
    _Setting(
        "retry_time_budget",
        ("PREFECT_CLIENT_RETRY_TIME_BUDGET",),
        _float_above(0, inclusive=True),
    ),
    # Ours: the longest Retry-After the client sleeps through; a longer one fails at once.
    _Setting(
        "max_retry_after",
        ("PREFECT_CLIENT_MAX_RETRY_AFTER",),
        _float_above(0, inclusive=True),
    ),
    # Ours: how many writes every client process on this machine may have in flight at once
    # to one local server; 0 turns the shared bound off (docs/reliability.md, "Contended
    # writes"). Unset: chosen from the database setting (_core/write_gate.py).
    _Setting(
        "write_gate_slots",
        ("PREFECT_REST_WRITE_GATE_SLOTS",),
        _int_at_least(0),
    ),
    _Setting("home", ("PREFECT_HOME",), _parse_path),
    # Prefect 3's name first: it wins over the Prefect 2 alias (models/server/database.py).
    _Setting(
        "database_connection_url",
        ("PREFECT_SERVER_DATABASE_CONNECTION_URL", "PREFECT_API_DATABASE_CONNECTION_URL"),
        _parse_str,
        secret=True,
    ),
    _Setting("cloud_api_url", ("PREFECT_CLOUD_API_URL",), _parse_http_url, show=_redact_url),
    _Setting("testing_unit_test_mode", ("PREFECT_TESTING_UNIT_TEST_MODE",), _parse_bool),
    # Ours: the local server get_client() starts without PREFECT_API_URL.
    _Setting(
        "local_server",
        ("PREFECT_REST_LOCAL_SERVER",),
        _one_of("process", "in-process", "off"),
    ),
    _Setting(
        "local_server_idle_timeout",
        ("PREFECT_REST_LOCAL_SERVER_IDLE_TIMEOUT",),
        _float_above(0, inclusive=True),
    ),
    _Setting(
        "local_server_start_timeout",
        ("PREFECT_REST_LOCAL_SERVER_START_TIMEOUT",),
        _float_above(0, inclusive=False),
    ),
    _Setting("local_server_ui", ("PREFECT_REST_LOCAL_SERVER_UI",), _parse_bool),
    _Setting(
        "server_ephemeral_enabled",
        ("PREFECT_SERVER_EPHEMERAL_ENABLED", "PREFECT_SERVER_ALLOW_EPHEMERAL_MODE"),
        _parse_bool,
    ),
    _Setting("local_server_ui_port", ("PREFECT_REST_LOCAL_SERVER_UI_PORT",), _parse_port),
    _Setting(
        "local_server_transport",
        ("PREFECT_REST_LOCAL_SERVER_TRANSPORT",),
        _one_of("auto", "unix", "tcp"),
    ),
)


# --- profiles ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Profile:
    name: str | None
    values: Mapping[str, object]
    origin: str  # where its values come from, for error messages


def _profiles_path(env: Mapping[str, str], environ: Mapping[str, str]) -> Path:
    """`PREFECT_PROFILES_PATH`, else `$PREFECT_HOME/profiles.toml` (prefect/settings/sources.py)."""
    home = _expand_user(env.get("PREFECT_HOME", "").strip() or "~/.prefect", environ)
    if explicit := env.get("PREFECT_PROFILES_PATH", "").strip():
        # Prefect documents `$PREFECT_HOME` templating for this setting (models/root.py).
        return _expand_user(explicit.replace("$PREFECT_HOME", str(home)), environ)
    return home / "profiles.toml"


def _file_error(path: Path, expected: str) -> SettingsError:
    return SettingsError("PREFECT_PROFILES_PATH", str(path), expected)


def _read_profiles(path: Path) -> tuple[str | None, dict[str, dict[str, object]]]:
    """The file's `active` name and its `[profiles.NAME]` tables; a missing file has none."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None, {}
    except (OSError, UnicodeDecodeError) as error:
        raise _file_error(path, f"a readable profiles file ({error})") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise _file_error(path, f"a valid TOML profiles file ({error})") from None
    active = data.get("active")
    profiles = data.get("profiles", {})
    if active is not None and not isinstance(active, str):
        raise _file_error(path, 'a profiles file whose `active` is a string: active = "name"')
    if not isinstance(profiles, dict) or not all(isinstance(t, dict) for t in profiles.values()):
        raise _file_error(path, "a profiles file made of [profiles.NAME] tables")
    return active or None, profiles


def _active_profile(env: Mapping[str, str], path: Path) -> _Profile:
    """`PREFECT_PROFILE`, else the file's `active`; with neither, Prefect 3 uses no profile."""
    active, profiles = _read_profiles(path)
    # Prefect treats an empty PREFECT_PROFILE as unset (`os.environ.get(...) or active`).
    requested = env.get("PREFECT_PROFILE") or None
    name = requested or active
    if name is None:
        return _Profile(None, {}, "")
    if name in profiles:
        return _Profile(name, profiles[name], f"profile {name!r} in {path}")
    if name in _PREFECT_BUILTIN_PROFILES:
        return _Profile(name, {}, "")
    known = ", ".join(sorted(set(profiles) | _PREFECT_BUILTIN_PROFILES))
    if requested:
        # Prefect warns and falls back to its default profile; silently talking to another
        # server because of a typo is worse than failing, so we fail.
        raise SettingsError("PREFECT_PROFILE", name, f"one of the profiles in {path}: {known}")
    # The file is Prefect's to manage: do as Prefect does, warn and use no profile.
    logger.warning(
        "The active profile %r in %s does not exist (profiles: %s); using no profile",
        name,
        path,
        known,
    )
    return _Profile(None, {}, "")


# --- loading -------------------------------------------------------------------------------


def _prefect_variables(environ: Mapping[str, str]) -> dict[str, str]:
    """The PREFECT_* variables by upper-case name.

    Prefect (through pydantic-settings) reads them case-insensitively; an exactly upper-case
    name wins over another spelling of it.
    """
    found = {k.upper(): v for k, v in environ.items() if k.upper().startswith("PREFECT_")}
    found.update({k: v for k, v in environ.items() if k.startswith("PREFECT_")})
    return found


def _resolve(
    setting: _Setting,
    context: Mapping[str, object],
    env: Mapping[str, str],
    profile: _Profile,
    environ: Mapping[str, str],
) -> object | None:
    """The first value found, parsed; None means "use the default".

    An empty value counts as found: it masks the lower layers and means "unset".
    """
    layers: tuple[tuple[Mapping[str, object], tuple[str, ...], str], ...] = (
        (context, setting.names, "Prefect's settings context"),
        (env, setting.names, ""),
        (profile.values, setting.names, profile.origin),
        (environ, setting.fallback, ""),
    )
    for values, names, origin in layers:
        for name in names:
            if name not in values:
                continue
            raw = values[name]
            if isinstance(raw, str) and not raw.strip():
                return None
            try:
                return setting.parse(raw, environ)
            except _Invalid as error:
                where = f" (set in {origin})" if origin else ""
                shown = setting.show(str(raw)) or ""
                raise SettingsError(
                    name, shown, error.expected + where, secret=setting.secret
                ) from None
    return None


# --- Prefect's in-process settings context --------------------------------------------------


def _prefect_context_overrides() -> dict[str, object]:
    """What Prefect's settings context says, by variable name, while one is entered.

    With Prefect imported, code changes settings without touching the environment:
    ``with temporary_settings(updates={PREFECT_API_URL: ...})``, ``use_profile(...)``, test
    fixtures. Inside such a context Prefect's client sees the context's settings and nothing
    else, and so does ours: every setting Prefect knows comes from there (a setting cleared
    there, None, masks the environment). Outside of any (Prefect's root context, read once at
    import), the environment and profile are read afresh, as always. Prefect is never
    imported here: if it is not loaded, nobody can have entered such a context.
    """
    context = sys.modules.get("prefect.context")
    prefect_settings = sys.modules.get("prefect.settings")
    if context is None or prefect_settings is None:
        return {}
    settings_context = getattr(context, "SettingsContext", None)
    root = getattr(context, "GLOBAL_SETTINGS_CONTEXT", None)  # absent while prefect imports
    if settings_context is None or root is None:
        return {}
    current = settings_context.get()
    if current is None or current is root:
        return {}
    overrides: dict[str, object] = {}
    for setting in _SETTINGS:
        for name in setting.names:
            # Prefect's own registry says where each variable lives ("api.url"); the
            # variables that are ours alone (PREFECT_CLIENT_MAX_CONNECTIONS) are not in it.
            accessor = getattr(getattr(prefect_settings, name, None), "accessor", None)
            if not isinstance(accessor, str):
                continue
            value = _value_at(current.settings, accessor)
            if value is not _MISSING:
                overrides[name] = _as_setting_value(value)
    return overrides


_MISSING = object()


def _value_at(settings: object, accessor: str) -> object:
    value: object = settings
    for part in accessor.split("."):
        value = getattr(value, part, _MISSING)
        if value is _MISSING:
            break
    return value


def _as_setting_value(value: object) -> object:
    """A Prefect settings value as our parsers take it (strings or TOML-like values).

    None (a setting cleared in the context) becomes "", which masks the environment.
    """
    if value is None:
        return ""
    reveal = getattr(value, "get_secret_value", None)  # pydantic's SecretStr
    if callable(reveal):
        return reveal()
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, set | frozenset):
        return sorted(value)
    return value


def load_settings(environ: Mapping[str, str] | None = None) -> Settings:
    """Read the settings from `environ` and the active Prefect profile.

    Without an explicit `environ`, while a Prefect settings context is entered (Prefect's
    `temporary_settings`), the settings Prefect knows are taken from it, as Prefect's own
    client takes them.

    Args:
        environ: The environment variables to read; `os.environ` by default.

    Returns:
        The settings: for each, the first value found in Prefect's settings context, the
        environment, the active profile, else its default.

    Raises:
        SettingsError: A value is malformed (the message names the setting and shows the
            value, secrets redacted), `PREFECT_PROFILE` names a profile that does not
            exist, or the profiles file cannot be read or parsed.
    """
    context: dict[str, object] = {}
    if environ is None:
        environ = os.environ
        context = _prefect_context_overrides()
    env = _prefect_variables(environ)
    # A PREFECT_HOME set in the context also moves the profiles file, as it does for Prefect.
    where = {**env, **{k: v for k, v in context.items() if isinstance(v, str)}}
    profile = _active_profile(env, _profiles_path(where, environ))

    values: dict[str, Any] = {}
    for setting in _SETTINGS:
        value = _resolve(setting, context, env, profile, environ)
        if value is not None:
            values[setting.attr] = value

    values.setdefault("home", _expand_user("~/.prefect", environ))
    max_connections = values.setdefault("max_connections", _DEFAULT_MAX_CONNECTIONS)
    if "max_keepalive_connections" not in values:
        # A smaller pool lowers the default rather than making the default an error.
        values["max_keepalive_connections"] = min(_DEFAULT_MAX_KEEPALIVE, max_connections)
    elif values["max_keepalive_connections"] > max_connections:
        raise SettingsError(
            "PREFECT_CLIENT_MAX_KEEPALIVE_CONNECTIONS",
            str(values["max_keepalive_connections"]),
            f"at most PREFECT_CLIENT_MAX_CONNECTIONS ({max_connections})",
        )
    return Settings(**values, profile=profile.name)
