"""Turn a successful response into the type its caller expects, or say why not.

The caller names the type (a generated model, a list of one, or a JSON scalar): the error
status was already raised by the pipeline, so only the shape of a 2xx body is left to check.
"""

from __future__ import annotations

import json
from typing import Any, TypeVar, cast

import httpx

from prefect_rest.exceptions import ResponseValidationError

T = TypeVar("T")

# What building a model from a body of the wrong shape raises (the generated from_dict code,
# or json for a body that is not JSON).
_SHAPE_ERRORS = (KeyError, TypeError, ValueError, AttributeError, json.JSONDecodeError)


def parse_as(response: httpx.Response, kind: type[T]) -> T:
    """The response's JSON body as `kind`; `object` takes any JSON value as it is."""
    try:
        return build(response.json(), kind)
    except _SHAPE_ERRORS as error:
        raise ResponseValidationError(response, error) from error


def parse_list_of(response: httpx.Response, kind: type[T]) -> list[T]:
    """The response's JSON body as a list of `kind`."""
    try:
        data = response.json()
        if not isinstance(data, list):
            raise TypeError(f"expected a list of {kind.__name__}, got {type(data).__name__}")
        for item in data:
            if not fits(item, kind):
                raise TypeError(f"expected a list of {kind.__name__}, found {type(item).__name__}")
        return [build(item, kind) for item in data]
    except _SHAPE_ERRORS as error:
        raise ResponseValidationError(response, error) from error


def fits(data: Any, kind: type) -> bool:
    """Whether a JSON value has the outer shape of `kind` (an object for a model)."""
    if callable(getattr(kind, "from_dict", None)):
        return isinstance(data, dict)
    if kind is object:
        return True
    if kind is float:
        return isinstance(data, int | float) and not isinstance(data, bool)
    # JSON true is not a count: bool is an int subclass in Python.
    return isinstance(data, kind) and (kind is bool or not isinstance(data, bool))


def build(data: Any, kind: type[T]) -> T:
    """One JSON value as `kind`: a generated model from its object, a scalar checked."""
    if not fits(data, kind):
        raise TypeError(f"expected {kind.__name__}, got {type(data).__name__}")
    from_dict = getattr(kind, "from_dict", None)
    if callable(from_dict):
        return cast(T, from_dict(data))
    if kind is float:
        return cast(T, float(data))
    return cast(T, data)
