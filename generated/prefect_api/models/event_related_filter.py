# Generated from openapi.json by `make generate`. Do not edit by hand.
"""EventRelatedFilter"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .resource_specification import ResourceSpecification


class EventRelatedFilter(Model):
    """EventRelatedFilter

    Attributes:
        id: Only include events for related resources with these IDs
        role: Only include events for related resources in these roles
        resources_in_roles: Only include events with specific related resources in specific roles
        labels: Only include events for related resources with these labels
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    id: list[str] | None = _field(_k.Nullable(_k.ListKind(_k.STR)), default=None)
    role: list[str] | None = _field(_k.Nullable(_k.ListKind(_k.STR)), default=None)
    resources_in_roles: list[tuple[str, str]] | None = _field(
        _k.Nullable(_k.ListKind(_k.TupleKind(_k.STR, _k.STR))), default=None
    )
    labels: ResourceSpecification | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.resource_specification:ResourceSpecification")), default=None
    )
