"""prefect_rest.states: Prefect's state constructors, building bodies the server accepts."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable
from typing import Any

import attrs
import pytest

from prefect_api.models import State, StateCreate, StateDetails, StateType
from prefect_api.types import UNSET
from prefect_rest import states
from prefect_rest.states import (
    AwaitingConcurrencySlot,
    AwaitingRetry,
    Cancelled,
    Cancelling,
    Completed,
    Crashed,
    Failed,
    InfrastructurePending,
    Late,
    Paused,
    Pending,
    Retrying,
    Running,
    Scheduled,
    Submitting,
    Suspended,
    to_state_create,
)

UTC = dt.UTC
Constructor = Callable[..., StateCreate]

# constructor, the state type it builds, its default name
CONSTRUCTORS: list[tuple[Constructor, StateType, str]] = [
    (Scheduled, StateType.SCHEDULED, "Scheduled"),
    (Late, StateType.SCHEDULED, "Late"),
    (AwaitingRetry, StateType.SCHEDULED, "AwaitingRetry"),
    (AwaitingConcurrencySlot, StateType.SCHEDULED, "AwaitingConcurrencySlot"),
    (Pending, StateType.PENDING, "Pending"),
    (Submitting, StateType.PENDING, "Submitting"),
    (InfrastructurePending, StateType.PENDING, "InfrastructurePending"),
    (Running, StateType.RUNNING, "Running"),
    (Retrying, StateType.RUNNING, "Retrying"),
    (Completed, StateType.COMPLETED, "Completed"),
    (Failed, StateType.FAILED, "Failed"),
    (Crashed, StateType.CRASHED, "Crashed"),
    (Cancelling, StateType.CANCELLING, "Cancelling"),
    (Cancelled, StateType.CANCELLED, "Cancelled"),
    (Paused, StateType.PAUSED, "Paused"),
    (Suspended, StateType.PAUSED, "Suspended"),
]
IDS = [name for _, _, name in CONSTRUCTORS]
SCHEDULED_LIKE = [Scheduled, Late, AwaitingRetry, AwaitingConcurrencySlot]
PAUSED_LIKE = [Paused, Suspended]


def details_of(state: StateCreate) -> StateDetails:
    assert isinstance(state.state_details, StateDetails)
    return state.state_details


def wire(state: StateCreate) -> dict[str, Any]:
    """What goes over the wire: to_dict() pushed through JSON, as httpx would send it."""
    result: dict[str, Any] = json.loads(json.dumps(state.to_dict()))
    return result


def close_to_now(value: object) -> bool:
    assert isinstance(value, dt.datetime)
    assert value.tzinfo is not None
    return abs(dt.datetime.now(UTC) - value) < dt.timedelta(seconds=5)


# --- what each constructor builds ----------------------------------------------------------------


@pytest.mark.parametrize(("constructor", "type_", "name"), CONSTRUCTORS, ids=IDS)
def test_type_and_default_name(constructor: Constructor, type_: StateType, name: str) -> None:
    state = constructor()
    assert isinstance(state, StateCreate)
    assert state.type_ is type_
    assert state.name == name
    assert state.message is UNSET
    assert state.data is UNSET
    body = wire(state)
    assert body["type"] == type_.value
    assert body["name"] == name
    assert "message" not in body
    assert "data" not in body


@pytest.mark.parametrize(("constructor", "type_", "name"), CONSTRUCTORS, ids=IDS)
def test_matches_prefect(constructor: Constructor, type_: StateType, name: str) -> None:
    """Same type, name and pause flags as Prefect's constructor of the same name."""
    import prefect.states

    theirs = getattr(prefect.states, name)()
    mine = constructor()
    assert theirs.type.value == mine.type_.value
    assert theirs.name == mine.name
    assert theirs.state_details.pause_reschedule == details_of(mine).pause_reschedule
    assert bool(theirs.state_details.scheduled_time) == bool(details_of(mine).scheduled_time)


@pytest.mark.parametrize(("constructor", "type_", "name"), CONSTRUCTORS, ids=IDS)
def test_common_kwargs(constructor: Constructor, type_: StateType, name: str) -> None:
    flow_run_id = uuid.uuid4()
    state = constructor(
        message="hello",
        name="Custom",
        data={"answer": 42},
        state_details={"flow_run_id": str(flow_run_id), "cache_key": "k"},
    )
    assert state.message == "hello"
    assert state.name == "Custom"
    assert state.data == {"answer": 42}
    assert details_of(state).flow_run_id == flow_run_id
    body = wire(state)
    assert body["message"] == "hello"
    assert body["data"] == {"answer": 42}
    assert body["state_details"]["flow_run_id"] == str(flow_run_id)
    assert body["state_details"]["cache_key"] == "k"


