"""_core/redact: which forms of a credential are recognised, and what is left alone."""

from __future__ import annotations

import base64
import json

import httpx
import pytest

from prefect_rest._core.redact import (
    REDACTED,
    credentials_of,
    move_url_credentials,
    redact,
    safe_url,
    url_without_credentials,
)

PASSWORD = 'p@ss "wörd"/1'
AUTH = f"admin:{PASSWORD}"
TOKEN = base64.b64encode(AUTH.encode()).decode()


def basic_request() -> httpx.Request:
    return httpx.Request("GET", "http://test/api/x", headers={"Authorization": f"Basic {TOKEN}"})


@pytest.mark.parametrize(
    "echoed",
    [
        f"Basic {TOKEN}",  # the header value
        TOKEN,  # its token
        AUTH,  # decoded
        PASSWORD,  # the password alone
        json.dumps(PASSWORD)[1:-1],  # inside a JSON string: quotes and ö escaped
        "p%40ss%20%22w%C3%B6rd%22%2F1",  # percent-encoded
    ],
)
def test_every_form_of_a_basic_credential_is_redacted(echoed: str) -> None:
    text = f"before {echoed} after"
    assert redact(text, credentials_of(basic_request())) == f"before {REDACTED} after"


def test_a_json_body_stays_valid_json() -> None:
    body = json.dumps({"detail": "no", "auth": AUTH, "password": PASSWORD})
    cleaned = json.loads(redact(body, credentials_of(basic_request())))
    assert cleaned == {"detail": "no", "auth": REDACTED, "password": REDACTED}


def test_credential_like_headers_count_and_others_do_not() -> None:
    request = httpx.Request(
        "GET",
        "http://test/",
        headers={
            "X-Api-Key": "key-value-1234",
            "Prefect-Csrf-Token": "csrf-value-1234",
            "Cookie": "session=cookie-value-1234",
            "User-Agent": "prefect-rest/0.1",
            "X-Trace": "trace-value-1234",
        },
    )
    secrets = credentials_of(request)
    for value in ("key-value-1234", "csrf-value-1234", "session=cookie-value-1234"):
        assert value in secrets
    assert "prefect-rest/0.1" not in secrets and "trace-value-1234" not in secrets


def test_a_short_secret_is_only_masked_where_it_stands_alone() -> None:
    request = httpx.Request("GET", "http://u:ab1@test/")
    secrets = credentials_of(request)
    assert redact("password ab1, not cab12", secrets) == f"password {REDACTED}, not cab12"


def test_no_request_no_secrets_but_shapes_are_still_masked() -> None:
    assert credentials_of(None) == ()
    assert redact("plain text") == "plain text"
    assert redact('{"Authorization": "Bearer xyz"}') == f'{{"Authorization": "{REDACTED}"}}'
    assert redact("Authorization: Basic abc\r\nHost: x") == f"Authorization: {REDACTED}\r\nHost: x"
    assert redact("see https://u:pw@h/p") == f"see https://u:{REDACTED}@h/p"
    assert redact("see https://h/p and user@example.com") == "see https://h/p and user@example.com"


def test_urls_shown_without_password_or_without_credentials() -> None:
    url = "http://admin:s3cret@example.com:4200/api"
    assert safe_url(url) == f"http://admin:{REDACTED}@example.com:4200/api"
    assert url_without_credentials(url) == "http://example.com:4200/api"
    assert safe_url("http://example.com/api") == "http://example.com/api"


@pytest.mark.parametrize("as_basic_auth", [True, False])
def test_url_credentials_move_out_of_the_url(as_basic_auth: bool) -> None:
    request = httpx.Request("GET", "http://admin:s%40cret@example.com/api/flows")
    move_url_credentials(request, as_basic_auth=as_basic_auth)
    assert str(request.url) == "http://example.com/api/flows"
    expected = "Basic " + base64.b64encode(b"admin:s@cret").decode()
    # httpx would build the same header from the URL (as BasicAuth does).
    assert httpx.BasicAuth("admin", "s@cret")._auth_header == expected
    assert request.headers.get("Authorization") == (expected if as_basic_auth else None)


def test_a_url_without_credentials_is_left_alone() -> None:
    request = httpx.Request("GET", "http://example.com/api", headers={"Authorization": "Bearer k"})
    move_url_credentials(request, as_basic_auth=True)
    assert request.headers["Authorization"] == "Bearer k"
    assert str(request.url) == "http://example.com/api"
