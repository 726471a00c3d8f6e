"""The runtime of the generated models (`prefect_api.models`): the base class with pydantic's
surface, the field kinds, and the hand-written mixins the generator attaches to some models.

Generated code imports from here; users meet it through the models themselves.
"""

import datetime

from prefect_rest._model import kinds
from prefect_rest._model.base import MISSING, FieldInfo, Model, field
from prefect_rest._model.json_dict import JSONDict
from prefect_rest._model.jsonable import NotJSONable, jsonable


def utc_now() -> datetime.datetime:
    """Now, in UTC: the default of timestamps Prefect's client fills in (a state's)."""
    return datetime.datetime.now(datetime.UTC)


__all__ = [
    "MISSING",
    "FieldInfo",
    "JSONDict",
    "Model",
    "NotJSONable",
    "field",
    "jsonable",
    "kinds",
    "utc_now",
]
