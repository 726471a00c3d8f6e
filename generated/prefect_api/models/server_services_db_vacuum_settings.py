# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ServerServicesDBVacuumSettings: Settings for controlling the database vacuum service"""

from __future__ import annotations

import datetime

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class ServerServicesDBVacuumSettings(Model):
    """Settings for controlling the database vacuum service

    Attributes:
        enabled: Comma-separated set of vacuum types to enable. Valid values: 'events', 'flow_runs',
            'orphans'. Defaults to 'events'. Enabling 'flow_runs' also enables lower-frequency
            orphan cleanup; 'orphans' can enable that cleanup independently. For backward
            compatibility, 'true' maps to all vacuum types and 'false' maps to 'events'. Event
            vacuum also requires event_persister.enabled (the default).
        loop_seconds: The database vacuum service will run this often, in seconds. Defaults to
            `3600` (1 hour).
        orphan_cleanup_loop_seconds: The database vacuum service will scan for orphaned logs and
            artifacts this often, in seconds. Defaults to `86400` (24 hours).
        retention_period: How old a flow run must be (based on end_time) before it is eligible for
            deletion. Accepts seconds. Minimum 1 hour. Defaults to 90 days.
        batch_size: The number of records to delete per database transaction. Defaults to `200`.
        event_retention_overrides: Per-event-type retention period overrides. Keys are event type
            strings (e.g. 'prefect.flow-run.heartbeat'), values are retention periods in
            seconds. Event types not listed fall back to server.events.retention_period. Each
            override is capped by the global events retention period.
    """

    enabled: set[str] | bool | None = _field(
        _k.Nullable(_k.Union(_k.SetKind(_k.STR), _k.BOOL)), default_factory=lambda: ["events"]
    )
    loop_seconds: float = _field(_k.FLOAT, default=3600)
    orphan_cleanup_loop_seconds: float = _field(_k.FLOAT, default=86400)
    retention_period: datetime.timedelta = _field(_k.ISO_DURATION, default=_k.parse_duration("P90D"))
    batch_size: int = _field(_k.INT, default=200)
    event_retention_overrides: dict[str, datetime.timedelta] = _field(
        _k.DictKind(_k.ISO_DURATION), default_factory=lambda: {"prefect.flow-run.heartbeat": "P7D"}
    )
