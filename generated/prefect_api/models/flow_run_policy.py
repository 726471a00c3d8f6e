# Generated from openapi.json by `make generate`. Do not edit by hand.
"""FlowRunPolicy: Defines of how a flow run should retry."""

from __future__ import annotations

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .flow_run_policy_retry_type import FlowRunPolicyRetryType


class FlowRunPolicy(Model):
    """Defines of how a flow run should retry.

    Attributes:
        max_retries: The maximum number of retries. Field is not used. Please use `retries` instead.
        retry_delay_seconds: The delay between retries. Field is not used. Please use `retry_delay`
            instead.
        retries: The number of retries.
        retry_delay: The delay time between retries, in seconds.
        pause_keys: Tracks pauses this run has observed.
        resuming: Indicates if this run is resuming from a pause.
        retry_type: The type of retry this run is undergoing.
    """

    max_retries: int = _field(_k.INT, default=0)
    retry_delay_seconds: float = _field(_k.FLOAT, default=0)
    retries: int | None = _field(_k.Nullable(_k.INT), default=None)
    retry_delay: int | None = _field(_k.Nullable(_k.INT), default=None)
    pause_keys: set[str] | None = _field(_k.Nullable(_k.SetKind(_k.STR)), default_factory=set)
    resuming: bool | None = _field(_k.Nullable(_k.BOOL), default=False)
    retry_type: FlowRunPolicyRetryType | None = _field(_k.Nullable(_k.EnumKind(FlowRunPolicyRetryType)), default=None)
