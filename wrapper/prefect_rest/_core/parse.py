"""Turn a successful response into the model its operation promises, or say why not."""

from __future__ import annotations

from types import ModuleType
from typing import TypeVar, cast

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
    if not is_a(value, kind):
        problem = TypeError(f"expected {kind.__name__}, got {type(value).__name__}")
        raise ResponseValidationError(response, problem)
    return cast(T, value)  # an instance of `kind`, or of a second copy of its class


def parse_list_of(operation: ModuleType, response: httpx.Response, kind: type[T]) -> list[T]:
    values = parse_as(operation, response, list)
    wrong = [type(v).__name__ for v in values if not is_a(v, kind)]
    if wrong:
        problem = TypeError(f"expected a list of {kind.__name__}, found {wrong[0]}")
        raise ResponseValidationError(response, problem)
    return values


def is_a(value: object, kind: type) -> bool:
    """isinstance, also across two copies of one generated class: a test runner that purges
    and re-imports modules (Prefect's own suite does) leaves endpoint modules holding the
    first copy of a model while the client asks for the second."""
    if isinstance(value, kind):
        return True
    mine = type(value)
    return (mine.__module__, mine.__qualname__) == (kind.__module__, kind.__qualname__)
