"""The generated models' surface (prefect_rest._model.base): construction, conversion, errors,
pydantic's methods, equality, repr, copies and pickling, on real generated models."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import enum
import json
import pickle
import uuid
from typing import Any

import attrs
import pydantic
import pytest

from prefect_api.models import (
    BlockDocumentCreate,
    CronSchedule,
    DeploymentScheduleCreate,
    FlowRun,
    FlowRunCreate,
    FlowRunFilter,
    FlowRunFilterStartTime,
    FlowRunFilterState,
    FlowRunFilterStateType,
    FlowRunSort,
    IntervalSchedule,
    ReadFlowRunsBody,
    State,
    StateType,
    Variable,
    VariableCreate,
    WorkPoolCreate,
)
from prefect_api.types import UNSET

RUN_ID = uuid.UUID("11111111-1111-4111-8111-111111111111")
FLOW_ID = uuid.UUID("22222222-2222-4222-8222-222222222222")
UTC = dt.UTC


def run_json(**fields: Any) -> dict[str, Any]:
    return {"id": str(RUN_ID), "flow_id": str(FLOW_ID), "name": "r", **fields}


# -- construction converts like Prefect's models --------------------------------------------


def test_nested_models_enums_uuids_and_datetimes_from_their_plain_forms() -> None:
    flt = FlowRunFilter(
        state={"type": {"any_": ["RUNNING", StateType.COMPLETED]}},
        start_time={"before_": "2030-01-01T00:00:00", "after_": dt.datetime(2029, 1, 1)},
        id={"any_": [str(RUN_ID)]},
    )
    assert isinstance(flt.state, FlowRunFilterState)
    assert isinstance(flt.state.type, FlowRunFilterStateType)
    assert flt.state.type.any_ == [StateType.RUNNING, StateType.COMPLETED]
    assert all(type(t) is StateType for t in flt.state.type.any_)
    assert isinstance(flt.start_time, FlowRunFilterStartTime)
    # Naive datetimes are UTC, never local time.
    assert flt.start_time.before_ == dt.datetime(2030, 1, 1, tzinfo=UTC)
    assert flt.start_time.after_ == dt.datetime(2029, 1, 1, tzinfo=UTC)
    assert flt.id is not None and flt.id.any_ == [RUN_ID]
    assert flt.to_dict() == {
        "state": {"type": {"any_": ["RUNNING", "COMPLETED"]}},
        "start_time": {
            "before_": "2030-01-01T00:00:00+00:00",
            "after_": "2029-01-01T00:00:00+00:00",
        },
        "id": {"any_": [str(RUN_ID)]},
    }


def test_enum_fields_take_their_string_values() -> None:
    body = ReadFlowRunsBody(sort="START_TIME_DESC")
    assert body.sort is FlowRunSort.START_TIME_DESC
    assert body.to_dict() == {"sort": "START_TIME_DESC"}
    with pytest.raises(
        ValueError, match=r"ReadFlowRunsBody.sort: expected a FlowRunSort .*got 'nope'"
    ):
        ReadFlowRunsBody(sort="nope")


def test_prefects_own_models_are_taken_as_values() -> None:
    from prefect.client.schemas.filters import FlowRunFilter as PrefectFilter
    from prefect.client.schemas.filters import FlowRunFilterName

    theirs = PrefectFilter(name=FlowRunFilterName(any_=["a"]))
    body = ReadFlowRunsBody(flow_runs=theirs)
    assert isinstance(body.flow_runs, FlowRunFilter)
    assert body.to_dict() == {"flow_runs": {"name": {"any_": ["a"]}}}


def test_durations_are_timedelta_both_ways() -> None:
    local = IntervalSchedule(interval=dt.timedelta(days=1), anchor_date=dt.datetime(2020, 1, 1))
    sent = json.loads(json.dumps(local.to_dict()))
    assert sent == {
        "interval": 86400.0,
        "anchor_date": "2020-01-01T00:00:00+00:00",
        "timezone": "UTC",
    }
    assert IntervalSchedule.from_dict(sent) == local  # what the server sends back
    assert IntervalSchedule(interval=60).interval == dt.timedelta(minutes=1)
    assert IntervalSchedule(interval="PT1H").interval == dt.timedelta(hours=1)
    with pytest.raises(TypeError, match=r"IntervalSchedule\.interval: expected a timedelta"):
        IntervalSchedule(interval=True)


class Colour(enum.Enum):
    RED = "red"


@dataclasses.dataclass
class Point:
    x: int
    when: dt.datetime


@attrs.define
class Box:
    size: int


class Shape(pydantic.BaseModel):
    sides: int


def test_free_form_values_are_made_json_safe_as_prefect_does() -> None:
    when = dt.datetime(2030, 1, 2, 3, 4, 5, tzinfo=UTC)
    parameters = {
        "when": when,
        "id": RUN_ID,
        "colour": Colour.RED,
        "tags": {"b", "a"},
        "point": Point(1, when),
        "box": Box(2),
        "shape": Shape(sides=3),
        "delay": dt.timedelta(seconds=90),
        "nested": [{"ok": True, "n": None}],
    }
    body = FlowRunCreate(flow_id=FLOW_ID, parameters=parameters)
    expected = {
        "when": "2030-01-02T03:04:05+00:00",
        "id": str(RUN_ID),
        "colour": "red",
        "tags": ["a", "b"],
        "point": {"x": 1, "when": "2030-01-02T03:04:05+00:00"},
        "box": {"size": 2},
        "shape": {"sides": 3},
        "delay": 90.0,
        "nested": [{"ok": True, "n": None}],
    }
    assert body.parameters == expected
    assert json.loads(json.dumps(body.to_dict()))["parameters"] == expected
    assert body.parameters is not parameters  # the caller's dict is never shared


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ({"x": object()}, r"FlowRunCreate.parameters: expected a JSON value .*<object object"),
        ({"nan": float("nan")}, r"FlowRunCreate.parameters: .*JSON has no NaN"),
        ({(1, 2): "x"}, r"FlowRunCreate.parameters: .*a dict key must be a string"),
        ([1, 2], r"FlowRunCreate.parameters: expected a dict, got \[1, 2\] \(list\)"),
    ],
)
def test_values_with_no_json_form_are_refused_when_given(value: Any, message: str) -> None:
    with pytest.raises(TypeError, match=message):
        FlowRunCreate(flow_id=FLOW_ID, parameters=value)


@pytest.mark.parametrize(
    ("build", "error", "message"),
    [
        (
            lambda: FlowRunCreate(flow_id="nope"),
            ValueError,
            r"FlowRunCreate.flow_id: expected a valid UUID, got 'nope'",
        ),
        (
            lambda: FlowRunCreate(flow_id=5),
            TypeError,
            r"FlowRunCreate.flow_id: expected a UUID .*got 5",
        ),
        (
            lambda: FlowRunCreate(flow_id=FLOW_ID, tags="x"),
            TypeError,
            r"FlowRunCreate.tags: expected a list of strings, got 'x'",
        ),
        (
            lambda: FlowRunCreate(flow_id=FLOW_ID, tags=["a", 1]),
            TypeError,
            r"FlowRunCreate.tags\[1\]: expected a string, got 1",
        ),
        (
            lambda: FlowRunCreate(flow_id=FLOW_ID, name=3.5),
            TypeError,
            r"FlowRunCreate.name: expected a string.*, got 3.5",
        ),
        (lambda: FlowRunCreate(flow_id=FLOW_ID, run_count=True), TypeError, "run_count"),
        (
            lambda: FlowRunCreate(),
            TypeError,
            r"FlowRunCreate: missing required field\(s\) 'flow_id'",
        ),
        (
            lambda: FlowRunCreate(flow_id=FLOW_ID, flowid=1),
            TypeError,
            r"unexpected keyword argument\(s\) 'flowid'",
        ),
        (
            lambda: FlowRunFilter(state={"typ": {}}),
            TypeError,
            r"FlowRunFilter.state: .*unknown: 'typ'",
        ),
        (
            lambda: FlowRunFilter(state={"type": {"any_": ["SIDEWAYS"]}}),
            TypeError,
            r"FlowRunFilter.state: .*SIDEWAYS",
        ),
        (
            lambda: State(type="COMPLETED", timestamp="yesterday"),
            ValueError,
            "State.timestamp: expected an ISO 8601 datetime",
        ),
        (lambda: IntervalSchedule(interval=float("inf")), ValueError, "IntervalSchedule.interval"),
    ],
)
def test_bad_values_name_the_model_the_field_and_what_was_wrong(
    build: Any, error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        build()


def test_unset_means_not_given() -> None:
    body = FlowRunCreate(flow_id=FLOW_ID, name=UNSET)
    assert body.name is None and "name" not in body.model_fields_set
    assert body.to_dict() == {"flow_id": str(FLOW_ID)}
    assert repr(UNSET) == "UNSET"


def test_assignment_converts_and_marks_the_field_given() -> None:
    body = FlowRunCreate(flow_id=FLOW_ID)
    body.parameters = {"when": dt.datetime(2030, 1, 1)}
    assert body.parameters == {"when": "2030-01-01T00:00:00"}
    assert "parameters" in body.model_fields_set
    with pytest.raises(TypeError, match=r"FlowRunCreate\.tags"):
        body.tags = "x"
    with pytest.raises(AttributeError, match="FlowRunCreate has no field 'colour'"):
        body.colour = "red"  # type: ignore[attr-defined]


# -- the pydantic surface --------------------------------------------------------------------


def test_model_dump_modes_and_options() -> None:
    run = FlowRun.from_dict(run_json(parameters={"x": 1}, tags=["a"], start_time=None))
    python = run.model_dump()
    assert python["id"] == RUN_ID and python["parameters"] == {"x": 1}
    assert python["empirical_policy"]["pause_keys"] == set()
    assert python["total_run_time"] == dt.timedelta(0)
    as_json = run.model_dump(mode="json")
    assert as_json["id"] == str(RUN_ID) and as_json["total_run_time"] == 0.0
    assert json.loads(json.dumps(as_json)) == as_json
    assert set(run.model_dump(exclude_unset=True)) == {
        "id",
        "flow_id",
        "name",
        "parameters",
        "tags",
        "start_time",
    }
    assert "start_time" not in run.model_dump(exclude_none=True)
    assert "run_count" not in run.model_dump(exclude_defaults=True)
    assert run.model_dump(include={"id", "name"}) == {"id": RUN_ID, "name": "r"}
    assert "parameters" not in run.model_dump(exclude={"parameters"})
    nested = run.model_dump(include={"empirical_policy": {"retries"}})
    assert nested == {"empirical_policy": {"retries": None}}
    assert json.loads(run.model_dump_json()) == as_json
    assert run.model_dump_json(indent=2).startswith("{\n  ")
    with pytest.raises(ValueError, match="mode must be"):
        run.model_dump(mode="yaml")


def test_model_validate_and_model_validate_json() -> None:
    state = {"id": str(RUN_ID), "type": "RUNNING", "timestamp": "2030-01-01T00:00:00Z"}
    data = run_json(state=state)
    run = FlowRun.model_validate(data)
    assert isinstance(run.state, State) and run.state.is_running()
    assert FlowRun.model_validate(run) is run
    assert FlowRun.model_validate_json(json.dumps(data)) == run
    assert FlowRun.model_validate({**data, "from_the_future": 1}).model_extra == {
        "from_the_future": 1
    }
    with pytest.raises(ValueError, match=r"FlowRun: missing required field\(s\) 'flow_id'"):
        FlowRun.model_validate({"id": str(RUN_ID)})
    with pytest.raises(TypeError, match="FlowRun: expected a FlowRun, a dict of its fields"):
        FlowRun.model_validate(["not", "a", "run"])


def test_model_copy_update_and_deep() -> None:
    run = FlowRun.from_dict(run_json(parameters={"x": [1]}))
    shallow = run.model_copy(update={"name": "renamed", "tags": ("a",)})
    assert (shallow.name, shallow.tags, run.name) == ("renamed", ["a"], "r")
    assert shallow.parameters is run.parameters
    deep = run.model_copy(deep=True)
    assert deep == run and deep.parameters is not run.parameters
    with pytest.raises(TypeError, match=r"FlowRun\.tags"):
        run.model_copy(update={"tags": "a"})


def test_fields_set_equality_and_iteration() -> None:
    body = VariableCreate(name="v", value=1)
    assert body.model_fields_set == {"name", "value"}
    assert body == VariableCreate(name="v", value=1)
    assert body != VariableCreate(name="v", value=2)
    assert body != Variable(name="v", value=1)  # another class, even with the same fields
    assert dict(body) == {"name": "v", "value": 1, "tags": None}
    assert VariableCreate.model_fields["name"].is_required()
    assert not VariableCreate.model_fields["tags"].is_required()


def test_prefect_2_methods_warn_and_work() -> None:
    body = VariableCreate(name="v", value=[1])
    with pytest.warns(DeprecationWarning, match="model_dump"):
        assert body.dict(exclude_unset=True) == {"name": "v", "value": [1]}
    with pytest.warns(DeprecationWarning, match="model_dump_json"):
        assert json.loads(body.json()) == {"name": "v", "value": [1], "tags": None}
    with pytest.warns(DeprecationWarning, match="model_copy"):
        assert body.copy(update={"name": "w"}).name == "w"
    with pytest.warns(DeprecationWarning, match="model_validate"):
        assert VariableCreate.parse_obj({"name": "v", "value": [1]}) == body
    with pytest.warns(DeprecationWarning, match="model_validate_json"):
        assert VariableCreate.parse_raw('{"name": "v", "value": [1]}') == body


def test_repr_shows_what_was_set_and_no_sentinels() -> None:
    body = WorkPoolCreate(name="pool", type="process")
    assert repr(body) == "WorkPoolCreate(name='pool', type='process')"
    run = FlowRun.from_dict(run_json())
    assert "Unset" not in repr(run) and "object at 0x" not in repr(run)
    assert repr(run).startswith("FlowRun(id=UUID(")


def test_copies_and_pickles_keep_values_and_fields_set() -> None:
    schedule = DeploymentScheduleCreate(schedule=CronSchedule(cron="0 * * * *"), slug="s")
    for again in (
        copy.copy(schedule),
        copy.deepcopy(schedule),
        pickle.loads(pickle.dumps(schedule)),
    ):
        assert again == schedule
        assert again.model_fields_set == schedule.model_fields_set
        assert again.to_dict() == schedule.to_dict()


def test_models_work_inside_pydantic() -> None:
    adapter = pydantic.TypeAdapter(list[Variable])
    [variable] = adapter.validate_python([{"name": "v", "value": {"x": 1}}])
    assert isinstance(variable, Variable) and variable.value == {"x": 1}
    assert adapter.dump_python([variable], mode="json")[0]["value"] == {"x": 1}


def test_a_model_class_loaded_twice_still_converts() -> None:
    """A test runner that purges and re-imports modules makes a second copy of a class;
    values of the first copy are taken through their fields, not refused by type."""
    import importlib
    import sys

    name = "prefect_api.models.block_document_create"
    first = sys.modules.pop(name)
    try:
        second = importlib.import_module(name).BlockDocumentCreate
    finally:
        sys.modules[name] = first
    assert second is not BlockDocumentCreate
    made = second(name="b", block_schema_id=RUN_ID, block_type_id=FLOW_ID, data={"a": 1})

    converted = BlockDocumentCreate.model_validate(made)
    assert isinstance(converted, BlockDocumentCreate) and converted.data == {"a": 1}
    assert made == converted  # same module and class name: the same model


def test_answers_parse_as_the_class_the_caller_names() -> None:
    """Parsing builds the class the client asks for, so a test runner that re-imports a
    model module (leaving a second copy of the class) still gets the copy it asked for."""
    import importlib
    import sys

    import httpx

    from prefect_rest._core.parse import parse_as
    from prefect_rest.exceptions import ResponseValidationError

    name = "prefect_api.models.variable"
    first = sys.modules.pop(name)
    try:
        second = importlib.import_module(name).Variable
    finally:
        sys.modules[name] = first
    assert second is not Variable
    body = Variable(name="v", value=1, id=RUN_ID).to_dict()
    request = httpx.Request("GET", "http://127.0.0.1/api/variables/x")
    response = httpx.Response(200, json=body, request=request)
    assert type(parse_as(response, second)) is second
    assert type(parse_as(response, Variable)) is Variable
    with pytest.raises(ResponseValidationError, match="expected Variable, got list"):
        parse_as(httpx.Response(200, json=[body], request=request), Variable)
