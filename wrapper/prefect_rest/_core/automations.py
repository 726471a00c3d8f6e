"""Automations: argument checks and body mapping, no I/O.

Shared by the async client and its generated sync twin: one copy, the same types.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any, Protocol, TypeVar

from prefect_api import models
from prefect_rest._core.arguments import path_segment


class PydanticModel(Protocol):
    """Prefect's own (pydantic) automation models: anything with `model_dump`."""

    def model_dump(self, *, mode: str = ..., exclude_unset: bool = ...) -> dict[str, Any]: ...


#: What create_automation / update_automation accept.
AutomationInput = (
    models.AutomationCreate
    | models.AutomationUpdate
    | models.Automation
    | Mapping[str, Any]
    | PydanticModel
)


Body = TypeVar("Body", models.AutomationCreate, models.AutomationUpdate)


# Fields the server sets itself: present on an automation read back, never sent.
READ_ONLY = frozenset({"id", "created", "updated"})


TRIGGER_TYPES = ("event", "compound", "sequence")


def resource_id_arg(value: str) -> str:
    if not isinstance(value, str) or not value:
        raise ValueError(f"resource_id must be a non-empty str, got {value!r}")
    # It goes into the URL path: a '/' would reach another route.
    return path_segment(value, "resource_id")


def automation_body(automation: object, kind: type[Body], *, exclude_unset: bool) -> Body:
    """`automation` as the generated request model `kind`, or a clear error saying why not."""
    if isinstance(automation, kind):
        return automation
    if isinstance(
        automation, models.AutomationCreate | models.AutomationUpdate | models.Automation
    ):
        fields = automation.to_dict()
    elif isinstance(automation, Mapping):
        fields = dict(automation)
    elif callable(getattr(automation, "model_dump", None)):
        # Prefect's pydantic models (prefect.events.schemas.automations).
        fields = automation.model_dump(mode="json", exclude_unset=exclude_unset)  # type: ignore[attr-defined]
    else:
        raise TypeError(
            f"automation must be an AutomationCreate, AutomationUpdate, Automation or a dict, "
            f"got {type(automation).__name__}"
        )
    return kind(**checked_fields(fields, kind))


def checked_fields(fields: dict[str, Any], kind: type[Any]) -> dict[str, Any]:
    fields = {key: value for key, value in fields.items() if key not in READ_ONLY}
    allowed = set(kind.model_fields)
    # Prefect's models carry owner_resource=None: harmless. A real owner cannot be changed
    # by an update (the server's AutomationUpdate has no such field).
    if "owner_resource" not in allowed and fields.pop("owner_resource", None) is not None:
        raise ValueError("automation: owner_resource can only be set when creating an automation")
    unknown = sorted(set(fields) - allowed)
    if unknown:
        raise ValueError(
            f"automation: unknown field(s) {', '.join(map(repr, unknown))} for "
            f"{kind.__name__} (known: {', '.join(sorted(allowed))})"
        )
    missing = [name for name in ("name", "trigger", "actions") if name not in fields]
    if missing:
        raise ValueError(f"automation: missing required field(s) {', '.join(map(repr, missing))}")
    if not isinstance(fields["name"], str):
        raise ValueError(f"automation: 'name' must be a str, got {type(fields['name']).__name__}")
    check_trigger(fields["trigger"], "trigger")
    for key in ("actions", "actions_on_trigger", "actions_on_resolve"):
        if key in fields:
            check_actions(fields[key], key)
    return fields


def check_trigger(trigger: object, where: str) -> None:
    """Raise ValueError unless `trigger` is a trigger dict the server's API describes."""
    if not isinstance(trigger, Mapping):
        raise ValueError(f"automation: {where} must be a dict, got {type(trigger).__name__}")
    kind = trigger.get("type", "event")
    if kind not in TRIGGER_TYPES:
        raise ValueError(
            f"automation: {where} has type {kind!r}; the server's API knows "
            f"{', '.join(TRIGGER_TYPES)} (metric triggers are a Prefect Cloud feature)"
        )
    if kind != "event":
        nested = trigger.get("triggers")
        if not isinstance(nested, list):
            raise ValueError(f"automation: {where} ({kind}) needs a list of 'triggers'")
        for index, item in enumerate(nested):
            check_trigger(item, f"{where}.triggers[{index}]")
    check_parses(trigger_classes()[kind], trigger, f"{where} ({kind})")


def check_actions(actions: object, where: str) -> None:
    if not isinstance(actions, list):
        raise ValueError(f"automation: {where} must be a list, got {type(actions).__name__}")
    classes = action_classes()
    for index, action in enumerate(actions):
        if not isinstance(action, Mapping):
            raise ValueError(
                f"automation: {where}[{index}] must be a dict, got {type(action).__name__}"
            )
        kind = action.get("type")
        if kind not in classes:
            raise ValueError(
                f"automation: {where}[{index}] has type {kind!r}; known action types: "
                f"{', '.join(sorted(classes))}"
            )
        check_parses(classes[kind], action, f"{where}[{index}] ({kind})")


def check_parses(cls: Any, data: Mapping[str, Any], where: str) -> None:
    try:
        cls.model_validate(data)
    except (TypeError, ValueError) as error:
        raise ValueError(f"automation: {where} is malformed: {error}") from None


@cache
def trigger_classes() -> dict[str, Any]:
    from prefect_api.models import CompoundTrigger, EventTrigger, SequenceTrigger

    return {"event": EventTrigger, "compound": CompoundTrigger, "sequence": SequenceTrigger}


@cache
def action_classes() -> dict[str, Any]:
    """Each action type's `type` value -> its generated model (read from the models)."""
    from prefect_api import models

    names = [
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
    ]
    classes = {}
    for name in names:
        cls = getattr(models, name)
        classes[cls.model_fields["type"].default] = cls
    return classes
