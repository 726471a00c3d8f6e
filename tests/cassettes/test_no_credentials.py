"""No cassette may hold a credential, and the recording configuration keeps it that way.

The scanner reads every cassette twice: as raw bytes (whatever the structure) and as
YAML, looking at each request's and response's headers and at the bodies, including
bodies stored as ``!!binary`` and gzip-compressed ones, where a raw scan sees nothing.
"""

from __future__ import annotations

import base64
import contextlib
import gzip
import json
import re
from pathlib import Path
from typing import Any

import httpx
import pytest
import vcr
import yaml
from vcr.errors import CannotOverwriteExistingCassetteException

from support.cassette_matching import same_json_body

FORBIDDEN_HEADERS = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "prefect-csrf-token",
        "prefect-csrf-client",
        "cookie",
        "set-cookie",
        "x-api-key",
    }
)
PATTERNS = {
    "a Prefect API key": re.compile(rb"pn[ub]_[A-Za-z0-9]{4,}"),
    "a basic-auth credential": re.compile(rb"Basic [A-Za-z0-9+/]{6,}=*"),
    "a bearer token": re.compile(rb"Bearer [A-Za-z0-9._~+/-]{6,}"),
}


def _scan_bytes(data: bytes, where: str, forbidden: list[bytes]) -> list[str]:
    problems = [f"{where}: the recording auth string" for secret in forbidden if secret in data]
    problems += [f"{where}: {what}" for what, pattern in PATTERNS.items() if pattern.search(data)]
    return problems


def _body_bytes(body: Any, headers: dict[str, Any]) -> bytes:
    if isinstance(body, dict):  # a response body: {"string": ...}
        body = body.get("string")
    if body is None:
        return b""
    data = body if isinstance(body, bytes) else str(body).encode()
    encodings = [
        str(v).lower()
        for k, vs in headers.items()
        if k.lower() == "content-encoding"
        for v in (vs if isinstance(vs, list) else [vs])
    ]
    if "gzip" in encodings:
        with contextlib.suppress(OSError):  # not gzip after all: scan it as it is
            data = gzip.decompress(data)
    return data


def cassette_problems(path: Path, forbidden: list[bytes]) -> list[str]:
    """Every credential-like thing in the cassette at ``path`` (empty when clean)."""
    raw = path.read_bytes()
    problems = _scan_bytes(raw, f"{path.name} (raw)", forbidden)
    try:
        cassette = yaml.safe_load(raw)
    except yaml.YAMLError as error:
        return [*problems, f"{path.name}: not a YAML cassette ({error})"]
    interactions = cassette.get("interactions") if isinstance(cassette, dict) else None
    if not isinstance(interactions, list):
        return [*problems, f"{path.name}: no interactions list"]
    for number, interaction in enumerate(interactions):
        for side in ("request", "response"):
            part = interaction.get(side) or {}
            where = f"{path.name} #{number} {side}"
            headers = part.get("headers") or {}
            problems += [
                f"{where}: header {name}" for name in headers if name.lower() in FORBIDDEN_HEADERS
            ]
            problems += _scan_bytes(
                json.dumps(headers, default=str).encode(), f"{where} headers", forbidden
            )
            problems += _scan_bytes(
                _body_bytes(part.get("body"), headers), f"{where} body", forbidden
            )
    return problems


# -- the recorded cassettes -------------------------------------------------------------------


def test_cassettes_exist(cassette_files: list[Path]) -> None:
    assert len(cassette_files) >= 10, "run `make record` to record the cassettes"
    assert all(path.suffix == ".yaml" for path in cassette_files)


def test_no_cassette_holds_a_credential(
    cassette_files: list[Path], forbidden_strings: list[bytes]
) -> None:
    problems = [p for path in cassette_files for p in cassette_problems(path, forbidden_strings)]
    assert not problems, "\n".join(problems)


# -- the scanner catches what it must ---------------------------------------------------------

AUTH = "prefect-rest-recorder:cassette-password-9d1f"


def write_cassette(
    path: Path,
    *,
    request_headers: dict[str, list[str]] | None = None,
    response_headers: dict[str, list[str]] | None = None,
    request_body: Any = '{"name": "flow"}',
    response_body: Any = '{"id": "1"}',
) -> Path:
    cassette = {
        "version": 1,
        "interactions": [
            {
                "request": {
                    "method": "POST",
                    "uri": "http://127.0.0.1:4200/api/flows/",
                    "body": request_body,
                    "headers": {"content-type": ["application/json"], **(request_headers or {})},
                },
                "response": {
                    "status": {"code": 201, "message": "Created"},
                    "headers": {"content-type": ["application/json"], **(response_headers or {})},
                    "body": {"string": response_body},
                },
            }
        ],
    }
    path.write_text(yaml.dump(cassette))
    return path


