"""prefect-rest: a fast, typed async and sync client for the Prefect REST API.

The public names are in `__all__`: the clients and `get_client`, every exception (also in
`prefect_rest.exceptions`), the settings, and the subpackages users import. Modules whose
names start with an underscore are internal.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "APIUnreachable",
    "APIVersionMismatch",
    "AsyncContextRequired",
    "AuthenticationError",
    "ClientClosed",
    "ClientNotOpen",
    "ConnectionPoolExhausted",
    "EmbeddedServerUnavailable",
    "LocalServerDisabled",
    "LocalServerError",
    "LocalServerStartError",
    "LocalServerVersionMismatch",
    "ObjectAlreadyExists",
    "ObjectLimitReached",
    "ObjectNotFound",
    "ObjectUnsupported",
    "OrionClient",
    "PermissionDenied",
    "PrefectClient",
    "PrefectException",
    "PrefectHTTPStatusError",
    "PrefectRestError",
    "ProtectedBlockError",
    "RateLimited",
    "ResourceLocked",
    "ResponseValidationError",
    "ServerError",
    "ServerType",
    "Settings",
    "SettingsError",
    "SyncPrefectClient",
    "UnprocessableEntity",
    "__version__",
    "events",
    "exceptions",
    "get_client",
    "load_settings",
    "local_server",
    "schemas",
    "settings",
    "states",
]

if TYPE_CHECKING:
    from prefect_rest import events, exceptions, local_server, schemas, settings, states
    from prefect_rest._async.client import PrefectClient
    from prefect_rest._core.server_type import ServerType
    from prefect_rest._core.version_check import (  # noqa: F401  (private: not in __all__)
        clear_cache as _clear_api_version_check_cache,
    )
    from prefect_rest._sync.client import SyncPrefectClient
    from prefect_rest.client import OrionClient, get_client
    from prefect_rest.exceptions import (
        APIConnectionError,
        APIError,
        APIStatusError,
        APITimeoutError,
        APIUnreachable,
        APIVersionMismatch,
        AsyncContextRequired,
        AuthenticationError,
        ClientClosed,
        ClientNotOpen,
        ConnectionPoolExhausted,
        EmbeddedServerUnavailable,
        LocalServerDisabled,
        LocalServerError,
        LocalServerStartError,
        LocalServerVersionMismatch,
        ObjectAlreadyExists,
        ObjectLimitReached,
        ObjectNotFound,
        ObjectUnsupported,
        PermissionDenied,
        PrefectException,
        PrefectHTTPStatusError,
        PrefectRestError,
        ProtectedBlockError,
        RateLimited,
        ResourceLocked,
        ResponseValidationError,
        ServerError,
        SettingsError,
        UnprocessableEntity,
    )
    from prefect_rest.settings import Settings, load_settings

# Loaded on first use (PEP 562): `import prefect_rest` loads neither httpx nor the client
# (the generated models import `prefect_rest._model`, and that must stay cheap).
_SUBMODULES = frozenset({"events", "exceptions", "local_server", "schemas", "settings", "states"})
_HOME_OF: dict[str, tuple[str, str]] = {
    "PrefectClient": ("prefect_rest._async.client", "PrefectClient"),
    "SyncPrefectClient": ("prefect_rest._sync.client", "SyncPrefectClient"),
    "OrionClient": ("prefect_rest.client", "OrionClient"),
    "get_client": ("prefect_rest.client", "get_client"),
    "ServerType": ("prefect_rest._core.server_type", "ServerType"),
    "Settings": ("prefect_rest.settings", "Settings"),
    "load_settings": ("prefect_rest.settings", "load_settings"),
    # Prefect's test helper, under the name prefect.client.orchestration gives it (private:
    # not in __all__ nor dir()).
    "_clear_api_version_check_cache": ("prefect_rest._core.version_check", "clear_cache"),
}
# Every other public name that is not a subpackage is an exception class.
_EXCEPTIONS = tuple(
    name
    for name in __all__
    if name not in _HOME_OF and name not in _SUBMODULES and name != "__version__"
)
_HOME_OF.update({name: ("prefect_rest.exceptions", name) for name in _EXCEPTIONS})

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
        # The public names, not the helpers and internal modules this package has loaded.
        return sorted(set(__all__) | {name for name in globals() if name.startswith("__")})
