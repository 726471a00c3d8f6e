# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ServerServicesCancellationCleanupSettings: Settings for controlling the cancellation cleanup service"""

from __future__ import annotations

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class ServerServicesCancellationCleanupSettings(Model):
    """Settings for controlling the cancellation cleanup service

    Attributes:
        enabled: Whether or not to start the cancellation cleanup service in the server application.
        loop_seconds: The cancellation cleanup service will look for non-terminal tasks and subflows
            this often. Defaults to `20`.
        cancelling_timeout_seconds: The cancellation cleanup service will enqueue worker cleanup for
            flow runs that remain in CANCELLING longer than this many seconds. Defaults to
            `300`.
    """

    enabled: bool = _field(_k.BOOL, default=True)
    loop_seconds: float = _field(_k.FLOAT, default=20)
    cancelling_timeout_seconds: float = _field(_k.FLOAT, default=300)
