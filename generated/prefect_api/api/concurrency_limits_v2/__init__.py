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
    from . import bulk_decrement_active_slots as bulk_decrement_active_slots
    from . import bulk_decrement_active_slots_with_lease as bulk_decrement_active_slots_with_lease
    from . import bulk_increment_active_slots as bulk_increment_active_slots
    from . import bulk_increment_active_slots_with_lease as bulk_increment_active_slots_with_lease
    from . import create_concurrency_limit_v2 as create_concurrency_limit_v2
    from . import delete_concurrency_limit_v2 as delete_concurrency_limit_v2
    from . import read_all_concurrency_limits_v2 as read_all_concurrency_limits_v2
    from . import read_concurrency_limit_v2 as read_concurrency_limit_v2
    from . import renew_concurrency_lease as renew_concurrency_lease
    from . import update_concurrency_limit_v2 as update_concurrency_limit_v2

OPERATIONS = frozenset(
    {
        "bulk_decrement_active_slots",
        "bulk_decrement_active_slots_with_lease",
        "bulk_increment_active_slots",
        "bulk_increment_active_slots_with_lease",
        "create_concurrency_limit_v2",
        "delete_concurrency_limit_v2",
        "read_all_concurrency_limits_v2",
        "read_concurrency_limit_v2",
        "renew_concurrency_lease",
        "update_concurrency_limit_v2",
    }
)


def __getattr__(name: str) -> ModuleType:
    if name not in OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return lazy_submodule(globals(), name)


def __dir__() -> list[str]:
    return sorted(OPERATIONS)
