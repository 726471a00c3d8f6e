# Generated from openapi.json by `make generate`. Do not edit by hand.
"""AutomationFilter"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .operator import Operator

if TYPE_CHECKING:
    from .automation_filter_created import AutomationFilterCreated
    from .automation_filter_id import AutomationFilterId
    from .automation_filter_name import AutomationFilterName
    from .automation_filter_tags import AutomationFilterTags


class AutomationFilter(Model):
    """AutomationFilter

    Attributes:
        operator: Operator for combining filter criteria. Defaults to 'and_'.
        id: Filter criteria for `Automation.id`
        name: Filter criteria for `Automation.name`
        created: Filter criteria for `Automation.created`
        tags: Filter criteria for `Automation.tags`
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    operator: Operator = _field(_k.EnumKind(Operator), default=Operator("and_"))
    id: AutomationFilterId | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.automation_filter_id:AutomationFilterId")), default=None
    )
    name: AutomationFilterName | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.automation_filter_name:AutomationFilterName")), default=None
    )
    created: AutomationFilterCreated | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.automation_filter_created:AutomationFilterCreated")), default=None
    )
    tags: AutomationFilterTags | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.automation_filter_tags:AutomationFilterTags")), default=None
    )
