"""The local server's errors.

They subclass `prefect_rest.exceptions.PrefectRestError`, so `except PrefectRestError` catches
them with every other error of the client; `prefect_rest.local_server` exports them.
"""

from __future__ import annotations

from prefect_rest.exceptions import PrefectRestError


class LocalServerError(PrefectRestError):
    """The local server of PREFECT_HOME cannot be used."""


class LocalServerStartError(LocalServerError):
    """The local server did not start (the message has its log's last lines and path)."""


class LocalServerVersionMismatch(LocalServerError):
    """A local server of another Prefect or prefect-rest version is running and in use."""


class LocalServerDisabled(LocalServerError, ValueError):
    """No PREFECT_API_URL and PREFECT_REST_LOCAL_SERVER=off.

    A ValueError too: Prefect's own get_client() raises ValueError in the same situation.
    """
