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
    from . import count_variables as count_variables
    from . import create_variable as create_variable
    from . import delete_variable as delete_variable
    from . import delete_variable_by_name as delete_variable_by_name
    from . import read_variable as read_variable
    from . import read_variable_by_name as read_variable_by_name
    from . import read_variables as read_variables
    from . import update_variable as update_variable
    from . import update_variable_by_name as update_variable_by_name

OPERATIONS = frozenset(
    {
        "count_variables",
        "create_variable",
        "delete_variable",
        "delete_variable_by_name",
        "read_variable",
        "read_variable_by_name",
        "read_variables",
        "update_variable",
        "update_variable_by_name",
    }
)


def __getattr__(name: str) -> ModuleType:
    if name not in OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return lazy_submodule(globals(), name)


def __dir__() -> list[str]:
    return sorted(OPERATIONS)
