"""Settings changed through Prefect's in-process settings context (temporary_settings).

Prefect itself is not imported here: stand-ins for `prefect.context` and `prefect.settings`
go into sys.modules with the few names load_settings() reads (the root context, the current
one, each variable's `accessor`). tests/live checks the same against the real Prefect.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

import pytest

from prefect_rest import get_client
from prefect_rest.exceptions import SettingsError
from prefect_rest.settings import load_settings

# Where Prefect 3.8.8 keeps each variable this file sets (prefect.settings.X.accessor).
ACCESSORS = {
    "PREFECT_API_URL": "api.url",
    "PREFECT_API_KEY": "api.key",
    "PREFECT_API_AUTH_STRING": "api.auth_string",
    "PREFECT_API_REQUEST_TIMEOUT": "api.request_timeout",
    "PREFECT_API_TLS_INSECURE_SKIP_VERIFY": "api.tls_insecure_skip_verify",
    "PREFECT_CLIENT_RETRY_EXTRA_CODES": "client.retry_extra_codes",
    "PREFECT_CLIENT_CUSTOM_HEADERS": "client.custom_headers",
    "PREFECT_TESTING_UNIT_TEST_MODE": "testing.unit_test_mode",
    "PREFECT_HOME": "home",
}


class Secret:
    """Like pydantic's SecretStr: hides the value unless asked."""

    def __init__(self, value: str) -> None:
        self._value = value

    def get_secret_value(self) -> str:
        return self._value

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)


def prefect_settings(**changes: Any) -> SimpleNamespace:
    """A stand-in for Prefect's Settings: defaults, with `changes` by variable name."""
    values: dict[str, Any] = {
        "api.url": None,
        "api.key": None,
        "api.auth_string": None,
        "api.request_timeout": 60.0,
        "api.tls_insecure_skip_verify": False,
        "client.retry_extra_codes": set(),
        "client.custom_headers": {},
        "testing.unit_test_mode": False,
        "home": Path("/root/.prefect"),
    }
    for name, value in changes.items():
        values[ACCESSORS[name]] = value
    root = SimpleNamespace()
    for accessor, value in values.items():
        *parents, leaf = accessor.split(".")
        node = root
        for part in parents:
            if not hasattr(node, part):
                setattr(node, part, SimpleNamespace())
            node = getattr(node, part)
        setattr(node, leaf, value)
    return root


@dataclass
class FakePrefect:
    root: SimpleNamespace = field(
        default_factory=lambda: SimpleNamespace(settings=prefect_settings())
    )
    current: SimpleNamespace | None = None

    def enter(self, **changes: Any) -> None:
        """Like `temporary_settings(updates=...)`."""
        self.current = SimpleNamespace(settings=prefect_settings(**changes))


