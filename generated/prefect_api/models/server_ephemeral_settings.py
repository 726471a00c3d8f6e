# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ServerEphemeralSettings: Settings for controlling ephemeral server behavior"""

from __future__ import annotations

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class ServerEphemeralSettings(Model):
    """Settings for controlling ephemeral server behavior

    Attributes:
        enabled: Controls whether or not a subprocess server can be started when no API URL is
            provided.
        startup_timeout_seconds: The number of seconds to wait for the server to start when
            ephemeral mode is enabled. Defaults to `20`.
    """

    enabled: bool = _field(_k.BOOL, default=False)
    startup_timeout_seconds: int = _field(_k.INT, default=20)
