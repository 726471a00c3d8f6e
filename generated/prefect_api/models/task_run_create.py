# Generated from openapi.json by `make generate`. Do not edit by hand.
"""TaskRunCreate: Data used by the Prefect REST API to create a task run"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .constant import Constant
    from .flow_run_result import FlowRunResult
    from .parameter import Parameter
    from .state_create import StateCreate
    from .task_run_policy import TaskRunPolicy
    from .task_run_result import TaskRunResult


class TaskRunCreate(Model):
    """Data used by the Prefect REST API to create a task run

    Attributes:
        id: The ID to assign to the task run. If not provided, a random UUID will be generated.
        state: The state of the task run to create
        name: Name
        flow_run_id: The flow run id of the task run.
        task_key: A unique identifier for the task being run.
        dynamic_key: A dynamic key used to differentiate between multiple runs of the same task
            within the same flow run.
        cache_key: An optional cache key. If a COMPLETED state associated with this cache key is
            found, the cached COMPLETED state will be used instead of executing the task run.
        cache_expiration: Specifies when the cached state should expire.
        task_version: The version of the task being run.
        empirical_policy: empirical policy
        tags: A list of tags for the task run.
        labels: A dictionary of key-value labels. Values can be strings, numbers, or booleans.
        task_inputs: The inputs to the task run.
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    id: UUID | None = _field(_k.Nullable(_k.UUID), default=None)
    state: StateCreate | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.state_create:StateCreate")), default=None
    )
    name: str | None = _field(_k.Nullable(_k.STR), default=None)
    flow_run_id: UUID | None = _field(_k.Nullable(_k.UUID), default=None)
    task_key: str = _field(_k.STR)
    dynamic_key: str = _field(_k.STR)
    cache_key: str | None = _field(_k.Nullable(_k.STR), default=None)
    cache_expiration: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None)
    task_version: str | None = _field(_k.Nullable(_k.STR), default=None)
    empirical_policy: TaskRunPolicy = _field(
        _k.ModelKind("prefect_api.models.task_run_policy:TaskRunPolicy"),
        default_factory=_k.empty("prefect_api.models.task_run_policy:TaskRunPolicy"),
    )
    tags: list[str] = _field(_k.ListKind(_k.STR), default_factory=list)
    labels: dict[str, bool | int | float | str] | None = _field(
        _k.Nullable(_k.DictKind(_k.Union(_k.BOOL, _k.INT, _k.FLOAT, _k.STR))), default_factory=dict
    )
    task_inputs: dict[str, list[TaskRunResult | FlowRunResult | Parameter | Constant]] = _field(
        _k.DictKind(
            _k.ListKind(
                _k.Union(
                    _k.ModelKind("prefect_api.models.task_run_result:TaskRunResult"),
                    _k.ModelKind("prefect_api.models.flow_run_result:FlowRunResult"),
                    _k.ModelKind("prefect_api.models.parameter:Parameter"),
                    _k.ModelKind("prefect_api.models.constant:Constant"),
                    tag="input_type",
                )
            )
        ),
        default_factory=dict,
    )
