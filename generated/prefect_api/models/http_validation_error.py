# Generated from openapi.json by `make generate`. Do not edit by hand.
"""HTTPValidationError"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .validation_error import ValidationError


class HTTPValidationError(Model):
    """HTTPValidationError

    Attributes:
        detail: Detail
        exception_message: Exception Message
        exception_detail: Exception Detail
        request_body: Request Body
    """

    detail: str | list[ValidationError] | None = _field(
        _k.Nullable(_k.Union(_k.STR, _k.ListKind(_k.ModelKind("prefect_api.models.validation_error:ValidationError")))),
        default=None,
    )
    exception_message: str | None = _field(_k.Nullable(_k.STR), default=None)
    exception_detail: list[ValidationError] = _field(
        _k.ListKind(_k.ModelKind("prefect_api.models.validation_error:ValidationError")), default_factory=list
    )
    request_body: Any = _field(_k.ANY, default=None)
