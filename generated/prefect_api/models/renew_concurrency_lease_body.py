# Generated from openapi.json by `make generate`. Do not edit by hand.
"""RenewConcurrencyLeaseBody"""

from __future__ import annotations

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class RenewConcurrencyLeaseBody(Model):
    """RenewConcurrencyLeaseBody

    Attributes:
        lease_duration: The duration of the lease in seconds.
    """

    lease_duration: float = _field(_k.FLOAT, default=300)
