"""prefect-rest: a fast, typed async and sync client for the Prefect REST API."""

__version__ = "0.1.0"

from prefect_rest._async.client import PrefectClient  # noqa: E402
from prefect_rest._sync.client import SyncPrefectClient  # noqa: E402
from prefect_rest.client import OrionClient, get_client  # noqa: E402

__all__ = ["OrionClient", "PrefectClient", "SyncPrefectClient", "__version__", "get_client"]
