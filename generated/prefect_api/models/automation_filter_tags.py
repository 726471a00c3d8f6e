# Generated from openapi.json by `make generate`. Do not edit by hand.
"""AutomationFilterTags: Filter by `Automation.tags`."""

from __future__ import annotations

from typing import Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .operator import Operator


class AutomationFilterTags(Model):
    """Filter by `Automation.tags`.

    Attributes:
        operator: Operator for combining filter criteria. Defaults to 'and_'.
        all_: A list of tags. Automations will be returned only if their tags are a superset of the
            list
        any_: A list of tags. Automations will be returned if their tags contain any of the tags in
            the list
        is_null_: If true, only include automations without tags
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    operator: Operator = _field(_k.EnumKind(Operator), default=Operator("and_"))
    all_: list[str] | None = _field(_k.Nullable(_k.ListKind(_k.STR)), default=None)
    any_: list[str] | None = _field(_k.Nullable(_k.ListKind(_k.STR)), default=None)
    is_null_: bool | None = _field(_k.Nullable(_k.BOOL), default=None)
