# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.server_services_cancellation_cleanup_settings import ServerServicesCancellationCleanupSettings
    from ..models.server_services_cleanup_reconciler_settings import ServerServicesCleanupReconcilerSettings
    from ..models.server_services_db_vacuum_settings import ServerServicesDBVacuumSettings
    from ..models.server_services_event_logger_settings import ServerServicesEventLoggerSettings
    from ..models.server_services_event_persister_settings import ServerServicesEventPersisterSettings
    from ..models.server_services_foreman_settings import ServerServicesForemanSettings
    from ..models.server_services_late_runs_settings import ServerServicesLateRunsSettings
    from ..models.server_services_pause_expirations_settings import ServerServicesPauseExpirationsSettings
    from ..models.server_services_repossessor_settings import ServerServicesRepossessorSettings
    from ..models.server_services_scheduler_settings import ServerServicesSchedulerSettings
    from ..models.server_services_task_run_recorder_settings import ServerServicesTaskRunRecorderSettings
    from ..models.server_services_triggers_settings import ServerServicesTriggersSettings


T = TypeVar("T", bound="ServerServicesSettings")


@_attrs_define
class ServerServicesSettings:
    """Settings for controlling server services

    Attributes:
        cancellation_cleanup (ServerServicesCancellationCleanupSettings | Unset): Settings for controlling the
            cancellation cleanup service
        db_vacuum (ServerServicesDBVacuumSettings | Unset): Settings for controlling the database vacuum service
        event_persister (ServerServicesEventPersisterSettings | Unset): Settings for controlling the event persister
            service
        event_logger (ServerServicesEventLoggerSettings | Unset): Settings for controlling the event logger service
        foreman (ServerServicesForemanSettings | Unset): Settings for controlling the foreman service
        late_runs (ServerServicesLateRunsSettings | Unset): Settings for controlling the late runs service
        scheduler (ServerServicesSchedulerSettings | Unset): Settings for controlling the scheduler service
        pause_expirations (ServerServicesPauseExpirationsSettings | Unset): Settings for controlling the pause
            expiration service
        repossessor (ServerServicesRepossessorSettings | Unset): Settings for controlling the repossessor service
        cleanup_reconciler (ServerServicesCleanupReconcilerSettings | Unset): Settings for controlling the cleanup
            reconciler service.
        task_run_recorder (ServerServicesTaskRunRecorderSettings | Unset): Settings for controlling the task run
            recorder service
        triggers (ServerServicesTriggersSettings | Unset): Settings for controlling the triggers service
    """

    cancellation_cleanup: ServerServicesCancellationCleanupSettings | Unset = UNSET
    db_vacuum: ServerServicesDBVacuumSettings | Unset = UNSET
    event_persister: ServerServicesEventPersisterSettings | Unset = UNSET
    event_logger: ServerServicesEventLoggerSettings | Unset = UNSET
    foreman: ServerServicesForemanSettings | Unset = UNSET
    late_runs: ServerServicesLateRunsSettings | Unset = UNSET
    scheduler: ServerServicesSchedulerSettings | Unset = UNSET
    pause_expirations: ServerServicesPauseExpirationsSettings | Unset = UNSET
    repossessor: ServerServicesRepossessorSettings | Unset = UNSET
    cleanup_reconciler: ServerServicesCleanupReconcilerSettings | Unset = UNSET
    task_run_recorder: ServerServicesTaskRunRecorderSettings | Unset = UNSET
    triggers: ServerServicesTriggersSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cancellation_cleanup: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cancellation_cleanup, Unset):
            cancellation_cleanup = self.cancellation_cleanup.to_dict()

        db_vacuum: dict[str, Any] | Unset = UNSET
        if not isinstance(self.db_vacuum, Unset):
            db_vacuum = self.db_vacuum.to_dict()

        event_persister: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event_persister, Unset):
            event_persister = self.event_persister.to_dict()

        event_logger: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event_logger, Unset):
            event_logger = self.event_logger.to_dict()

        foreman: dict[str, Any] | Unset = UNSET
        if not isinstance(self.foreman, Unset):
            foreman = self.foreman.to_dict()

        late_runs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.late_runs, Unset):
            late_runs = self.late_runs.to_dict()

        scheduler: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scheduler, Unset):
            scheduler = self.scheduler.to_dict()

        pause_expirations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pause_expirations, Unset):
            pause_expirations = self.pause_expirations.to_dict()

        repossessor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.repossessor, Unset):
            repossessor = self.repossessor.to_dict()

        cleanup_reconciler: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cleanup_reconciler, Unset):
            cleanup_reconciler = self.cleanup_reconciler.to_dict()

        task_run_recorder: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task_run_recorder, Unset):
            task_run_recorder = self.task_run_recorder.to_dict()

        triggers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.triggers, Unset):
            triggers = self.triggers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cancellation_cleanup is not UNSET:
            field_dict["cancellation_cleanup"] = cancellation_cleanup
        if db_vacuum is not UNSET:
            field_dict["db_vacuum"] = db_vacuum
        if event_persister is not UNSET:
            field_dict["event_persister"] = event_persister
        if event_logger is not UNSET:
            field_dict["event_logger"] = event_logger
        if foreman is not UNSET:
            field_dict["foreman"] = foreman
        if late_runs is not UNSET:
            field_dict["late_runs"] = late_runs
        if scheduler is not UNSET:
            field_dict["scheduler"] = scheduler
        if pause_expirations is not UNSET:
            field_dict["pause_expirations"] = pause_expirations
        if repossessor is not UNSET:
            field_dict["repossessor"] = repossessor
        if cleanup_reconciler is not UNSET:
            field_dict["cleanup_reconciler"] = cleanup_reconciler
        if task_run_recorder is not UNSET:
            field_dict["task_run_recorder"] = task_run_recorder
        if triggers is not UNSET:
            field_dict["triggers"] = triggers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.server_services_cancellation_cleanup_settings import ServerServicesCancellationCleanupSettings  # noqa: PLC0415
        from ..models.server_services_cleanup_reconciler_settings import ServerServicesCleanupReconcilerSettings  # noqa: PLC0415
        from ..models.server_services_db_vacuum_settings import ServerServicesDBVacuumSettings  # noqa: PLC0415
        from ..models.server_services_event_logger_settings import ServerServicesEventLoggerSettings  # noqa: PLC0415
        from ..models.server_services_event_persister_settings import ServerServicesEventPersisterSettings  # noqa: PLC0415
        from ..models.server_services_foreman_settings import ServerServicesForemanSettings  # noqa: PLC0415
        from ..models.server_services_late_runs_settings import ServerServicesLateRunsSettings  # noqa: PLC0415
        from ..models.server_services_pause_expirations_settings import ServerServicesPauseExpirationsSettings  # noqa: PLC0415
        from ..models.server_services_repossessor_settings import ServerServicesRepossessorSettings  # noqa: PLC0415
        from ..models.server_services_scheduler_settings import ServerServicesSchedulerSettings  # noqa: PLC0415
        from ..models.server_services_task_run_recorder_settings import ServerServicesTaskRunRecorderSettings  # noqa: PLC0415
        from ..models.server_services_triggers_settings import ServerServicesTriggersSettings  # noqa: PLC0415

        d = dict(src_dict)
        _cancellation_cleanup = d.pop("cancellation_cleanup", UNSET)
        cancellation_cleanup: ServerServicesCancellationCleanupSettings | Unset
        if isinstance(_cancellation_cleanup, Unset):
            cancellation_cleanup = UNSET
        else:
            cancellation_cleanup = ServerServicesCancellationCleanupSettings.from_dict(_cancellation_cleanup)

        _db_vacuum = d.pop("db_vacuum", UNSET)
        db_vacuum: ServerServicesDBVacuumSettings | Unset
        if isinstance(_db_vacuum, Unset):
            db_vacuum = UNSET
        else:
            db_vacuum = ServerServicesDBVacuumSettings.from_dict(_db_vacuum)

        _event_persister = d.pop("event_persister", UNSET)
        event_persister: ServerServicesEventPersisterSettings | Unset
        if isinstance(_event_persister, Unset):
            event_persister = UNSET
        else:
            event_persister = ServerServicesEventPersisterSettings.from_dict(_event_persister)

        _event_logger = d.pop("event_logger", UNSET)
        event_logger: ServerServicesEventLoggerSettings | Unset
        if isinstance(_event_logger, Unset):
            event_logger = UNSET
        else:
            event_logger = ServerServicesEventLoggerSettings.from_dict(_event_logger)

        _foreman = d.pop("foreman", UNSET)
        foreman: ServerServicesForemanSettings | Unset
        if isinstance(_foreman, Unset):
            foreman = UNSET
        else:
            foreman = ServerServicesForemanSettings.from_dict(_foreman)

        _late_runs = d.pop("late_runs", UNSET)
        late_runs: ServerServicesLateRunsSettings | Unset
        if isinstance(_late_runs, Unset):
            late_runs = UNSET
        else:
            late_runs = ServerServicesLateRunsSettings.from_dict(_late_runs)

        _scheduler = d.pop("scheduler", UNSET)
        scheduler: ServerServicesSchedulerSettings | Unset
        if isinstance(_scheduler, Unset):
            scheduler = UNSET
        else:
            scheduler = ServerServicesSchedulerSettings.from_dict(_scheduler)

        _pause_expirations = d.pop("pause_expirations", UNSET)
        pause_expirations: ServerServicesPauseExpirationsSettings | Unset
        if isinstance(_pause_expirations, Unset):
            pause_expirations = UNSET
        else:
            pause_expirations = ServerServicesPauseExpirationsSettings.from_dict(_pause_expirations)

        _repossessor = d.pop("repossessor", UNSET)
        repossessor: ServerServicesRepossessorSettings | Unset
        if isinstance(_repossessor, Unset):
            repossessor = UNSET
        else:
            repossessor = ServerServicesRepossessorSettings.from_dict(_repossessor)

        _cleanup_reconciler = d.pop("cleanup_reconciler", UNSET)
        cleanup_reconciler: ServerServicesCleanupReconcilerSettings | Unset
        if isinstance(_cleanup_reconciler, Unset):
            cleanup_reconciler = UNSET
        else:
            cleanup_reconciler = ServerServicesCleanupReconcilerSettings.from_dict(_cleanup_reconciler)

        _task_run_recorder = d.pop("task_run_recorder", UNSET)
        task_run_recorder: ServerServicesTaskRunRecorderSettings | Unset
        if isinstance(_task_run_recorder, Unset):
            task_run_recorder = UNSET
        else:
            task_run_recorder = ServerServicesTaskRunRecorderSettings.from_dict(_task_run_recorder)

        _triggers = d.pop("triggers", UNSET)
        triggers: ServerServicesTriggersSettings | Unset
        if isinstance(_triggers, Unset):
            triggers = UNSET
        else:
            triggers = ServerServicesTriggersSettings.from_dict(_triggers)

        server_services_settings = cls(
            cancellation_cleanup=cancellation_cleanup,
            db_vacuum=db_vacuum,
            event_persister=event_persister,
            event_logger=event_logger,
            foreman=foreman,
            late_runs=late_runs,
            scheduler=scheduler,
            pause_expirations=pause_expirations,
            repossessor=repossessor,
            cleanup_reconciler=cleanup_reconciler,
            task_run_recorder=task_run_recorder,
            triggers=triggers,
        )

        server_services_settings.additional_properties = d
        return server_services_settings

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
