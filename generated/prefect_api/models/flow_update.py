# Generated from openapi.json by `make generate`. Do not edit by hand.
"""FlowUpdate: Data used by the Prefect REST API to update a flow."""

from __future__ import annotations

from typing import Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class FlowUpdate(Model):
    """Data used by the Prefect REST API to update a flow.

    Attributes:
        tags: A list of flow tags
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    tags: list[str] = _field(_k.ListKind(_k.STR), default_factory=list)
