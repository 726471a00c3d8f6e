# Generated from openapi.json by `make generate`. Do not edit by hand.
"""RunDeployment: Runs the given deployment with the given parameters"""

from __future__ import annotations

import datetime
from typing import Any, Literal
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .run_deployment_source import RunDeploymentSource


class RunDeployment(Model):
    """Runs the given deployment with the given parameters

    Attributes:
        type: Type
        source: Whether this Action applies to a specific selected deployment (given by
            `deployment_id`), or to a deployment that is inferred from the triggering event. If
            the source is 'inferred', the `deployment_id` may not be set. If the source is
            'selected', the `deployment_id` must be set.
        deployment_id: The identifier of the deployment
        parameters: The parameters to pass to the deployment, or None to use the deployment's
            default parameters
        job_variables: The job variables to pass to the created flow run, or None to use the
            deployment's default job variables
        schedule_after: The amount of time to wait before running the deployment. Defaults to
            running the deployment immediately.
    """

    type: Literal["run-deployment"] = _field(_k.Const("run-deployment"), default="run-deployment")
    source: RunDeploymentSource = _field(_k.EnumKind(RunDeploymentSource), default=RunDeploymentSource("selected"))
    deployment_id: UUID | None = _field(_k.Nullable(_k.UUID), default=None)
    parameters: dict[str, Any] | None = _field(_k.Nullable(_k.JSON_OBJECT), default=None)
    job_variables: dict[str, Any] | None = _field(_k.Nullable(_k.JSON_OBJECT), default=None)
    schedule_after: datetime.timedelta = _field(_k.SECONDS, default=datetime.timedelta(0))
