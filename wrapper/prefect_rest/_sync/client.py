# Generated from _async/client.py by generator/unasync.py (`make generate`). Do not edit by hand.
"""SyncPrefectClient: the async client, the core plus every resource mixin.

The sync twin (_sync/client.py, SyncPrefectClient) is generated from this package.
"""

from __future__ import annotations

from prefect_rest._sync.resources.flow_runs import FlowRunsMixin


class SyncPrefectClient(FlowRunsMixin):
    """An synchronous client for the Prefect REST API.

    `api` is the API's URL (``http://127.0.0.1:4200/api``) or an ASGI application (the
    Prefect server's app), which then runs in this process. Use it in ``with``;
    `get_client()` builds one from Prefect's settings.
    """
