"""Settings: Prefect's environment variables and profiles, read without importing Prefect.

Every test passes an explicit `environ` with PREFECT_HOME (or HOME) under tmp_path, so the
developer's real ~/.prefect and environment never leak in.
"""

from __future__ import annotations

import dataclasses
import logging
import os
from pathlib import Path

import pytest

from prefect_rest.exceptions import SettingsError
from prefect_rest.settings import REDACTED, Settings, load_settings

API_KEY = "pnu_SECRET_api_key_1234567890"
AUTH_STRING = "admin:SECRET-auth-pass"
DB_PASSWORD = "SECRET-db-pass"


@pytest.fixture
def home(tmp_path: Path) -> Path:
    path = tmp_path / "prefect-home"
    path.mkdir()
    return path


def write_profiles(home: Path, text: str) -> Path:
    path = home / "profiles.toml"
    path.write_text(text, encoding="utf-8")
    return path


def load(home: Path, **variables: str) -> Settings:
    return load_settings({"PREFECT_HOME": str(home), **variables})


def error_for(home: Path, **variables: str) -> str:
    with pytest.raises(SettingsError) as caught:
        load(home, **variables)
    return str(caught.value)


# --- defaults and precedence -------------------------------------------------------------


def test_defaults_without_profiles_file(home: Path) -> None:
    settings = load(home)
    assert settings == Settings(home=home)
    assert settings.api_url is None
    assert settings.request_timeout == 60.0
    assert settings.max_retries == 5
    assert settings.retry_jitter_factor == 0.2
    assert settings.retry_extra_codes == frozenset()
    assert settings.csrf_support_enabled is True
    assert settings.enable_http2 is False
    assert dict(settings.custom_headers) == {}
    assert (settings.max_connections, settings.max_keepalive_connections) == (
        16,
        8,
    )  # Prefect's pool
    assert settings.profile is None


def test_environment_beats_profile_beats_default(home: Path) -> None:
    write_profiles(
        home,
        'active = "work"\n'
        "[profiles.work]\n"
        'PREFECT_API_URL = "http://profile:4200/api"\n'
        'PREFECT_CLIENT_MAX_RETRIES = "2"\n',
    )
    settings = load(home, PREFECT_API_URL="http://env:4200/api")
    assert settings.api_url == "http://env:4200/api"  # environment
    assert settings.max_retries == 2  # profile
    assert settings.request_timeout == 60.0  # default
    assert settings.profile == "work"


def test_empty_environment_value_means_unset_and_masks_the_profile(home: Path) -> None:
    write_profiles(
        home,
        'active = "work"\n[profiles.work]\n'
        'PREFECT_API_URL = "http://profile/api"\nPREFECT_CLIENT_MAX_RETRIES = 1\n',
    )
    settings = load(home, PREFECT_API_URL="", PREFECT_CLIENT_MAX_RETRIES=" ")
    assert settings.api_url is None
    assert settings.max_retries == 5


def test_default_home_is_dot_prefect_under_home(tmp_path: Path) -> None:
    (tmp_path / ".prefect").mkdir()
    write_profiles(
        tmp_path / ".prefect", 'active = "a"\n[profiles.a]\nPREFECT_API_URL = "http://a/api"\n'
    )
    settings = load_settings({"HOME": str(tmp_path)})
    assert settings.home == tmp_path / ".prefect"
    assert settings.api_url == "http://a/api"


def test_prefect_home_expands_tilde(tmp_path: Path) -> None:
    (tmp_path / "ph").mkdir()
    write_profiles(tmp_path / "ph", 'active = "a"\n[profiles.a]\nPREFECT_CLIENT_MAX_RETRIES = 3\n')
    settings = load_settings({"HOME": str(tmp_path), "PREFECT_HOME": "~/ph"})
    assert settings.home == tmp_path / "ph"
    assert settings.max_retries == 3


