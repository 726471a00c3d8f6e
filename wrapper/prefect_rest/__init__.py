"""prefect-rest: a fast, typed async and sync client for the Prefect REST API."""

__version__ = "0.1.0"

from prefect_rest._async.client import PrefectClient
from prefect_rest._sync.client import SyncPrefectClient
from prefect_rest.client import OrionClient, get_client

__all__ = ["OrionClient", "PrefectClient", "SyncPrefectClient", "__version__", "get_client"]