@pytest.mark.parametrize(("constructor", "type_", "name"), CONSTRUCTORS, ids=IDS)
def test_explicit_none_message_and_name(
    constructor: Constructor, type_: StateType, name: str
) -> None:
    state = constructor(message=None, name=None, data=None)
    assert state.name == name  # None means "the default", as in Prefect
    assert wire(state)["message"] is None
    assert wire(state)["data"] is None


def test_state_details_object_is_copied_not_modified() -> None:
    mine = StateDetails(cache_key="k")
    state = Scheduled(state_details=mine)
    assert details_of(state) is not mine
    assert details_of(state).cache_key == "k"
    assert mine.scheduled_time is UNSET  # the constructor filled its own copy only


# --- scheduled states --------------------------------------------------------------------------


@pytest.mark.parametrize("constructor", SCHEDULED_LIKE)
def test_scheduled_time_defaults_to_now(constructor: Constructor) -> None:
    assert close_to_now(details_of(constructor()).scheduled_time)


@pytest.mark.parametrize("constructor", SCHEDULED_LIKE)
def test_naive_scheduled_time_is_utc(constructor: Constructor) -> None:
    state = constructor(scheduled_time=dt.datetime(2030, 1, 2, 3, 4, 5))
    assert details_of(state).scheduled_time == dt.datetime(2030, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert wire(state)["state_details"]["scheduled_time"] == "2030-01-02T03:04:05+00:00"


def test_aware_scheduled_time_keeps_its_offset() -> None:
    tz = dt.timezone(dt.timedelta(hours=2))
    when = dt.datetime(2030, 1, 2, 3, 4, 5, tzinfo=tz)
    assert wire(Late(scheduled_time=when))["state_details"]["scheduled_time"] == (
        "2030-01-02T03:04:05+02:00"
    )


def test_scheduled_time_from_state_details() -> None:
    state = AwaitingRetry(state_details={"scheduled_time": "2030-01-02T03:04:05"})
    assert details_of(state).scheduled_time == dt.datetime(2030, 1, 2, 3, 4, 5, tzinfo=UTC)


def test_scheduled_time_twice_is_an_error() -> None:
    when = dt.datetime(2030, 1, 1, tzinfo=UTC)
    with pytest.raises(ValueError, match="scheduled_time"):
        Scheduled(scheduled_time=when, state_details=StateDetails(scheduled_time=when))


def test_only_scheduled_states_get_a_scheduled_time() -> None:
    assert details_of(Completed()).scheduled_time is UNSET
    assert "scheduled_time" not in wire(Running())["state_details"]


# --- paused states -----------------------------------------------------------------------------


@pytest.mark.parametrize("constructor", PAUSED_LIKE)
def test_pause_timeout_from_seconds(constructor: Constructor) -> None:
    details = details_of(constructor(timeout_seconds=3600))
    assert isinstance(details.pause_timeout, dt.datetime)
    assert close_to_now(details.pause_timeout - dt.timedelta(seconds=3600))


@pytest.mark.parametrize("constructor", PAUSED_LIKE)
def test_pause_timeout_from_expiration_time(constructor: Constructor) -> None:
    state = constructor(pause_expiration_time=dt.datetime(2030, 5, 6))
    assert details_of(state).pause_timeout == dt.datetime(2030, 5, 6, tzinfo=UTC)
    assert wire(state)["state_details"]["pause_timeout"] == "2030-05-06T00:00:00+00:00"


@pytest.mark.parametrize("constructor", PAUSED_LIKE)
def test_no_timeout_means_no_pause_timeout(constructor: Constructor) -> None:
    assert "pause_timeout" not in wire(constructor())["state_details"]


@pytest.mark.parametrize("constructor", PAUSED_LIKE)
def test_timeout_and_expiration_together_is_an_error(constructor: Constructor) -> None:
    with pytest.raises(ValueError, match="not both"):
        constructor(timeout_seconds=10, pause_expiration_time=dt.datetime(2030, 1, 1, tzinfo=UTC))


@pytest.mark.parametrize("constructor", PAUSED_LIKE)
def test_pause_timeout_in_state_details_is_an_error(constructor: Constructor) -> None:
    with pytest.raises(ValueError, match="pause_timeout"):
        constructor(state_details={"pause_timeout": "2030-01-01T00:00:00+00:00"})


def test_paused_reschedule_and_key() -> None:
    details = details_of(Paused(reschedule=True, pause_key="approve"))
    assert details.pause_reschedule is True
    assert details.pause_key == "approve"
    assert details_of(Paused()).pause_reschedule is False
    assert details_of(Paused()).pause_key is UNSET


def test_suspended_always_reschedules() -> None:
    state = Suspended(pause_key="k")
    assert state.type_ is StateType.PAUSED
    assert state.name == "Suspended"
    assert details_of(state).pause_reschedule is True
    assert details_of(state).pause_key == "k"
    with pytest.raises(TypeError, match="reschedule"):
        Suspended(reschedule=False)  # type: ignore[call-arg]


# --- errors ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("constructor", "type_", "name"), CONSTRUCTORS, ids=IDS)
def test_unknown_keyword_is_named(constructor: Constructor, type_: StateType, name: str) -> None:
    with pytest.raises(TypeError, match=rf"{name}\(\).*'colour'"):
        constructor(colour="red")


def test_prefect_cls_argument_is_rejected() -> None:
    with pytest.raises(TypeError, match="'cls'"):
        Completed(cls=object)  # type: ignore[call-arg]


def test_positional_arguments_are_rejected() -> None:
    with pytest.raises(TypeError):
        Scheduled(dt.datetime(2030, 1, 1))  # type: ignore[call-arg]


@pytest.mark.parametrize(
    ("build", "argument"),
    [
        (lambda: Completed(message=1), "message"),  # type: ignore[arg-type]
        (lambda: Completed(name=b"x"), "name"),  # type: ignore[arg-type]
        (lambda: Completed(state_details=[1]), "state_details"),  # type: ignore[arg-type]
        (lambda: Completed(state_details={"colour": "red"}), "colour"),
        (lambda: Late(state_details={"scheduled_time": "tomorrow"}), "scheduled_time"),
        (lambda: Scheduled(scheduled_time="2030-01-01T00:00:00Z"), "scheduled_time"),  # type: ignore[arg-type]
        (lambda: Scheduled(scheduled_time=dt.date(2030, 1, 1)), "scheduled_time"),  # type: ignore[arg-type]
        (lambda: Paused(timeout_seconds="60"), "timeout_seconds"),  # type: ignore[arg-type]
        (lambda: Paused(timeout_seconds=True), "timeout_seconds"),
        (lambda: Paused(pause_expiration_time=1_900_000_000), "pause_expiration_time"),  # type: ignore[arg-type]
        (lambda: Paused(reschedule="yes"), "reschedule"),  # type: ignore[arg-type]
        (lambda: Suspended(pause_key=7), "pause_key"),  # type: ignore[arg-type]
    ],
)
def test_bad_types(build: Callable[[], StateCreate], argument: str) -> None:
    with pytest.raises(TypeError, match=argument):
        build()


# --- the server accepts what we build ------------------------------------------------------------


@pytest.mark.parametrize(("constructor", "type_", "name"), CONSTRUCTORS, ids=IDS)
def test_body_is_json_with_tz_aware_datetimes(
    constructor: Constructor, type_: StateType, name: str
) -> None:
    kwargs: dict[str, Any] = {"state_details": {"cache_expiration": dt.datetime(2031, 1, 1)}}
    if constructor in PAUSED_LIKE:
        kwargs["timeout_seconds"] = 60
    body = wire(constructor(**kwargs))
    for field in ("scheduled_time", "cache_expiration", "pause_timeout"):
        if field in body["state_details"]:
            parsed = dt.datetime.fromisoformat(body["state_details"][field])
            assert parsed.utcoffset() is not None, (field, body)


@pytest.mark.parametrize(("constructor", "type_", "name"), CONSTRUCTORS, ids=IDS)
def test_prefect_server_schema_accepts_the_body(
    constructor: Constructor, type_: StateType, name: str
) -> None:
    """Validate with the pinned server's own request model (it forbids unknown fields)."""
    from prefect.server.schemas.actions import StateCreate as ServerStateCreate

    kwargs: dict[str, Any] = {"message": "m", "data": {"x": 1}}
    if constructor in PAUSED_LIKE:
        kwargs["pause_expiration_time"] = dt.datetime(2030, 1, 1)
    state = constructor(**kwargs)
    parsed = ServerStateCreate.model_validate(wire(state))
    assert parsed.type.value == type_.value
    assert parsed.name == name
    if constructor in PAUSED_LIKE:
        assert parsed.state_details.pause_timeout == dt.datetime(2030, 1, 1, tzinfo=UTC)
    if type_ is StateType.SCHEDULED:
        assert parsed.state_details.scheduled_time == details_of(state).scheduled_time


def test_every_datetime_detail_is_normalized() -> None:
    """The module's list of datetime fields covers every one the generated model has."""
    datetime_fields = {
        field.name for field in attrs.fields(StateDetails) if "datetime" in str(field.type)
    }
    assert datetime_fields == set(states._DETAIL_DATETIMES)


# --- to_state_create ---------------------------------------------------------------------------

SERVER_STATE = {
    "id": "5f5c8b0e-6a5e-4a39-9d0f-3f3c1d3a6b11",
    "type": "SCHEDULED",
    "name": "AwaitingRetry",
    "timestamp": "2030-01-01T00:00:00.123456Z",
    "message": "retrying soon",
    "data": None,
    "state_details": {
        "flow_run_id": "0b9f4bd0-2f3a-4c37-a58c-0a3c4a7d3a9e",
        "scheduled_time": "2030-01-01T00:05:00Z",
        "pause_reschedule": False,
        "transition_id": "7c1f4b9a-8d3e-4f7a-9b2c-5e6d7f8a9b0c",
        "a_field_from_a_newer_server": 1,
    },
}


def test_to_state_create_from_a_server_state() -> None:
    server_state = State.from_dict(SERVER_STATE)
    body = to_state_create(server_state)
    assert isinstance(body, StateCreate)
    assert body.type_ is StateType.SCHEDULED
    assert body.name == "AwaitingRetry"
    assert body.message == "retrying soon"
    assert body.data is None
    assert details_of(body) == server_state.state_details
    assert details_of(body) is not server_state.state_details
    sent = wire(body)
    assert "id" not in sent
    assert "timestamp" not in sent
    assert sent["state_details"]["scheduled_time"] == "2030-01-01T00:05:00+00:00"
    assert sent["state_details"]["flow_run_id"] == SERVER_STATE["state_details"]["flow_run_id"]  # type: ignore[index]
    assert sent["state_details"]["a_field_from_a_newer_server"] == 1


def test_to_state_create_round_trip() -> None:
    once = to_state_create(State.from_dict(SERVER_STATE))
    assert to_state_create(once) == once
    assert to_state_create(once) is not once
    assert to_state_create(wire(once)) == once
    assert to_state_create(SERVER_STATE) == once


def test_to_state_create_makes_naive_datetimes_utc() -> None:
    body = StateCreate(
        type_=StateType.SCHEDULED,
        state_details=StateDetails(scheduled_time=dt.datetime(2030, 1, 1)),
    )
    fixed = to_state_create(body)
    assert details_of(fixed).scheduled_time == dt.datetime(2030, 1, 1, tzinfo=UTC)
    assert details_of(body).scheduled_time == dt.datetime(2030, 1, 1)  # input left alone


def test_to_state_create_from_minimal_dicts() -> None:
    assert to_state_create({"type": "COMPLETED"}) == StateCreate(type_=StateType.COMPLETED)
    nulled = to_state_create({"type": "FAILED", "state_details": None})
    assert nulled == StateCreate(type_=StateType.FAILED)


def test_to_state_create_rejects_other_things() -> None:
    with pytest.raises(TypeError, match="int"):
        to_state_create(42)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="'type'"):
        to_state_create({"name": "Completed"})


