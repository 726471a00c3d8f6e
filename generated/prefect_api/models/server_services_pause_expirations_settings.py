# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ServerServicesPauseExpirationsSettings: Settings for controlling the pause expiration service"""

from __future__ import annotations

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class ServerServicesPauseExpirationsSettings(Model):
    """Settings for controlling the pause expiration service

    Attributes:
        enabled: Whether or not to start the paused flow run expiration service in the server
            application. If disabled, paused flows that have timed out will remain in a Paused
            state until a resume attempt.
        loop_seconds: The pause expiration service will look for runs to mark as failed this often.
            Defaults to `5`.
    """

    enabled: bool = _field(_k.BOOL, default=True)
    loop_seconds: float = _field(_k.FLOAT, default=5)
