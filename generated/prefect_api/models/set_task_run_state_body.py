# Generated from openapi.json by `make generate`. Do not edit by hand.
"""SetTaskRunStateBody"""

from __future__ import annotations

from typing import TYPE_CHECKING

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .state_create import StateCreate


class SetTaskRunStateBody(Model):
    """SetTaskRunStateBody

    Attributes:
        state: The intended state.
        force: If false, orchestration rules will be applied that may alter or prevent the state
            transition. If True, orchestration rules are not applied.
    """

    state: StateCreate = _field(_k.ModelKind("prefect_api.models.state_create:StateCreate"))
    force: bool = _field(_k.BOOL, default=False)
