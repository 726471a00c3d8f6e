"""Turn a successful response into the model its operation promises, or say why not."""

from __future__ import annotations

from types import ModuleType
from typing import TypeVar

import httpx

from prefect_api.errors import UnexpectedStatus
from prefect_rest.exceptions import ResponseValidationError

T = TypeVar("T")

# What the generated from_dict code raises on a body of the wrong shape.
_SHAPE_ERRORS = (KeyError, TypeError, ValueError, AttributeError, UnexpectedStatus)


def parse_as(operation: ModuleType, response: httpx.Response, kind: type[T]) -> T:
    try:
        value = operation.parse_response(response=response)
    except _SHAPE_ERRORS as error:
        raise ResponseValidationError(response, error) from error
    if not isinstance(value, kind):
        problem = TypeError(f"expected {kind.__name__}, got {type(value).__name__}")
        raise ResponseValidationError(response, problem)
    return value


def parse_list_of(operation: ModuleType, response: httpx.Response, kind: type[T]) -> list[T]:
    values = parse_as(operation, response, list)
    wrong = [type(v).__name__ for v in values if not isinstance(v, kind)]
    if wrong:
        problem = TypeError(f"expected a list of {kind.__name__}, found {wrong[0]}")
        raise ResponseValidationError(response, problem)
    return values
