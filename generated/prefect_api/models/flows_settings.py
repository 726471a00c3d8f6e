# Generated from openapi.json by `make generate`. Do not edit by hand.
"""FlowsSettings: Settings for controlling flow behavior"""

from __future__ import annotations

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class FlowsSettings(Model):
    """Settings for controlling flow behavior

    Attributes:
        heartbeat_frequency: Number of seconds between flow run heartbeats. Heartbeats are used to
            detect crashed flow runs.
        default_retries: This value sets the default number of retries for all flows.
        default_retry_delay_seconds: This value sets the default retry delay seconds for all flows.
    """

    heartbeat_frequency: int | None = _field(_k.Nullable(_k.INT), default=180)
    default_retries: int = _field(_k.INT, default=0)
    default_retry_delay_seconds: int | float | list[float] = _field(
        _k.Union(_k.INT, _k.FLOAT, _k.ListKind(_k.FLOAT)), default=0
    )
