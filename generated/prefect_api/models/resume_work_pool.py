# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ResumeWorkPool: Resumes a Work Pool"""

from __future__ import annotations

from typing import Literal
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .resume_work_pool_source import ResumeWorkPoolSource


class ResumeWorkPool(Model):
    """Resumes a Work Pool

    Attributes:
        type: Type
        source: Whether this Action applies to a specific selected work pool (given by
            `work_pool_id`), or to a work pool that is inferred from the triggering event. If
            the source is 'inferred', the `work_pool_id` may not be set. If the source is
            'selected', the `work_pool_id` must be set.
        work_pool_id: The identifier of the work pool to pause
    """

    type: Literal["resume-work-pool"] = _field(_k.Const("resume-work-pool"), default="resume-work-pool")
    source: ResumeWorkPoolSource = _field(_k.EnumKind(ResumeWorkPoolSource), default=ResumeWorkPoolSource("selected"))
    work_pool_id: UUID | None = _field(_k.Nullable(_k.UUID), default=None)
