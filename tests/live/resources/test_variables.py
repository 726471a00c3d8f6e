"""Variables through the wrapper against the real server."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from prefect_rest import PrefectClient, SyncPrefectClient
from prefect_rest.exceptions import ObjectAlreadyExists, ObjectNotFound, UnprocessableEntity
from prefect_rest.schemas.actions import VariableCreate, VariableUpdate


def unique() -> str:
    # Variable names: lowercase letters, digits, dashes and underscores only.
    return f"live_var_{uuid.uuid4().hex}"


JSON_VALUES: list[Any] = [
    "a string",
    "",
    0,
    -17,
    3.25,
    True,
    False,
    None,
    [],
    [1, "two", None, [3.5], {"k": False}],
    {},
    {"nested": {"list": [1, 2], "null": None, "flag": True}, "n": 1.5},
]


@pytest.mark.parametrize("value", JSON_VALUES, ids=lambda v: type(v).__name__ + repr(v)[:10])
async def test_every_json_value_round_trips(prefect_client: PrefectClient, value: Any) -> None:
    name = unique()
    created = await prefect_client.create_variable(VariableCreate(name=name, value=value))
    assert created.to_dict()["value"] == value
    read = await prefect_client.read_variable_by_name(name)
    assert read is not None
    assert read.to_dict()["value"] == value
    assert type(read.to_dict()["value"]) is type(value)  # 0 stays int, False stays bool


async def test_create_read_update_delete(prefect_client: PrefectClient) -> None:
    name = unique()
    created = await prefect_client.create_variable({"name": name, "value": 1, "tags": ["a"]})
    assert (created.name, created.value, created.tags) == (name, 1, ["a"])

    await prefect_client.update_variable(VariableUpdate(name=name, value={"x": [1]}))
    read = await prefect_client.read_variable_by_name(name)
    assert read is not None
    assert read.to_dict()["value"] == {"x": [1]}
    assert read.tags == ["a"]  # fields not set in the update are kept

    await prefect_client.update_variable({"name": name, "tags": ["b", "c"], "value": None})
    read = await prefect_client.read_variable_by_name(name)
    assert read is not None
    assert (read.value, read.tags) == (None, ["b", "c"])

    await prefect_client.delete_variable_by_name(name)
    assert await prefect_client.read_variable_by_name(name) is None


async def test_missing_variable(prefect_client: PrefectClient) -> None:
    name = unique()
    assert await prefect_client.read_variable_by_name(name) is None
    with pytest.raises(ObjectNotFound):
        await prefect_client.update_variable(VariableUpdate(name=name, value=1))
    with pytest.raises(ObjectNotFound):
        await prefect_client.delete_variable_by_name(name)


async def test_duplicate_name_is_object_already_exists(prefect_client: PrefectClient) -> None:
    name = unique()
    await prefect_client.create_variable({"name": name, "value": "first"})
    with pytest.raises(ObjectAlreadyExists, match="already exists"):
        await prefect_client.create_variable({"name": name, "value": "second"})
    read = await prefect_client.read_variable_by_name(name)
    assert read is not None and read.value == "first"


async def test_invalid_variables_are_rejected(prefect_client: PrefectClient) -> None:
    with pytest.raises(UnprocessableEntity, match="lowercase"):
        await prefect_client.create_variable({"name": "Not Valid!", "value": 1})
    with pytest.raises(UnprocessableEntity, match="5000"):
        await prefect_client.create_variable({"name": unique(), "value": "x" * 6000})
    name = unique()
    await prefect_client.create_variable({"name": name, "value": 1})
    with pytest.raises(UnprocessableEntity, match="5000"):
        await prefect_client.update_variable({"name": name, "value": ["y" * 6000]})
    with pytest.raises(TypeError, match=r"missing required field\(s\) 'value'"):
        await prefect_client.create_variable({"name": unique()})
    with pytest.raises(ValueError, match="name"):
        await prefect_client.update_variable(VariableUpdate(value=2))


async def test_read_variables_pages_past_the_cap(prefect_client: PrefectClient) -> None:
    prefix = unique()
    names = [f"{prefix}_{i:03d}" for i in range(205)]
    for name in names:
        await prefect_client.create_variable({"name": name, "value": name})
    everything = await prefect_client.read_variables(limit=100_000)
    all_names = [variable.name for variable in everything]
    assert len(everything) > 205  # more than one page came back
    assert len(all_names) == len(set(all_names))
    assert all_names == sorted(all_names)
    assert [n for n in all_names if n.startswith(prefix)] == names
    assert len(await prefect_client.read_variables(limit=201)) == 201
    assert len(await prefect_client.read_variables(limit=3)) == 3
    default_page = await prefect_client.read_variables()
    assert 0 < len(default_page) <= 200


def test_sync_create_read_update_delete(sync_prefect_client: SyncPrefectClient) -> None:
    client = sync_prefect_client
    name = unique()
    created = client.create_variable(VariableCreate(name=name, value=[1, {"a": None}]))
    assert created.to_dict()["value"] == [1, {"a": None}]
    with pytest.raises(ObjectAlreadyExists):
        client.create_variable({"name": name, "value": 2})
    client.update_variable(VariableUpdate(name=name, value=False))
    read = client.read_variable_by_name(name)
    assert read is not None and read.value is False
    assert name in [variable.name for variable in client.read_variables(limit=100_000)]
    client.delete_variable_by_name(name)
    assert client.read_variable_by_name(name) is None
    with pytest.raises(ObjectNotFound):
        client.delete_variable_by_name(name)


async def test_by_id_read_update_rename_delete(prefect_client: PrefectClient) -> None:
    name = unique()
    created = await prefect_client.create_variable({"name": name, "value": 1, "tags": ["a"]})
    assert (await prefect_client.read_variable(created.id)).to_dict() == created.to_dict()

    await prefect_client.update_variable_by_id(created.id, {"value": {"k": [1]}})
    read = await prefect_client.read_variable(created.id)
    assert (read.name, read.to_dict()["value"], read.tags) == (name, {"k": [1]}, ["a"])

    # by id, the name can change
    renamed = unique()
    await prefect_client.update_variable_by_id(created.id, VariableUpdate(name=renamed))
    assert (await prefect_client.read_variable(created.id)).name == renamed
    assert await prefect_client.read_variable_by_name(name) is None
    assert (await prefect_client.read_variable_by_name(renamed)) is not None

    await prefect_client.delete_variable_by_id(created.id)
    assert await prefect_client.read_variable_by_name(renamed) is None


async def test_by_id_errors(prefect_client: PrefectClient) -> None:
    missing = uuid.uuid4()
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_variable(missing)
    with pytest.raises(ObjectNotFound):
        await prefect_client.update_variable_by_id(missing, {"value": 1})
    with pytest.raises(ObjectNotFound):
        await prefect_client.delete_variable_by_id(missing)

    first = await prefect_client.create_variable({"name": unique(), "value": 1})
    second = await prefect_client.create_variable({"name": unique(), "value": 2})
    with pytest.raises(ObjectAlreadyExists):
        await prefect_client.update_variable_by_id(second.id, {"name": first.name})
    with pytest.raises(UnprocessableEntity, match="lowercase"):
        await prefect_client.update_variable_by_id(second.id, {"name": "Not Valid!"})
    with pytest.raises(UnprocessableEntity, match="5000"):
        await prefect_client.update_variable_by_id(second.id, {"value": "x" * 6000})
    # nothing changed
    read = await prefect_client.read_variable(second.id)
    assert (read.name, read.value) == (second.name, 2)


async def test_count_variables(prefect_client: PrefectClient) -> None:
    from prefect_rest.schemas.filters import (
        VariableFilter,
        VariableFilterName,
        VariableFilterTags,
    )

    prefix = unique()
    for index in range(3):
        await prefect_client.create_variable(
            {"name": f"{prefix}_{index}", "value": index, "tags": ["odd"] if index % 2 else []}
        )
    mine = VariableFilter(name=VariableFilterName(like_=f"{prefix}_%"))
    assert await prefect_client.count_variables(mine) == 3
    both = VariableFilter(
        name=VariableFilterName(like_=f"{prefix}_%"), tags=VariableFilterTags(all_=["odd"])
    )
    assert await prefect_client.count_variables(variable_filter=both) == 1
    total = await prefect_client.count_variables()
    assert total >= 3
    assert total == len(await prefect_client.read_variables(limit=100_000))


def test_sync_by_id_and_count(sync_prefect_client: SyncPrefectClient) -> None:
    from prefect_rest.schemas.filters import VariableFilter, VariableFilterName

    client = sync_prefect_client
    name = unique()
    created = client.create_variable({"name": name, "value": "x"})
    client.update_variable_by_id(created.id, {"value": "y"})
    assert client.read_variable(created.id).value == "y"
    assert client.count_variables(VariableFilter(name=VariableFilterName(any_=[name]))) == 1
    client.delete_variable_by_id(created.id)
    with pytest.raises(ObjectNotFound):
        client.read_variable(created.id)
