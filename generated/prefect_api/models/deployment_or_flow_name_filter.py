# Generated from openapi.json by `make generate`. Do not edit by hand.
"""DeploymentOrFlowNameFilter: Filter by `Deployment.name` or `Flow.name` with a single input string for ilike filtering."""

from __future__ import annotations

from typing import Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class DeploymentOrFlowNameFilter(Model):
    """Filter by `Deployment.name` or `Flow.name` with a single input string for ilike filtering.

    Attributes:
        like_: A case-insensitive partial match on deployment or flow names. For example, passing
            'example' might match deployments or flows with 'example' in their names.
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    like_: str | None = _field(_k.Nullable(_k.STR), default=None)
