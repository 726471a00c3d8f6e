# Generated from openapi.json by `make generate`. Do not edit by hand.
"""NextRunsByFlowResponse"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from prefect_rest._model import JSONDict
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    pass


class NextRunsByFlowResponse(JSONDict):
    """NextRunsByFlowResponse"""

    value_kind: ClassVar[_k.Kind] = _k.Nullable(
        _k.ModelKind("prefect_api.models.simple_next_flow_run:SimpleNextFlowRun")
    )
