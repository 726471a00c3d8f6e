# Generated from openapi.json by `make generate`. Do not edit by hand.
"""LoggingToAPISettings: Settings for controlling logging to the API"""

from __future__ import annotations

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .logging_to_api_settings_when_missing_flow import LoggingToAPISettingsWhenMissingFlow


class LoggingToAPISettings(Model):
    """Settings for controlling logging to the API

    Attributes:
        enabled: If `True`, logs will be sent to the API.
        batch_interval: The number of seconds between batched writes of logs to the API.
        batch_size: The number of logs to batch before sending to the API.
        max_log_size: The maximum size in characters for a single log. When connected to Prefect
            Cloud, this value is capped at `PREFECT_CLOUD_MAX_LOG_SIZE` (default 25,000).
        when_missing_flow: Controls the behavior when loggers attempt to send logs to the API
            handler from outside of a flow. All logs sent to the API must be associated with a
            flow run. The API log handler can only be used outside of a flow by manually
            providing a flow run identifier. Logs that are not associated with a flow run will
            not be sent to the API. This setting can be used to determine if a warning or error
            is displayed when the identifier is missing.
    """

    enabled: bool = _field(_k.BOOL, default=True)
    batch_interval: float = _field(_k.FLOAT, default=2.0)
    batch_size: int = _field(_k.INT, default=4000000)
    max_log_size: int = _field(_k.INT, default=1000000)
    when_missing_flow: LoggingToAPISettingsWhenMissingFlow = _field(
        _k.EnumKind(LoggingToAPISettingsWhenMissingFlow), default=LoggingToAPISettingsWhenMissingFlow("warn")
    )
