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
    from . import count_task_runs as count_task_runs
    from . import create_task_run as create_task_run
    from . import delete_task_run as delete_task_run
    from . import paginate_task_runs as paginate_task_runs
    from . import read_dashboard_task_run_counts as read_dashboard_task_run_counts
    from . import read_task_run as read_task_run
    from . import read_task_run_counts_by_state as read_task_run_counts_by_state
    from . import read_task_run_with_flow_run_name as read_task_run_with_flow_run_name
    from . import read_task_runs as read_task_runs
    from . import set_task_run_state as set_task_run_state
    from . import task_run_history as task_run_history
    from . import update_task_run as update_task_run

OPERATIONS = frozenset(
    {
        "count_task_runs",
        "create_task_run",
        "delete_task_run",
        "paginate_task_runs",
        "read_dashboard_task_run_counts",
        "read_task_run",
        "read_task_run_counts_by_state",
        "read_task_run_with_flow_run_name",
        "read_task_runs",
        "set_task_run_state",
        "task_run_history",
        "update_task_run",
    }
)


def __getattr__(name: str) -> ModuleType:
    if name not in OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return lazy_submodule(globals(), name)


def __dir__() -> list[str]:
    return sorted(OPERATIONS)
