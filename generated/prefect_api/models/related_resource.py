# Generated from openapi.json by `make generate`. Do not edit by hand.
"""RelatedResource: A Resource with a specific role in an Event"""

from __future__ import annotations

from typing import ClassVar

from prefect_rest._model import JSONDict
from prefect_rest._model import kinds as _k
from prefect_rest._model.mixins.events import RelatedResourceMixin


class RelatedResource(RelatedResourceMixin, JSONDict):
    """A Resource with a specific role in an Event"""

    value_kind: ClassVar[_k.Kind] = _k.STR
