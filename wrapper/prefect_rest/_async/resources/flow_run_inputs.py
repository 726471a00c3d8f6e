"""Flow-run extras: run inputs, labels, single states."""

from __future__ import annotations

from prefect_rest._async.core import ClientCore


class FlowRunInputsMixin(ClientCore):
    pass
