# Generated from openapi.json by `make generate`. Do not edit by hand.
"""TestingSettings"""

from __future__ import annotations

from typing import Any

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class TestingSettings(Model):
    """TestingSettings

    Attributes:
        test_mode: If `True`, places the API in test mode. This may modify behavior to facilitate
            testing.
        unit_test_mode: This setting only exists to facilitate unit testing. If `True`, code is
            executing in a unit test context. Defaults to `False`.
        unit_test_loop_debug: If `True` turns on debug mode for the unit testing event loop.
        test_setting: This setting only exists to facilitate unit testing. If in test mode, this
            setting will return its value. Otherwise, it returns `None`.
    """

    test_mode: bool = _field(_k.BOOL, default=False)
    unit_test_mode: bool = _field(_k.BOOL, default=False)
    unit_test_loop_debug: bool = _field(_k.BOOL, default=True)
    test_setting: Any | None = _field(_k.Nullable(_k.ANY), default="FOO")