@pytest.fixture
def prefect(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> FakePrefect:
    fake = FakePrefect()
    context = ModuleType("prefect.context")
    context.GLOBAL_SETTINGS_CONTEXT = fake.root  # type: ignore[attr-defined]
    context.SettingsContext = SimpleNamespace(get=lambda: fake.current or fake.root)  # type: ignore[attr-defined]
    settings = ModuleType("prefect.settings")
    for name, accessor in ACCESSORS.items():
        setattr(settings, name, SimpleNamespace(accessor=accessor))
    monkeypatch.setitem(sys.modules, "prefect.context", context)
    monkeypatch.setitem(sys.modules, "prefect.settings", settings)
    for name in [n for n in os.environ if n.startswith("PREFECT_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path))
    monkeypatch.setenv("PREFECT_API_URL", "http://from-env:4200/api")
    return fake


def test_without_a_context_the_environment_is_read(prefect: FakePrefect) -> None:
    prefect.root.settings.api.key = Secret("pnu_read_at_import")  # Prefect's root context
    settings = load_settings()
    assert settings.api_url == "http://from-env:4200/api" and settings.api_key is None


def test_values_changed_in_the_context_win_over_the_environment(prefect: FakePrefect) -> None:
    prefect.enter(
        PREFECT_API_URL="http://from-context:4200/api",
        PREFECT_API_KEY=Secret("pnu_ctx"),
        PREFECT_API_AUTH_STRING=Secret("admin:ctx"),
        PREFECT_API_REQUEST_TIMEOUT=5.0,
        PREFECT_API_TLS_INSECURE_SKIP_VERIFY=True,
        PREFECT_CLIENT_RETRY_EXTRA_CODES={521, 520},
        PREFECT_CLIENT_CUSTOM_HEADERS={"X-Team": "data"},
        PREFECT_TESTING_UNIT_TEST_MODE=True,
    )
    settings = load_settings()
    assert settings.api_url == "http://from-context:4200/api"
    assert settings.api_key == "pnu_ctx" and settings.api_auth_string == "admin:ctx"
    assert settings.request_timeout == 5.0 and settings.tls_insecure_skip_verify is True
    assert settings.retry_extra_codes == frozenset({520, 521})
    assert dict(settings.custom_headers) == {"X-Team": "data"}
    assert settings.testing_unit_test_mode is True


def test_a_setting_cleared_in_the_context_masks_the_environment(prefect: FakePrefect) -> None:
    prefect.enter(PREFECT_API_URL=None)  # e.g. Prefect's `disable_hosted_api_server`
    assert load_settings().api_url is None


def test_inside_a_context_prefect_settings_come_only_from_it(
    prefect: FakePrefect, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Prefect read the environment once, at import; inside a context it sees the context's
    # values (its defaults included), whatever the environment says since. So do we.
    monkeypatch.setenv("PREFECT_API_KEY", "pnu_env")
    monkeypatch.setenv("PREFECT_CLIENT_MAX_CONNECTIONS", "8")  # ours alone: not Prefect's
    prefect.enter(PREFECT_API_AUTH_STRING=Secret("admin:ctx"))
    settings = load_settings()
    assert settings.api_url is None and settings.api_key is None
    assert settings.api_auth_string == "admin:ctx"
    assert settings.max_connections == 8


def test_an_explicit_environ_ignores_the_context(prefect: FakePrefect, tmp_path: Path) -> None:
    prefect.enter(PREFECT_API_URL="http://from-context:4200/api")
    settings = load_settings({"PREFECT_HOME": str(tmp_path), "PREFECT_API_URL": "http://e/api"})
    assert settings.api_url == "http://e/api"


def test_prefect_home_from_the_context_moves_the_profiles_file(  # for our own settings
    prefect: FakePrefect, tmp_path: Path
) -> None:
    home = tmp_path / "context-home"
    home.mkdir()
    (home / "profiles.toml").write_text(
        'active = "dev"\n[profiles.dev]\nPREFECT_CLIENT_MAX_CONNECTIONS = 8\n', encoding="utf-8"
    )
    prefect.enter(PREFECT_HOME=home)
    settings = load_settings()
    assert settings.home == home and settings.max_connections == 8


def test_a_bad_value_in_the_context_is_named_and_kept_secret(prefect: FakePrefect) -> None:
    prefect.enter(PREFECT_CLIENT_CUSTOM_HEADERS={"X-Team": "SECRET\nbreak"})
    with pytest.raises(SettingsError, match="Prefect's settings context") as caught:
        load_settings()
    assert "SECRET" not in str(caught.value)


def test_get_client_follows_the_context(prefect: FakePrefect) -> None:
    prefect.enter(PREFECT_API_URL="http://from-context:4200/api", PREFECT_API_KEY=Secret("pnu_ctx"))
    client = get_client()
    assert str(client.api_url) == "http://from-context:4200/api/"
    assert client._client.headers["Authorization"] == "Bearer pnu_ctx"


def test_loading_settings_never_imports_prefect(tmp_path: Path) -> None:
    script = textwrap.dedent(
        """
        import sys
        import prefect_rest
        from prefect_rest.settings import load_settings
        load_settings()
        prefect_rest.get_client()
        prefect_rest.PrefectClient("http://127.0.0.1:9/api")
        print(sorted(m for m in sys.modules if m == "prefect" or m.startswith("prefect.")))
        """
    )
    env = {"PREFECT_HOME": str(tmp_path), "PREFECT_API_URL": "http://127.0.0.1:9/api"}
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
