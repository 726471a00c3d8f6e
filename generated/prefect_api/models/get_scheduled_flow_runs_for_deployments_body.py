# Generated from openapi.json by `make generate`. Do not edit by hand.
"""GetScheduledFlowRunsForDeploymentsBody"""

from __future__ import annotations

import datetime
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class GetScheduledFlowRunsForDeploymentsBody(Model):
    """GetScheduledFlowRunsForDeploymentsBody

    Attributes:
        deployment_ids: The deployment IDs to get scheduled runs for
        scheduled_before: The maximum time to look for scheduled flow runs
        limit: Defaults to PREFECT_SERVER_API_DEFAULT_LIMIT if not provided.
    """

    deployment_ids: list[UUID] = _field(_k.ListKind(_k.UUID))
    scheduled_before: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None)
    limit: int | None = _field(_k.Nullable(_k.INT), default=None)