BASIC = f"Basic {base64.b64encode(AUTH.encode()).decode()}"
DIRTY: dict[str, dict[str, Any]] = {
    "authorization header": {"request_headers": {"Authorization": [BASIC]}},
    "other-case authorization": {"request_headers": {"AUTHORIZATION": ["x"]}},
    "csrf token header": {"request_headers": {"Prefect-Csrf-Token": ["abc"]}},
    "csrf client header": {"request_headers": {"Prefect-Csrf-Client": ["me"]}},
    "set-cookie": {"response_headers": {"Set-Cookie": ["session=1"]}},
    "auth string in a body": {"request_body": json.dumps({"note": AUTH})},
    "base64 auth in a body": {
        "response_body": json.dumps({"h": base64.b64encode(AUTH.encode()).decode()})
    },
    "user api key": {"response_body": '{"key": "pnu_0123456789abcdef0123456789abcdef0123"}'},
    "bot api key": {"request_body": '{"key": "pnb_abcdefghijklmnop"}'},
    "bearer token": {"request_body": '{"auth": "Bearer eyJhbGciOi.payload.sig"}'},
    "binary body": {"request_body": f'{{"key": "{AUTH}"}}'.encode()},
    "gzipped body": {
        "response_headers": {"Content-Encoding": ["gzip"]},
        "response_body": gzip.compress(b'{"key": "pnu_hiddeninsidegzip0123"}'),
    },
}


@pytest.mark.parametrize("dirt", list(DIRTY), ids=list(DIRTY))
def test_scanner_flags_a_dirty_cassette(tmp_path: Path, dirt: str) -> None:
    path = write_cassette(tmp_path / "dirty.yaml", **DIRTY[dirt])
    assert cassette_problems(path, [AUTH.encode(), base64.b64encode(AUTH.encode())])


def test_scanner_passes_a_clean_cassette(tmp_path: Path) -> None:
    path = write_cassette(
        tmp_path / "clean.yaml",
        request_headers={"x-prefect-api-version": ["0.8.4"]},
        response_headers={"content-length": ["11"]},
    )
    assert cassette_problems(path, [AUTH.encode()]) == []


def test_scanner_flags_a_cassette_it_cannot_read(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("interactions: [unclosed\n")
    assert cassette_problems(path, [])


# -- the recording configuration scrubs and matches as it should -----------------------------


def fake_server(request: httpx.Request) -> httpx.Response:
    body = json.dumps({"token": "pnb_fromtheserver123", "ok": True}).encode()
    return httpx.Response(
        200,
        headers={
            "Set-Cookie": "session=abc",
            "Date": "Tue, 24 Nov 2026 08:00:00 GMT",
            "Server": "uvicorn",
            "Content-Type": "application/json",
            "Content-Encoding": "gzip",
        },
        content=gzip.compress(body),
    )


def test_recording_config_scrubs_and_matches(
    tmp_path: Path, vcr_config: dict[str, Any], forbidden_strings: list[bytes]
) -> None:
    cassette_path = tmp_path / "recorded.yaml"
    recorder = vcr.VCR()
    recorder.register_matcher("json_body", same_json_body)  # as the tier's hook does
    url = "http://127.0.0.1:4200/api/flows/filter"
    secret_headers = {
        "Authorization": BASIC,
        "Prefect-Csrf-Token": "token-123",
        "Prefect-Csrf-Client": "client-1",
        "Cookie": "session=abc",
        "X-Api-Key": "pnu_0123456789abcdef",
    }
    # vcrpy patches httpx's MockTransport too, so this records like a real server.
    with (
        recorder.use_cassette(str(cassette_path), **{**vcr_config, "record_mode": "all"}),
        httpx.Client(transport=httpx.MockTransport(fake_server)) as http,
    ):
        answer = http.post(url, json={"limit": 1, "offset": 0}, headers=secret_headers)
        assert answer.json()["ok"] is True

    assert cassette_problems(cassette_path, forbidden_strings) == []
    saved = yaml.safe_load(cassette_path.read_text())["interactions"][0]
    assert set(saved["request"]["headers"]) == {"content-type", "accept"}
    assert {h.lower() for h in saved["response"]["headers"]} == {"content-type", "content-length"}
    assert json.loads(saved["response"]["body"]["string"]) == {
        "token": "<scrubbed-api-key>",
        "ok": True,
    }

    with (
        recorder.use_cassette(str(cassette_path), **{**vcr_config, "record_mode": "none"}),
        httpx.Client(transport=httpx.MockTransport(fake_server)) as http,
    ):
        # A different body is a different request (the recorded one is still unplayed) ...
        with pytest.raises(CannotOverwriteExistingCassetteException):
            http.post(url, json={"limit": 2, "offset": 0})
        # ... while JSON bodies match as JSON: key order and spacing do not matter.
        replayed = http.post(
            url, content=b'{"offset": 0,  "limit": 1}', headers={"Content-Type": "application/json"}
        )
        assert replayed.json() == {"token": "<scrubbed-api-key>", "ok": True}
