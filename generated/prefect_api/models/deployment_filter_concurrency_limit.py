# Generated from openapi.json by `make generate`. Do not edit by hand.
"""DeploymentFilterConcurrencyLimit: DEPRECATED: Prefer `Deployment.concurrency_limit_id` over `Deployment.concurrency_limit`."""

from __future__ import annotations

from typing import Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class DeploymentFilterConcurrencyLimit(Model):
    """DEPRECATED: Prefer `Deployment.concurrency_limit_id` over `Deployment.concurrency_limit`.

    Attributes:
        ge_: Only include deployments with a concurrency limit greater than or equal to this value
        le_: Only include deployments with a concurrency limit less than or equal to this value
        is_null_: If true, only include deployments without a concurrency limit
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    ge_: int | None = _field(_k.Nullable(_k.INT), default=None)
    le_: int | None = _field(_k.Nullable(_k.INT), default=None)
    is_null_: bool | None = _field(_k.Nullable(_k.BOOL), default=None)
