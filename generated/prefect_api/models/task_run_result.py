# Generated from openapi.json by `make generate`. Do not edit by hand.
"""TaskRunResult: Represents a task run result input to another task run."""

from __future__ import annotations

from typing import Literal
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class TaskRunResult(Model):
    """Represents a task run result input to another task run.

    Attributes:
        input_type: Input Type
        id: Id
    """

    input_type: Literal["task_run"] = _field(_k.Const("task_run"), default="task_run")
    id: UUID = _field(_k.UUID)
