# Generated from openapi.json by `make generate`. Do not edit by hand.
"""Endpoint modules of this tag, each loaded on first use.

`from prefect_api.api.<tag> import <operation>` hands back the operation's module without
running it: its code, and the models it imports, load when one of its attributes is first
read. Importing a client that names every operation therefore costs almost nothing until
an operation is called. Type checkers see the plain imports.
"""

from types import ModuleType
from typing import TYPE_CHECKING

from ..._lazy import lazy_submodule

if TYPE_CHECKING:
    from . import clear_server_default_result_storage as clear_server_default_result_storage
    from . import read_server_default_result_storage as read_server_default_result_storage
    from . import read_settings as read_settings
    from . import read_version as read_version
    from . import update_server_default_result_storage as update_server_default_result_storage

OPERATIONS = frozenset(
    {
        "clear_server_default_result_storage",
        "read_server_default_result_storage",
        "read_settings",
        "read_version",
        "update_server_default_result_storage",
    }
)


def __getattr__(name: str) -> ModuleType:
    if name not in OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return lazy_submodule(globals(), name)


def __dir__() -> list[str]:
    return sorted(OPERATIONS)