def test_to_state_create_keeps_a_state_type_from_a_newer_server() -> None:
    """The generated enums are lenient; the server, not the client, judges the type."""
    body = to_state_create({"type": "NEWFANGLED"})
    assert wire(body)["type"] == "NEWFANGLED"
    assert not states.is_final(body)


def test_to_state_create_names_a_prefect_state_by_its_full_name() -> None:
    import prefect.states

    with pytest.raises(TypeError, match=r"prefect\.client\.schemas\.objects\.State"):
        to_state_create(prefect.states.Completed())  # type: ignore[arg-type]


# --- predicates --------------------------------------------------------------------------------

PREDICATES = {
    StateType.SCHEDULED: states.is_scheduled,
    StateType.PENDING: states.is_pending,
    StateType.RUNNING: states.is_running,
    StateType.COMPLETED: states.is_completed,
    StateType.FAILED: states.is_failed,
    StateType.CRASHED: states.is_crashed,
    StateType.CANCELLING: states.is_cancelling,
    StateType.CANCELLED: states.is_cancelled,
    StateType.PAUSED: states.is_paused,
}


@pytest.mark.parametrize("type_", list(StateType))
def test_predicates_on_state_and_state_create(type_: StateType) -> None:
    server_state = State.from_dict({"id": str(uuid.uuid4()), "type": type_.value})
    body = StateCreate(type_=type_)
    for state in (server_state, body):
        for predicate_type, predicate in PREDICATES.items():
            assert predicate(state) is (predicate_type is type_), (predicate, type_)
    final = {StateType.COMPLETED, StateType.FAILED, StateType.CANCELLED, StateType.CRASHED}
    assert states.is_final(server_state) is (type_ in final)
    assert states.is_final(body) is (type_ in final)


def test_predicates_match_prefect() -> None:
    import prefect.states

    for _, _, name in CONSTRUCTORS:
        theirs = getattr(prefect.states, name)()
        mine = getattr(states, name)()
        assert theirs.is_final() == states.is_final(mine), name
        assert theirs.is_scheduled() == states.is_scheduled(mine), name
        assert theirs.is_paused() == states.is_paused(mine), name
