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
    from . import average_flow_run_lateness as average_flow_run_lateness
    from . import bulk_delete_flow_runs as bulk_delete_flow_runs
    from . import bulk_set_flow_run_state as bulk_set_flow_run_state
    from . import count_flow_runs as count_flow_runs
    from . import count_task_runs_by_flow_run as count_task_runs_by_flow_run
    from . import create_flow_run as create_flow_run
    from . import create_flow_run_input as create_flow_run_input
    from . import delete_flow_run as delete_flow_run
    from . import delete_flow_run_input as delete_flow_run_input
    from . import download_logs as download_logs
    from . import filter_flow_run_input as filter_flow_run_input
    from . import flow_run_history as flow_run_history
    from . import paginate_flow_runs as paginate_flow_runs
    from . import read_flow_run as read_flow_run
    from . import read_flow_run_graph_v1 as read_flow_run_graph_v1
    from . import read_flow_run_graph_v2 as read_flow_run_graph_v2
    from . import read_flow_run_history as read_flow_run_history
    from . import read_flow_run_input as read_flow_run_input
    from . import read_flow_runs as read_flow_runs
    from . import resume_flow_run as resume_flow_run
    from . import set_flow_run_state as set_flow_run_state
    from . import update_flow_run as update_flow_run
    from . import update_flow_run_labels as update_flow_run_labels

OPERATIONS = frozenset(
    {
        "average_flow_run_lateness",
        "bulk_delete_flow_runs",
        "bulk_set_flow_run_state",
        "count_flow_runs",
        "count_task_runs_by_flow_run",
        "create_flow_run",
        "create_flow_run_input",
        "delete_flow_run",
        "delete_flow_run_input",
        "download_logs",
        "filter_flow_run_input",
        "flow_run_history",
        "paginate_flow_runs",
        "read_flow_run",
        "read_flow_run_graph_v1",
        "read_flow_run_graph_v2",
        "read_flow_run_history",
        "read_flow_run_input",
        "read_flow_runs",
        "resume_flow_run",
        "set_flow_run_state",
        "update_flow_run",
        "update_flow_run_labels",
    }
)


def __getattr__(name: str) -> ModuleType:
    if name not in OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return lazy_submodule(globals(), name)


def __dir__() -> list[str]:
    return sorted(OPERATIONS)
