# Generated from openapi.json by `make generate`. Do not edit by hand.
"""FilterFlowRunInputBody"""

from __future__ import annotations

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class FilterFlowRunInputBody(Model):
    """FilterFlowRunInputBody

    Attributes:
        prefix: The input key prefix
        limit: The maximum number of results to return
        exclude_keys: Exclude inputs with these keys
    """

    prefix: str = _field(_k.STR)
    limit: int = _field(_k.INT, default=1)
    exclude_keys: list[str] = _field(_k.ListKind(_k.STR), default_factory=list)
