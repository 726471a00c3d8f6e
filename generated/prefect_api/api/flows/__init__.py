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
    from . import bulk_delete_flows as bulk_delete_flows
    from . import count_deployments_by_flow as count_deployments_by_flow
    from . import count_flows as count_flows
    from . import create_flow as create_flow
    from . import delete_flow as delete_flow
    from . import next_runs_by_flow as next_runs_by_flow
    from . import paginate_flows as paginate_flows
    from . import read_flow as read_flow
    from . import read_flow_by_name as read_flow_by_name
    from . import read_flows as read_flows
    from . import update_flow as update_flow

OPERATIONS = frozenset(
    {
        "bulk_delete_flows",
        "count_deployments_by_flow",
        "count_flows",
        "create_flow",
        "delete_flow",
        "next_runs_by_flow",
        "paginate_flows",
        "read_flow",
        "read_flow_by_name",
        "read_flows",
        "update_flow",
    }
)


def __getattr__(name: str) -> ModuleType:
    if name not in OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return lazy_submodule(globals(), name)


def __dir__() -> list[str]:
    return sorted(OPERATIONS)
