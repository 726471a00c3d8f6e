# Generated from openapi.json by `make generate`. Do not edit by hand.
"""TaskRunFilterFlowRunId: Filter by `TaskRun.flow_run_id`."""

from __future__ import annotations

from typing import Any, ClassVar
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .operator import Operator


class TaskRunFilterFlowRunId(Model):
    """Filter by `TaskRun.flow_run_id`.

    Attributes:
        operator: Operator for combining filter criteria. Defaults to 'and_'.
        any_: A list of task run flow run ids to include
        is_null_: Filter for task runs with None as their flow run id
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    operator: Operator = _field(_k.EnumKind(Operator), default=Operator("and_"))
    any_: list[UUID] | None = _field(_k.Nullable(_k.ListKind(_k.UUID)), default=None)
    is_null_: bool | None = _field(_k.Nullable(_k.BOOL), default=False)
