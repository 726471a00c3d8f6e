# Generated from openapi.json by `make generate`. Do not edit by hand.
"""CLISettings: Settings for controlling CLI behavior"""

from __future__ import annotations

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class CLISettings(Model):
    """Settings for controlling CLI behavior

    Attributes:
        colors: If True, use colors in CLI output. If `False`, output will not include colors codes.
        prompt: If `True`, use interactive prompts in CLI commands. If `False`, no interactive
            prompts will be used. If `None`, the value will be dynamically determined based on
            the presence of an interactive-enabled terminal.
        wrap_lines: If `True`, wrap text by inserting new lines in long lines in CLI output. If
            `False`, output will not be wrapped.
    """

    colors: bool = _field(_k.BOOL, default=True)
    prompt: bool | None = _field(_k.Nullable(_k.BOOL), default=None)
    wrap_lines: bool = _field(_k.BOOL, default=True)
