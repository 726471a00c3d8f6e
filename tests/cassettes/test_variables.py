"""Variables through the wrapper, replayed from cassettes recorded with a real server."""

from __future__ import annotations

from typing import Any

import pytest

from prefect_rest import PrefectClient, SyncPrefectClient
from prefect_rest.exceptions import ObjectAlreadyExists, ObjectNotFound, UnprocessableEntity
from prefect_rest.schemas.actions import VariableCreate, VariableUpdate
from prefect_rest.schemas.filters import VariableFilter, VariableFilterName

pytestmark = pytest.mark.vcr

VALUES: dict[str, Any] = {
    "cassette_var_str": "text",
    "cassette_var_int": 42,
    "cassette_var_float": 2.5,
    "cassette_var_bool": False,
    "cassette_var_null": None,
    "cassette_var_list": [1, "two", None],
    "cassette_var_dict": {"a": {"b": [True, 0.5]}},
}


async def test_json_values_round_trip(prefect_client: PrefectClient) -> None:
    for name, value in VALUES.items():
        await prefect_client.create_variable(VariableCreate(name=name, value=value))
    for name, value in VALUES.items():
        read = await prefect_client.read_variable_by_name(name)
        assert read is not None
        assert read.to_dict()["value"] == value
    listed = {v.name: v.to_dict()["value"] for v in await prefect_client.read_variables(limit=500)}
    assert {name: listed[name] for name in VALUES} == VALUES


async def test_create_update_delete_and_errors(prefect_client: PrefectClient) -> None:
    name = "cassette_var_crud"
    created = await prefect_client.create_variable({"name": name, "value": 1, "tags": ["t"]})
    assert (created.name, created.value, created.tags) == (name, 1, ["t"])
    with pytest.raises(ObjectAlreadyExists):
        await prefect_client.create_variable({"name": name, "value": 2})
    with pytest.raises(UnprocessableEntity, match="lowercase"):
        await prefect_client.create_variable({"name": "Bad Name", "value": 2})

    await prefect_client.update_variable(VariableUpdate(name=name, value=["new"]))
    read = await prefect_client.read_variable_by_name(name)
    assert read is not None and (read.value, read.tags) == (["new"], ["t"])

    await prefect_client.delete_variable_by_name(name)
    assert await prefect_client.read_variable_by_name(name) is None
    with pytest.raises(ObjectNotFound):
        await prefect_client.update_variable(VariableUpdate(name=name, value=1))
    with pytest.raises(ObjectNotFound):
        await prefect_client.delete_variable_by_name(name)


def test_sync_variable(sync_prefect_client: SyncPrefectClient) -> None:
    client = sync_prefect_client
    name = "cassette_var_sync"
    client.create_variable({"name": name, "value": {"k": "v"}})
    client.update_variable({"name": name, "value": "changed"})
    read = client.read_variable_by_name(name)
    assert read is not None and read.value == "changed"
    assert name in [variable.name for variable in client.read_variables(limit=500)]
    client.delete_variable_by_name(name)
    assert client.read_variable_by_name(name) is None


async def test_by_id_and_count(prefect_client: PrefectClient) -> None:
    created = await prefect_client.create_variable({"name": "cassette_var_by_id", "value": 1})
    assert (await prefect_client.read_variable(created.id)).value == 1
    await prefect_client.update_variable_by_id(
        created.id, VariableUpdate(name="cassette_var_renamed", value=[2])
    )
    renamed = await prefect_client.read_variable(created.id)
    assert (renamed.name, renamed.value) == ("cassette_var_renamed", [2])
    other = await prefect_client.create_variable({"name": "cassette_var_other", "value": 3})
    with pytest.raises(ObjectAlreadyExists):
        await prefect_client.update_variable_by_id(other.id, {"name": "cassette_var_renamed"})
    mine = VariableFilter(name=VariableFilterName(like_="cassette_var_%"))
    before = await prefect_client.count_variables(mine)
    assert before >= 2
    assert (
        await prefect_client.count_variables(
            VariableFilter(name=VariableFilterName(any_=["cassette_var_renamed"]))
        )
        == 1
    )
    await prefect_client.delete_variable_by_id(created.id)
    assert await prefect_client.count_variables(mine) == before - 1
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_variable(created.id)
    with pytest.raises(ObjectNotFound):
        await prefect_client.delete_variable_by_id(created.id)
    with pytest.raises(ObjectNotFound):
        await prefect_client.update_variable_by_id(created.id, {"value": 1})


def test_sync_by_id_and_count(sync_prefect_client: SyncPrefectClient) -> None:
    client = sync_prefect_client
    created = client.create_variable({"name": "cassette_var_sync_by_id", "value": "a"})
    client.update_variable_by_id(created.id, {"value": "b"})
    assert client.read_variable(created.id).value == "b"
    only = VariableFilter(name=VariableFilterName(any_=["cassette_var_sync_by_id"]))
    assert client.count_variables(only) == 1
    client.delete_variable_by_id(created.id)
    assert client.count_variables(only) == 0
