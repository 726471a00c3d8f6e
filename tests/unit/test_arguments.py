"""The shared argument checks every resource method uses."""

from __future__ import annotations

import dataclasses
import math
from uuid import UUID

import pytest

from prefect_api.models import FlowCreate
from prefect_rest._core.arguments import (
    as_bool,
    as_count,
    as_enum,
    as_filter,
    as_model,
    as_seconds,
    as_state,
    as_uuid,
    json_object,
    optional_count,
    optional_enum,
    optional_text,
    optional_uuid,
    path_segment,
    str_list,
    tag_list,
    text,
    uuid_list,
)

ID = UUID("11111111-1111-4111-8111-111111111111")


def test_as_uuid() -> None:
    assert as_uuid(ID, "x") is ID
    assert as_uuid(str(ID), "x") == ID
    with pytest.raises(ValueError, match=r"Invalid .*ID: nope \(flow_id is not a UUID"):
        as_uuid("nope", "flow_id")
    with pytest.raises(TypeError, match="flow_id must be a UUID, not int"):
        as_uuid(3, "flow_id")


@pytest.mark.parametrize("bad", ["", ".", "..", "a/b"])
def test_path_segment_refuses_what_would_change_the_route(bad: str) -> None:
    with pytest.raises(ValueError, match="cannot be sent in a URL path"):
        path_segment(bad, "name")


def test_path_segment_accepts_names() -> None:
    assert path_segment("my pool %", "name") == "my pool %"
    with pytest.raises(TypeError, match="name must be a str, not NoneType"):
        path_segment(None, "name")


def test_str_list_and_tag_list() -> None:
    assert str_list(("a", "b"), "names") == ["a", "b"]
    assert tag_list(None, "tags") == []
    with pytest.raises(TypeError, match=r"did you mean \['abc'\]"):
        str_list("abc", "names")
    with pytest.raises(TypeError, match="names must contain strings, found int"):
        str_list(["a", 1], "names")
    with pytest.raises(TypeError, match="not int"):
        str_list(5, "names")


def test_as_model_takes_the_model_a_dict_or_a_pydantic_model() -> None:
    model = FlowCreate(name="f")
    assert as_model(model, FlowCreate, "flow") is model
    assert as_model({"name": "g"}, FlowCreate, "flow").name == "g"

    class Pydantic:
        def model_dump(self, mode: str) -> dict[str, object]:
            assert mode == "json"
            return {"name": "h"}

    assert as_model(Pydantic(), FlowCreate, "flow").name == "h"
    with pytest.raises(TypeError, match=r"flow: FlowCreate: missing required field.*'name'"):
        as_model({}, FlowCreate, "flow")
    with pytest.raises(TypeError, match="flow: FlowCreate: expected a FlowCreate, a dict of its"):
        as_model("f", FlowCreate, "flow")


def test_optional_uuid_and_uuid_list() -> None:
    assert optional_uuid(None, "x") is None
    assert optional_uuid(str(ID), "x") == ID
    assert uuid_list([ID, str(ID)], "ids") == [ID, ID]
    with pytest.raises(TypeError, match="ids must be a list, not str"):
        uuid_list(str(ID), "ids")
    with pytest.raises(ValueError, match=r"ids\[1\] is not a UUID"):
        uuid_list([ID, "nope"], "ids")


def test_lone_surrogates_are_refused_by_name() -> None:
    with pytest.raises(ValueError, match=r"name contains a lone surrogate '\\ud800' at index 1"):
        path_segment("a\ud800", "name")
    with pytest.raises(ValueError, match=r"tags\[0\] contains a lone surrogate"):
        str_list(["\udfff"], "tags")
    with pytest.raises(ValueError, match="description contains a lone surrogate"):
        text("\ud800", "description")
    with pytest.raises(TypeError, match="description must be a str, not bytes"):
        text(b"\xff", "description")
    assert optional_text(None, "description") is None


