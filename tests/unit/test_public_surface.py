"""What `import prefect_rest` offers: the public names, loaded only when used."""

from __future__ import annotations

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