def test_profiles_path_overrides_home_and_supports_templates(tmp_path: Path, home: Path) -> None:
    write_profiles(home, 'active = "a"\n[profiles.a]\nPREFECT_CLIENT_MAX_RETRIES = 1\n')
    elsewhere = tmp_path / "other.toml"
    elsewhere.write_text('active = "b"\n[profiles.b]\nPREFECT_CLIENT_MAX_RETRIES = 2\n')
    (home / "custom.toml").write_text(
        'active = "c"\n[profiles.c]\nPREFECT_CLIENT_MAX_RETRIES = 7\n'
    )

    assert load(home, PREFECT_PROFILES_PATH=str(elsewhere)).max_retries == 2
    by_template = load(home, PREFECT_PROFILES_PATH="$PREFECT_HOME/custom.toml")
    assert by_template.max_retries == 7
    by_tilde = load_settings({"HOME": str(tmp_path), "PREFECT_PROFILES_PATH": "~/other.toml"})
    assert by_tilde.max_retries == 2


def test_lowercase_variable_names_are_read_like_prefect_does(home: Path) -> None:
    assert load(home, prefect_api_url="http://lower/api").api_url == "http://lower/api"
    # The other spelling comes last, so "last one wins" would pick it: exact case must win.
    both = load(home, PREFECT_API_URL="http://upper/api", prefect_api_url="http://lower/api")
    assert both.api_url == "http://upper/api"


