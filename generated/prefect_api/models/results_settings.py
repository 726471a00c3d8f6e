# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ResultsSettings: Settings for controlling result storage behavior"""

from __future__ import annotations

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class ResultsSettings(Model):
    """Settings for controlling result storage behavior

    Attributes:
        default_serializer: The default serializer to use when not otherwise specified.
        persist_by_default: The default setting for persisting results when not otherwise specified.
        default_storage_block: The `block-type/block-document` slug of a block to use as the default
            result storage.
        local_storage_path: The default location for locally persisted results. Defaults to
            $PREFECT_HOME/storage.
    """

    default_serializer: str = _field(_k.STR, default="pickle")
    persist_by_default: bool = _field(_k.BOOL, default=False)
    default_storage_block: str | None = _field(_k.Nullable(_k.STR), default=None)
    local_storage_path: str | None = _field(_k.Nullable(_k.STR), default=None)
