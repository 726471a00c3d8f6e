"""prefect_rest.states: Prefect's state constructors, returning Prefect-shaped `State`s."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable
from typing import Any

import pytest

from prefect_api.models import State, StateCreate, StateDetails, StateType
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
Constructor = Callable[..., State]

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


def wire(state: State | StateCreate) -> dict[str, Any]:
    """What goes over the wire: the request body pushed through JSON, as httpx sends it."""
    body = to_state_create(state).to_dict()
    result: dict[str, Any] = json.loads(json.dumps(body))
    return result


def close_to_now(value: object) -> bool:
    assert isinstance(value, dt.datetime)
    assert value.tzinfo is not None
    return abs(dt.datetime.now(UTC) - value) < dt.timedelta(seconds=5)


# --- constructors ------------------------------------------------------------------------------


@pytest.mark.parametrize(("constructor", "type_", "name"), CONSTRUCTORS, ids=IDS)
def test_a_state_with_prefects_defaults(
    constructor: Constructor, type_: StateType, name: str
) -> None:
    state = constructor()
    assert type(state) is State
    assert state.type is type_
    assert state.name == name
    assert isinstance(state.id, uuid.UUID)
    assert close_to_now(state.timestamp)
    assert isinstance(state.state_details, StateDetails)
    assert state.message is None
    assert state.data is None
    assert constructor().id != state.id  # a new id per state


@pytest.mark.parametrize(("constructor", "type_", "name"), CONSTRUCTORS, ids=IDS)
def test_matches_prefect(constructor: Constructor, type_: StateType, name: str) -> None:
    """Same type, name, details and text forms as Prefect's constructor of the same name."""
    import prefect.states

    theirs = getattr(prefect.states, name)(message="note")
    mine = constructor(message="note")
    assert theirs.type.value == mine.type.value
    assert theirs.name == mine.name
    assert theirs.state_details.pause_reschedule == mine.state_details.pause_reschedule
    assert bool(theirs.state_details.scheduled_time) == bool(mine.state_details.scheduled_time)
    assert str(theirs) == str(mine)
    assert repr(theirs) == repr(mine)
    assert set(theirs.model_dump()) == set(mine.model_dump())


@pytest.mark.parametrize(("constructor", "type_", "name"), CONSTRUCTORS, ids=IDS)
def test_common_kwargs(constructor: Constructor, type_: StateType, name: str) -> None:
    details = StateDetails(cache_key="k")
    state = constructor(message="hello", name="Custom", data={"x": 1}, state_details=details)
    assert (state.message, state.name, state.data) == ("hello", "Custom", {"x": 1})
    assert state.state_details.cache_key == "k"
    body = wire(state)
    assert body["message"] == "hello"
    assert body["name"] == "Custom"
    assert body["data"] == {"x": 1}
    assert body["type"] == type_.value


def test_prefects_cls_argument_builds_that_class() -> None:
    class MyState(State):
        pass

    state = Completed(MyState, message="done")
    assert type(state) is MyState
    assert state.is_completed()


def test_a_state_built_directly_gets_its_name_from_its_type() -> None:
    # Prefect's State: the name defaults from the type; SCHEDULED is scheduled for now.
    assert State(type="COMPLETED").name == "Completed"
    assert State(type="CANCELLING").name == "Cancelling"
    scheduled = State(type=StateType.SCHEDULED, message="m")
    assert scheduled.name == "Scheduled"
    assert close_to_now(scheduled.state_details.scheduled_time)
    assert wire(State(type="FAILED", message="boom")) == {
        "type": "FAILED",
        "name": "Failed",
        "message": "boom",
        "data": None,
        "state_details": wire(Failed())["state_details"],
    }


def test_state_details_object_is_copied_not_modified() -> None:
    details = StateDetails(cache_key="k")
    state = Scheduled(state_details=details)
    assert details.scheduled_time is None  # the caller's object is untouched
    assert state.state_details is not details
    assert close_to_now(state.state_details.scheduled_time)


def test_state_details_as_a_dict() -> None:
    state = Completed(state_details={"cache_key": "k", "flow_run_id": str(uuid.UUID(int=1))})
    assert state.state_details.flow_run_id == uuid.UUID(int=1)
    with pytest.raises(TypeError, match=r"state_details.*'colour'"):
        Completed(state_details={"colour": "red"})
    with pytest.raises(TypeError, match="state_details must be a StateDetails or a dict"):
        Completed(state_details=["cache_key"])


@pytest.mark.parametrize("constructor", SCHEDULED_LIKE)
def test_scheduled_time_defaults_to_now(constructor: Constructor) -> None:
    assert close_to_now(constructor().state_details.scheduled_time)


@pytest.mark.parametrize("constructor", SCHEDULED_LIKE)
def test_naive_scheduled_time_is_utc(constructor: Constructor) -> None:
    state = constructor(scheduled_time=dt.datetime(2030, 1, 1, 12))
    assert state.state_details.scheduled_time == dt.datetime(2030, 1, 1, 12, tzinfo=UTC)
    assert wire(state)["state_details"]["scheduled_time"] == "2030-01-01T12:00:00+00:00"


