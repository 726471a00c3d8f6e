# Generated from openapi.json by `make generate`. Do not edit by hand.
"""RunnerSettings: Settings for controlling runner behavior"""

from __future__ import annotations

from typing import TYPE_CHECKING

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .runner_server_settings import RunnerServerSettings


class RunnerSettings(Model):
    """Settings for controlling runner behavior

    Attributes:
        process_limit: Maximum number of processes a runner will execute in parallel.
        poll_frequency: Number of seconds a runner should wait between queries for scheduled work.
        crash_on_cancellation_failure: Whether to crash flow runs and shut down the runner when
            cancellation observing fails. When enabled, if both websocket and polling mechanisms
            for detecting cancellation events fail, all in-flight flow runs will be marked as
            crashed and the runner will shut down. When disabled (default), the runner will log
            an error but continue executing flow runs.
        auto_install_dependencies: Whether runners may install dependencies before executing flow
            runs. Enable this when deployments pull code that needs dependencies prepared at
            runtime.
        server: server
    """

    process_limit: int = _field(_k.INT, default=5)
    poll_frequency: int = _field(_k.INT, default=10)
    crash_on_cancellation_failure: bool = _field(_k.BOOL, default=False)
    auto_install_dependencies: bool = _field(_k.BOOL, default=False)
    server: RunnerServerSettings = _field(
        _k.ModelKind("prefect_api.models.runner_server_settings:RunnerServerSettings"),
        default_factory=_k.empty("prefect_api.models.runner_server_settings:RunnerServerSettings"),
    )
