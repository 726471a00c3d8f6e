# Generated from openapi.json by `make generate`. Do not edit by hand.
"""FlowRunFilterIdempotencyKey: Filter by FlowRun.idempotency_key."""

from __future__ import annotations

from typing import Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class FlowRunFilterIdempotencyKey(Model):
    """Filter by FlowRun.idempotency_key.

    Attributes:
        any_: A list of flow run idempotency keys to include
        not_any_: A list of flow run idempotency keys to exclude
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    any_: list[str] | None = _field(_k.Nullable(_k.ListKind(_k.STR)), default=None)
    not_any_: list[str] | None = _field(_k.Nullable(_k.ListKind(_k.STR)), default=None)
