# Generated from openapi.json by `make generate`. Do not edit by hand.
"""InternalSettings"""

from __future__ import annotations

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .internal_settings_logging_level import InternalSettingsLoggingLevel


class InternalSettings(Model):
    """InternalSettings

    Attributes:
        logging_level: The default logging level for Prefect's internal machinery loggers.
    """

    logging_level: InternalSettingsLoggingLevel = _field(
        _k.EnumKind(InternalSettingsLoggingLevel), default=InternalSettingsLoggingLevel("ERROR")
    )
