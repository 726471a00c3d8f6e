# Generated from openapi.json by `make generate`. Do not edit by hand.
"""TelemetrySettings: Settings for configuring Prefect telemetry"""

from __future__ import annotations

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class TelemetrySettings(Model):
    """Settings for configuring Prefect telemetry

    Attributes:
        enable_resource_metrics: Whether to enable OS-level resource metric collection in flow run
            subprocesses.
        resource_metrics_interval_seconds: Interval in seconds between resource metric collections.
    """

    enable_resource_metrics: bool = _field(_k.BOOL, default=True)
    resource_metrics_interval_seconds: int = _field(_k.INT, default=10)
