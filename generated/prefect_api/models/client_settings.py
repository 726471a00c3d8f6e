# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ClientSettings: Settings for controlling API client behavior"""

from __future__ import annotations

from typing import TYPE_CHECKING

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .client_metrics_settings import ClientMetricsSettings


class ClientSettings(Model):
    """Settings for controlling API client behavior

    Attributes:
        max_retries: The maximum number of retries to perform on failed HTTP requests. Defaults to
            5. Set to 0 to disable retries. See `PREFECT_CLIENT_RETRY_EXTRA_CODES` for details
            on which HTTP status codes are retried.
        retry_jitter_factor: A value greater than or equal to zero to control the amount of jitter
            added to retried client requests. Higher values introduce larger amounts of jitter.
            Set to 0 to disable jitter. See `clamped_poisson_interval` for details on the how
            jitter can affect retry lengths.
        retry_extra_codes: A list of extra HTTP status codes to retry on. Defaults to an empty list.
            429, 502 and 503 are always retried. Please note that not all routes are idempotent
            and retrying may result in unexpected behavior.
        csrf_support_enabled: Determines if CSRF token handling is active in the Prefect client for
            API requests.
        custom_headers: Custom HTTP headers to include with every API request to the Prefect server.
            Headers are specified as key-value pairs. Note that headers like 'User-Agent' and
            CSRF-related headers are managed by Prefect and cannot be overridden.
        server_version_check_enabled: Whether the client should check the server's API version on
            startup. When disabled, the client will skip the call to /admin/version that
            normally runs once per client context entry. This is useful for worker subprocesses
            that inherit a known-compatible server configuration and do not need to repeat the
            version handshake.
        metrics: metrics
    """

    max_retries: int = _field(_k.INT, default=5)
    retry_jitter_factor: float = _field(_k.FLOAT, default=0.2)
    retry_extra_codes: str | int | set[int] | None = _field(
        _k.Nullable(_k.Union(_k.STR, _k.INT, _k.SetKind(_k.INT))), default=None
    )
    csrf_support_enabled: bool = _field(_k.BOOL, default=True)
    custom_headers: dict[str, str] = _field(_k.DictKind(_k.STR), default_factory=dict)
    server_version_check_enabled: bool = _field(_k.BOOL, default=True)
    metrics: ClientMetricsSettings = _field(
        _k.ModelKind("prefect_api.models.client_metrics_settings:ClientMetricsSettings"),
        default_factory=_k.empty("prefect_api.models.client_metrics_settings:ClientMetricsSettings"),
    )
