# Generated from openapi.json by `make generate`. Do not edit by hand.
"""PluginsSettings: Settings for configuring the plugin system."""

from __future__ import annotations

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class PluginsSettings(Model):
    """Settings for configuring the plugin system.

    Attributes:
        enabled: Enable the plugin system.
        allow: Comma-separated list of plugin names to allow. If set, only these plugins will be
            loaded.
        deny: Comma-separated list of plugin names to deny. These plugins will not be loaded.
        setup_timeout_seconds: Maximum time in seconds for all plugins to complete their setup
            hooks.
        strict: If True, exit if a required plugin fails during setup.
        safe_mode: If True, load plugins but do not execute their hooks. Useful for testing.
    """

    enabled: bool = _field(_k.BOOL, default=False)
    allow: set[str] | None = _field(_k.Nullable(_k.SetKind(_k.STR)), default=None)
    deny: set[str] | None = _field(_k.Nullable(_k.SetKind(_k.STR)), default=None)
    setup_timeout_seconds: float = _field(_k.FLOAT, default=20.0)
    strict: bool = _field(_k.BOOL, default=False)
    safe_mode: bool = _field(_k.BOOL, default=False)
