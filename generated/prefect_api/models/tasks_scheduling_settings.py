# Generated from openapi.json by `make generate`. Do not edit by hand.
"""TasksSchedulingSettings"""

from __future__ import annotations

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class TasksSchedulingSettings(Model):
    """TasksSchedulingSettings

    Attributes:
        default_storage_block: The `block-type/block-document` slug of a block to use as the default
            storage for autonomous tasks.
        delete_failed_submissions: Whether or not to delete failed task submissions from the
            database.
    """

    default_storage_block: str | None = _field(_k.Nullable(_k.STR), default=None)
    delete_failed_submissions: bool = _field(_k.BOOL, default=True)
