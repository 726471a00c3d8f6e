# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ServerSettings: Settings for controlling server behavior"""

from __future__ import annotations

from typing import TYPE_CHECKING

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .server_settings_logging_level import ServerSettingsLoggingLevel

if TYPE_CHECKING:
    from .server_api_settings import ServerAPISettings
    from .server_concurrency_settings import ServerConcurrencySettings
    from .server_database_settings import ServerDatabaseSettings
    from .server_deployments_settings import ServerDeploymentsSettings
    from .server_docket_settings import ServerDocketSettings
    from .server_ephemeral_settings import ServerEphemeralSettings
    from .server_events_settings import ServerEventsSettings
    from .server_flow_run_graph_settings import ServerFlowRunGraphSettings
    from .server_logs_settings import ServerLogsSettings
    from .server_services_settings import ServerServicesSettings
    from .server_tasks_settings import ServerTasksSettings
    from .server_ui_settings import ServerUISettings
    from .server_worker_channel_settings import ServerWorkerChannelSettings


class ServerSettings(Model):
    """Settings for controlling server behavior

    Attributes:
        logging_level: The default logging level for the Prefect API server.
        analytics_enabled: When enabled, Prefect sends anonymous data (e.g. count of flow runs,
            package version) on server startup to help us improve our product.
        metrics_enabled: Whether or not to enable Prometheus metrics in the API.
        log_retryable_errors: If `True`, log retryable errors in the API and it's services.
        register_blocks_on_start: If set, any block types that have been imported will be registered
            with the backend on application startup. If not set, block types must be manually
            registered.
        memoize_block_auto_registration: Controls whether or not block auto-registration on start
        memo_store_path: Path to the memo store file. Defaults to $PREFECT_HOME/memo_store.toml
        deployment_schedule_max_scheduled_runs: The maximum number of scheduled runs to create for a
            deployment.
        api: api
        concurrency: Settings for controlling server-side concurrency limit handling
        database: database
        deployments: Settings for controlling server deployments behavior
        docket: Settings for controlling server Docket behavior
        ephemeral: ephemeral
        events: Settings for controlling server events behavior
        flow_run_graph: Settings for controlling flow run graph behavior
        logs: Settings for controlling server logs behavior
        services: Settings for controlling server services behavior
        tasks: Settings for controlling server tasks behavior
        ui: Settings for controlling server UI behavior
        worker_channel: Settings for controlling server worker channel behavior
    """

    logging_level: ServerSettingsLoggingLevel = _field(
        _k.EnumKind(ServerSettingsLoggingLevel), default=ServerSettingsLoggingLevel("WARNING")
    )
    analytics_enabled: bool = _field(_k.BOOL, default=True)
    metrics_enabled: bool = _field(_k.BOOL, default=False)
    log_retryable_errors: bool = _field(_k.BOOL, default=False)
    register_blocks_on_start: bool = _field(_k.BOOL, default=True)
    memoize_block_auto_registration: bool = _field(_k.BOOL, default=True)
    memo_store_path: str | None = _field(_k.Nullable(_k.STR), default=None)
    deployment_schedule_max_scheduled_runs: int = _field(_k.INT, default=50)
    api: ServerAPISettings = _field(
        _k.ModelKind("prefect_api.models.server_api_settings:ServerAPISettings"),
        default_factory=_k.empty("prefect_api.models.server_api_settings:ServerAPISettings"),
    )
    concurrency: ServerConcurrencySettings = _field(
        _k.ModelKind("prefect_api.models.server_concurrency_settings:ServerConcurrencySettings"),
        default_factory=_k.empty("prefect_api.models.server_concurrency_settings:ServerConcurrencySettings"),
    )
    database: ServerDatabaseSettings = _field(
        _k.ModelKind("prefect_api.models.server_database_settings:ServerDatabaseSettings"),
        default_factory=_k.empty("prefect_api.models.server_database_settings:ServerDatabaseSettings"),
    )
    deployments: ServerDeploymentsSettings = _field(
        _k.ModelKind("prefect_api.models.server_deployments_settings:ServerDeploymentsSettings"),
        default_factory=_k.empty("prefect_api.models.server_deployments_settings:ServerDeploymentsSettings"),
    )
    docket: ServerDocketSettings = _field(
        _k.ModelKind("prefect_api.models.server_docket_settings:ServerDocketSettings"),
        default_factory=_k.empty("prefect_api.models.server_docket_settings:ServerDocketSettings"),
    )
    ephemeral: ServerEphemeralSettings = _field(
        _k.ModelKind("prefect_api.models.server_ephemeral_settings:ServerEphemeralSettings"),
        default_factory=_k.empty("prefect_api.models.server_ephemeral_settings:ServerEphemeralSettings"),
    )
    events: ServerEventsSettings = _field(
        _k.ModelKind("prefect_api.models.server_events_settings:ServerEventsSettings"),
        default_factory=_k.empty("prefect_api.models.server_events_settings:ServerEventsSettings"),
    )
    flow_run_graph: ServerFlowRunGraphSettings = _field(
        _k.ModelKind("prefect_api.models.server_flow_run_graph_settings:ServerFlowRunGraphSettings"),
        default_factory=_k.empty("prefect_api.models.server_flow_run_graph_settings:ServerFlowRunGraphSettings"),
    )
    logs: ServerLogsSettings = _field(
        _k.ModelKind("prefect_api.models.server_logs_settings:ServerLogsSettings"),
        default_factory=_k.empty("prefect_api.models.server_logs_settings:ServerLogsSettings"),
    )
    services: ServerServicesSettings = _field(
        _k.ModelKind("prefect_api.models.server_services_settings:ServerServicesSettings"),
        default_factory=_k.empty("prefect_api.models.server_services_settings:ServerServicesSettings"),
    )
    tasks: ServerTasksSettings = _field(
        _k.ModelKind("prefect_api.models.server_tasks_settings:ServerTasksSettings"),
        default_factory=_k.empty("prefect_api.models.server_tasks_settings:ServerTasksSettings"),
    )
    ui: ServerUISettings = _field(
        _k.ModelKind("prefect_api.models.server_ui_settings:ServerUISettings"),
        default_factory=_k.empty("prefect_api.models.server_ui_settings:ServerUISettings"),
    )
    worker_channel: ServerWorkerChannelSettings = _field(
        _k.ModelKind("prefect_api.models.server_worker_channel_settings:ServerWorkerChannelSettings"),
        default_factory=_k.empty("prefect_api.models.server_worker_channel_settings:ServerWorkerChannelSettings"),
    )