def test_load_settings_defaults_to_os_environ(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.upper().startswith("PREFECT_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("PREFECT_HOME", str(home))
    monkeypatch.setenv("PREFECT_API_URL", "http://from-os-environ/api")
    assert load_settings().api_url == "http://from-os-environ/api"


def test_settings_are_frozen_and_hashable(home: Path) -> None:
    settings = load(home, PREFECT_CLIENT_CUSTOM_HEADERS='{"X-A": "b"}')
    with pytest.raises(dataclasses.FrozenInstanceError):
        settings.api_url = "http://x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        settings.custom_headers["X-B"] = "c"  # type: ignore[index]
    assert hash(settings) == hash(load(home, PREFECT_CLIENT_CUSTOM_HEADERS='{"X-A": "b"}'))


# --- profiles ------------------------------------------------------------------------------

PROFILES = """
active = "dev"

[profiles.dev]
PREFECT_API_URL = "http://dev:4200/api"

[profiles.prod]
PREFECT_API_URL = "https://prod.example.com/api"
"""


def test_active_profile_from_file(home: Path) -> None:
    write_profiles(home, PROFILES)
    settings = load(home)
    assert (settings.profile, settings.api_url) == ("dev", "http://dev:4200/api")


def test_prefect_profile_selects_another_profile(home: Path) -> None:
    write_profiles(home, PROFILES)
    settings = load(home, PREFECT_PROFILE="prod")
    assert (settings.profile, settings.api_url) == ("prod", "https://prod.example.com/api")


def test_empty_prefect_profile_falls_back_to_active(home: Path) -> None:
    write_profiles(home, PROFILES)
    assert load(home, PREFECT_PROFILE="").profile == "dev"


def test_unknown_prefect_profile_lists_the_existing_ones(home: Path) -> None:
    path = write_profiles(home, PROFILES)
    message = error_for(home, PREFECT_PROFILE="prdo")
    assert "PREFECT_PROFILE='prdo'" in message
    assert "dev" in message and "prod" in message
    assert str(path) in message


def test_unknown_prefect_profile_without_a_file(home: Path) -> None:
    message = error_for(home, PREFECT_PROFILE="nope")
    assert "PREFECT_PROFILE='nope'" in message
    assert "ephemeral" in message  # Prefect's built-in profiles always exist


def test_builtin_profile_not_in_the_file_gives_no_values(home: Path) -> None:
    # Prefect 3.8.8 accepts its bundled profile names but takes no values from them.
    write_profiles(home, PROFILES)
    settings = load(home, PREFECT_PROFILE="local")
    assert (settings.profile, settings.api_url) == ("local", None)


def test_no_active_profile_means_no_profile_values(home: Path) -> None:
    # Prefect 3 ignores even a [profiles.default] table unless it is made active.
    write_profiles(home, '[profiles.default]\nPREFECT_API_URL = "http://default/api"\n')
    settings = load(home)
    assert (settings.profile, settings.api_url) == (None, None)


def test_missing_active_profile_in_file_warns_like_prefect(
    home: Path, caplog: pytest.LogCaptureFixture
) -> None:
    write_profiles(home, 'active = "gone"\n' + PROFILES.replace('active = "dev"', ""))
    with caplog.at_level(logging.WARNING, logger="prefect_rest.settings"):
        settings = load(home)
    assert (settings.profile, settings.api_url) == (None, None)
    assert "'gone'" in caplog.text


def test_invalid_toml_names_the_file(home: Path) -> None:
    path = write_profiles(home, "active = \n[profiles.x")
    message = error_for(home)
    assert "PREFECT_PROFILES_PATH" in message
    assert str(path) in message
    assert "TOML" in message


def test_unreadable_profiles_file_names_the_file(home: Path) -> None:
    (home / "profiles.toml").mkdir()  # a directory where the file should be
    message = error_for(home)
    assert str(home / "profiles.toml") in message


@pytest.mark.parametrize(
    "text", ["active = 3\n", "profiles = 3\n", "[profiles]\nx = 3\n"], ids=["active", "root", "x"]
)
def test_malformed_profiles_structure_names_the_file(home: Path, text: str) -> None:
    path = write_profiles(home, text)
    assert str(path) in error_for(home)


def test_toml_native_values(home: Path) -> None:
    write_profiles(
        home,
        'active = "n"\n[profiles.n]\n'
        "PREFECT_API_ENABLE_HTTP2 = true\n"
        "PREFECT_CLIENT_CSRF_SUPPORT_ENABLED = false\n"
        "PREFECT_API_REQUEST_TIMEOUT = 5\n"
        "PREFECT_CLIENT_RETRY_JITTER_FACTOR = 0.5\n"
        "PREFECT_CLIENT_MAX_RETRIES = 3\n"
        "PREFECT_CLIENT_RETRY_EXTRA_CODES = [520, 521]\n"
        'PREFECT_CLIENT_CUSTOM_HEADERS = { X-Team = "data" }\n',
    )
    settings = load(home)
    assert settings.enable_http2 is True
    assert settings.csrf_support_enabled is False
    assert settings.request_timeout == 5.0
    assert settings.retry_jitter_factor == 0.5
    assert settings.max_retries == 3
    assert settings.retry_extra_codes == {520, 521}
    assert dict(settings.custom_headers) == {"X-Team": "data"}


def test_error_from_a_profile_says_which_profile_and_file(home: Path) -> None:
    path = write_profiles(home, 'active = "w"\n[profiles.w]\nPREFECT_CLIENT_MAX_RETRIES = "lots"\n')
    message = error_for(home)
    assert "PREFECT_CLIENT_MAX_RETRIES='lots'" in message
    assert "profile 'w'" in message and str(path) in message


# --- value types ---------------------------------------------------------------------------


@pytest.mark.parametrize("word", ["true", "TRUE", "1", "yes", "On", " true "])
def test_true_words(home: Path, word: str) -> None:
    assert load(home, PREFECT_API_ENABLE_HTTP2=word).enable_http2 is True


@pytest.mark.parametrize("word", ["false", "False", "0", "no", "OFF"])
def test_false_words(home: Path, word: str) -> None:
    assert load(home, PREFECT_CLIENT_CSRF_SUPPORT_ENABLED=word).csrf_support_enabled is False


def test_numbers(home: Path) -> None:
    settings = load(
        home,
        PREFECT_API_REQUEST_TIMEOUT="2.5",
        PREFECT_CLIENT_MAX_RETRIES="0",
        PREFECT_CLIENT_RETRY_JITTER_FACTOR="0",
    )
    assert (settings.request_timeout, settings.max_retries) == (2.5, 0)
    assert settings.retry_jitter_factor == 0.0
    # pydantic's lax integers, which Prefect uses, accept "5.0"
    assert load(home, PREFECT_CLIENT_MAX_RETRIES=" 5.0 ").max_retries == 5


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("PREFECT_API_ENABLE_HTTP2", "maybe"),
        ("PREFECT_API_TLS_INSECURE_SKIP_VERIFY", "2"),
        ("PREFECT_CLIENT_CSRF_SUPPORT_ENABLED", "enabled"),
        ("PREFECT_API_REQUEST_TIMEOUT", "abc"),
        ("PREFECT_API_REQUEST_TIMEOUT", "0"),
        ("PREFECT_API_REQUEST_TIMEOUT", "-1"),
        ("PREFECT_API_REQUEST_TIMEOUT", "inf"),
        ("PREFECT_API_REQUEST_TIMEOUT", "nan"),
        ("PREFECT_CLIENT_MAX_RETRIES", "-1"),
        ("PREFECT_CLIENT_MAX_RETRIES", "2.5"),
        ("PREFECT_CLIENT_MAX_RETRIES", "five"),
        ("PREFECT_CLIENT_RETRY_JITTER_FACTOR", "-0.1"),
        ("PREFECT_CLIENT_MAX_CONNECTIONS", "0"),
        ("PREFECT_CLIENT_MAX_KEEPALIVE_CONNECTIONS", "x"),
        ("PREFECT_API_URL", "ftp://example.com/api"),
        ("PREFECT_API_URL", "localhost:4200/api"),
        ("PREFECT_API_URL", "http://host:port/api"),
        ("PREFECT_API_SSL_CERT_FILE", "/no/such/cert.pem"),
        ("PREFECT_CLIENT_RETRY_EXTRA_CODES", "abc"),
    ],
)
def test_malformed_value_names_setting_and_value(home: Path, name: str, value: str) -> None:
    message = error_for(home, **{name: value})
    assert f"{name}={value!r}" in message


