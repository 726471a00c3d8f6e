# Generated from openapi.json by `make generate`. Do not edit by hand.
"""FlowCreate: Data used by the Prefect REST API to create a flow."""

from __future__ import annotations

from typing import Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class FlowCreate(Model):
    """Data used by the Prefect REST API to create a flow.

    Attributes:
        name: The name of the flow
        tags: A list of flow tags
        labels: A dictionary of key-value labels. Values can be strings, numbers, or booleans.
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    name: str = _field(_k.STR)
    tags: list[str] = _field(_k.ListKind(_k.STR), default_factory=list)
    labels: dict[str, bool | int | float | str] | None = _field(
        _k.Nullable(_k.DictKind(_k.Union(_k.BOOL, _k.INT, _k.FLOAT, _k.STR))), default_factory=dict
    )
