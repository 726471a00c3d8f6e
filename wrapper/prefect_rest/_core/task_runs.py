"""Task runs: argument checks and body mapping, no I/O.

Shared by the async client and its generated sync twin: one copy, the same types.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from prefect_api import models
from prefect_rest._core.arguments import is_many

if TYPE_CHECKING:
    # Annotations only: importing the schema modules at run time would load hundreds of models.
    from prefect_rest.schemas.filters import (
        DeploymentFilter,
        FlowFilter,
        FlowRunFilter,
        TaskRunFilter,
    )
    from prefect_rest.schemas.sorting import TaskRunSort


@dataclass(frozen=True, slots=True)
class TaskRunQuery:
    """The filters and sort of one task-run read, shared by its pages."""

    flow_filter: FlowFilter | None
    flow_run_filter: FlowRunFilter | None
    task_run_filter: TaskRunFilter | None
    deployment_filter: DeploymentFilter | None
    sort: TaskRunSort | None


def retry_policy(retries: Any, delay: Any, jitter: Any) -> models.TaskRunPolicy:
    if not (retries is None or (isinstance(retries, int) and not isinstance(retries, bool))):
        raise TypeError(f"retries must be an int, not {type(retries).__name__}")
    if isinstance(delay, Iterable) and not isinstance(delay, str | bytes):
        delay = list(delay)
        if not all(is_number(d) for d in delay):
            raise TypeError("retry_delay_seconds must be a number or a list of numbers")
    elif not (delay is None or is_number(delay)):
        raise TypeError(
            f"retry_delay_seconds must be a number or a list of numbers, not {type(delay).__name__}"
        )
    if not (jitter is None or is_number(jitter)):
        raise TypeError(f"retry_jitter_factor must be a number, not {type(jitter).__name__}")
    for seconds in delay if isinstance(delay, list) else [delay]:
        if seconds is not None and not math.isfinite(seconds):
            raise ValueError(f"retry_delay_seconds must be finite, got {seconds}")
    # Delays are sent as given: the server takes fractions of a second (Prefect's client
    # rounds them down to whole seconds).
    return models.TaskRunPolicy(retries=retries, retry_delay=delay, retry_jitter_factor=jitter)


def is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def task_inputs_wire(task_inputs: Mapping[str, Iterable[Any]] | None) -> dict[str, list[Any]]:
    """`task_inputs` checked for shape; TaskRunCreate converts each input to its model."""
    if task_inputs is None:
        return {}
    if not isinstance(task_inputs, Mapping):
        raise TypeError(f"task_inputs must be a dict, not {type(task_inputs).__name__}")
    wire: dict[str, list[Any]] = {}
    for argument, inputs in task_inputs.items():
        if not is_many(inputs):
            raise TypeError(f"task_inputs[{argument!r}] must be a list of run inputs")
        wire[argument] = [input_wire(item, argument) for item in inputs]
    return wire


def input_wire(item: Any, argument: str) -> Any:
    if callable(getattr(item, "to_dict", None)):  # a generated model
        return item.to_dict()
    if isinstance(item, Mapping):
        return dict(item)
    if callable(getattr(item, "model_dump", None)):  # Prefect's own (pydantic) input types
        return item.model_dump(mode="json")
    raise TypeError(
        f"task_inputs[{argument!r}] holds a {type(item).__name__}: expected a TaskRunResult, "
        "FlowRunResult, Parameter or Constant, or its dict form"
    )
