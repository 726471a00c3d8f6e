# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ServerDocketSettings: Settings for controlling Docket behavior"""

from __future__ import annotations

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class ServerDocketSettings(Model):
    """Settings for controlling Docket behavior

    Attributes:
        name: The name of the Docket instance.
        url: The URL of the Redis server to use for Docket. Supports the memory:// (single-server
            only), redis://, rediss://, redis+sentinel:// and rediss+sentinel:// schemes; the
            Sentinel schemes discover the current master through the listed Sentinel daemons and
            follow failover automatically (requires pydocket>=0.23.1).
    """

    name: str = _field(_k.STR, default="prefect-server")
    url: str = _field(_k.STR, default="memory://")
