# Generated from openapi.json by `make generate`. Do not edit by hand.
"""SendNotification: Send a notification when an Automation is triggered"""

from __future__ import annotations

from typing import Literal
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class SendNotification(Model):
    """Send a notification when an Automation is triggered

    Attributes:
        type: Type
        block_document_id: The identifier of the notification block to use
        subject: Subject
        body: The text of the notification to send
    """

    type: Literal["send-notification"] = _field(_k.Const("send-notification"), default="send-notification")
    block_document_id: UUID = _field(_k.UUID)
    subject: str = _field(_k.STR, default="Prefect automated notification")
    body: str = _field(_k.STR)
