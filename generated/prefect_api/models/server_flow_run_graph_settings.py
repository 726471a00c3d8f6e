# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ServerFlowRunGraphSettings: Settings for controlling behavior of the flow run graph"""

from __future__ import annotations

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class ServerFlowRunGraphSettings(Model):
    """Settings for controlling behavior of the flow run graph

    Attributes:
        max_nodes: The maximum size of a flow run graph on the v2 API
        max_artifacts: The maximum number of artifacts to show on a flow run graph on the v2 API
    """

    max_nodes: int = _field(_k.INT, default=10000)
    max_artifacts: int = _field(_k.INT, default=10000)
