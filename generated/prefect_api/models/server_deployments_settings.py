# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ServerDeploymentsSettings"""

from __future__ import annotations

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class ServerDeploymentsSettings(Model):
    """ServerDeploymentsSettings

    Attributes:
        concurrency_slot_wait_seconds: The number of seconds to wait before retrying when a
            deployment flow run cannot secure a concurrency slot from the server.
    """

    concurrency_slot_wait_seconds: float = _field(_k.FLOAT, default=30.0)
