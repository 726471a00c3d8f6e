"""prefect-rest: a fast, typed async and sync client for the Prefect REST API."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from prefect_rest._async.client import PrefectClient
    from prefect_rest._core.server_type import ServerType
    from prefect_rest._core.version_check import clear_cache as _clear_api_version_check_cache
    from prefect_rest._sync.client import SyncPrefectClient
    from prefect_rest.client import OrionClient, get_client

# Loaded on first use (PEP 562): the generated models import `prefect_rest._model`, and
# importing that must not pull in the whole client (nor the client the models it needs).
_HOME_OF: dict[str, tuple[str, str]] = {
    "PrefectClient": ("prefect_rest._async.client", "PrefectClient"),
    "SyncPrefectClient": ("prefect_rest._sync.client", "SyncPrefectClient"),
    "OrionClient": ("prefect_rest.client", "OrionClient"),
    "get_client": ("prefect_rest.client", "get_client"),
    "ServerType": ("prefect_rest._core.server_type", "ServerType"),
    # Prefect's test helper, under the name prefect.client.orchestration gives it.
    "_clear_api_version_check_cache": ("prefect_rest._core.version_check", "clear_cache"),
}

__all__ = [
    "OrionClient",
    "PrefectClient",
    "ServerType",
    "SyncPrefectClient",
    "__version__",
    "_clear_api_version_check_cache",
    "get_client",
]

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        home = _HOME_OF.get(name)
        if home is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(import_module(home[0]), home[1])
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(set(globals()) | set(__all__))
