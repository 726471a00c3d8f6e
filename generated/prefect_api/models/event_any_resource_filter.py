# Generated from openapi.json by `make generate`. Do not edit by hand.
"""EventAnyResourceFilter"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .resource_specification import ResourceSpecification


class EventAnyResourceFilter(Model):
    """EventAnyResourceFilter

    Attributes:
        id: Only include events for resources with these IDs
        id_prefix: Only include events for resources with IDs starting with these prefixes
        labels: Only include events for related resources with these labels
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    id: list[str] | None = _field(_k.Nullable(_k.ListKind(_k.STR)), default=None)
    id_prefix: list[str] | None = _field(_k.Nullable(_k.ListKind(_k.STR)), default=None)
    labels: ResourceSpecification | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.resource_specification:ResourceSpecification")), default=None
    )
