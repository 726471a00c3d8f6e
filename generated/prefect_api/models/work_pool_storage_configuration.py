# Generated from openapi.json by `make generate`. Do not edit by hand.
"""WorkPoolStorageConfiguration: A representation of a work pool's storage configuration"""

from __future__ import annotations

from typing import Any, ClassVar
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class WorkPoolStorageConfiguration(Model):
    """A representation of a work pool's storage configuration

    Attributes:
        bundle_upload_step: The step to use for uploading bundles to storage.
        bundle_execution_step: The step to use for executing bundles.
        default_result_storage_block_id: The block document ID of the default result storage block.
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    bundle_upload_step: dict[str, Any] | None = _field(_k.Nullable(_k.JSON_OBJECT), default=None)
    bundle_execution_step: dict[str, Any] | None = _field(_k.Nullable(_k.JSON_OBJECT), default=None)
    default_result_storage_block_id: UUID | None = _field(_k.Nullable(_k.UUID), default=None)
