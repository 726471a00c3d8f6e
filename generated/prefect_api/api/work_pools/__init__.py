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
    from . import count_work_pools as count_work_pools
    from . import create_work_pool as create_work_pool
    from . import create_work_queue as create_work_queue
    from . import delete_work_pool as delete_work_pool
    from . import delete_work_queue as delete_work_queue
    from . import delete_worker as delete_worker
    from . import get_scheduled_flow_runs as get_scheduled_flow_runs
    from . import read_work_pool as read_work_pool
    from . import read_work_pool_concurrency_status as read_work_pool_concurrency_status
    from . import read_work_pools as read_work_pools
    from . import read_work_queue as read_work_queue
    from . import read_work_queues as read_work_queues
    from . import read_workers as read_workers
    from . import update_work_pool as update_work_pool
    from . import update_work_queue as update_work_queue
    from . import worker_heartbeat as worker_heartbeat

OPERATIONS = frozenset(
    {
        "count_work_pools",
        "create_work_pool",
        "create_work_queue",
        "delete_work_pool",
        "delete_work_queue",
        "delete_worker",
        "get_scheduled_flow_runs",
        "read_work_pool",
        "read_work_pool_concurrency_status",
        "read_work_pools",
        "read_work_queue",
        "read_work_queues",
        "read_workers",
        "update_work_pool",
        "update_work_queue",
        "worker_heartbeat",
    }
)


def __getattr__(name: str) -> ModuleType:
    if name not in OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return lazy_submodule(globals(), name)


def __dir__() -> list[str]:
    return sorted(OPERATIONS)
