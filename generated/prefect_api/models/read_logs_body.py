# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ReadLogsBody"""

from __future__ import annotations

from typing import TYPE_CHECKING

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .log_sort import LogSort

if TYPE_CHECKING:
    from .log_filter import LogFilter


class ReadLogsBody(Model):
    """ReadLogsBody

    Attributes:
        offset: Offset
        logs: logs
        sort: sort
        limit: Defaults to PREFECT_SERVER_API_DEFAULT_LIMIT if not provided.
    """

    offset: int = _field(_k.INT, default=0)
    logs: LogFilter | None = _field(_k.Nullable(_k.ModelKind("prefect_api.models.log_filter:LogFilter")), default=None)
    sort: LogSort = _field(_k.EnumKind(LogSort), default=LogSort("TIMESTAMP_ASC"))
    limit: int | None = _field(_k.Nullable(_k.INT), default=None)
