# Generated from openapi.json by `make generate`. Do not edit by hand.
"""EventNameFilter"""

from __future__ import annotations

from typing import Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class EventNameFilter(Model):
    """EventNameFilter

    Attributes:
        prefix: Only include events matching one of these prefixes
        exclude_prefix: Exclude events matching one of these prefixes
        name: Only include events matching one of these names exactly
        exclude_name: Exclude events matching one of these names exactly
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    prefix: list[str] | None = _field(_k.Nullable(_k.ListKind(_k.STR)), default=None)
    exclude_prefix: list[str] | None = _field(_k.Nullable(_k.ListKind(_k.STR)), default=None)
    name: list[str] | None = _field(_k.Nullable(_k.ListKind(_k.STR)), default=None)
    exclude_name: list[str] | None = _field(_k.Nullable(_k.ListKind(_k.STR)), default=None)
