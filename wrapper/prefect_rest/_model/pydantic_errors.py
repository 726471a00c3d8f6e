"""Validation errors that Prefect code's `except pydantic.ValidationError` also catches.

Prefect's models are pydantic models: a bad value given to one (or to a client method that
builds one) raises `pydantic.ValidationError`, and code written against Prefect catches that.
Ours raise `TypeError`/`ValueError` naming the model, the field, what was expected and what was
given. When pydantic is loaded in the process (it is wherever Prefect is), the error is in
addition an instance of `pydantic.ValidationError` (itself a `ValueError`) whose one error is our
message; its `str()` stays our message. Without pydantic loaded nothing changes, and pydantic is
never imported here.
"""

from __future__ import annotations

import sys
import threading
from functools import cache
from typing import Any

__all__ = ["as_validation_error"]

# Set while pydantic builds one of our errors (its constructor calls __new__ itself).
_building = threading.local()


def as_validation_error(
    error: TypeError | ValueError, *, title: str, loc: tuple[str | int, ...], value: object
) -> TypeError | ValueError:
    """`error`, as an instance of pydantic's ValidationError too when pydantic is loaded."""
    pydantic_core = sys.modules.get("pydantic_core")
    if pydantic_core is None or "pydantic" not in sys.modules:
        return error
    kind: type = type(error)
    both = _with_validation_error(kind)
    converted: TypeError | ValueError = both.build(str(error), title=title, loc=loc, value=value)
    return converted


@cache
def _with_validation_error(kind: type) -> Any:
    """`kind` (TypeError or ValueError) and pydantic's ValidationError in one class."""
    validation_error: Any = sys.modules["pydantic_core"].ValidationError
    custom_error: Any = sys.modules["pydantic_core"].PydanticCustomError

    class Both(validation_error, kind):  # type: ignore[misc]
        _message: str

        def __new__(cls, *args: Any, **kwargs: Any) -> Any:
            if getattr(_building, "active", False):
                return super().__new__(cls, *args, **kwargs)
            # `type(error)(f"{argument}: {error}")` re-raises with more context: keep that working.
            message = args[0] if args else ""
            return cls.build(str(message), title="prefect_rest", loc=(), value=None)

        @classmethod
        def build(
            cls, message: str, *, title: str, loc: tuple[str | int, ...], value: object
        ) -> Any:
            line = {
                # Through the context: braces in the message are not a template.
                "type": custom_error("prefect_rest", "{message}", {"message": message}),
                "loc": loc,
                "input": value,
            }
            _building.active = True
            try:
                error = cls.from_exception_data(title, [line])
            finally:
                _building.active = False
            error._message = message
            return error

        def __str__(self) -> str:
            return self._message

        def __reduce__(self) -> tuple[Any, ...]:
            # pydantic's error does not pickle: ours travels as the plain TypeError/ValueError.
            return (kind, (self._message,))

    Both.__name__ = Both.__qualname__ = kind.__name__
    Both.__module__ = "builtins"
    return Both
