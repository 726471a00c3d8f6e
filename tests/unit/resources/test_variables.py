"""Variables on a mock transport: bodies sent, answers returned, client-side checks."""

from __future__ import annotations

from typing import Any
from uuid import UUID

import httpx
import pytest

from prefect_rest.exceptions import ObjectNotFound, PermissionDenied
from prefect_rest.schemas.actions import VariableCreate, VariableUpdate
from prefect_rest.schemas.objects import Variable
from support.mock_server import MockServer, json_of


def variable_json(name: str = "colour", value: Any = "blue", **fields: Any) -> dict[str, Any]:
    return {
        "id": "11111111-1111-4111-8111-111111111111",
        "created": "2026-01-01T00:00:00Z",
        "updated": "2026-01-01T00:00:00Z",
        "name": name,
        "value": value,
        "tags": [],
        **fields,
    }


async def test_create_sends_name_value_tags(client_for: Any) -> None:
    value = {"nested": [1, None, {"x": True}]}
    server = MockServer(httpx.Response(201, json=variable_json(value=value, tags=["a"])))
    created = await client_for(server).create_variable(
        VariableCreate(name="colour", value=value, tags=["a"])
    )
    assert isinstance(created, Variable)
    assert created.to_dict()["value"] == value
    assert server.calls() == [("POST", "/variables/")]
    assert server.bodies() == [{"name": "colour", "value": value, "tags": ["a"]}]


async def test_create_accepts_a_dict(client_for: Any) -> None:
    server = MockServer(httpx.Response(201, json=variable_json(value=None)))
    await client_for(server).create_variable({"name": "colour", "value": None})
    assert server.bodies() == [{"name": "colour", "value": None}]


async def test_create_rejects_other_types_before_any_request(client_for: Any) -> None:
    server = MockServer()
    with pytest.raises(TypeError, match="VariableCreate"):
        await client_for(server).create_variable("colour=blue")
    with pytest.raises(TypeError, match=r"missing required field.*'value'"):
        await client_for(server).create_variable({"name": "colour"})
    assert server.requests == []


async def test_read_by_name_returns_none_when_missing(client_for: Any) -> None:
    server = MockServer(httpx.Response(404, json={"detail": "Variable not found."}))
    assert await client_for(server).read_variable_by_name("colour") is None
    assert server.calls() == [("GET", "/variables/name/colour")]


async def test_read_by_name_lets_other_errors_through(client_for: Any) -> None:
    server = MockServer(httpx.Response(403, json={"detail": "Forbidden"}))
    with pytest.raises(PermissionDenied):
        await client_for(server).read_variable_by_name("colour")


async def test_read_by_name_checks_the_name(client_for: Any) -> None:
    server = MockServer()
    with pytest.raises(ValueError, match="empty"):
        await client_for(server).read_variable_by_name("")
    with pytest.raises(TypeError, match="NoneType"):
        await client_for(server).delete_variable_by_name(None)
    assert server.requests == []


async def test_read_variables_without_limit_sends_none(client_for: Any) -> None:
    server = MockServer(httpx.Response(200, json=[variable_json()]))
    variables = await client_for(server).read_variables()
    assert [v.name for v in variables] == ["colour"]
    assert server.calls() == [("POST", "/variables/filter")]
    assert server.bodies() == [{"offset": 0}]


async def test_read_variables_above_the_cap_pages(client_for: Any) -> None:
    def page(request: httpx.Request) -> httpx.Response:
        asked = json_of(request)
        rows = [variable_json(f"v{asked['offset'] + i}") for i in range(asked["limit"])]
        return httpx.Response(200, json=rows)

    server = MockServer(page, page)
    variables = await client_for(server).read_variables(limit=250)
    assert [(b["limit"], b["offset"]) for b in server.bodies()] == [(200, 0), (50, 200)]
    assert [v.name for v in variables] == [f"v{i}" for i in range(250)]


async def test_update_patches_by_the_models_name(client_for: Any) -> None:
    server = MockServer(httpx.Response(204))
    result = await client_for(server).update_variable(VariableUpdate(name="colour", value=None))
    assert result is None
    assert server.calls() == [("PATCH", "/variables/name/colour")]
    assert server.bodies() == [{"name": "colour", "value": None}]


async def test_update_from_a_dict_sends_only_its_keys(client_for: Any) -> None:
    server = MockServer(httpx.Response(204))
    await client_for(server).update_variable({"name": "colour", "tags": ["x"]})
    assert server.bodies() == [{"name": "colour", "tags": ["x"]}]


