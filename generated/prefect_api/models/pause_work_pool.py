# Generated from openapi.json by `make generate`. Do not edit by hand.
"""PauseWorkPool: Pauses a Work Pool"""

from __future__ import annotations

from typing import Literal
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .pause_work_pool_source import PauseWorkPoolSource


class PauseWorkPool(Model):
    """Pauses a Work Pool

    Attributes:
        type: Type
        source: Whether this Action applies to a specific selected work pool (given by
            `work_pool_id`), or to a work pool that is inferred from the triggering event. If
            the source is 'inferred', the `work_pool_id` may not be set. If the source is
            'selected', the `work_pool_id` must be set.
        work_pool_id: The identifier of the work pool to pause
    """

    type: Literal["pause-work-pool"] = _field(_k.Const("pause-work-pool"), default="pause-work-pool")
    source: PauseWorkPoolSource = _field(_k.EnumKind(PauseWorkPoolSource), default=PauseWorkPoolSource("selected"))
    work_pool_id: UUID | None = _field(_k.Nullable(_k.UUID), default=None)
