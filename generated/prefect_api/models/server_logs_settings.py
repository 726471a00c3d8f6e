# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ServerLogsSettings: Settings for controlling behavior of the logs subsystem"""

from __future__ import annotations

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class ServerLogsSettings(Model):
    """Settings for controlling behavior of the logs subsystem

    Attributes:
        stream_out_enabled: Whether or not to stream logs out to the API via websockets.
        stream_publishing_enabled: Whether or not to publish logs to the streaming system.
    """

    stream_out_enabled: bool = _field(_k.BOOL, default=False)
    stream_publishing_enabled: bool = _field(_k.BOOL, default=False)
