"""prefect-rest: a fast, typed async and sync client for the Prefect REST API."""

__version__ = "0.1.0"

from prefect_rest._async.client import PrefectClient
from prefect_rest._core.server_type import ServerType
from prefect_rest._core.version_check import clear_cache as _clear_api_version_check_cache
from prefect_rest._sync.client import SyncPrefectClient
from prefect_rest.client import OrionClient, get_client

__all__ = [
    "OrionClient",
    "PrefectClient",
    "ServerType",
    "SyncPrefectClient",
    "__version__",
    "_clear_api_version_check_cache",
    "get_client",
]
