# Generated from openapi.json by `make generate`. Do not edit by hand.
"""CsrfToken"""

from __future__ import annotations

import datetime
import uuid
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class CsrfToken(Model):
    """CsrfToken

    Attributes:
        id: Id
        created: Created
        updated: Updated
        token: The CSRF token
        client: The client id associated with the CSRF token
        expiration: The expiration time of the CSRF token
    """

    id: UUID = _field(_k.UUID, default_factory=uuid.uuid4, always=True)
    created: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None, always=True)
    updated: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None, always=True)
    token: str = _field(_k.STR)
    client: str = _field(_k.STR)
    expiration: datetime.datetime = _field(_k.DATETIME)
