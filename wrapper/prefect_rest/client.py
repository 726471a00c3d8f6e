"""get_client() and the names Prefect users import from prefect.client.orchestration."""

from __future__ import annotations

import warnings
from typing import Any, Literal, overload

from prefect_rest._async.client import PrefectClient
from prefect_rest._embedded import embedded_server
from prefect_rest._sync.client import SyncPrefectClient
from prefect_rest.settings import load_settings


@overload
def get_client(
    httpx_settings: dict[str, Any] | None = None, sync_client: Literal[False] = False
) -> PrefectClient: ...


@overload
def get_client(
    httpx_settings: dict[str, Any] | None = None, *, sync_client: Literal[True]
) -> SyncPrefectClient: ...


def get_client(
    httpx_settings: dict[str, Any] | None = None, sync_client: bool = False
) -> PrefectClient | SyncPrefectClient:
    """A client configured from Prefect's own settings (environment, then active profile).

    With PREFECT_API_URL set, it talks to that server. Without it, it runs the real Prefect
    server in this process (the `server` extra), started on first use and shared.
    """
    settings = load_settings()
    api: Any = settings.api_url if settings.api_url else embedded_server()
    cls = SyncPrefectClient if sync_client else PrefectClient
    return cls(api, api_key=settings.api_key, httpx_settings=httpx_settings, settings=settings)


class OrionClient(PrefectClient):
    """Deprecated: the name PrefectClient had before Prefect 2.4. Use PrefectClient."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        warnings.warn(
            "OrionClient is deprecated: use PrefectClient (same arguments).",
            DeprecationWarning,
            stacklevel=2,
        )
        super().__init__(*args, **kwargs)
