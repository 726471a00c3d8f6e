# Generated from openapi.json by `make generate`. Do not edit by hand.
"""LoggingSettings: Settings for controlling logging behavior"""

from __future__ import annotations

from typing import TYPE_CHECKING

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .logging_settings_level import LoggingSettingsLevel

if TYPE_CHECKING:
    from .logging_to_api_settings import LoggingToAPISettings


class LoggingSettings(Model):
    """Settings for controlling logging behavior

    Attributes:
        level: The default logging level for Prefect loggers.
        config_path: A path to a logging configuration file. Defaults to $PREFECT_HOME/logging.yml
        extra_loggers: Additional loggers to attach to Prefect logging at runtime.
        log_prints: If `True`, `print` statements in flows and tasks will be redirected to the
            Prefect logger for the given run.
        colors: If `True`, use colors in CLI output. If `False`, output will not include colors
            codes.
        markup: Whether to interpret strings wrapped in square brackets as a style. This allows
            styles to be conveniently added to log messages, e.g. `[red]This is a red
            message.[/red]`. However, the downside is, if enabled, strings that contain square
            brackets may be inaccurately interpreted and lead to incomplete output, e.g.
            `[red]This is a red message.[/red]` may be interpreted as `[red]This is a red
            message.[/red]`.
        to_api: to api
    """

    level: LoggingSettingsLevel = _field(_k.EnumKind(LoggingSettingsLevel), default=LoggingSettingsLevel("INFO"))
    config_path: str | None = _field(_k.Nullable(_k.STR), default=None)
    extra_loggers: str | list[str] | None = _field(_k.Nullable(_k.Union(_k.STR, _k.ListKind(_k.STR))), default=None)
    log_prints: bool = _field(_k.BOOL, default=False)
    colors: bool = _field(_k.BOOL, default=True)
    markup: bool = _field(_k.BOOL, default=False)
    to_api: LoggingToAPISettings = _field(
        _k.ModelKind("prefect_api.models.logging_to_api_settings:LoggingToAPISettings"),
        default_factory=_k.empty("prefect_api.models.logging_to_api_settings:LoggingToAPISettings"),
    )
