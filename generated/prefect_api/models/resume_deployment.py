# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ResumeDeployment: Resumes the given Deployment"""

from __future__ import annotations

from typing import Literal
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .resume_deployment_source import ResumeDeploymentSource


class ResumeDeployment(Model):
    """Resumes the given Deployment

    Attributes:
        type: Type
        source: Whether this Action applies to a specific selected deployment (given by
            `deployment_id`), or to a deployment that is inferred from the triggering event. If
            the source is 'inferred', the `deployment_id` may not be set. If the source is
            'selected', the `deployment_id` must be set.
        deployment_id: The identifier of the deployment
    """

    type: Literal["resume-deployment"] = _field(_k.Const("resume-deployment"), default="resume-deployment")
    source: ResumeDeploymentSource = _field(
        _k.EnumKind(ResumeDeploymentSource), default=ResumeDeploymentSource("selected")
    )
    deployment_id: UUID | None = _field(_k.Nullable(_k.UUID), default=None)
