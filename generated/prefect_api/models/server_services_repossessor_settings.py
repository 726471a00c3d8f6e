# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ServerServicesRepossessorSettings: Settings for controlling the repossessor service"""

from __future__ import annotations

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class ServerServicesRepossessorSettings(Model):
    """Settings for controlling the repossessor service

    Attributes:
        enabled: Whether or not to start the repossessor service in the server application.
        loop_seconds: The repossessor service will look for expired leases this often. Defaults to
            `15`.
    """

    enabled: bool = _field(_k.BOOL, default=True)
    loop_seconds: float = _field(_k.FLOAT, default=15)
