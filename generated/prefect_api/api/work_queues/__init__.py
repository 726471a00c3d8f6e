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
    from . import create_work_queue as create_work_queue
    from . import delete_work_queue as delete_work_queue
    from . import read_work_queue as read_work_queue
    from . import read_work_queue_by_name as read_work_queue_by_name
    from . import read_work_queue_concurrency_status as read_work_queue_concurrency_status
    from . import read_work_queue_runs as read_work_queue_runs
    from . import read_work_queue_status as read_work_queue_status
    from . import read_work_queues as read_work_queues
    from . import update_work_queue as update_work_queue

OPERATIONS = frozenset(
    {
        "create_work_queue",
        "delete_work_queue",
        "read_work_queue",
        "read_work_queue_by_name",
        "read_work_queue_concurrency_status",
        "read_work_queue_runs",
        "read_work_queue_status",
        "read_work_queues",
        "update_work_queue",
    }
)


def __getattr__(name: str) -> ModuleType:
    if name not in OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return lazy_submodule(globals(), name)


def __dir__() -> list[str]:
    return sorted(OPERATIONS)
