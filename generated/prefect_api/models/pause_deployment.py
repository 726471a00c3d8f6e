# Generated from openapi.json by `make generate`. Do not edit by hand.
"""PauseDeployment: Pauses the given Deployment"""

from __future__ import annotations

from typing import Literal
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .pause_deployment_source import PauseDeploymentSource


class PauseDeployment(Model):
    """Pauses the given Deployment

    Attributes:
        type: Type
        source: Whether this Action applies to a specific selected deployment (given by
            `deployment_id`), or to a deployment that is inferred from the triggering event. If
            the source is 'inferred', the `deployment_id` may not be set. If the source is
            'selected', the `deployment_id` must be set.
        deployment_id: The identifier of the deployment
    """

    type: Literal["pause-deployment"] = _field(_k.Const("pause-deployment"), default="pause-deployment")
    source: PauseDeploymentSource = _field(
        _k.EnumKind(PauseDeploymentSource), default=PauseDeploymentSource("selected")
    )
    deployment_id: UUID | None = _field(_k.Nullable(_k.UUID), default=None)
