# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ClientMetricsSettings: Settings for controlling metrics reporting from the client"""

from __future__ import annotations

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class ClientMetricsSettings(Model):
    """Settings for controlling metrics reporting from the client

    Attributes:
        enabled: Whether or not to enable Prometheus metrics in the client.
        port: The port to expose the client Prometheus metrics on.
    """

    enabled: bool = _field(_k.BOOL, default=False)
    port: int = _field(_k.INT, default=4201)
