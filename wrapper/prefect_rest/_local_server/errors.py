"""The local server's errors, defined with the rest in `prefect_rest.exceptions`.

Exported by `prefect_rest.local_server` (and `prefect_rest.exceptions`); named here for the
modules of this package.
"""

from prefect_rest.exceptions import (
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
