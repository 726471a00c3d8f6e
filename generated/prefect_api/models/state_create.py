# Generated from openapi.json by `make generate`. Do not edit by hand.
"""StateCreate: Data used by the Prefect REST API to create a new state."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .state_type import StateType

if TYPE_CHECKING:
    from .state_details import StateDetails


class StateCreate(Model):
    """Data used by the Prefect REST API to create a new state.

    Attributes:
        type: The type of the state to create
        name: The name of the state to create
        message: The message of the state to create
        data: The data of the state to create
        state_details: The details of the state to create
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    type: StateType = _field(_k.EnumKind(StateType))
    name: str | None = _field(_k.Nullable(_k.STR), default=None)
    message: str | None = _field(_k.Nullable(_k.STR), default=None)
    data: Any | None = _field(_k.Nullable(_k.ANY), default=None)
    state_details: StateDetails = _field(
        _k.ModelKind("prefect_api.models.state_details:StateDetails"),
        default_factory=_k.empty("prefect_api.models.state_details:StateDetails"),
    )
