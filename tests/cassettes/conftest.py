"""Cassette tier: recorded HTTP exchanges with a real Prefect server, replayed offline.

In a normal run (``pytest``) every test here replays its cassette (pytest-recording,
record mode "none") against the fixed base URL :data:`REPLAY_API_URL`, with the network
blocked (``block_network`` marker: any socket ``connect`` raises). A request that is not
in the cassette fails with ``CannotOverwriteExistingCassetteException``.

``python tests/cassettes/record.py`` (``make record``) starts a real server with basic
auth, sets :data:`RECORD_URL_ENV` / :data:`RECORD_AUTH_ENV` and runs this directory with
``--record-mode=rewrite``. Requests match on method, path, query and body (JSON bodies
compare as JSON: Prefect's reads are ``POST .../filter``). Before anything is written,
:func:`scrub_request` / :func:`scrub_response` remove credentials and volatile headers
and the recording server's address is replaced by :data:`REPLAY_API_URL`.

Cassette tests must be deterministic: fixed names, no client-side timestamps or random
ids in request bodies (ids come from earlier responses, which replay identically). The
one exception is what the client generates so that a retry cannot create twice (a flow
run's idempotency key, a new task run's id): :func:`same_json_body` compares bodies with
those replaced by a placeholder.
"""

from __future__ import annotations

import base64
import os
import re
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from prefect_api.client import Client
from prefect_rest import PrefectClient, SyncPrefectClient
from prefect_rest.settings import Settings
from support.cassette_matching import same_json_body
from support.servers import basic_auth_header

CASSETTE_TIER = Path(__file__).resolve().parent
CASSETTE_DIR = CASSETTE_TIER / "cassettes"

#: Where replayed requests go. Nothing listens there (and the network is blocked).
REPLAY_API_URL = "http://127.0.0.1:4200/api"
#: Set by record.py: the recording server's API URL, and the basic-auth string it requires.
RECORD_URL_ENV = "CASSETTE_RECORD_API_URL"
RECORD_AUTH_ENV = "CASSETTE_RECORD_AUTH_STRING"
#: The auth string record.py gives the recording server. Not a secret (the server lives
#: for one recording), but it must never appear in a cassette: test_no_credentials.py
#: checks for it and for its base64 form.
RECORDING_AUTH_STRING = "prefect-rest-recorder:cassette-password-9d1f"

#: Request headers kept in cassettes. Everything else (Authorization, CSRF tokens,
#: cookies, API keys, Host with the recording port, User-Agent) is dropped.
KEPT_REQUEST_HEADERS = frozenset({"content-type", "accept", "x-prefect-api-version"})
#: Response headers dropped from cassettes: credentials and what changes every run.
DROPPED_RESPONSE_HEADERS = frozenset(
    {
        "set-cookie",
        "authorization",
        "prefect-csrf-token",
        "prefect-csrf-client",
        "x-api-key",
        "date",
        "server",
    }
)
#: Prefect Cloud API keys (user and bot/service-account keys).
API_KEY_PATTERN = re.compile(rb"pn[ub]_[A-Za-z0-9]+")
#: The random client id in ``GET /csrf-token?client=...``.
CSRF_CLIENT_PATTERN = re.compile(r"(/csrf-token\?(?:[^#]*&)?)client=[^&#]*")


def recording() -> bool:
    """Whether this run records (record.py set a server URL) rather than replays."""
    return bool(os.environ.get(RECORD_URL_ENV))


def secrets_to_scrub() -> list[bytes]:
    """Byte strings that must not reach a cassette: auth strings and their base64."""
    found = []
    for auth in {os.environ.get(RECORD_AUTH_ENV, ""), RECORDING_AUTH_STRING} - {""}:
        found += [auth.encode(), base64.b64encode(auth.encode())]
    return found


def scrub_body(body: Any) -> Any:
    if not body:
        return body
    raw = body.encode() if isinstance(body, str) else body
    for secret in secrets_to_scrub():
        raw = raw.replace(secret, b"<scrubbed>")
    raw = API_KEY_PATTERN.sub(b"<scrubbed-api-key>", raw)
    return raw.decode() if isinstance(body, str) else raw


def scrub_request(request: Any) -> Any:
    """vcrpy ``before_record_request``: keep only harmless headers, fix the base URL."""
    request.headers = {
        name: value
        for name, value in request.headers.items()
        if name.lower() in KEPT_REQUEST_HEADERS
    }
    recorded_url = os.environ.get(RECORD_URL_ENV)
    if recorded_url and request.uri.startswith(recorded_url):
        request.uri = REPLAY_API_URL + request.uri[len(recorded_url) :]
    # The CSRF client id is random per client; one fixed value lets replays match.
    request.uri = CSRF_CLIENT_PATTERN.sub(r"\1client=<csrf-client>", request.uri)
    request.body = scrub_body(request.body)
    return request


def scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    """vcrpy ``before_record_response``: drop credential and volatile headers."""
    response["headers"] = {
        name: value
        for name, value in response["headers"].items()
        if name.lower() not in DROPPED_RESPONSE_HEADERS
    }
    response["body"]["string"] = scrub_body(response["body"]["string"])
    return response


def pytest_recording_configure(config: pytest.Config, vcr: Any) -> None:
    """pytest-recording hook: the tier's own body matcher."""
    vcr.register_matcher("json_body", same_json_body)


def vcr_settings() -> dict[str, Any]:
    """Keyword arguments for ``vcr.VCR`` / ``use_cassette`` shared by the whole tier."""
    return {
        "match_on": ("method", "path", "query", "json_body"),
        "before_record_request": scrub_request,
        "before_record_response": scrub_response,
        # Prefect gzips answers over 1 kB; stored decoded they stay readable and scannable.
        "decode_compressed_response": True,
        "allow_playback_repeats": False,
    }


def pytest_configure(config: pytest.Config) -> None:
    mode = config.getoption("--record-mode", default=None) or "none"
    if mode != "none" and not recording():
        raise pytest.UsageError(
            f"--record-mode={mode} without a recording server: run `make record` "
            "(python tests/cassettes/record.py), which starts a fresh one"
        )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # This hook sees every collected item of the session, not only this directory's.
    for item in items:
        if CASSETTE_TIER in item.path.parents:
            item.add_marker(pytest.mark.block_network)


@pytest.fixture
def replay_only() -> None:
    """Skip the test while recording: it checks the offline replay itself."""
    if recording():
        pytest.skip("checks the offline replay")


@pytest.fixture(scope="session")
def cassette_files() -> list[Path]:
    """Every recorded cassette file."""
    return sorted(path for path in CASSETTE_DIR.rglob("*") if path.is_file())


@pytest.fixture(scope="session")
def forbidden_strings() -> list[bytes]:
    """What must never be in a cassette: the recording auth string and its base64 form."""
    return secrets_to_scrub()


@pytest.fixture
def vcr_config() -> dict[str, Any]:
    """pytest-recording's hook for ``use_cassette`` options."""
    return vcr_settings()


@pytest.fixture(scope="session")
def api_url() -> str:
    """The recording server's API while recording, else the fixed replay URL."""
    return os.environ.get(RECORD_URL_ENV) or REPLAY_API_URL


@pytest.fixture(scope="session")
def auth_headers() -> dict[str, str]:
    """Basic auth for the recording server; nothing when replaying (no credentials exist)."""
    auth = os.environ.get(RECORD_AUTH_ENV)
    return basic_auth_header(auth) if recording() and auth else {}


@pytest.fixture
def sync_api_client(api_url: str, auth_headers: dict[str, str]) -> Iterator[Client]:
    """A generated client for sync calls (``raise_on_unexpected_status=True``)."""
    client = Client(base_url=api_url, headers=auth_headers, raise_on_unexpected_status=True)
    with client:
        yield client


@pytest_asyncio.fixture(loop_scope="session")
async def async_api_client(api_url: str, auth_headers: dict[str, str]) -> AsyncIterator[Client]:
    """A generated client for async calls (``raise_on_unexpected_status=True``)."""
    client = Client(base_url=api_url, headers=auth_headers, raise_on_unexpected_status=True)
    async with client:
        yield client


def _wrapper_settings() -> Settings:
    """The recording server's basic auth while recording; nothing when replaying."""
    auth = os.environ.get(RECORD_AUTH_ENV) if recording() else None
    return Settings(api_auth_string=auth or None)


@pytest_asyncio.fixture(loop_scope="session")
async def prefect_client(api_url: str) -> AsyncIterator[PrefectClient]:
    """The wrapper's async client on the recording server, or on the replayed cassette."""
    async with PrefectClient(api_url, settings=_wrapper_settings()) as client:
        yield client


@pytest.fixture
def sync_prefect_client(api_url: str) -> Iterator[SyncPrefectClient]:
    """The wrapper's sync client on the recording server, or on the replayed cassette."""
    with SyncPrefectClient(api_url, settings=_wrapper_settings()) as client:
        yield client
