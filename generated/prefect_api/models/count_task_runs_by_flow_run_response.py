# Generated from openapi.json by `make generate`. Do not edit by hand.
"""CountTaskRunsByFlowRunResponse"""

from __future__ import annotations

from typing import ClassVar

from prefect_rest._model import JSONDict
from prefect_rest._model import kinds as _k


class CountTaskRunsByFlowRunResponse(JSONDict):
    """CountTaskRunsByFlowRunResponse"""

    value_kind: ClassVar[_k.Kind] = _k.INT
