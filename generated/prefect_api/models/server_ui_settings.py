# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ServerUISettings"""

from __future__ import annotations

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class ServerUISettings(Model):
    """ServerUISettings

    Attributes:
        enabled: Whether or not to serve the Prefect UI.
        v2_enabled: Whether neutral UI entry points should default to the V2 UI instead of V1 when
            the browser has no saved UI preference. Set to false to restore V1 as the default
            for browsers without a saved preference.
        api_url: The connection url for communication from the UI to the API. Defaults to
            `PREFECT_API_URL` if set. Otherwise, the default URL is generated from
            `PREFECT_SERVER_API_HOST` and `PREFECT_SERVER_API_PORT`.
        serve_base: The base URL path to serve the Prefect UI from.
        static_directory: The directory to serve static files from. This should be used when running
            into permissions issues when attempting to serve the UI from the default directory
            (for example when running in a Docker container).
        show_promotional_content: Whether or not to display promotional content in the UI, including
            upgrade prompts and marketing banners.
    """

    enabled: bool = _field(_k.BOOL, default=True)
    v2_enabled: bool = _field(_k.BOOL, default=True)
    api_url: str | None = _field(_k.Nullable(_k.STR), default=None)
    serve_base: str = _field(_k.STR, default="/")
    static_directory: str | None = _field(_k.Nullable(_k.STR), default=None)
    show_promotional_content: bool = _field(_k.BOOL, default=True)