@pytest.mark.parametrize(
    ("key", "toml_value"),
    [
        ("PREFECT_API_ENABLE_HTTP2", "2"),
        ("PREFECT_CLIENT_MAX_RETRIES", "true"),
        ("PREFECT_API_REQUEST_TIMEOUT", "[1]"),
        ("PREFECT_API_URL", "42"),
    ],
)
def test_wrong_toml_type_names_setting(home: Path, key: str, toml_value: str) -> None:
    write_profiles(home, f'active = "p"\n[profiles.p]\n{key} = {toml_value}\n')
    assert f"{key}=" in error_for(home)


def test_is_a_value_error(home: Path) -> None:
    with pytest.raises(ValueError, match="PREFECT_CLIENT_MAX_RETRIES"):
        load(home, PREFECT_CLIENT_MAX_RETRIES="x")


# --- API URL -------------------------------------------------------------------------------


def test_api_url_trailing_slash_is_stripped(home: Path) -> None:
    assert load(home, PREFECT_API_URL=" https://h.example/api/ ").api_url == "https://h.example/api"


def test_api_url_credentials_are_redacted_in_errors(home: Path) -> None:
    message = error_for(home, PREFECT_API_URL="ftp://bob:hunter2@h.example/api")
    assert "PREFECT_API_URL=" in message
    assert "h.example" in message
    assert "hunter2" not in message


def test_api_url_credentials_are_redacted_in_repr(home: Path) -> None:
    settings = load(home, PREFECT_API_URL="https://bob:hunter2@h.example/api")
    assert settings.api_url == "https://bob:hunter2@h.example/api"
    assert "hunter2" not in repr(settings)
    assert settings.redacted()["api_url"] == f"https://bob:{REDACTED}@h.example/api"


# --- secrets -------------------------------------------------------------------------------


def test_secrets_never_in_repr_or_str(home: Path) -> None:
    settings = load(
        home,
        PREFECT_API_KEY=API_KEY,
        PREFECT_API_AUTH_STRING=AUTH_STRING,
        PREFECT_SERVER_DATABASE_CONNECTION_URL=f"postgresql+asyncpg://u:{DB_PASSWORD}@db/prefect",
        PREFECT_CLIENT_CUSTOM_HEADERS='{"Authorization": "Bearer SECRET-header"}',
    )
    assert settings.api_key == API_KEY  # the value itself is kept
    assert settings.api_auth_string == AUTH_STRING
    for text in (repr(settings), str(settings), str(settings.redacted())):
        for secret in (API_KEY, AUTH_STRING, "SECRET-auth-pass", DB_PASSWORD, "SECRET-header"):
            assert secret not in text
    shown = settings.redacted()
    assert shown["api_key"] == REDACTED
    assert shown["api_auth_string"] == REDACTED
    assert shown["database_connection_url"] == f"postgresql+asyncpg://u:{REDACTED}@db/prefect"
    assert shown["custom_headers"] == {"Authorization": REDACTED}


