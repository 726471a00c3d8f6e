# Generated from openapi.json by `make generate`. Do not edit by hand.
"""Resource: An observable business object of interest to the user"""

from __future__ import annotations

from typing import ClassVar

from prefect_rest._model import JSONDict
from prefect_rest._model import kinds as _k
from prefect_rest._model.mixins.events import ResourceMixin


class Resource(ResourceMixin, JSONDict):
    """An observable business object of interest to the user"""

    value_kind: ClassVar[_k.Kind] = _k.STR
