# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ServerConcurrencySettings"""

from __future__ import annotations

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class ServerConcurrencySettings(Model):
    """ServerConcurrencySettings

    Attributes:
        lease_storage: The module to use for storing concurrency limit leases.
        initial_deployment_lease_duration: Initial duration for deployment concurrency lease in
            seconds.
        maximum_concurrency_slot_wait_seconds: The maximum number of seconds to wait before retrying
            when a concurrency slot cannot be acquired.
    """

    lease_storage: str = _field(_k.STR, default="prefect.server.concurrency.lease_storage.memory")
    initial_deployment_lease_duration: float = _field(_k.FLOAT, default=300.0)
    maximum_concurrency_slot_wait_seconds: float = _field(_k.FLOAT, default=30)
