# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ExperimentsSettings: Settings for configuring experimental features"""

from __future__ import annotations

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class ExperimentsSettings(Model):
    """Settings for configuring experimental features

    Attributes:
        warn: If `True`, warn on usage of experimental features.
    """

    warn: bool = _field(_k.BOOL, default=True)
