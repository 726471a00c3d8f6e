"""What `import prefect_rest` offers: the public names, loaded only when used."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys

import prefect_rest
from prefect_rest import exceptions


def test_every_public_name_resolves_and_dir_shows_no_helpers() -> None:
    for name in prefect_rest.__all__:
        assert getattr(prefect_rest, name) is not None, name
    shown = [name for name in dir(prefect_rest) if not name.startswith("__")]
    assert sorted(shown) == sorted(n for n in prefect_rest.__all__ if not n.startswith("__"))
    for helper in ("Any", "TYPE_CHECKING", "import_module"):
        assert helper not in dir(prefect_rest)


def test_the_top_level_exceptions_are_the_exceptions_modules() -> None:
    for name in prefect_rest._EXCEPTIONS:
        assert getattr(prefect_rest, name) is getattr(exceptions, name)
        assert name in exceptions.__all__
    assert prefect_rest.ObjectNotFound.__module__ == "prefect_rest.exceptions"


def test_every_exception_class_is_public_at_the_top_level() -> None:
    ours = {
        name
        for name in exceptions.__all__
        if isinstance(value := getattr(exceptions, name), type)
        and issubclass(value, exceptions.PrefectRestError)
    }
    assert ours == set(prefect_rest._EXCEPTIONS)
    assert ours <= set(prefect_rest.__all__)
    # Under both names Prefect users know.
    assert {"PrefectException", "PrefectHTTPStatusError", "ClientClosed"} <= ours


def test_the_clients_settings_and_subpackages_are_public() -> None:
    expected = {
        "PrefectClient",
        "SyncPrefectClient",
        "get_client",
        "Settings",
        "load_settings",
        "events",
        "exceptions",
        "local_server",
        "schemas",
        "settings",
        "states",
    }
    assert expected <= set(prefect_rest.__all__)
    assert prefect_rest.Settings is prefect_rest.settings.Settings
    assert prefect_rest.schemas.__name__ == "prefect_rest.schemas"


def test_internals_are_reachable_but_not_public() -> None:
    # Prefect's tests import this helper from prefect.client.orchestration (renamed: us).
    assert callable(prefect_rest._clear_api_version_check_cache)
    assert "_clear_api_version_check_cache" not in prefect_rest.__all__
    importlib.import_module("prefect_rest._async.client")  # binds `_async` on the package
    assert prefect_rest._async is not None  # type: ignore[attr-defined]
    assert all(not name.startswith("_") or name.startswith("__") for name in dir(prefect_rest))
    assert "_async" not in dir(prefect_rest)


def test_an_unknown_name_is_an_attribute_error_naming_it() -> None:
    try:
        prefect_rest.NoSuchThing  # type: ignore[attr-defined]  # noqa: B018
    except AttributeError as error:
        assert "NoSuchThing" in str(error)
    else:
        raise AssertionError("no AttributeError")


def test_importing_the_package_loads_no_client_until_a_name_is_used() -> None:
    probe = (
        "import sys, json, prefect_rest\n"
        "before = {m for m in ('httpx', 'prefect_rest._async.client', 'prefect_rest.exceptions')"
        " if m in sys.modules}\n"
        "prefect_rest.ObjectNotFound\n"
        "after = 'prefect_rest.exceptions' in sys.modules\n"
        "print(json.dumps([sorted(before), after]))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert json.loads(out) == [[], True]
