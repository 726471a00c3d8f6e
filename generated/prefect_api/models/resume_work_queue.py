# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ResumeWorkQueue: Resumes a Work Queue"""

from __future__ import annotations

from typing import Literal
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .resume_work_queue_source import ResumeWorkQueueSource


class ResumeWorkQueue(Model):
    """Resumes a Work Queue

    Attributes:
        type: Type
        source: Whether this Action applies to a specific selected work queue (given by
            `work_queue_id`), or to a work queue that is inferred from the triggering event. If
            the source is 'inferred', the `work_queue_id` may not be set. If the source is
            'selected', the `work_queue_id` must be set.
        work_queue_id: The identifier of the work queue to pause
    """

    type: Literal["resume-work-queue"] = _field(_k.Const("resume-work-queue"), default="resume-work-queue")
    source: ResumeWorkQueueSource = _field(
        _k.EnumKind(ResumeWorkQueueSource), default=ResumeWorkQueueSource("selected")
    )
    work_queue_id: UUID | None = _field(_k.Nullable(_k.UUID), default=None)
