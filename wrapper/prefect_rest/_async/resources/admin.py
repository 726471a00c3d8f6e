"""Server administration: settings and the default result storage."""

from __future__ import annotations

from prefect_rest._async.core import ClientCore


class AdminMixin(ClientCore):
    pass
