"""The local server's errors, for `except` clauses (README: "The local server").

All are `prefect_rest.exceptions.PrefectRestError`s. A missing `server` extra is
`prefect_rest.exceptions.EmbeddedServerUnavailable`.
"""

from prefect_rest._local_server.errors import (
    LocalServerDisabled,
    LocalServerError,
    LocalServerStartError,
    LocalServerVersionMismatch,
)

__all__ = [
    "LocalServerDisabled",
    "LocalServerError",
    "LocalServerStartError",
    "LocalServerVersionMismatch",
]
