"""Build the states you send to the Prefect server, with Prefect's names and arguments.

Mirrors ``prefect.states`` (Prefect 3.8.8): ``Completed(message="done")``,
``Scheduled(scheduled_time=...)``, ``Paused(timeout_seconds=60)``, ... Each returns a
``State`` (``prefect_rest.schemas.objects.State``), the same class the
client returns when it reads a state: it has Prefect's defaults (a new ``id``, ``timestamp``
now, empty ``state_details``), its ``is_*()`` methods and its ``str``/``repr`` forms, and
``set_flow_run_state``, ``set_task_run_state`` and ``create_flow_run(state=...)`` take it.

Datetimes: a naive datetime (no ``tzinfo``) is taken to be in UTC, never in local time, so a
state means the same instant on every machine.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any, Final, NamedTuple

from prefect_api.models.state import State
from prefect_api.models.state_create import StateCreate
from prefect_api.models.state_details import StateDetails
from prefect_api.models.state_type import StateType

__all__ = [
    "TERMINAL_STATES",
    "AwaitingConcurrencySlot",
    "AwaitingRetry",
    "Cancelled",
    "Cancelling",
    "Completed",
    "Crashed",
    "Failed",
    "InfrastructurePending",
    "Late",
    "Paused",
    "Pending",
    "Retrying",
    "Running",
    "Scheduled",
    "State",
    "StateType",
    "Submitting",
    "Suspended",
    "is_cancelled",
    "is_cancelling",
    "is_completed",
    "is_crashed",
    "is_failed",
    "is_final",
    "is_paused",
    "is_pending",
    "is_running",
    "is_scheduled",
    "to_state_create",
]


# The state types a run never leaves (Prefect's `TERMINAL_STATES`, re-exported by
# `prefect_rest.schemas.objects` as Prefect does). Frozen, so no caller can change what
# `is_final` means.
TERMINAL_STATES: Final[frozenset[StateType]] = frozenset(
    {StateType.COMPLETED, StateType.CANCELLED, StateType.FAILED, StateType.CRASHED}
)


class _Pause(NamedTuple):
    """The pause arguments of Paused/Suspended, checked and applied by `_apply_pause`."""

    timeout_seconds: float | None
    expiration: dt.datetime | None
    reschedule: bool
    key: str | None


# --- constructors ------------------------------------------------------------------------------
# Each state's default name is its constructor's name, as Prefect names it ("Late",
# "AwaitingRetry", ...). `cls` is Prefect's first parameter: the State class to build.
# Other keyword arguments are State's fields (message, name, data, state_details, ...).


def Scheduled(
    cls: type[State] = State,
    scheduled_time: dt.datetime | None = None,
    **kwargs: Any,
) -> State:
    """A SCHEDULED state for `scheduled_time` (default: now).

    Args:
        cls: The class to build, Prefect's first parameter; `State` by default.
        scheduled_time: When the run should start (default: now); a naive datetime is
            taken as UTC.
        **kwargs: Other `State` fields: ``message``, ``name`` (default "Scheduled"), ``data``,
            ``state_details`` (a `StateDetails` or a dict of its fields; copied, the
            caller's is never changed).

    Returns:
        A new SCHEDULED state named "Scheduled".

    Raises:
        TypeError: `type` was passed (the constructor sets it), or an argument has the
            wrong type.
        ValueError: `state_details` holds a ``scheduled_time`` as well.
    """
    return _build("Scheduled", StateType.SCHEDULED, cls, kwargs, scheduled_time=scheduled_time)


def Late(
    cls: type[State] = State,
    scheduled_time: dt.datetime | None = None,
    **kwargs: Any,
) -> State:
    """A SCHEDULED state named "Late": a run that missed its start time.

    Args:
        cls: The class to build, Prefect's first parameter; `State` by default.
        scheduled_time: When the run should start (default: now); a naive datetime is
            taken as UTC.
        **kwargs: Other `State` fields: ``message``, ``name`` (default "Late"), ``data``,
            ``state_details`` (a `StateDetails` or a dict of its fields; copied, the
            caller's is never changed).

    Returns:
        A new SCHEDULED state named "Late".

    Raises:
        TypeError: `type` was passed (the constructor sets it), or an argument has the
            wrong type.
        ValueError: `state_details` holds a ``scheduled_time`` as well.
    """
    return _build("Late", StateType.SCHEDULED, cls, kwargs, scheduled_time=scheduled_time)


def AwaitingRetry(
    cls: type[State] = State,
    scheduled_time: dt.datetime | None = None,
    **kwargs: Any,
) -> State:
    """A SCHEDULED state named "AwaitingRetry": the next attempt starts at `scheduled_time`.

    Args:
        cls: The class to build, Prefect's first parameter; `State` by default.
        scheduled_time: When the run should start (default: now); a naive datetime is
            taken as UTC.
        **kwargs: Other `State` fields: ``message``, ``name`` (default "AwaitingRetry"), ``data``,
            ``state_details`` (a `StateDetails` or a dict of its fields; copied, the
            caller's is never changed).

    Returns:
        A new SCHEDULED state named "AwaitingRetry".

    Raises:
        TypeError: `type` was passed (the constructor sets it), or an argument has the
            wrong type.
        ValueError: `state_details` holds a ``scheduled_time`` as well.
    """
    return _build("AwaitingRetry", StateType.SCHEDULED, cls, kwargs, scheduled_time=scheduled_time)


def AwaitingConcurrencySlot(
    cls: type[State] = State,
    scheduled_time: dt.datetime | None = None,
    **kwargs: Any,
) -> State:
    """A SCHEDULED state named "AwaitingConcurrencySlot": waiting for a concurrency slot.

    Args:
        cls: The class to build, Prefect's first parameter; `State` by default.
        scheduled_time: When the run should start (default: now); a naive datetime is
            taken as UTC.
        **kwargs: Other `State` fields: ``message``, ``name``
            (default "AwaitingConcurrencySlot"), ``data``, ``state_details`` (a `StateDetails` or
            a dict of its fields; copied, the caller's is never changed).

    Returns:
        A new SCHEDULED state named "AwaitingConcurrencySlot".

    Raises:
        TypeError: `type` was passed (the constructor sets it), or an argument has the
            wrong type.
        ValueError: `state_details` holds a ``scheduled_time`` as well.
    """
    return _build(
        "AwaitingConcurrencySlot", StateType.SCHEDULED, cls, kwargs, scheduled_time=scheduled_time
    )


def Pending(cls: type[State] = State, **kwargs: Any) -> State:
    """A PENDING state.

    Args:
        cls: The class to build, Prefect's first parameter; `State` by default.
        **kwargs: Other `State` fields: ``message``, ``name`` (default "Pending"), ``data``,
            ``state_details`` (a `StateDetails` or a dict of its fields; copied, the
            caller's is never changed).

    Returns:
        A new PENDING state named "Pending".

    Raises:
        TypeError: `type` was passed (the constructor sets it), or an argument has the
            wrong type.
    """
    return _build("Pending", StateType.PENDING, cls, kwargs)


def Submitting(cls: type[State] = State, **kwargs: Any) -> State:
    """A PENDING state named "Submitting".

    Args:
        cls: The class to build, Prefect's first parameter; `State` by default.
        **kwargs: Other `State` fields: ``message``, ``name`` (default "Submitting"), ``data``,
            ``state_details`` (a `StateDetails` or a dict of its fields; copied, the
            caller's is never changed).

    Returns:
        A new PENDING state named "Submitting".

    Raises:
        TypeError: `type` was passed (the constructor sets it), or an argument has the
            wrong type.
    """
    return _build("Submitting", StateType.PENDING, cls, kwargs)


def InfrastructurePending(cls: type[State] = State, **kwargs: Any) -> State:
    """A PENDING state named "InfrastructurePending".

    Args:
        cls: The class to build, Prefect's first parameter; `State` by default.
        **kwargs: Other `State` fields: ``message``, ``name``
            (default "InfrastructurePending"), ``data``, ``state_details`` (a `StateDetails` or
            a dict of its fields; copied, the caller's is never changed).

    Returns:
        A new PENDING state named "InfrastructurePending".

    Raises:
        TypeError: `type` was passed (the constructor sets it), or an argument has the
            wrong type.
    """
    return _build("InfrastructurePending", StateType.PENDING, cls, kwargs)


def Running(cls: type[State] = State, **kwargs: Any) -> State:
    """A RUNNING state.

    Args:
        cls: The class to build, Prefect's first parameter; `State` by default.
        **kwargs: Other `State` fields: ``message``, ``name`` (default "Running"), ``data``,
            ``state_details`` (a `StateDetails` or a dict of its fields; copied, the
            caller's is never changed).

    Returns:
        A new RUNNING state named "Running".

    Raises:
        TypeError: `type` was passed (the constructor sets it), or an argument has the
            wrong type.
    """
    return _build("Running", StateType.RUNNING, cls, kwargs)


def Retrying(cls: type[State] = State, **kwargs: Any) -> State:
    """A RUNNING state named "Retrying".

    Args:
        cls: The class to build, Prefect's first parameter; `State` by default.
        **kwargs: Other `State` fields: ``message``, ``name`` (default "Retrying"), ``data``,
            ``state_details`` (a `StateDetails` or a dict of its fields; copied, the
            caller's is never changed).

    Returns:
        A new RUNNING state named "Retrying".

    Raises:
        TypeError: `type` was passed (the constructor sets it), or an argument has the
            wrong type.
    """
    return _build("Retrying", StateType.RUNNING, cls, kwargs)


def Completed(cls: type[State] = State, **kwargs: Any) -> State:
    """A COMPLETED state.

    Args:
        cls: The class to build, Prefect's first parameter; `State` by default.
        **kwargs: Other `State` fields: ``message``, ``name`` (default "Completed"), ``data``,
            ``state_details`` (a `StateDetails` or a dict of its fields; copied, the
            caller's is never changed).

    Returns:
        A new COMPLETED state named "Completed".

    Raises:
        TypeError: `type` was passed (the constructor sets it), or an argument has the
            wrong type.
    """
    return _build("Completed", StateType.COMPLETED, cls, kwargs)


def Failed(cls: type[State] = State, **kwargs: Any) -> State:
    """A FAILED state.

    Args:
        cls: The class to build, Prefect's first parameter; `State` by default.
        **kwargs: Other `State` fields: ``message``, ``name`` (default "Failed"), ``data``,
            ``state_details`` (a `StateDetails` or a dict of its fields; copied, the
            caller's is never changed).

    Returns:
        A new FAILED state named "Failed".

    Raises:
        TypeError: `type` was passed (the constructor sets it), or an argument has the
            wrong type.
    """
    return _build("Failed", StateType.FAILED, cls, kwargs)


def Crashed(cls: type[State] = State, **kwargs: Any) -> State:
    """A CRASHED state.

    Args:
        cls: The class to build, Prefect's first parameter; `State` by default.
        **kwargs: Other `State` fields: ``message``, ``name`` (default "Crashed"), ``data``,
            ``state_details`` (a `StateDetails` or a dict of its fields; copied, the
            caller's is never changed).

    Returns:
        A new CRASHED state named "Crashed".

    Raises:
        TypeError: `type` was passed (the constructor sets it), or an argument has the
            wrong type.
    """
    return _build("Crashed", StateType.CRASHED, cls, kwargs)


def Cancelling(cls: type[State] = State, **kwargs: Any) -> State:
    """A CANCELLING state.

    Args:
        cls: The class to build, Prefect's first parameter; `State` by default.
        **kwargs: Other `State` fields: ``message``, ``name`` (default "Cancelling"), ``data``,
            ``state_details`` (a `StateDetails` or a dict of its fields; copied, the
            caller's is never changed).

    Returns:
        A new CANCELLING state named "Cancelling".

    Raises:
        TypeError: `type` was passed (the constructor sets it), or an argument has the
            wrong type.
    """
    return _build("Cancelling", StateType.CANCELLING, cls, kwargs)


def Cancelled(cls: type[State] = State, **kwargs: Any) -> State:
    """A CANCELLED state.

    Args:
        cls: The class to build, Prefect's first parameter; `State` by default.
        **kwargs: Other `State` fields: ``message``, ``name`` (default "Cancelled"), ``data``,
            ``state_details`` (a `StateDetails` or a dict of its fields; copied, the
            caller's is never changed).

    Returns:
        A new CANCELLED state named "Cancelled".

    Raises:
        TypeError: `type` was passed (the constructor sets it), or an argument has the
            wrong type.
    """
    return _build("Cancelled", StateType.CANCELLED, cls, kwargs)


def Paused(
    cls: type[State] = State,
    timeout_seconds: float | None = None,
    pause_expiration_time: dt.datetime | None = None,
    reschedule: bool = False,
    pause_key: str | None = None,
    **kwargs: Any,
) -> State:
    """A PAUSED state, expiring after `timeout_seconds` or at `pause_expiration_time` (not both).

    Args:
        cls: The class to build, Prefect's first parameter; `State` by default.
        timeout_seconds: Seconds until the pause expires.
        pause_expiration_time: When the pause expires (not with `timeout_seconds`); a naive
            datetime is taken as UTC.
        reschedule: True: the server reschedules the run on resume instead of continuing it
            in place.
        pause_key: A key that identifies this pause.
        **kwargs: Other `State` fields: ``message``, ``name`` (default "Paused"), ``data``,
            ``state_details`` (a `StateDetails` or a dict of its fields; copied, the
            caller's is never changed).

    Returns:
        A new PAUSED state named "Paused".

    Raises:
        TypeError: `type` was passed (the constructor sets it), or an argument has the
            wrong type.
        ValueError: Both `timeout_seconds` and `pause_expiration_time` were given, or
            `state_details` holds a ``pause_timeout`` already.
    """
    pause = _Pause(timeout_seconds, pause_expiration_time, reschedule, pause_key)
    return _build("Paused", StateType.PAUSED, cls, kwargs, pause=pause)


def Suspended(
    cls: type[State] = State,
    timeout_seconds: float | None = None,
    pause_expiration_time: dt.datetime | None = None,
    pause_key: str | None = None,
    **kwargs: Any,
) -> State:
    """A PAUSED state named "Suspended": a pause whose run is always rescheduled on resume.

    Args:
        cls: The class to build, Prefect's first parameter; `State` by default.
        timeout_seconds: Seconds until the pause expires.
        pause_expiration_time: When the pause expires (not with `timeout_seconds`); a naive
            datetime is taken as UTC.
        pause_key: A key that identifies this pause.
        **kwargs: Other `State` fields: ``message``, ``name`` (default "Suspended"), ``data``,
            ``state_details`` (a `StateDetails` or a dict of its fields; copied, the
            caller's is never changed).

    Returns:
        A new PAUSED state named "Suspended".

    Raises:
        TypeError: `type` was passed (the constructor sets it), or an argument has the
            wrong type.
        ValueError: Both `timeout_seconds` and `pause_expiration_time` were given, or
            `state_details` holds a ``pause_timeout`` already.
    """
    pause = _Pause(timeout_seconds, pause_expiration_time, True, pause_key)
    return _build("Suspended", StateType.PAUSED, cls, kwargs, pause=pause)


# --- conversion --------------------------------------------------------------------------------


def to_state_create(state: State | StateCreate | Mapping[str, Any] | Any) -> StateCreate:
    """The body that sets `state` on a run.

    Always a new object: the caller's state is never modified. A State's id and timestamp
    belong to the copy the server keeps and are not part of the request.

    Args:
        state: A State (ours, or Prefect's own pydantic State), a StateCreate, or a dict of
            its fields (``{"type": "COMPLETED", ...}``).

    Returns:
        A new `StateCreate` with the state's type, name, message, data and details.

    Raises:
        ValueError: A dict without a ``type`` key, or with a value its field cannot take
            (an unknown state type, say).
        TypeError: `state` is none of the above, or a field's value has the wrong type.
    """
    if isinstance(state, State | StateCreate):
        source: Any = state
    elif isinstance(state, Mapping):
        if "type" not in state:
            raise ValueError("to_state_create() got a dict with no 'type' key")
        # Null details mean none given (what a server's JSON may hold).
        source = StateCreate.model_validate(
            {key: value for key, value in state.items() if value is not None}
        )
    elif callable(getattr(state, "model_dump", None)) and hasattr(state, "type"):
        source = StateCreate.model_validate(
            {
                key: value
                for key, value in state.model_dump(mode="json").items()
                if key in ("type", "name", "message", "data", "state_details")
            }
        )
    else:
        raise TypeError(
            "a state must be a State (e.g. prefect_rest.states.Running()), a StateCreate or a "
            f"dict of its fields, not {type(state).__module__}.{type(state).__qualname__}"
        )
    details = source.state_details
    return StateCreate(
        type=source.type,
        name=source.name,
        message=source.message,
        data=source.data,
        state_details=details.model_copy(deep=True) if details is not None else StateDetails(),
    )


# --- predicates (Prefect 2's module functions; a State also has these as methods) ---------------


def is_scheduled(state: State | StateCreate) -> bool:
    """Whether `state` is SCHEDULED (including Late and AwaitingRetry).

    Args:
        state: A `State` or `StateCreate`.

    Returns:
        True for a SCHEDULED state (including Late and AwaitingRetry).
    """
    return state.type == StateType.SCHEDULED


def is_pending(state: State | StateCreate) -> bool:
    """Whether `state` is PENDING.

    Args:
        state: A `State` or `StateCreate`.

    Returns:
        True for a PENDING state.
    """
    return state.type == StateType.PENDING


def is_running(state: State | StateCreate) -> bool:
    """Whether `state` is RUNNING (including Retrying).

    Args:
        state: A `State` or `StateCreate`.

    Returns:
        True for a RUNNING state (including Retrying).
    """
    return state.type == StateType.RUNNING


def is_completed(state: State | StateCreate) -> bool:
    """Whether `state` is COMPLETED.

    Args:
        state: A `State` or `StateCreate`.

    Returns:
        True for a COMPLETED state.
    """
    return state.type == StateType.COMPLETED


def is_failed(state: State | StateCreate) -> bool:
    """Whether `state` is FAILED.

    Args:
        state: A `State` or `StateCreate`.

    Returns:
        True for a FAILED state.
    """
    return state.type == StateType.FAILED


def is_crashed(state: State | StateCreate) -> bool:
    """Whether `state` is CRASHED.

    Args:
        state: A `State` or `StateCreate`.

    Returns:
        True for a CRASHED state.
    """
    return state.type == StateType.CRASHED


def is_cancelling(state: State | StateCreate) -> bool:
    """Whether `state` is CANCELLING (not final: the run may still be stopping).

    Args:
        state: A `State` or `StateCreate`.

    Returns:
        True for a CANCELLING state (not final: the run may still be stopping).
    """
    return state.type == StateType.CANCELLING


def is_cancelled(state: State | StateCreate) -> bool:
    """Whether `state` is CANCELLED.

    Args:
        state: A `State` or `StateCreate`.

    Returns:
        True for a CANCELLED state.
    """
    return state.type == StateType.CANCELLED


def is_paused(state: State | StateCreate) -> bool:
    """Whether `state` is PAUSED (including Suspended).

    Args:
        state: A `State` or `StateCreate`.

    Returns:
        True for a PAUSED state (including Suspended).
    """
    return state.type == StateType.PAUSED


def is_final(state: State | StateCreate) -> bool:
    """Whether the run is over: `state` is COMPLETED, FAILED, CANCELLED or CRASHED.

    Args:
        state: A `State` or `StateCreate`.

    Returns:
        True once the run is over: COMPLETED, FAILED, CANCELLED or CRASHED.
    """
    return state.type in TERMINAL_STATES


# --- the one builder ---------------------------------------------------------------------------


def _build(
    constructor: str,
    type_: StateType,
    cls: type[State],
    kwargs: dict[str, Any],
    *,
    scheduled_time: dt.datetime | None = None,
    pause: _Pause | None = None,
) -> State:
    if "type" in kwargs:
        raise TypeError(f"{constructor}() sets the state type itself: do not pass `type`")
    raw = kwargs.pop("state_details", None)
    if raw is None:
        details = StateDetails()
    elif isinstance(raw, StateDetails):
        details = raw.model_copy(deep=True)  # never change the caller's object
    elif isinstance(raw, Mapping):
        try:
            details = StateDetails(**raw)
        except (TypeError, ValueError) as error:
            raise type(error)(f"{constructor}(): state_details: {error}") from None
    else:
        raise TypeError(
            f"{constructor}(): state_details must be a StateDetails or a dict, "
            f"not {type(raw).__name__}"
        )
    now = dt.datetime.now(dt.UTC)
    if scheduled_time is not None:
        if not isinstance(scheduled_time, dt.datetime):
            raise TypeError(
                f"{constructor}(): scheduled_time must be a datetime, "
                f"not {type(scheduled_time).__name__}"
            )
        if details.scheduled_time:
            raise ValueError(f"{constructor}(): an extra scheduled_time was given in state_details")
        details.scheduled_time = scheduled_time  # the model takes a naive one as UTC
    if pause is not None:
        _apply_pause(constructor, pause, details, now)
    kwargs.setdefault("name", constructor)
    # SCHEDULED states without a time are scheduled for now by State itself (Prefect's rule).
    return cls(type=type_, state_details=details, **kwargs)


def _apply_pause(constructor: str, pause: _Pause, details: StateDetails, now: dt.datetime) -> None:
    timeout = pause.timeout_seconds
    if isinstance(timeout, bool) or not (timeout is None or isinstance(timeout, int | float)):
        raise _type_error(constructor, "timeout_seconds", timeout, "a number of seconds")
    expiration = _optional(constructor, "pause_expiration_time", pause.expiration, dt.datetime)
    if not isinstance(pause.reschedule, bool):
        raise _type_error(constructor, "reschedule", pause.reschedule, "a bool")
    key = _optional(constructor, "pause_key", pause.key, str)
    if details.pause_timeout:
        raise ValueError(f"{constructor}(): pause_timeout must not be set in state_details")
    if timeout is not None and expiration is not None:
        raise ValueError(
            f"{constructor}(): give timeout_seconds or pause_expiration_time, not both"
        )
    if expiration is not None:
        details.pause_timeout = expiration
    elif timeout is not None:
        details.pause_timeout = now + dt.timedelta(seconds=timeout)
    details.pause_reschedule = pause.reschedule
    if key is not None:
        details.pause_key = key


def _optional(owner: str, arg: str, value: object, kind: type[Any]) -> Any:
    if value is None or isinstance(value, kind):
        return value
    raise _type_error(owner, arg, value, f"a {kind.__name__} or None")


def _type_error(owner: str, arg: str, value: object, expected: str) -> TypeError:
    return TypeError(f"{owner}(): {arg} must be {expected}, not {type(value).__name__}")
