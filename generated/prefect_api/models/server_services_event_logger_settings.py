# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ServerServicesEventLoggerSettings: Settings for controlling the event logger service"""

from __future__ import annotations

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class ServerServicesEventLoggerSettings(Model):
    """Settings for controlling the event logger service

    Attributes:
        enabled: Whether or not to start the event logger service in the server application.
    """

    enabled: bool = _field(_k.BOOL, default=False)
