# Generated from openapi.json by `make generate`. Do not edit by hand.
"""FlowRunFilterFlowVersion: Filter by `FlowRun.flow_version`."""

from __future__ import annotations

from typing import Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class FlowRunFilterFlowVersion(Model):
    """Filter by `FlowRun.flow_version`.

    Attributes:
        any_: A list of flow run flow_versions to include
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    any_: list[str] | None = _field(_k.Nullable(_k.ListKind(_k.STR)), default=None)