def test_redacted_shows_unset_secrets_as_none(home: Path) -> None:
    shown = load(home).redacted()
    assert shown["api_key"] is None
    assert shown["api_auth_string"] is None
    assert shown["home"] == str(home)


def test_secret_values_never_in_errors(home: Path) -> None:
    write_profiles(
        home,
        'active = "s"\n[profiles.s]\n'
        "PREFECT_API_KEY = 987654321\n"
        'PREFECT_API_AUTH_STRING = { user = "SECRET-auth-pass" }\n',
    )
    message = error_for(home)
    assert "PREFECT_API_KEY=<redacted>" in message
    assert "987654321" not in message

    write_profiles(home, 'active = "s"\n[profiles.s]\nPREFECT_API_AUTH_STRING = ["SECRET-x"]\n')
    message = error_for(home)
    assert "PREFECT_API_AUTH_STRING=<redacted>" in message
    assert "SECRET-x" not in message


# --- database URL --------------------------------------------------------------------------


def test_database_url_prefect3_name_beats_the_old_alias(home: Path) -> None:
    settings = load(
        home,
        PREFECT_API_DATABASE_CONNECTION_URL="sqlite+aiosqlite:///old.db",
        PREFECT_SERVER_DATABASE_CONNECTION_URL="sqlite+aiosqlite:///new.db",
    )
    assert settings.database_connection_url == "sqlite+aiosqlite:///new.db"


def test_database_url_old_alias_in_env_beats_profile(home: Path) -> None:
    write_profiles(
        home,
        'active = "p"\n[profiles.p]\n'
        'PREFECT_SERVER_DATABASE_CONNECTION_URL = "sqlite+aiosqlite:///profile.db"\n',
    )
    assert load(home).database_connection_url == "sqlite+aiosqlite:///profile.db"
    settings = load(home, PREFECT_API_DATABASE_CONNECTION_URL="sqlite+aiosqlite:///env.db")
    assert settings.database_connection_url == "sqlite+aiosqlite:///env.db"


# --- retry extra codes ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "codes"),
    [
        ("520", {520}),
        ("520,521", {520, 521}),
        (" 520 , 521 ", {520, 521}),
        ("[520, 521]", {520, 521}),
        ('"520"', {520}),
        ('["520"]', {520}),
        ("100,599", {100, 599}),
        ("", set()),
    ],
)
def test_extra_codes_formats(home: Path, value: str, codes: set[int]) -> None:
    assert load(home, PREFECT_CLIENT_RETRY_EXTRA_CODES=value).retry_extra_codes == codes


def test_extra_codes_single_toml_int(home: Path) -> None:
    write_profiles(home, 'active = "p"\n[profiles.p]\nPREFECT_CLIENT_RETRY_EXTRA_CODES = 429\n')
    assert load(home).retry_extra_codes == {429}


@pytest.mark.parametrize("value", ["99", "600", "520,", "{520}", "[true]", "520;521", "[520"])
def test_extra_codes_rejected(home: Path, value: str) -> None:
    message = error_for(home, PREFECT_CLIENT_RETRY_EXTRA_CODES=value)
    assert f"PREFECT_CLIENT_RETRY_EXTRA_CODES={value!r}" in message
    assert "100-599" in message


# --- custom headers ------------------------------------------------------------------------


def test_custom_headers_json(home: Path) -> None:
    settings = load(home, PREFECT_CLIENT_CUSTOM_HEADERS='{"X-Team": "data", "X-Env": "prod"}')
    assert dict(settings.custom_headers) == {"X-Team": "data", "X-Env": "prod"}


