"""PrefectClient: the async client, the core plus every resource mixin.

The sync twin (_sync/client.py, SyncPrefectClient) is generated from this package.
"""

from __future__ import annotations

from prefect_rest._async.resources.flow_runs import FlowRunsMixin


class PrefectClient(FlowRunsMixin):
    """An asynchronous client for the Prefect REST API.

    `api` is the API's URL (``http://127.0.0.1:4200/api``) or an ASGI application (the
    Prefect server's app), which then runs in this process. Use it in ``async with``;
    `get_client()` builds one from Prefect's settings.
    """
