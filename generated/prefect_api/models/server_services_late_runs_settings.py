# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ServerServicesLateRunsSettings: Settings for controlling the late runs service"""

from __future__ import annotations

import datetime

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class ServerServicesLateRunsSettings(Model):
    """Settings for controlling the late runs service

    Attributes:
        enabled: Whether or not to start the late runs service in the server application.
        loop_seconds: The late runs service will look for runs to mark as late this often. Defaults
            to `5`.
        after_seconds: The late runs service will mark runs as late after they have exceeded their
            scheduled start time by this many seconds. Defaults to `5` seconds.
    """

    enabled: bool = _field(_k.BOOL, default=True)
    loop_seconds: float = _field(_k.FLOAT, default=5)
    after_seconds: datetime.timedelta = _field(_k.ISO_DURATION, default=_k.parse_duration("PT15S"))
