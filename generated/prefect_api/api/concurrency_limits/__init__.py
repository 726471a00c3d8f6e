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
    from . import create_concurrency_limit as create_concurrency_limit
    from . import decrement_concurrency_limits_v1 as decrement_concurrency_limits_v1
    from . import delete_concurrency_limit as delete_concurrency_limit
    from . import delete_concurrency_limit_by_tag as delete_concurrency_limit_by_tag
    from . import increment_concurrency_limits_v1 as increment_concurrency_limits_v1
    from . import read_concurrency_limit as read_concurrency_limit
    from . import read_concurrency_limit_by_tag as read_concurrency_limit_by_tag
    from . import read_concurrency_limits as read_concurrency_limits
    from . import reset_concurrency_limit_by_tag as reset_concurrency_limit_by_tag

OPERATIONS = frozenset(
    {
        "create_concurrency_limit",
        "decrement_concurrency_limits_v1",
        "delete_concurrency_limit",
        "delete_concurrency_limit_by_tag",
        "increment_concurrency_limits_v1",
        "read_concurrency_limit",
        "read_concurrency_limit_by_tag",
        "read_concurrency_limits",
        "reset_concurrency_limit_by_tag",
    }
)


def __getattr__(name: str) -> ModuleType:
    if name not in OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return lazy_submodule(globals(), name)


def __dir__() -> list[str]:
    return sorted(OPERATIONS)
