# Generated from openapi.json by `make generate`. Do not edit by hand.
"""FlowRunFilterCreatedBy: Filter by `FlowRun.created_by`."""

from __future__ import annotations

from typing import Any, ClassVar
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .operator import Operator


class FlowRunFilterCreatedBy(Model):
    """Filter by `FlowRun.created_by`.

    Attributes:
        operator: Operator for combining filter criteria. Defaults to 'and_'.
        id_: A list of creator IDs to include
        type_: A list of creator types to include. For example, 'DEPLOYMENT' for scheduled runs or
            'AUTOMATION' for runs triggered by automations.
        is_null_: If true, only include flow runs without a creator
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    operator: Operator = _field(_k.EnumKind(Operator), default=Operator("and_"))
    id_: list[UUID] | None = _field(_k.Nullable(_k.ListKind(_k.UUID)), default=None)
    type_: list[str] | None = _field(_k.Nullable(_k.ListKind(_k.STR)), default=None)
    is_null_: bool | None = _field(_k.Nullable(_k.BOOL), default=None)
