# Generated from openapi.json by `make generate`. Do not edit by hand.
"""CallWebhook: Call a webhook when an Automation is triggered."""

from __future__ import annotations

from typing import Literal
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class CallWebhook(Model):
    """Call a webhook when an Automation is triggered.

    Attributes:
        type: Type
        block_document_id: The identifier of the webhook block to use
        payload: An optional templatable payload to send when calling the webhook.
    """

    type: Literal["call-webhook"] = _field(_k.Const("call-webhook"), default="call-webhook")
    block_document_id: UUID = _field(_k.UUID)
    payload: str = _field(_k.STR, default="")
