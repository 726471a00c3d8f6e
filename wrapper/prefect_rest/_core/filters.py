"""Small helpers for building request bodies from Prefect-style optional arguments."""

from __future__ import annotations

from typing import TypeVar, cast

from prefect_api.types import UNSET

T = TypeVar("T")


def unset_if_none(value: T | None) -> T:
    """Prefect's methods take None for "not given"; a model leaves a field it is given UNSET
    for out of the request body (rather than sending null, which the server may read
    differently from "not given": a null `sort` is not the default sort).

    Typed as `T`: to the type checker the field is simply given; at run time the model's
    constructor drops UNSET arguments (`prefect_rest._model.base.Model`).
    """
    return cast(T, UNSET) if value is None else value