def test_aware_scheduled_time_keeps_its_offset() -> None:
    paris = dt.timezone(dt.timedelta(hours=1))
    state = Scheduled(scheduled_time=dt.datetime(2030, 1, 1, 12, tzinfo=paris))
    assert wire(state)["state_details"]["scheduled_time"] == "2030-01-01T12:00:00+01:00"


def test_scheduled_time_from_state_details() -> None:
    when = dt.datetime(2030, 1, 1, tzinfo=UTC)
    assert Scheduled(state_details={"scheduled_time": when}).state_details.scheduled_time == when


def test_scheduled_time_twice_is_an_error() -> None:
    when = dt.datetime(2030, 1, 1, tzinfo=UTC)
    with pytest.raises(ValueError, match="extra scheduled_time"):
        Scheduled(scheduled_time=when, state_details={"scheduled_time": when})


def test_only_scheduled_states_get_a_scheduled_time() -> None:
    for constructor, type_, _ in CONSTRUCTORS:
        details = constructor().state_details
        assert (details.scheduled_time is not None) is (type_ is StateType.SCHEDULED)


@pytest.mark.parametrize("constructor", PAUSED_LIKE)
def test_pause_timeout_from_seconds(constructor: Constructor) -> None:
    timeout = constructor(timeout_seconds=60).state_details.pause_timeout
    assert timeout is not None
    assert abs((timeout - dt.datetime.now(UTC)).total_seconds() - 60) < 5


@pytest.mark.parametrize("constructor", PAUSED_LIKE)
def test_pause_timeout_from_expiration_time(constructor: Constructor) -> None:
    state = constructor(pause_expiration_time=dt.datetime(2030, 1, 1))
    assert state.state_details.pause_timeout == dt.datetime(2030, 1, 1, tzinfo=UTC)


@pytest.mark.parametrize("constructor", PAUSED_LIKE)
def test_no_timeout_means_no_pause_timeout(constructor: Constructor) -> None:
    assert constructor().state_details.pause_timeout is None


@pytest.mark.parametrize("constructor", PAUSED_LIKE)
def test_timeout_and_expiration_together_is_an_error(constructor: Constructor) -> None:
    with pytest.raises(ValueError, match="not both"):
        constructor(timeout_seconds=1, pause_expiration_time=dt.datetime(2030, 1, 1))


@pytest.mark.parametrize("constructor", PAUSED_LIKE)
def test_pause_timeout_in_state_details_is_an_error(constructor: Constructor) -> None:
    with pytest.raises(ValueError, match="pause_timeout"):
        constructor(state_details={"pause_timeout": dt.datetime(2030, 1, 1, tzinfo=UTC)})


def test_paused_reschedule_and_key() -> None:
    details = Paused(reschedule=True, pause_key="k").state_details
    assert (details.pause_reschedule, details.pause_key) == (True, "k")
    plain = Paused().state_details
    assert (plain.pause_reschedule, plain.pause_key) == (False, None)


def test_suspended_always_reschedules() -> None:
    assert Suspended().state_details.pause_reschedule is True
    assert Suspended(pause_key="k").state_details.pause_key == "k"


# --- bad input ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("constructor", "type_", "name"), CONSTRUCTORS, ids=IDS)
def test_unknown_keyword_is_named(constructor: Constructor, type_: StateType, name: str) -> None:
    with pytest.raises(TypeError, match=r"State.*'colour'"):
        constructor(colour="red")


def test_the_type_cannot_be_given() -> None:
    with pytest.raises(TypeError, match="Completed\\(\\) sets the state type itself"):
        Completed(type=StateType.FAILED)


@pytest.mark.parametrize(
    ("build", "argument"),
    [
        (lambda: Completed(message=1), "State.message"),
        (lambda: Completed(name=["x"]), "State.name"),
        (lambda: Scheduled(scheduled_time="soon"), "scheduled_time"),
        (lambda: Paused(timeout_seconds="60"), "timeout_seconds"),
        (lambda: Paused(pause_expiration_time=60), "pause_expiration_time"),
        (lambda: Paused(reschedule="yes"), "reschedule"),
        (lambda: Paused(pause_key=1), "pause_key"),
        (lambda: Completed(data=object()), "State.data"),
    ],
)
def test_bad_types_name_the_argument(build: Callable[[], State], argument: str) -> None:
    with pytest.raises(TypeError, match=argument):
        build()


def test_a_nan_timeout_is_refused() -> None:
    with pytest.raises((TypeError, ValueError)):
        Paused(timeout_seconds=float("nan"))


