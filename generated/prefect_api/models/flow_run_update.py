# Generated from openapi.json by `make generate`. Do not edit by hand.
"""FlowRunUpdate: Data used by the Prefect REST API to update a flow run."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .flow_run_policy import FlowRunPolicy


class FlowRunUpdate(Model):
    """Data used by the Prefect REST API to update a flow run.

    Attributes:
        name: Name
        flow_version: Flow Version
        parameters: Parameters
        empirical_policy: empirical policy
        tags: Tags
        infrastructure_pid: Infrastructure Pid
        job_variables: Job Variables
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    name: str | None = _field(_k.Nullable(_k.STR), default=None)
    flow_version: str | None = _field(_k.Nullable(_k.STR), default=None)
    parameters: dict[str, Any] = _field(_k.JSON_OBJECT, default_factory=dict)
    empirical_policy: FlowRunPolicy = _field(
        _k.ModelKind("prefect_api.models.flow_run_policy:FlowRunPolicy"),
        default_factory=_k.empty("prefect_api.models.flow_run_policy:FlowRunPolicy"),
    )
    tags: list[str] = _field(_k.ListKind(_k.STR), default_factory=list)
    infrastructure_pid: str | None = _field(_k.Nullable(_k.STR), default=None)
    job_variables: dict[str, Any] | None = _field(_k.Nullable(_k.JSON_OBJECT), default=None)
