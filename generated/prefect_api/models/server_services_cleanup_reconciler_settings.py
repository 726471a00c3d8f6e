# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ServerServicesCleanupReconcilerSettings: Settings for controlling the cleanup reconciler service."""

from __future__ import annotations

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class ServerServicesCleanupReconcilerSettings(Model):
    """Settings for controlling the cleanup reconciler service.

    Attributes:
        enabled: Whether or not to start the cleanup reconciler service in the server application.
        loop_seconds: The cleanup reconciler service will look for expired cleanup message leases
            this often. Defaults to `5`.
        batch_size: The maximum number of expired cleanup message leases to process per service
            loop. Defaults to `100`.
    """

    enabled: bool = _field(_k.BOOL, default=True)
    loop_seconds: float = _field(_k.FLOAT, default=5)
    batch_size: int = _field(_k.INT, default=100)
