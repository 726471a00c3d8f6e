"""Variables: create, read, update, delete."""

from __future__ import annotations

from prefect_rest._async.core import ClientCore


class VariablesMixin(ClientCore):
    pass