@pytest.mark.parametrize(("constructor", "type_", "name"), CONSTRUCTORS, ids=IDS)
def test_body_is_json_with_tz_aware_datetimes(
    constructor: Constructor, type_: StateType, name: str
) -> None:
    kwargs: dict[str, Any] = {"state_details": {"cache_expiration": dt.datetime(2031, 1, 1)}}
    if constructor in PAUSED_LIKE:
        kwargs["timeout_seconds"] = 60
    body = wire(constructor(**kwargs))
    for field in ("scheduled_time", "cache_expiration", "pause_timeout"):
        if body["state_details"].get(field) is not None:
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
        assert parsed.state_details.scheduled_time == state.state_details.scheduled_time


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
    state = State.from_dict(SERVER_STATE)
    body = to_state_create(state)
    assert isinstance(body, StateCreate)
    sent = wire(body)
    assert sent["type"] == "SCHEDULED"
    assert sent["name"] == "AwaitingRetry"
    assert sent["message"] == "retrying soon"
    assert sent["state_details"]["scheduled_time"] == "2030-01-01T00:05:00+00:00"
    # A detail this client does not know survives (a newer server's), as it came.
    assert sent["state_details"]["a_field_from_a_newer_server"] == 1
    assert "id" not in sent and "timestamp" not in sent  # the server's, not the request's
    body.state_details.cache_key = "changed"
    assert state.state_details.cache_key is None  # a copy, not the same details


def test_to_state_create_round_trip() -> None:
    first = to_state_create(State.from_dict(SERVER_STATE))
    assert to_state_create(first).to_dict() == first.to_dict()
    assert to_state_create(first) is not first


def test_to_state_create_makes_naive_datetimes_utc() -> None:
    body = to_state_create(
        {"type": "SCHEDULED", "state_details": {"scheduled_time": dt.datetime(2030, 1, 1)}}
    )
    assert wire(body)["state_details"]["scheduled_time"] == "2030-01-01T00:00:00+00:00"


def test_to_state_create_from_minimal_dicts() -> None:
    assert wire(to_state_create({"type": "RUNNING"}))["type"] == "RUNNING"
    assert wire(to_state_create({"type": "RUNNING", "state_details": None}))["type"] == "RUNNING"


def test_to_state_create_rejects_other_things() -> None:
    with pytest.raises(ValueError, match="no 'type' key"):
        to_state_create({"name": "x"})
    with pytest.raises(TypeError, match="a state must be a State"):
        to_state_create("COMPLETED")


def test_to_state_create_keeps_a_state_type_from_a_newer_server() -> None:
    """The generated enums are lenient on the wire; the server judges the type."""
    body = to_state_create(State.from_dict({**SERVER_STATE, "type": "NEWFANGLED"}))
    assert wire(body)["type"] == "NEWFANGLED"
    assert not states.is_final(body)


def test_to_state_create_takes_prefects_own_state() -> None:
    import prefect.states

    body = to_state_create(prefect.states.Completed(message="theirs"))
    assert wire(body)["type"] == "COMPLETED"
    assert wire(body)["message"] == "theirs"


# --- predicates --------------------------------------------------------------------------------

PREDICATES = {
    StateType.SCHEDULED: ("is_scheduled", states.is_scheduled),
    StateType.PENDING: ("is_pending", states.is_pending),
    StateType.RUNNING: ("is_running", states.is_running),
    StateType.COMPLETED: ("is_completed", states.is_completed),
    StateType.FAILED: ("is_failed", states.is_failed),
    StateType.CRASHED: ("is_crashed", states.is_crashed),
    StateType.CANCELLING: ("is_cancelling", states.is_cancelling),
    StateType.CANCELLED: ("is_cancelled", states.is_cancelled),
    StateType.PAUSED: ("is_paused", states.is_paused),
}
FINAL = {StateType.COMPLETED, StateType.FAILED, StateType.CANCELLED, StateType.CRASHED}


@pytest.mark.parametrize("type_", list(StateType))
def test_predicates_on_state_and_state_create(type_: StateType) -> None:
    server_state = State.from_dict({"id": str(uuid.uuid4()), "type": type_.value})
    built = State(type=type_)
    body = StateCreate(type=type_)
    for state in (server_state, built, body):
        for predicate_type, (method, function) in PREDICATES.items():
            expected = predicate_type is type_
            assert function(state) is expected, (function, type_)
            if isinstance(state, State):
                assert getattr(state, method)() is expected, (method, type_)
        assert states.is_final(state) is (type_ in FINAL)
    assert built.is_final() is (type_ in FINAL)
    assert built.is_settled() is (type_ in FINAL or type_ is StateType.PAUSED)


def test_predicates_match_prefect() -> None:
    import prefect.states

    for _, _, name in CONSTRUCTORS:
        theirs = getattr(prefect.states, name)()
        mine = getattr(states, name)()
        for method in ("is_final", "is_scheduled", "is_paused", "is_running", "is_pending"):
            assert getattr(theirs, method)() == getattr(mine, method)(), (name, method)


def test_states_hash_and_compare_like_prefects() -> None:
    import copy

    state = Completed()
    assert state == copy.copy(state)
    assert {state, copy.deepcopy(state)} == {state}  # hashable, as Prefect's State
    assert state != Completed()  # another id and timestamp
    # As Prefect's: a model_copy is a new moment of the same state (a fresh timestamp).
    later = state.model_copy(update={"message": "again"})
    assert later.timestamp >= state.timestamp and later.id == state.id
    assert later.message == "again" and state.message is None
    fresh = state.fresh_copy()
    assert fresh.id != state.id and fresh.type == state.type
