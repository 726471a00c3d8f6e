# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ReadAutomationsBody"""

from __future__ import annotations

from typing import TYPE_CHECKING

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .automation_sort import AutomationSort

if TYPE_CHECKING:
    from .automation_filter import AutomationFilter


class ReadAutomationsBody(Model):
    """ReadAutomationsBody

    Attributes:
        sort: sort
        offset: Offset
        automations: automations
        limit: Defaults to PREFECT_SERVER_API_DEFAULT_LIMIT if not provided.
    """

    sort: AutomationSort | None = _field(_k.Nullable(_k.EnumKind(AutomationSort)), default=AutomationSort("NAME_ASC"))
    offset: int = _field(_k.INT, default=0)
    automations: AutomationFilter | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.automation_filter:AutomationFilter")), default=None
    )
    limit: int | None = _field(_k.Nullable(_k.INT), default=None)
