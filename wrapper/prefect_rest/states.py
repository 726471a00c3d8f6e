"""Build the states you send to the Prefect server, with Prefect's names and arguments.

Mirrors the constructors of ``prefect.states`` (Prefect 3.8.8): ``Completed(message="done")``,
``Scheduled(scheduled_time=...)``, ``Paused(timeout_seconds=60)``, … Each returns a
:class:`~prefect_api.models.StateCreate`, the body that ``set_flow_run_state``,
``set_task_run_state`` and ``create_flow_run(state=...)`` send, ready for ``to_dict()``.

Datetimes: a naive datetime (no ``tzinfo``) is taken to be in UTC, never in local time, so a
state means the same instant on every machine. Every datetime in the returned state details is
timezone-aware, so ``to_dict()`` writes ISO-8601 strings with an offset, as the server expects.

The ``is_*`` predicates take a state read from the server (``State``) or one built here
(``StateCreate``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final, TypedDict, TypeVar, Unpack

import attrs

from prefect_api.models.state import State
from prefect_api.models.state_create import StateCreate
from prefect_api.models.state_details import StateDetails
from prefect_api.models.state_type import StateType
from prefect_api.types import UNSET, Unset

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
    "StateKwargs",
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


class StateKwargs(TypedDict, total=False):
    """Keyword arguments every constructor accepts (Prefect's ``**kwargs`` to ``State``)."""

    message: str | None
    #: Defaults to the constructor's name ("Completed", "Late", "AwaitingRetry", …).
    name: str | None
    #: Sent as is: it must be JSON-serializable (the server stores it as JSON).
    data: Any
    #: A ``StateDetails`` or its wire form as a dict (ISO-8601 strings or datetimes).
    state_details: StateDetails | Mapping[str, Any] | None


# The state types a run never leaves (Prefect's `TERMINAL_STATES`, re-exported by
# `prefect_rest.schemas.objects` as Prefect does). It lives here, not there, because the client
# imports this module at run time and `schemas.objects` would load dozens of models with it.
# Frozen, so no caller can change what `is_final` means.
TERMINAL_STATES: Final[frozenset[StateType]] = frozenset(
    {StateType.COMPLETED, StateType.CANCELLED, StateType.FAILED, StateType.CRASHED}
)

_T = TypeVar("_T")

_STATE_KWARGS: Final = frozenset(StateKwargs.__annotations__)
# The datetime fields of StateDetails, normalized to tz-aware on the way out. A unit test checks
# this against the generated model, so a regenerate that adds one cannot slip past.
_DETAIL_DATETIMES: Final = ("scheduled_time", "cache_expiration", "pause_timeout")
# Wire names StateDetails knows; a dict naming anything else from user code is most likely a typo.
_DETAIL_KEYS: Final = frozenset(
    f.name for f in attrs.fields(StateDetails) if f.name != "additional_properties"
)


@dataclass(frozen=True, slots=True)
class _Pause:
    """The pause arguments of Paused/Suspended, checked and applied by `_apply_pause`."""

    timeout_seconds: float | None
    expiration: dt.datetime | None
    reschedule: bool
    key: str | None


# --- constructors ------------------------------------------------------------------------------
# Each state's default name is its constructor's name, which is what Prefect gives it too (a
# plain `Completed()` is named after its type, "Completed"), so `_build` takes one string for both.
# Arguments are keyword-only: Prefect's first positional parameter is `cls`, so a positional
# argument there never meant what it looks like.


def Scheduled(
    *, scheduled_time: dt.datetime | None = None, **kwargs: Unpack[StateKwargs]
) -> StateCreate:
    """A SCHEDULED state for `scheduled_time` (default: now)."""
    return _build("Scheduled", StateType.SCHEDULED, kwargs, scheduled_time=scheduled_time)


def Late(
    *, scheduled_time: dt.datetime | None = None, **kwargs: Unpack[StateKwargs]
) -> StateCreate:
    """A SCHEDULED state named "Late": a run that missed its start time."""
    return _build("Late", StateType.SCHEDULED, kwargs, scheduled_time=scheduled_time)


def AwaitingRetry(
    *, scheduled_time: dt.datetime | None = None, **kwargs: Unpack[StateKwargs]
) -> StateCreate:
    """A SCHEDULED state named "AwaitingRetry": the next attempt starts at `scheduled_time`."""
    return _build("AwaitingRetry", StateType.SCHEDULED, kwargs, scheduled_time=scheduled_time)


def AwaitingConcurrencySlot(
    *, scheduled_time: dt.datetime | None = None, **kwargs: Unpack[StateKwargs]
) -> StateCreate:
    """A SCHEDULED state named "AwaitingConcurrencySlot": waiting for a concurrency slot."""
    return _build(
        "AwaitingConcurrencySlot", StateType.SCHEDULED, kwargs, scheduled_time=scheduled_time
    )


def Pending(**kwargs: Unpack[StateKwargs]) -> StateCreate:
    """A PENDING state."""
    return _build("Pending", StateType.PENDING, kwargs)


def Submitting(**kwargs: Unpack[StateKwargs]) -> StateCreate:
    """A PENDING state named "Submitting"."""
    return _build("Submitting", StateType.PENDING, kwargs)


def InfrastructurePending(**kwargs: Unpack[StateKwargs]) -> StateCreate:
    """A PENDING state named "InfrastructurePending"."""
    return _build("InfrastructurePending", StateType.PENDING, kwargs)


def Running(**kwargs: Unpack[StateKwargs]) -> StateCreate:
    """A RUNNING state."""
    return _build("Running", StateType.RUNNING, kwargs)


def Retrying(**kwargs: Unpack[StateKwargs]) -> StateCreate:
    """A RUNNING state named "Retrying"."""
    return _build("Retrying", StateType.RUNNING, kwargs)


def Completed(**kwargs: Unpack[StateKwargs]) -> StateCreate:
    """A COMPLETED state."""
    return _build("Completed", StateType.COMPLETED, kwargs)


def Failed(**kwargs: Unpack[StateKwargs]) -> StateCreate:
    """A FAILED state."""
    return _build("Failed", StateType.FAILED, kwargs)


def Crashed(**kwargs: Unpack[StateKwargs]) -> StateCreate:
    """A CRASHED state."""
    return _build("Crashed", StateType.CRASHED, kwargs)


def Cancelling(**kwargs: Unpack[StateKwargs]) -> StateCreate:
    """A CANCELLING state."""
    return _build("Cancelling", StateType.CANCELLING, kwargs)


def Cancelled(**kwargs: Unpack[StateKwargs]) -> StateCreate:
    """A CANCELLED state."""
    return _build("Cancelled", StateType.CANCELLED, kwargs)


def Paused(
    *,
    timeout_seconds: float | None = None,
    pause_expiration_time: dt.datetime | None = None,
    reschedule: bool = False,
    pause_key: str | None = None,
    **kwargs: Unpack[StateKwargs],
) -> StateCreate:
    """A PAUSED state, expiring after `timeout_seconds` or at `pause_expiration_time` (not both).

    With `reschedule=True` the server reschedules the run on resume instead of continuing it in
    place.
    """
    pause = _Pause(timeout_seconds, pause_expiration_time, reschedule, pause_key)
    return _build("Paused", StateType.PAUSED, kwargs, pause=pause)


def Suspended(
    *,
    timeout_seconds: float | None = None,
    pause_expiration_time: dt.datetime | None = None,
    pause_key: str | None = None,
    **kwargs: Unpack[StateKwargs],
) -> StateCreate:
    """A PAUSED state named "Suspended": a pause whose run is always rescheduled on resume."""
    pause = _Pause(timeout_seconds, pause_expiration_time, True, pause_key)
    return _build("Suspended", StateType.PAUSED, kwargs, pause=pause)


# --- conversion --------------------------------------------------------------------------------


def to_state_create(state: StateCreate | State | Mapping[str, Any]) -> StateCreate:
    """Return the body that sets `state`: a StateCreate, a State read from the server, or a dict.

    The result is a new object (the input is never modified) whose details' datetimes are
    tz-aware. A dict is read in wire form (``{"type": "COMPLETED", ...}``, as the server sends
    it). State details the generated model does not know are kept, so details read from a newer
    server survive the round trip.
    """
    if isinstance(state, StateCreate | State):
        # StateCreate and State share these five fields; a State's id and timestamp belong to
        # the server's copy and are not part of a request.
        details = state.state_details
        return StateCreate(
            type_=state.type_,
            name=state.name,
            message=state.message,
            data=state.data,
            state_details=(
                UNSET
                if isinstance(details, Unset)
                else _copy_details(details, "to_state_create", strict=False)
            ),
        )
    if isinstance(state, Mapping):
        if "type" not in state:
            raise ValueError("to_state_create() got a dict with no 'type' key")
        if state.get("state_details", UNSET) is None:
            # The generated parser cannot take a null here; null and absent mean the same.
            state = {key: value for key, value in state.items() if key != "state_details"}
        return to_state_create(StateCreate.from_dict(state))
    raise TypeError(
        "to_state_create() expects a StateCreate, a State or a dict, not "
        f"{type(state).__module__}.{type(state).__qualname__}"
    )


# --- predicates --------------------------------------------------------------------------------


def is_scheduled(state: State | StateCreate) -> bool:
    """True for a SCHEDULED state (including Late and AwaitingRetry)."""
    return state.type_ == StateType.SCHEDULED


def is_pending(state: State | StateCreate) -> bool:
    """True for a PENDING state."""
    return state.type_ == StateType.PENDING


def is_running(state: State | StateCreate) -> bool:
    """True for a RUNNING state (including Retrying)."""
    return state.type_ == StateType.RUNNING


def is_completed(state: State | StateCreate) -> bool:
    """True for a COMPLETED state."""
    return state.type_ == StateType.COMPLETED


def is_failed(state: State | StateCreate) -> bool:
    """True for a FAILED state."""
    return state.type_ == StateType.FAILED


def is_crashed(state: State | StateCreate) -> bool:
    """True for a CRASHED state."""
    return state.type_ == StateType.CRASHED


def is_cancelling(state: State | StateCreate) -> bool:
    """True for a CANCELLING state (not final: the run may still be stopping)."""
    return state.type_ == StateType.CANCELLING


def is_cancelled(state: State | StateCreate) -> bool:
    """True for a CANCELLED state."""
    return state.type_ == StateType.CANCELLED


def is_paused(state: State | StateCreate) -> bool:
    """True for a PAUSED state (including Suspended)."""
    return state.type_ == StateType.PAUSED


def is_final(state: State | StateCreate) -> bool:
    """True once the run is over: COMPLETED, FAILED, CANCELLED or CRASHED."""
    return state.type_ in TERMINAL_STATES


# --- the one builder ---------------------------------------------------------------------------


def _build(
    constructor: str,
    type_: StateType,
    kwargs: Mapping[str, object],
    *,
    scheduled_time: dt.datetime | None = None,
    pause: _Pause | None = None,
) -> StateCreate:
    # Callers reach here through `**kwargs`, which Python does not check against StateKwargs
    # at run time; do it here so a typo fails loudly instead of being dropped.
    for key in kwargs:
        if key not in _STATE_KWARGS:
            raise TypeError(f"{constructor}() got an unexpected keyword argument {key!r}")
    message = _optional(constructor, "message", kwargs.get("message"), str)
    name = _optional(constructor, "name", kwargs.get("name"), str)
    raw_details = kwargs.get("state_details")
    if not (raw_details is None or isinstance(raw_details, StateDetails | Mapping)):
        raise _type_error(constructor, "state_details", raw_details, "a StateDetails or a dict")
    details = _copy_details(
        StateDetails() if raw_details is None else raw_details, constructor, strict=True
    )

    now = dt.datetime.now(dt.UTC)
    when = _optional(constructor, "scheduled_time", scheduled_time, dt.datetime)
    if when is not None:
        if details.scheduled_time:
            raise ValueError(f"{constructor}(): scheduled_time is also set in state_details")
        details.scheduled_time = _aware(when)
    if type_ is StateType.SCHEDULED and not details.scheduled_time:
        # Prefect's State fills this in for every SCHEDULED state; so does the server, but only
        # on its side, and callers of this module want to see the time they are sending.
        details.scheduled_time = now
    if pause is not None:
        _apply_pause(constructor, pause, details, now)

    return StateCreate(
        type_=type_,
        name=constructor if name is None else name,
        # Left unset when not given, so the body carries only what the caller chose.
        message=message if "message" in kwargs else UNSET,
        data=kwargs.get("data", UNSET),
        state_details=details,
    )


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
        details.pause_timeout = _aware(expiration)
    elif timeout is not None:
        details.pause_timeout = now + dt.timedelta(seconds=timeout)
    details.pause_reschedule = pause.reschedule
    if key is not None:
        details.pause_key = key


def _copy_details(
    details: StateDetails | Mapping[str, Any], owner: str, *, strict: bool
) -> StateDetails:
    """A private, normalized copy of `details`, so callers' objects are never modified.

    `strict` rejects dict keys StateDetails does not know: right for details written in user
    code, wrong for details read from a server that may be newer than the generated models.
    """
    if isinstance(details, StateDetails):
        details = details.to_dict()
    elif strict:
        for key in details:
            if key not in _DETAIL_KEYS:
                raise TypeError(f"{owner}(): state_details has an unknown key {key!r}")
    copy = StateDetails.from_dict(details)
    for field in _DETAIL_DATETIMES:
        value = getattr(copy, field)
        if isinstance(value, dt.datetime):
            setattr(copy, field, _aware(value))
        elif not (value is None or isinstance(value, Unset)):
            # from_dict keeps a value it could not parse; sending it would only earn a 422.
            raise _type_error(
                owner, f"state_details.{field}", value, "a datetime or an ISO-8601 string"
            )
    return copy


def _aware(value: dt.datetime) -> dt.datetime:
    # Naive means UTC (see the module docstring): never the local zone, which differs between
    # the machine that builds a state and the server that acts on it.
    return value.replace(tzinfo=dt.UTC) if value.utcoffset() is None else value


def _optional(owner: str, arg: str, value: object, kind: type[_T]) -> _T | None:
    if value is None or isinstance(value, kind):
        return value
    raise _type_error(owner, arg, value, f"a {kind.__name__} or None")


def _type_error(owner: str, arg: str, value: object, expected: str) -> TypeError:
    return TypeError(f"{owner}(): {arg} must be {expected}, not {type(value).__name__}")
