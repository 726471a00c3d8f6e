# Generated from openapi.json by `make generate`. Do not edit by hand.
"""BlockDocumentFilterIsAnonymous: Filter by `BlockDocument.is_anonymous`."""

from __future__ import annotations

from typing import Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class BlockDocumentFilterIsAnonymous(Model):
    """Filter by `BlockDocument.is_anonymous`.

    Attributes:
        eq_: Filter block documents for only those that are or are not anonymous.
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    eq_: bool | None = _field(_k.Nullable(_k.BOOL), default=None)