async def test_update_without_a_name_is_a_value_error(client_for: Any) -> None:
    server = MockServer()
    with pytest.raises(ValueError, match="needs a `name`"):
        await client_for(server).update_variable(VariableUpdate(value=3))
    assert server.requests == []


async def test_update_of_a_missing_variable_raises(client_for: Any) -> None:
    server = MockServer(httpx.Response(404, json={"detail": "Variable not found."}))
    with pytest.raises(ObjectNotFound):
        await client_for(server).update_variable(VariableUpdate(name="gone", value=1))


async def test_delete_by_name(client_for: Any) -> None:
    server = MockServer(httpx.Response(204))
    assert await client_for(server).delete_variable_by_name("colour") is None
    assert server.calls() == [("DELETE", "/variables/name/colour")]


VARIABLE_ID = UUID("11111111-1111-4111-8111-111111111111")


async def test_read_by_id_raises_when_missing(client_for: Any) -> None:
    server = MockServer(
        httpx.Response(200, json=variable_json(value=[1, 2])),
        httpx.Response(404, json={"detail": "Variable not found."}),
    )
    client = client_for(server)
    variable = await client.read_variable(VARIABLE_ID)
    assert (variable.name, variable.value) == ("colour", [1, 2])
    # unlike read_variable_by_name, a missing id is an error, not None
    with pytest.raises(ObjectNotFound, match="Variable not found"):
        await client.read_variable(str(VARIABLE_ID))  # type: ignore[arg-type]
    assert server.calls() == [("GET", f"/variables/{VARIABLE_ID}")] * 2


async def test_update_by_id_sends_every_set_field_including_a_new_name(client_for: Any) -> None:
    server = MockServer(httpx.Response(204), httpx.Response(204))
    client = client_for(server)
    result = await client.update_variable_by_id(
        VARIABLE_ID, VariableUpdate(name="new-name", value=None)
    )
    assert result is None
    await client.update_variable_by_id(VARIABLE_ID, {"tags": ["x"]})
    assert server.calls() == [("PATCH", f"/variables/{VARIABLE_ID}")] * 2
    assert server.bodies() == [{"name": "new-name", "value": None}, {"tags": ["x"]}]


async def test_update_by_id_errors(client_for: Any) -> None:
    from prefect_rest.exceptions import ObjectAlreadyExists

    conflict = {"detail": "Data integrity conflict. This usually means a unique ..."}
    server = MockServer(
        httpx.Response(404, json={"detail": "Variable not found."}),
        httpx.Response(409, json=conflict),
    )
    client = client_for(server)
    with pytest.raises(ObjectNotFound):
        await client.update_variable_by_id(VARIABLE_ID, {"value": 1})
    with pytest.raises(ObjectAlreadyExists):
        await client.update_variable_by_id(VARIABLE_ID, {"name": "taken"})
    with pytest.raises(TypeError, match="VariableUpdate"):
        await client.update_variable_by_id(VARIABLE_ID, "value=1")  # type: ignore[arg-type]
    assert len(server.requests) == 2


async def test_delete_by_id(client_for: Any) -> None:
    server = MockServer(
        httpx.Response(204), httpx.Response(404, json={"detail": "Variable not found."})
    )
    client = client_for(server)
    assert await client.delete_variable_by_id(VARIABLE_ID) is None
    with pytest.raises(ObjectNotFound):
        await client.delete_variable_by_id(VARIABLE_ID)
    assert server.calls() == [("DELETE", f"/variables/{VARIABLE_ID}")] * 2


async def test_by_id_methods_check_the_id_before_any_request(client_for: Any) -> None:
    server = MockServer()
    client = client_for(server)
    with pytest.raises(ValueError, match=r"Invalid .*ID: colour \(variable_id is not a UUID"):
        await client.read_variable("colour")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="is not a UUID or its string form"):
        await client.delete_variable_by_id("count")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="variable_id must be a UUID, not NoneType"):
        await client.update_variable_by_id(None, {"value": 1})  # type: ignore[arg-type]
    assert server.requests == []


async def test_count_variables(client_for: Any) -> None:
    from prefect_rest.schemas.filters import VariableFilter, VariableFilterName

    server = MockServer(httpx.Response(200, json=12), httpx.Response(200, json=1))
    client = client_for(server)
    assert await client.count_variables() == 12
    assert await client.count_variables(VariableFilter(name=VariableFilterName(any_=["a"]))) == 1
    assert server.calls() == [("POST", "/variables/count")] * 2
    assert server.bodies() == [{}, {"variables": {"name": {"any_": ["a"]}}}]
