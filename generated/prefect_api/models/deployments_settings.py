# Generated from openapi.json by `make generate`. Do not edit by hand.
"""DeploymentsSettings: Settings for configuring deployments defaults"""

from __future__ import annotations

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class DeploymentsSettings(Model):
    """Settings for configuring deployments defaults

    Attributes:
        default_work_pool_name: The default work pool to use when creating deployments.
        default_docker_build_namespace: The default Docker namespace to use when building images.
    """

    default_work_pool_name: str | None = _field(_k.Nullable(_k.STR), default=None)
    default_docker_build_namespace: str | None = _field(_k.Nullable(_k.STR), default=None)
