# Generated from openapi.json by `make generate`. Do not edit by hand.
"""TaskWorkerFilter"""

from __future__ import annotations

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class TaskWorkerFilter(Model):
    """TaskWorkerFilter

    Attributes:
        task_keys: Task Keys
    """

    task_keys: list[str] = _field(_k.ListKind(_k.STR))
