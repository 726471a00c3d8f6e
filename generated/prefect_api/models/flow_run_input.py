# Generated from openapi.json by `make generate`. Do not edit by hand.
"""FlowRunInput"""

from __future__ import annotations

import datetime
import uuid
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class FlowRunInput(Model):
    """FlowRunInput

    Attributes:
        id: Id
        created: Created
        updated: Updated
        flow_run_id: The flow run ID associated with the input.
        key: The key of the input.
        value: The value of the input.
        sender: The sender of the input.
    """

    id: UUID = _field(_k.UUID, default_factory=uuid.uuid4, always=True)
    created: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None, always=True)
    updated: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None, always=True)
    flow_run_id: UUID = _field(_k.UUID)
    key: str = _field(_k.STR)
    value: str = _field(_k.STR)
    sender: str | None = _field(_k.Nullable(_k.STR), default=None)
