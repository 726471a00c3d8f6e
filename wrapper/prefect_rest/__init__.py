"""prefect-rest: a fast, typed async and sync client for the Prefect REST API."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from prefect_rest._async.client import PrefectClient
    from prefect_rest._sync.client import SyncPrefectClient
    from prefect_rest.client import OrionClient, get_client

# Loaded on first use (PEP 562): the generated models import `prefect_rest._model`, and
# importing that must not pull in the whole client (nor the client the models it needs).
_HOME_OF: dict[str, str] = {
    "PrefectClient": "prefect_rest._async.client",
    "SyncPrefectClient": "prefect_rest._sync.client",
    "OrionClient": "prefect_rest.client",
    "get_client": "prefect_rest.client",
}

__all__ = ["OrionClient", "PrefectClient", "SyncPrefectClient", "__version__", "get_client"]

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        home = _HOME_OF.get(name)
        if home is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(import_module(home), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(set(globals()) | set(__all__))
