# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ServerDefaultResultStorage: Server-side default result storage configuration."""

from __future__ import annotations

from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class ServerDefaultResultStorage(Model):
    """Server-side default result storage configuration.

    Attributes:
        default_result_storage_block_id: The block document ID of the server default result storage
            block.
    """

    default_result_storage_block_id: UUID | None = _field(_k.Nullable(_k.UUID), default=None)
