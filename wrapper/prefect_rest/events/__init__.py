"""Events, automations, their triggers, actions and filters, as ``prefect.events`` names them.

``prefect_rest.events.filters``, ``.actions`` and ``.schemas.{events,automations}`` mirror
Prefect's modules of the same names; this package offers their classes at the top, as
``prefect.events`` does. Loaded on first use: importing it loads no model.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from prefect_rest.events.actions import (
        CallWebhook,
        CancelFlowRun,
        ChangeFlowRunState,
        DeleteFlowRun,
        DoNothing,
        PauseAutomation,
        PauseDeployment,
        PauseWorkPool,
        PauseWorkQueue,
        ResumeAutomation,
        ResumeDeployment,
        ResumeFlowRun,
        ResumeWorkPool,
        ResumeWorkQueue,
        RunDeployment,
        SendNotification,
        SuspendFlowRun,
    )
    from prefect_rest.events.schemas.automations import (
        Automation,
        CompoundTrigger,
        EventTrigger,
        Posture,
        SequenceTrigger,
    )
    from prefect_rest.events.schemas.events import (
        Event,
        ReceivedEvent,
        RelatedResource,
        Resource,
        ResourceSpecification,
    )

_MODULE_OF: dict[str, str] = {
    **dict.fromkeys(
        [
            "CallWebhook",
            "CancelFlowRun",
            "ChangeFlowRunState",
            "DeleteFlowRun",
            "DoNothing",
            "PauseAutomation",
            "PauseDeployment",
            "PauseWorkPool",
            "PauseWorkQueue",
            "ResumeAutomation",
            "ResumeDeployment",
            "ResumeFlowRun",
            "ResumeWorkPool",
            "ResumeWorkQueue",
            "RunDeployment",
            "SendNotification",
            "SuspendFlowRun",
        ],
        "actions",
    ),
    **dict.fromkeys(
        ["Automation", "CompoundTrigger", "EventTrigger", "Posture", "SequenceTrigger"],
        "schemas.automations",
    ),
    **dict.fromkeys(
        ["Event", "ReceivedEvent", "RelatedResource", "Resource", "ResourceSpecification"],
        "schemas.events",
    ),
}

__all__ = [
    "Automation",
    "CallWebhook",
    "CancelFlowRun",
    "ChangeFlowRunState",
    "CompoundTrigger",
    "DeleteFlowRun",
    "DoNothing",
    "Event",
    "EventTrigger",
    "PauseAutomation",
    "PauseDeployment",
    "PauseWorkPool",
    "PauseWorkQueue",
    "Posture",
    "ReceivedEvent",
    "RelatedResource",
    "Resource",
    "ResourceSpecification",
    "ResumeAutomation",
    "ResumeDeployment",
    "ResumeFlowRun",
    "ResumeWorkPool",
    "ResumeWorkQueue",
    "RunDeployment",
    "SendNotification",
    "SequenceTrigger",
    "SuspendFlowRun",
    "actions",
    "filters",
    "schemas",
]

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        if name in ("actions", "filters", "schemas"):
            value = import_module(f"{__name__}.{name}")
        elif name in _MODULE_OF:
            value = getattr(import_module(f"{__name__}.{_MODULE_OF[name]}"), name)
        else:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(set(globals()) | set(__all__))
