"""prefect-rest: a fast, typed async and sync client for the Prefect REST API."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from prefect_rest import events, exceptions, schemas, settings, states
    from prefect_rest._async.client import PrefectClient
    from prefect_rest._core.server_type import ServerType
    from prefect_rest._core.version_check import clear_cache as _clear_api_version_check_cache
    from prefect_rest._sync.client import SyncPrefectClient
    from prefect_rest.client import OrionClient, get_client
    from prefect_rest.exceptions import (
        APIConnectionError,
        APIError,
        APIStatusError,
        APITimeoutError,
        ObjectAlreadyExists,
        ObjectNotFound,
        PrefectRestError,
        RateLimited,
        ResponseValidationError,
        ServerError,
        SettingsError,
    )
    from prefect_rest.settings import Settings, load_settings

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
    "Settings": ("prefect_rest.settings", "Settings"),
    "load_settings": ("prefect_rest.settings", "load_settings"),
}
# The exceptions callers catch most, as `prefect_rest.ObjectNotFound` (the full family is in
# prefect_rest.exceptions, under Prefect's names too).
_EXCEPTIONS = (
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "ObjectAlreadyExists",
    "ObjectNotFound",
    "PrefectRestError",
    "RateLimited",
    "ResponseValidationError",
    "ServerError",
    "SettingsError",
)
_HOME_OF.update({name: ("prefect_rest.exceptions", name) for name in _EXCEPTIONS})
# Subpackages, reachable as attributes after a bare `import prefect_rest`.
_SUBMODULES = frozenset({"events", "exceptions", "schemas", "settings", "states"})

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "ObjectAlreadyExists",
    "ObjectNotFound",
    "OrionClient",
    "PrefectClient",
    "PrefectRestError",
    "RateLimited",
    "ResponseValidationError",
    "ServerError",
    "ServerType",
    "Settings",
    "SettingsError",
    "SyncPrefectClient",
    "__version__",
    "_clear_api_version_check_cache",
    "events",
    "exceptions",
    "get_client",
    "load_settings",
    "schemas",
    "settings",
    "states",
]

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        if name in _SUBMODULES:
            return import_module(f"{__name__}.{name}")
        home = _HOME_OF.get(name)
        if home is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(import_module(home[0]), home[1])
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        # The public names, not the helpers this module imports for itself.
        return sorted(set(__all__) | {name for name in globals() if name.startswith("__")})
