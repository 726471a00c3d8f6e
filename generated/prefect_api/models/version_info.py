# Generated from openapi.json by `make generate`. Do not edit by hand.
"""VersionInfo"""

from __future__ import annotations

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class VersionInfo(Model):
    """VersionInfo

    Attributes:
        type: The type of version info.
        version: The version of the deployment.
    """

    type: str = _field(_k.STR)
    version: str = _field(_k.STR)