@pytest.mark.parametrize(
    ("value", "error", "message"),
    [
        (math.nan, TypeError, "limit must be an int, not float"),
        ("10", TypeError, "limit must be an int, not str"),
        (True, TypeError, "limit must be an int, not bool"),
        (-1, ValueError, "limit must be >= 0, got -1"),
        (2**63, ValueError, "limit must be at most"),
    ],
)
def test_as_count_refuses(value: object, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        as_count(value, "limit")


def test_as_count_and_seconds_accept() -> None:
    assert as_count(2**63 - 1, "offset") == 2**63 - 1
    assert optional_count(None, "limit") is None
    with pytest.raises(ValueError, match="page must be >= 1, got 0"):
        as_count(0, "page", minimum=1)
    assert as_seconds(1.5, "s") == 1.5
    with pytest.raises(ValueError, match="s must be a finite number, got inf"):
        as_seconds(math.inf, "s")
    assert as_bool(False, "force") is False
    with pytest.raises(TypeError, match="force must be True or False, not NoneType"):
        as_bool(None, "force")


def test_as_filter_converts_prefects_filter_and_names_the_argument() -> None:
    from prefect.client.schemas.filters import FlowRunFilter as PrefectFilter
    from prefect.client.schemas.filters import FlowRunFilterName

    from prefect_rest.schemas.filters import FlowRunFilter

    converted = as_filter(
        PrefectFilter(name=FlowRunFilterName(any_=["a"])), FlowRunFilter, "flow_run_filter"
    )
    assert isinstance(converted, FlowRunFilter)
    assert converted.to_dict()["name"] == {"any_": ["a"]}
    assert as_filter(None, FlowRunFilter, "flow_run_filter") is None
    with pytest.raises(TypeError, match=r"^flow_run_filter: "):
        as_filter("x", FlowRunFilter, "flow_run_filter")
    with pytest.raises(TypeError, match=r"^flow_run_filter: .*no_such_field"):
        as_filter({"no_such_field": 1}, FlowRunFilter, "flow_run_filter")


def test_as_enum_takes_members_values_and_prefects_enum() -> None:
    from prefect.client.schemas.sorting import FlowRunSort as PrefectSort

    from prefect_rest.schemas.sorting import FlowRunSort

    assert as_enum(PrefectSort.START_TIME_DESC, FlowRunSort, "sort") is FlowRunSort.START_TIME_DESC
    assert as_enum("START_TIME_DESC", FlowRunSort, "sort") is FlowRunSort.START_TIME_DESC
    assert optional_enum(None, FlowRunSort, "sort") is None
    with pytest.raises(ValueError, match=r"sort must be a FlowRunSort \(one of .*\), got 'nope'"):
        as_enum("nope", FlowRunSort, "sort")


def test_json_object_and_state_name_the_argument() -> None:
    assert json_object({"when": ID}, "parameters") == {"when": str(ID)}
    with pytest.raises(TypeError, match=r"^parameters: .*NaN"):
        json_object({"x": math.nan}, "parameters")
    with pytest.raises(ValueError, match=r"parameters \(a key\) contains a lone surrogate"):
        json_object({"\ud800": 1}, "parameters")
    with pytest.raises(TypeError, match="parameters must be a dict, not list"):
        json_object([1], "parameters")
    with pytest.raises(TypeError, match="parameters must be a dict, not str"):
        json_object("x", "parameters")

    @dataclasses.dataclass
    class Metadata:  # like Prefect's WorkerMetadata: a model is the dict of its fields
        integrations: list[str]

    assert json_object(Metadata(["a"]), "worker_metadata") == {"integrations": ["a"]}
    assert as_state({"type": "COMPLETED"}).type.value == "COMPLETED"
    with pytest.raises(ValueError, match=r"^state: "):
        as_state({"type": "NOPE"})
    with pytest.raises(TypeError, match="state must be a State"):
        as_state(None)
