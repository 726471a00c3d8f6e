# Generated from openapi.json by `make generate`. Do not edit by hand.
"""TaskWorkerResponse"""

from __future__ import annotations

import datetime

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class TaskWorkerResponse(Model):
    """TaskWorkerResponse

    Attributes:
        identifier: Identifier
        task_keys: Task Keys
        timestamp: Timestamp
    """

    identifier: str = _field(_k.STR)
    task_keys: list[str] = _field(_k.ListKind(_k.STR))
    timestamp: datetime.datetime = _field(_k.DATETIME)
