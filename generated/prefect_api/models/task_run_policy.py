# Generated from openapi.json by `make generate`. Do not edit by hand.
"""TaskRunPolicy: Defines of how a task run should retry."""

from __future__ import annotations

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class TaskRunPolicy(Model):
    """Defines of how a task run should retry.

    Attributes:
        max_retries: The maximum number of retries. Field is not used. Please use `retries` instead.
        retry_delay_seconds: The delay between retries. Field is not used. Please use `retry_delay`
            instead.
        retries: The number of retries.
        retry_delay: A delay time or list of delay times between retries, in seconds.
        retry_jitter_factor: Determines the amount a retry should jitter
    """

    max_retries: int = _field(_k.INT, default=0)
    retry_delay_seconds: float = _field(_k.FLOAT, default=0)
    retries: int | None = _field(_k.Nullable(_k.INT), default=None)
    retry_delay: int | float | list[int] | list[float] | None = _field(
        _k.Nullable(_k.Union(_k.INT, _k.FLOAT, _k.ListKind(_k.INT), _k.ListKind(_k.FLOAT))), default=None
    )
    retry_jitter_factor: float | None = _field(_k.Nullable(_k.FLOAT), default=None)