def test_protected_headers_are_dropped_with_a_warning(
    home: Path, caplog: pytest.LogCaptureFixture
) -> None:
    value = (
        '{"user-agent": "x", "Prefect-Csrf-Token": "t", "PREFECT-CSRF-CLIENT": "c", "X-Ok": "1"}'
    )
    with caplog.at_level(logging.WARNING, logger="prefect_rest.settings"):
        settings = load(home, PREFECT_CLIENT_CUSTOM_HEADERS=value)
    assert dict(settings.custom_headers) == {"X-Ok": "1"}
    assert "'user-agent'" in caplog.text
    assert "'Prefect-Csrf-Token'" in caplog.text
    assert "'PREFECT-CSRF-CLIENT'" in caplog.text


@pytest.mark.parametrize(
    ("value", "detail"),
    [
        ("{not json", "invalid JSON"),
        ('["X-A", "b"]', "JSON object"),
        ('{"X-A": 1}', "'X-A'"),
        ('{"X-A": "SECRET\\r\\nInjected: 1"}', "'X-A'"),
        ('{"Bad Name": "SECRET"}', "'Bad Name'"),
    ],
)
def test_custom_headers_rejected_without_echoing_values(
    home: Path, value: str, detail: str
) -> None:
    message = error_for(home, PREFECT_CLIENT_CUSTOM_HEADERS=value)
    assert "PREFECT_CLIENT_CUSTOM_HEADERS=<redacted>" in message
    assert detail in message
    assert "SECRET" not in message


# --- connection pool -----------------------------------------------------------------------


def test_pool_sizes(home: Path) -> None:
    settings = load(
        home, PREFECT_CLIENT_MAX_CONNECTIONS="100", PREFECT_CLIENT_MAX_KEEPALIVE_CONNECTIONS="50"
    )
    assert (settings.max_connections, settings.max_keepalive_connections) == (100, 50)


def test_small_pool_lowers_the_keepalive_default(home: Path) -> None:
    settings = load(home, PREFECT_CLIENT_MAX_CONNECTIONS="4")
    assert (settings.max_connections, settings.max_keepalive_connections) == (4, 4)


def test_keepalive_above_max_connections_is_an_error(home: Path) -> None:
    message = error_for(
        home, PREFECT_CLIENT_MAX_CONNECTIONS="10", PREFECT_CLIENT_MAX_KEEPALIVE_CONNECTIONS="20"
    )
    assert "PREFECT_CLIENT_MAX_KEEPALIVE_CONNECTIONS='20'" in message
    assert "PREFECT_CLIENT_MAX_CONNECTIONS (10)" in message


@pytest.mark.parametrize(
    "name", ["PREFECT_CLIENT_MAX_CONNECTIONS", "PREFECT_CLIENT_MAX_KEEPALIVE_CONNECTIONS"]
)
def test_pool_sizes_must_be_positive(home: Path, name: str) -> None:
    assert f"{name}='0'" in error_for(home, **{name: "0"})


# --- TLS certificate file ------------------------------------------------------------------


def test_ssl_cert_file_expands_tilde(tmp_path: Path, home: Path) -> None:
    (tmp_path / "ca.pem").write_text("cert")
    settings = load(home, HOME=str(tmp_path), PREFECT_API_SSL_CERT_FILE="~/ca.pem")
    assert settings.ssl_cert_file == str(tmp_path / "ca.pem")


def test_ssl_cert_file_falls_back_to_ssl_cert_file_variable(tmp_path: Path, home: Path) -> None:
    standard, prefect = tmp_path / "standard.pem", tmp_path / "prefect.pem"
    standard.write_text("cert")
    prefect.write_text("cert")
    assert load(home, SSL_CERT_FILE=str(standard)).ssl_cert_file == str(standard)
    both = load(home, SSL_CERT_FILE=str(standard), PREFECT_API_SSL_CERT_FILE=str(prefect))
    assert both.ssl_cert_file == str(prefect)


def test_missing_ssl_cert_file_variable_is_named(home: Path) -> None:
    assert "SSL_CERT_FILE='/no/such.pem'" in error_for(home, SSL_CERT_FILE="/no/such.pem")
