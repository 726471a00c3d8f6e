# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ServerServicesSettings: Settings for controlling server services"""

from __future__ import annotations

from typing import TYPE_CHECKING

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .server_services_cancellation_cleanup_settings import ServerServicesCancellationCleanupSettings
    from .server_services_cleanup_reconciler_settings import ServerServicesCleanupReconcilerSettings
    from .server_services_db_vacuum_settings import ServerServicesDBVacuumSettings
    from .server_services_event_logger_settings import ServerServicesEventLoggerSettings
    from .server_services_event_persister_settings import ServerServicesEventPersisterSettings
    from .server_services_foreman_settings import ServerServicesForemanSettings
    from .server_services_late_runs_settings import ServerServicesLateRunsSettings
    from .server_services_pause_expirations_settings import ServerServicesPauseExpirationsSettings
    from .server_services_repossessor_settings import ServerServicesRepossessorSettings
    from .server_services_scheduler_settings import ServerServicesSchedulerSettings
    from .server_services_task_run_recorder_settings import ServerServicesTaskRunRecorderSettings
    from .server_services_triggers_settings import ServerServicesTriggersSettings


class ServerServicesSettings(Model):
    """Settings for controlling server services

    Attributes:
        cancellation_cleanup: cancellation cleanup
        db_vacuum: db vacuum
        event_persister: event persister
        event_logger: event logger
        foreman: foreman
        late_runs: late runs
        scheduler: scheduler
        pause_expirations: pause expirations
        repossessor: repossessor
        cleanup_reconciler: Settings for controlling the cleanup reconciler service
        task_run_recorder: task run recorder
        triggers: triggers
    """

    cancellation_cleanup: ServerServicesCancellationCleanupSettings = _field(
        _k.ModelKind(
            "prefect_api.models.server_services_cancellation_cleanup_settings:ServerServicesCancellationCleanupSettings"
        ),
        default_factory=_k.empty(
            "prefect_api.models.server_services_cancellation_cleanup_settings:ServerServicesCancellationCleanupSettings"
        ),
    )
    db_vacuum: ServerServicesDBVacuumSettings = _field(
        _k.ModelKind("prefect_api.models.server_services_db_vacuum_settings:ServerServicesDBVacuumSettings"),
        default_factory=_k.empty(
            "prefect_api.models.server_services_db_vacuum_settings:ServerServicesDBVacuumSettings"
        ),
    )
    event_persister: ServerServicesEventPersisterSettings = _field(
        _k.ModelKind(
            "prefect_api.models.server_services_event_persister_settings:ServerServicesEventPersisterSettings"
        ),
        default_factory=_k.empty(
            "prefect_api.models.server_services_event_persister_settings:ServerServicesEventPersisterSettings"
        ),
    )
    event_logger: ServerServicesEventLoggerSettings = _field(
        _k.ModelKind("prefect_api.models.server_services_event_logger_settings:ServerServicesEventLoggerSettings"),
        default_factory=_k.empty(
            "prefect_api.models.server_services_event_logger_settings:ServerServicesEventLoggerSettings"
        ),
    )
    foreman: ServerServicesForemanSettings = _field(
        _k.ModelKind("prefect_api.models.server_services_foreman_settings:ServerServicesForemanSettings"),
        default_factory=_k.empty("prefect_api.models.server_services_foreman_settings:ServerServicesForemanSettings"),
    )
    late_runs: ServerServicesLateRunsSettings = _field(
        _k.ModelKind("prefect_api.models.server_services_late_runs_settings:ServerServicesLateRunsSettings"),
        default_factory=_k.empty(
            "prefect_api.models.server_services_late_runs_settings:ServerServicesLateRunsSettings"
        ),
    )
    scheduler: ServerServicesSchedulerSettings = _field(
        _k.ModelKind("prefect_api.models.server_services_scheduler_settings:ServerServicesSchedulerSettings"),
        default_factory=_k.empty(
            "prefect_api.models.server_services_scheduler_settings:ServerServicesSchedulerSettings"
        ),
    )
    pause_expirations: ServerServicesPauseExpirationsSettings = _field(
        _k.ModelKind(
            "prefect_api.models.server_services_pause_expirations_settings:ServerServicesPauseExpirationsSettings"
        ),
        default_factory=_k.empty(
            "prefect_api.models.server_services_pause_expirations_settings:ServerServicesPauseExpirationsSettings"
        ),
    )
    repossessor: ServerServicesRepossessorSettings = _field(
        _k.ModelKind("prefect_api.models.server_services_repossessor_settings:ServerServicesRepossessorSettings"),
        default_factory=_k.empty(
            "prefect_api.models.server_services_repossessor_settings:ServerServicesRepossessorSettings"
        ),
    )
    cleanup_reconciler: ServerServicesCleanupReconcilerSettings = _field(
        _k.ModelKind(
            "prefect_api.models.server_services_cleanup_reconciler_settings:ServerServicesCleanupReconcilerSettings"
        ),
        default_factory=_k.empty(
            "prefect_api.models.server_services_cleanup_reconciler_settings:ServerServicesCleanupReconcilerSettings"
        ),
    )
    task_run_recorder: ServerServicesTaskRunRecorderSettings = _field(
        _k.ModelKind(
            "prefect_api.models.server_services_task_run_recorder_settings:ServerServicesTaskRunRecorderSettings"
        ),
        default_factory=_k.empty(
            "prefect_api.models.server_services_task_run_recorder_settings:ServerServicesTaskRunRecorderSettings"
        ),
    )
    triggers: ServerServicesTriggersSettings = _field(
        _k.ModelKind("prefect_api.models.server_services_triggers_settings:ServerServicesTriggersSettings"),
        default_factory=_k.empty("prefect_api.models.server_services_triggers_settings:ServerServicesTriggersSettings"),
    )
