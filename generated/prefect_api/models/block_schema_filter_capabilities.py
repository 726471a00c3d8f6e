# Generated from openapi.json by `make generate`. Do not edit by hand.
"""BlockSchemaFilterCapabilities: Filter by `BlockSchema.capabilities`"""

from __future__ import annotations

from typing import Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class BlockSchemaFilterCapabilities(Model):
    """Filter by `BlockSchema.capabilities`

    Attributes:
        all_: A list of block capabilities. Block entities will be returned only if an associated
            block schema has a superset of the defined capabilities.
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    all_: list[str] | None = _field(_k.Nullable(_k.ListKind(_k.STR)), default=None)
