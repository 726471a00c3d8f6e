# Generated from openapi.json by `make generate`. Do not edit by hand.
"""WorkerWebserverSettings"""

from __future__ import annotations

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class WorkerWebserverSettings(Model):
    """WorkerWebserverSettings

    Attributes:
        host: The host address the worker's webserver should bind to.
        port: The port the worker's webserver should bind to.
    """

    host: str = _field(_k.STR, default="0.0.0.0")
    port: int = _field(_k.INT, default=8080)
