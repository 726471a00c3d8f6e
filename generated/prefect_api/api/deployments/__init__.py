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
    from . import bulk_create_flow_runs_from_deployment as bulk_create_flow_runs_from_deployment
    from . import bulk_delete_deployments as bulk_delete_deployments
    from . import count_deployments as count_deployments
    from . import create_deployment as create_deployment
    from . import create_deployment_schedules as create_deployment_schedules
    from . import create_flow_run_from_deployment as create_flow_run_from_deployment
    from . import delete_deployment as delete_deployment
    from . import delete_deployment_schedule as delete_deployment_schedule
    from . import get_scheduled_flow_runs_for_deployments as get_scheduled_flow_runs_for_deployments
    from . import paginate_deployments as paginate_deployments
    from . import pause_deployment as pause_deployment
    from . import read_deployment as read_deployment
    from . import read_deployment_by_name as read_deployment_by_name
    from . import read_deployment_schedules as read_deployment_schedules
    from . import read_deployments as read_deployments
    from . import resume_deployment as resume_deployment
    from . import schedule_deployment as schedule_deployment
    from . import update_deployment as update_deployment
    from . import update_deployment_schedule as update_deployment_schedule
    from . import work_queue_check_for_deployment as work_queue_check_for_deployment

OPERATIONS = frozenset(
    {
        "bulk_create_flow_runs_from_deployment",
        "bulk_delete_deployments",
        "count_deployments",
        "create_deployment",
        "create_deployment_schedules",
        "create_flow_run_from_deployment",
        "delete_deployment",
        "delete_deployment_schedule",
        "get_scheduled_flow_runs_for_deployments",
        "paginate_deployments",
        "pause_deployment",
        "read_deployment",
        "read_deployment_by_name",
        "read_deployment_schedules",
        "read_deployments",
        "resume_deployment",
        "schedule_deployment",
        "update_deployment",
        "update_deployment_schedule",
        "work_queue_check_for_deployment",
    }
)


def __getattr__(name: str) -> ModuleType:
    if name not in OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return lazy_submodule(globals(), name)


def __dir__() -> list[str]:
    return sorted(OPERATIONS)
