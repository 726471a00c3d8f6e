# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ResourceSpecification"""

from __future__ import annotations

from typing import ClassVar

from prefect_rest._model import JSONDict
from prefect_rest._model import kinds as _k


class ResourceSpecification(JSONDict):
    """ResourceSpecification"""

    value_kind: ClassVar[_k.Kind] = _k.Union(_k.STR, _k.ListKind(_k.STR))
