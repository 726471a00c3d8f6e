# Generated from openapi.json by `make generate`. Do not edit by hand.
"""CloudSettings: Settings for interacting with Prefect Cloud"""

from __future__ import annotations

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class CloudSettings(Model):
    """Settings for interacting with Prefect Cloud

    Attributes:
        api_url: API URL for Prefect Cloud. Used for authentication with Prefect Cloud.
        enable_orchestration_telemetry: Whether or not to enable orchestration telemetry.
        max_log_size: Maximum size in characters for a single log when sending logs to Prefect
            Cloud.
        ui_url: The URL of the Prefect Cloud UI. If not set, the client will attempt to infer it.
    """

    api_url: str = _field(_k.STR, default="https://api.prefect.cloud/api")
    enable_orchestration_telemetry: bool = _field(_k.BOOL, default=True)
    max_log_size: int = _field(_k.INT, default=25000)
    ui_url: str | None = _field(_k.Nullable(_k.STR), default=None)
