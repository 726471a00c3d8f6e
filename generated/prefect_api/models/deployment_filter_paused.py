# Generated from openapi.json by `make generate`. Do not edit by hand.
"""DeploymentFilterPaused: Filter by `Deployment.paused`."""

from __future__ import annotations

from typing import Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class DeploymentFilterPaused(Model):
    """Filter by `Deployment.paused`.

    Attributes:
        eq_: Only returns where deployment is/is not paused
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    eq_: bool | None = _field(_k.Nullable(_k.BOOL), default=None)
