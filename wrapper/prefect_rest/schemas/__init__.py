"""Typed models of the Prefect REST API, under the module names Prefect users know.

``prefect_rest.schemas.{objects,actions,filters,sorting,responses}`` mirror
``prefect.client.schemas.*`` of Prefect 3.8.8; this package re-exports the same top-level
names as ``prefect.client.schemas``.
"""

# Mirrors prefect.client.schemas of Prefect 3.8.8 (its __all__).
# Deliberately absent:
#   RunInput: client-side base class of TaskRunResult, FlowRunResult, Parameter, Constant
#   Workspace: Prefect Cloud only
#
# Names load on first use (PEP 562), as in Prefect's own package: importing any one submodule
# (or `prefect_rest.states`, which the client needs at run time) runs this file first, and
# eager imports here would load all five modules, ~300 generated models, ~0.35 s, every time.
# Type checkers and IDEs read the plain imports below.

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from prefect_rest.schemas import actions, filters, objects, responses, sorting
    from prefect_rest.schemas.actions import BlockTypeUpdate, StateCreate
    from prefect_rest.schemas.objects import (
        DEFAULT_BLOCK_SCHEMA_VERSION,
        BlockDocument,
        BlockSchema,
        BlockType,
        FlowRun,
        FlowRunPolicy,
        FlowRunResult,
        State,
        StateDetails,
        StateType,
        TaskRun,
        TaskRunPolicy,
        TaskRunResult,
    )
    from prefect_rest.schemas.responses import (
        OrchestrationResult,
        SetStateStatus,
        StateAbortDetails,
        StateAcceptDetails,
        StateRejectDetails,
    )

# Where each top-level name lives; a unit test checks this against the imports above.
_SUBMODULE_OF: dict[str, str] = {
    "BlockTypeUpdate": "actions",
    "StateCreate": "actions",
    "DEFAULT_BLOCK_SCHEMA_VERSION": "objects",
    "BlockDocument": "objects",
    "BlockSchema": "objects",
    "BlockType": "objects",
    "FlowRun": "objects",
    "FlowRunPolicy": "objects",
    "FlowRunResult": "objects",
    "State": "objects",
    "StateDetails": "objects",
    "StateType": "objects",
    "TaskRun": "objects",
    "TaskRunPolicy": "objects",
    "TaskRunResult": "objects",
    "OrchestrationResult": "responses",
    "SetStateStatus": "responses",
    "StateAbortDetails": "responses",
    "StateAcceptDetails": "responses",
    "StateRejectDetails": "responses",
}
_SUBMODULES = frozenset({"actions", "filters", "objects", "responses", "sorting"})

__all__ = [
    "DEFAULT_BLOCK_SCHEMA_VERSION",
    "BlockDocument",
    "BlockSchema",
    "BlockType",
    "BlockTypeUpdate",
    "FlowRun",
    "FlowRunPolicy",
    "FlowRunResult",
    "OrchestrationResult",
    "SetStateStatus",
    "State",
    "StateAbortDetails",
    "StateAcceptDetails",
    "StateCreate",
    "StateDetails",
    "StateRejectDetails",
    "StateType",
    "TaskRun",
    "TaskRunPolicy",
    "TaskRunResult",
    "actions",
    "filters",
    "objects",
    "responses",
    "sorting",
]

# Defined for run time only: were mypy to see a module-level __getattr__, it would accept any
# name imported from this package, typos included.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        if name in _SUBMODULES:
            value = import_module(f"{__name__}.{name}")
        elif name in _SUBMODULE_OF:
            value = getattr(import_module(f"{__name__}.{_SUBMODULE_OF[name]}"), name)
        else:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        globals()[name] = value  # cache: later lookups skip this function
        return value

    def __dir__() -> list[str]:
        return sorted(set(globals()) | set(__all__))
