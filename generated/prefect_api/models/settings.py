# Generated from openapi.json by `make generate`. Do not edit by hand.
"""Settings: Settings for Prefect using Pydantic settings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .api_settings import APISettings
    from .cli_settings import CLISettings
    from .client_settings import ClientSettings
    from .cloud_settings import CloudSettings
    from .deployments_settings import DeploymentsSettings
    from .events_settings import EventsSettings
    from .experiments_settings import ExperimentsSettings
    from .flows_settings import FlowsSettings
    from .internal_settings import InternalSettings
    from .logging_settings import LoggingSettings
    from .plugins_settings import PluginsSettings
    from .results_settings import ResultsSettings
    from .runner_settings import RunnerSettings
    from .server_settings import ServerSettings
    from .tasks_settings import TasksSettings
    from .telemetry_settings import TelemetrySettings
    from .testing_settings import TestingSettings
    from .worker_settings import WorkerSettings


class Settings(Model):
    """Settings for Prefect using Pydantic settings.

    Attributes:
        home: The path to the Prefect home directory. Defaults to ~/.prefect
        profiles_path: The path to a profiles configuration file. Supports \\$PREFECT_HOME
            templating. Defaults to \\$PREFECT_HOME/profiles.toml.
        debug_mode: If True, enables debug mode which may provide additional logging and debugging
            features.
        api: api
        cli: cli
        client: client
        cloud: cloud
        deployments: deployments
        events: events
        experiments: Settings for controlling experimental features
        flows: flows
        internal: Settings for internal Prefect machinery
        logging: logging
        plugins: Settings for the plugin system.
        results: results
        runner: runner
        server: server
        tasks: Settings for controlling task behavior
        telemetry: Settings for configuring telemetry collection
        testing: Settings used during testing
        worker: Settings for controlling worker behavior
        ui_url: The URL of the Prefect UI. If not set, the client will attempt to infer it.
        silence_api_url_misconfiguration: If `True`, disable the warning when a user accidentally
            misconfigure its `PREFECT_API_URL` Sometimes when a user manually set
            `PREFECT_API_URL` to a custom url,reverse-proxy for example, we would like to
            silence this warning so we will set it to `FALSE`.
    """

    home: str = _field(_k.STR, default="~/.prefect")
    profiles_path: str | None = _field(_k.Nullable(_k.STR), default=None)
    debug_mode: bool = _field(_k.BOOL, default=False)
    api: APISettings = _field(
        _k.ModelKind("prefect_api.models.api_settings:APISettings"),
        default_factory=_k.empty("prefect_api.models.api_settings:APISettings"),
    )
    cli: CLISettings = _field(
        _k.ModelKind("prefect_api.models.cli_settings:CLISettings"),
        default_factory=_k.empty("prefect_api.models.cli_settings:CLISettings"),
    )
    client: ClientSettings = _field(
        _k.ModelKind("prefect_api.models.client_settings:ClientSettings"),
        default_factory=_k.empty("prefect_api.models.client_settings:ClientSettings"),
    )
    cloud: CloudSettings = _field(
        _k.ModelKind("prefect_api.models.cloud_settings:CloudSettings"),
        default_factory=_k.empty("prefect_api.models.cloud_settings:CloudSettings"),
    )
    deployments: DeploymentsSettings = _field(
        _k.ModelKind("prefect_api.models.deployments_settings:DeploymentsSettings"),
        default_factory=_k.empty("prefect_api.models.deployments_settings:DeploymentsSettings"),
    )
    events: EventsSettings = _field(
        _k.ModelKind("prefect_api.models.events_settings:EventsSettings"),
        default_factory=_k.empty("prefect_api.models.events_settings:EventsSettings"),
    )
    experiments: ExperimentsSettings = _field(
        _k.ModelKind("prefect_api.models.experiments_settings:ExperimentsSettings"),
        default_factory=_k.empty("prefect_api.models.experiments_settings:ExperimentsSettings"),
    )
    flows: FlowsSettings = _field(
        _k.ModelKind("prefect_api.models.flows_settings:FlowsSettings"),
        default_factory=_k.empty("prefect_api.models.flows_settings:FlowsSettings"),
    )
    internal: InternalSettings = _field(
        _k.ModelKind("prefect_api.models.internal_settings:InternalSettings"),
        default_factory=_k.empty("prefect_api.models.internal_settings:InternalSettings"),
    )
    logging: LoggingSettings = _field(
        _k.ModelKind("prefect_api.models.logging_settings:LoggingSettings"),
        default_factory=_k.empty("prefect_api.models.logging_settings:LoggingSettings"),
    )
    plugins: PluginsSettings = _field(
        _k.ModelKind("prefect_api.models.plugins_settings:PluginsSettings"),
        default_factory=_k.empty("prefect_api.models.plugins_settings:PluginsSettings"),
    )
    results: ResultsSettings = _field(
        _k.ModelKind("prefect_api.models.results_settings:ResultsSettings"),
        default_factory=_k.empty("prefect_api.models.results_settings:ResultsSettings"),
    )
    runner: RunnerSettings = _field(
        _k.ModelKind("prefect_api.models.runner_settings:RunnerSettings"),
        default_factory=_k.empty("prefect_api.models.runner_settings:RunnerSettings"),
    )
    server: ServerSettings = _field(
        _k.ModelKind("prefect_api.models.server_settings:ServerSettings"),
        default_factory=_k.empty("prefect_api.models.server_settings:ServerSettings"),
    )
    tasks: TasksSettings = _field(
        _k.ModelKind("prefect_api.models.tasks_settings:TasksSettings"),
        default_factory=_k.empty("prefect_api.models.tasks_settings:TasksSettings"),
    )
    telemetry: TelemetrySettings = _field(
        _k.ModelKind("prefect_api.models.telemetry_settings:TelemetrySettings"),
        default_factory=_k.empty("prefect_api.models.telemetry_settings:TelemetrySettings"),
    )
    testing: TestingSettings = _field(
        _k.ModelKind("prefect_api.models.testing_settings:TestingSettings"),
        default_factory=_k.empty("prefect_api.models.testing_settings:TestingSettings"),
    )
    worker: WorkerSettings = _field(
        _k.ModelKind("prefect_api.models.worker_settings:WorkerSettings"),
        default_factory=_k.empty("prefect_api.models.worker_settings:WorkerSettings"),
    )
    ui_url: str | None = _field(_k.Nullable(_k.STR), default=None)
    silence_api_url_misconfiguration: bool = _field(_k.BOOL, default=False)
