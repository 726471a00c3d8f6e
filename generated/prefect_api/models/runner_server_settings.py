# Generated from openapi.json by `make generate`. Do not edit by hand.
"""RunnerServerSettings: Settings for controlling runner server behavior"""

from __future__ import annotations

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .runner_server_settings_log_level import RunnerServerSettingsLogLevel


class RunnerServerSettings(Model):
    """Settings for controlling runner server behavior

    Attributes:
        enable: Whether or not to enable the runner's webserver.
        host: The host address the runner's webserver should bind to.
        port: The port the runner's webserver should bind to.
        log_level: The log level of the runner's webserver.
        missed_polls_tolerance: Number of missed polls before a runner is considered unhealthy by
            its webserver.
    """

    enable: bool = _field(_k.BOOL, default=False)
    host: str = _field(_k.STR, default="localhost")
    port: int = _field(_k.INT, default=8080)
    log_level: RunnerServerSettingsLogLevel = _field(
        _k.EnumKind(RunnerServerSettingsLogLevel), default=RunnerServerSettingsLogLevel("ERROR")
    )
    missed_polls_tolerance: int = _field(_k.INT, default=2)
