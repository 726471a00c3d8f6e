"""Flow runs and task runs: argument checks and body mapping, no I/O.

Shared by the async client and its generated sync twin: one copy, the same types. Used by
`flow_runs` and `task_runs` (times, state details, run history, missing runs).
"""

from __future__ import annotations

import datetime as dt
import math
import uuid
from typing import Any, Final
from uuid import UUID

import httpx

from prefect_api import models
from prefect_rest._core.arguments import json_object
from prefect_rest.exceptions import ObjectNotFound


def aware(value: Any, argument: str) -> dt.datetime:
    """A timezone-aware datetime: a naive one is taken to be UTC, never local time (as in
    `prefect_rest.states`); the server cannot compare naive times with its own."""
    if not isinstance(value, dt.datetime):
        raise TypeError(f"{argument} must be a datetime, not {type(value).__name__}")
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


#: The most intervals a run history has: the server silently drops any beyond.
HISTORY_INTERVAL_CAP = 500


def history_window(
    start: Any, end: Any, interval: dt.timedelta | float
) -> tuple[dt.datetime, dt.datetime, dt.timedelta]:
    """A run history's (start, end, interval in seconds), checked against what the server
    cannot answer truthfully."""
    start = aware(start, "history_start")
    end = aware(end, "history_end")
    if isinstance(interval, dt.timedelta):
        seconds = interval.total_seconds()
    elif isinstance(interval, int | float) and not isinstance(interval, bool):
        seconds = float(interval)
    else:
        raise TypeError(
            f"history_interval must be a timedelta or seconds, not {type(interval).__name__}"
        )
    if not 1 <= seconds <= dt.timedelta.max.total_seconds():  # also refuses NaN, inf
        raise ValueError(f"history_interval must be at least 1 second and finite, got {seconds} s")
    if end <= start:
        raise ValueError(f"history_end ({end.isoformat()}) must be after history_start")
    intervals = math.ceil((end - start).total_seconds() / seconds)
    if intervals > HISTORY_INTERVAL_CAP:
        raise ValueError(
            f"history_start..history_end / history_interval would have {intervals} "
            f"intervals; the server answers at most {HISTORY_INTERVAL_CAP} (and drops the rest "
            "without saying so): widen history_interval or shorten the window"
        )
    return start, end, dt.timedelta(seconds=seconds)


def not_found(response: httpx.Response, message: str) -> ObjectNotFound:
    """An `ObjectNotFound` for an answer that says "missing" without a 404."""
    return ObjectNotFound.client_side_error(404, message, request=response.request)


def details_of(state: models.StateCreate) -> models.StateDetails:
    # to_state_create returns a fresh object: its details can be filled in place.
    if state.state_details is None:
        state.state_details = models.StateDetails()
    return state.state_details


def own_transition(
    result: models.OrchestrationResult, transition_id: UUID
) -> models.OrchestrationResult:
    """The answer a first attempt would have had, when a retried state change comes back
    REJECTed because the first attempt was applied after all.

    The server rejects a transition whose `transition_id` is the run's current state's
    (Prefect's rule against applying one transition twice) and answers with that state: if
    it carries our own transition id, our transition happened, and the caller asked for
    exactly that.
    """
    state = result.state
    if (
        result.status == models.SetStateStatus.REJECT
        and state is not None
        and state.state_details is not None
        and state.state_details.transition_id == transition_id
    ):
        return result.model_copy(
            update={"status": models.SetStateStatus.ACCEPT, "details": models.StateAcceptDetails()}
        )
    return result


def retry_key() -> str:
    """An idempotency key for one create call: its retries send the same one."""
    return f"prefect-rest-{uuid.uuid4()}"


#: Stands in for the flow id while a flow run's body is checked, before the flow exists.
PENDING_FLOW_ID: Final = UUID(int=0)


def keep_given_parameters(run: models.FlowRun, parameters: Any) -> models.FlowRun:
    """The created run, holding the caller's own `parameters` object, as Prefect's client
    does: the server's copy is JSON, the caller's may hold the Python objects they passed
    (it is returned as given, not converted)."""
    if parameters is not None:
        run.__dict__["parameters"] = parameters
    return run


def mapping_arg(value: Any, argument: str) -> dict[str, Any]:
    # JSON-safe now, naming the argument: NaN or a lone surrogate found later would fail
    # after the flow was created.
    return json_object(value, argument)


def mapping_or_empty(value: Any, argument: str) -> dict[str, Any]:
    return {} if value is None else mapping_arg(value, argument)


def flow_retry_policy(flow: Any) -> models.FlowRunPolicy | None:
    """The run's retry policy from a flow's `.retries` / `.retry_delay_seconds`, as Prefect
    sends it; not sent at all for objects that have neither (a bare name holder)."""
    retries = getattr(flow, "retries", None)
    delay = getattr(flow, "retry_delay_seconds", None)
    if retries is None and delay is None:
        return None
    if not (retries is None or (isinstance(retries, int) and not isinstance(retries, bool))):
        raise TypeError(f"flow.retries must be an int, not {type(retries).__name__}")
    if not (delay is None or (isinstance(delay, int | float) and not isinstance(delay, bool))):
        raise TypeError(f"flow.retry_delay_seconds must be a number, not {type(delay).__name__}")
    # Prefect sends whole seconds: the server's flow-run policy takes an int.
    return models.FlowRunPolicy(retries=retries, retry_delay=int(delay or 0))
