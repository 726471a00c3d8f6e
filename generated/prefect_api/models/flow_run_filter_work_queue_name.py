# Generated from openapi.json by `make generate`. Do not edit by hand.
"""FlowRunFilterWorkQueueName: Filter by `FlowRun.work_queue_name`."""

from __future__ import annotations

from typing import Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .operator import Operator


class FlowRunFilterWorkQueueName(Model):
    """Filter by `FlowRun.work_queue_name`.

    Attributes:
        operator: Operator for combining filter criteria. Defaults to 'and_'.
        any_: A list of work queue names to include
        is_null_: If true, only include flow runs without work queue names
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    operator: Operator = _field(_k.EnumKind(Operator), default=Operator("and_"))
    any_: list[str] | None = _field(_k.Nullable(_k.ListKind(_k.STR)), default=None)
    is_null_: bool | None = _field(_k.Nullable(_k.BOOL), default=None)
