"""With Prefect loaded, our status errors are also Prefect's classes of the same name, so
Prefect's own library code (which the import rename does not touch) catches them."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys

import httpx
import pytest

from prefect_rest import exceptions as ours

prefect_exceptions = pytest.importorskip("prefect.exceptions")


def answer(status: int, detail: str = "nope") -> httpx.Response:
    request = httpx.Request("GET", "http://x/api/block_types/slug/local-file-system")
    return httpx.Response(status, json={"detail": detail}, request=request)


@pytest.mark.parametrize(
    ("status", "detail", "name"),
    [
        (404, "Block type not found", "ObjectNotFound"),
        (409, "Data integrity conflict", "ObjectAlreadyExists"),
        (403, "protected block types cannot be deleted", "ProtectedBlockError"),
    ],
)
def test_prefects_except_catches_ours_and_the_class_stays_ours(
    status: int, detail: str, name: str
) -> None:
    error = ours.error_for_response(answer(status, detail))
    assert type(error) is getattr(ours, name)
    try:
        raise error
    except getattr(prefect_exceptions, name) as caught:  # what Prefect's Block.asave does
        assert caught is error
    assert isinstance(error, prefect_exceptions.PrefectHTTPStatusError)
    assert isinstance(error, httpx.HTTPStatusError)
    assert str(error).endswith(detail) and f"-> {status}" in str(error)
    assert error.http_exc is error and error.response.status_code == status
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error) and str(copy) == str(error)


def test_every_status_error_is_prefects_status_error() -> None:
    error = ours.error_for_response(answer(500, "boom"))
    assert type(error) is ours.ServerError
    assert isinstance(error, prefect_exceptions.PrefectHTTPStatusError)
    assert not isinstance(error, prefect_exceptions.ObjectNotFound)


PROBE = """
import json, sys, httpx
from prefect_rest.exceptions import ObjectNotFound, error_for_response
request = httpx.Request("GET", "http://x/api/flows/1")
error = error_for_response(httpx.Response(404, json={"detail": "x"}, request=request))
print(json.dumps(["prefect" in sys.modules, [c.__module__ for c in ObjectNotFound.__mro__]]))
"""


def test_without_prefect_loaded_nothing_is_imported_or_added() -> None:
    out = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True
    ).stdout
    loaded, modules = json.loads(out)
    assert loaded is False
    assert not any(module.startswith("prefect.") for module in modules)
