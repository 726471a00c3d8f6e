"""Prefect 2's flow-run notification policies as Prefect 3 automations: the mapping (no I/O).

Prefect 3's server has no ``/flow_run_notification_policies`` routes: automations replaced
them (its own database migration turned stored policies into automations). Here each policy
IS an automation the server evaluates:

* trigger: an event trigger on the flow-run state-change events the server emits
  (``prefect.flow-run.<state name>``; every such event when `state_names` is empty), one
  bucket per flow run, firing on every matching event (reactive, threshold 1, within 0 s);
  `tags` filter on the events' related resources of role ``tag`` (``prefect.tag.<tag>``),
  any one tag matching, as Prefect 2 did;
* action: one send-notification with the block document and the message template, its
  Prefect 2 ``{placeholders}`` translated to the Jinja the action renders
  (:data:`PLACEHOLDERS`); no template means :data:`DEFAULT_MESSAGE_TEMPLATE`;
* `is_active` is the automation's `enabled`.

A policy automation carries the tag :data:`POLICY_TAG` and a marker line in its description
(which also keeps the Prefect 2 template as given). Only automations with both, whose
trigger and actions still have the shape above, are read back as policies: other
automations are never returned, changed or deleted by these methods.
"""

from __future__ import annotations

import json
import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any
from uuid import UUID

from prefect_api import models
from prefect_api.types import Unset
from prefect_rest._core.arguments import no_surrogates

if TYPE_CHECKING:
    from prefect_api.models import (
        Automation,
        CallWebhook,
        CancelFlowRun,
        ChangeFlowRunState,
        DeleteFlowRun,
        DoNothing,
        EventTrigger,
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

    Action = (
        CallWebhook
        | CancelFlowRun
        | ChangeFlowRunState
        | DeleteFlowRun
        | DoNothing
        | PauseAutomation
        | PauseDeployment
        | PauseWorkPool
        | PauseWorkQueue
        | ResumeAutomation
        | ResumeDeployment
        | ResumeFlowRun
        | ResumeWorkPool
        | ResumeWorkQueue
        | RunDeployment
        | SendNotification
        | SuspendFlowRun
    )

#: The automation tag every policy automation carries (and reads filter on).
POLICY_TAG = "prefect-rest.flow-run-notification-policy"
#: Starts the description line that marks a policy automation; JSON follows it.
POLICY_MARKER = "prefect-rest:flow-run-notification-policy:v1"
#: The notification's subject (Prefect 2's policies had no subject of their own).
POLICY_SUBJECT = "Prefect flow run notification"

#: Prefect 2 placeholder -> what Prefect 3's send-notification action renders for it.
#: Prefect's own policy-to-automation migration maps the same names; differences: the state
#: placeholders read the triggering event's labels (the state that fired the policy, as in
#: Prefect 2, not whatever state the run is in when the action runs), and the policy id is
#: the automation's id (here they are the same id).
PLACEHOLDERS: Mapping[str, str] = {
    "flow_run_notification_policy_id": "{{ automation.id }}",
    "flow_id": "{{ flow.id }}",
    "flow_name": "{{ flow.name }}",
    "flow_run_url": "{{ flow_run|ui_url }}",
    "flow_run_id": "{{ flow_run.id }}",
    "flow_run_name": "{{ flow_run.name }}",
    "flow_run_parameters": "{{ flow_run.parameters }}",
    "flow_run_state_type": "{{ event.resource['prefect.state-type'] }}",
    "flow_run_state_name": "{{ event.resource['prefect.state-name'] }}",
    "flow_run_state_timestamp": "{{ event.resource['prefect.state-timestamp'] }}",
    "flow_run_state_message": "{{ event.resource['prefect.state-message'] }}",
}

#: The message sent when a policy has no template of its own (Prefect 2 syntax).
DEFAULT_MESSAGE_TEMPLATE = (
    "Flow run {flow_name}/{flow_run_name} is now {flow_run_state_name} "
    "(at {flow_run_state_timestamp}).\n"
    "State message: {flow_run_state_message}\n"
    "Flow run ID: {flow_run_id}\n"
    "Flow ID: {flow_id}\n"
    "Flow run URL: {flow_run_url}"
)

_FLOW_RUN_EVENT = "prefect.flow-run."
_TAG_RESOURCE = "prefect.tag."
_GLOB_CHARACTERS = frozenset("*?[")


@dataclass(kw_only=True)
class FlowRunNotificationPolicy:
    """A Prefect 2 flow-run notification policy, read back from its automation.

    `id` is the automation's id. `state_names` and `tags` come back sorted (the server
    keeps expected events as a set). `message_template` is the Prefect 2 template given
    (None: the default); if the automation's message was edited elsewhere, it is that
    message, in Jinja.
    """

    id: UUID
    is_active: bool
    state_names: list[str]
    tags: list[str]
    block_document_id: UUID
    message_template: str | None
    created: datetime | None
    updated: datetime | None


@dataclass(kw_only=True)
class FlowRunNotificationPolicyFilterIsActive:
    """`eq_`: True for active policies only, False for inactive ones, None for both."""

    eq_: bool | None = None


@dataclass(kw_only=True)
class FlowRunNotificationPolicyFilter:
    """Prefect 2's policy filter: `is_active` is its only criterion.

    As in Prefect 2, ``FlowRunNotificationPolicyFilter()`` selects INACTIVE policies
    (`is_active` defaults to ``eq_=False``); pass ``is_active=None`` for all of them.
    """

    is_active: FlowRunNotificationPolicyFilterIsActive | None = field(
        default_factory=lambda: FlowRunNotificationPolicyFilterIsActive(eq_=False)
    )


def translate_message_template(template: str) -> str:
    """A Prefect 2 message template (``str.format`` placeholders) as the Jinja template
    Prefect 3's send-notification action renders.

    Raises ValueError naming an unknown placeholder, a positional ``{}``, a format spec or
    conversion (``{flow_name!r}``, ``{flow_name:>9}``), or a stray brace.
    """
    if not isinstance(template, str):
        raise TypeError(f"message_template must be a str, got {type(template).__name__}")
    try:
        pieces = list(string.Formatter().parse(template))
    except ValueError as error:
        raise ValueError(f"message_template {template!r} is malformed: {error}") from None
    out: list[str] = []
    for literal, name, spec, conversion in pieces:
        # A literal "{" (written "{{" in Prefect 2) could open a Jinja tag: emit it as a
        # Jinja string instead. Literal "}" is harmless in Jinja text.
        out.append(literal.replace("{", "{{ '{' }}"))
        if name is None:
            continue
        if name == "" or name.isdigit():
            raise ValueError(
                f"message_template: positional placeholder {{{name}}} is not supported; "
                f"use named placeholders: {', '.join(PLACEHOLDERS)}"
            )
        if name not in PLACEHOLDERS:
            raise ValueError(
                f"message_template: unknown placeholder {{{name}}}; known placeholders: "
                f"{', '.join(PLACEHOLDERS)}"
            )
        if spec or conversion:
            shown = f"{name}{'!' + conversion if conversion else ''}{':' + spec if spec else ''}"
            raise ValueError(
                f"message_template: {{{shown}}} has a conversion or format spec, which "
                "Prefect 3's notification templates cannot express; use plain "
                f"{{{name}}}"
            )
        out.append(PLACEHOLDERS[name])
    return "".join(out)


def policy_from_automation(automation: Automation) -> FlowRunNotificationPolicy | None:
    """The policy an automation holds, or None if it is not a notification policy."""
    tags = automation.tags if not isinstance(automation.tags, Unset) else []
    if POLICY_TAG not in tags or _recorded(automation.description) is None:
        return None
    trigger = automation.trigger
    if not isinstance(trigger, models.EventTrigger):
        return None
    states = _states_from(trigger)
    tag_names = _tags_from(trigger)
    action = send_notification(automation)
    if states is None or tag_names is None or action is None:
        return None
    template = recorded_template(automation.description)
    try:
        expected_body: str | None = translate_message_template(
            DEFAULT_MESSAGE_TEMPLATE if template is None else template
        )
    except ValueError:  # the record was edited into something we never wrote
        expected_body = None
    return FlowRunNotificationPolicy(
        id=automation.id,
        is_active=automation.enabled if isinstance(automation.enabled, bool) else True,
        state_names=states,
        tags=tag_names,
        block_document_id=action.block_document_id,
        message_template=template if action.body == expected_body else action.body,
        created=automation.created,
        updated=automation.updated,
    )


def policy_trigger(states: Sequence[str], tags: Sequence[str]) -> EventTrigger:
    # "prefect.state-type": "*" needs the label to be there: it keeps out flow-run events
    # that are not state changes (e.g. prefect.flow-run.heartbeat).
    match = models.ResourceSpecification(
        {"prefect.resource.id": f"{_FLOW_RUN_EVENT}*", "prefect.state-type": "*"}
    )
    related: dict[str, Any] = {}
    if tags:
        related = {
            "prefect.resource.role": "tag",
            "prefect.resource.id": [f"{_TAG_RESOURCE}{tag}" for tag in tags],
        }
    return models.EventTrigger(
        posture=models.EventTriggerPosture.Reactive,
        match=match,
        match_related=models.ResourceSpecification(related),
        expect={f"{_FLOW_RUN_EVENT}{state}" for state in states} or {f"{_FLOW_RUN_EVENT}*"},
        for_each={"prefect.resource.id"},
        threshold=1,
        # 0 s: fire on every matching event. A longer window would swallow a second state
        # change of the same run inside it (a reactive trigger waits out its window).
        within=timedelta(0),
    )


def _states_from(trigger: EventTrigger) -> list[str] | None:
    match = _spec(trigger.match)
    if match is None or match.get("prefect.resource.id") != f"{_FLOW_RUN_EVENT}*":
        return None
    expect = trigger.expect if not isinstance(trigger.expect, Unset) else []
    if not expect or not all(event.startswith(_FLOW_RUN_EVENT) for event in expect):
        return None
    if list(expect) == [f"{_FLOW_RUN_EVENT}*"]:
        return []
    return sorted(event[len(_FLOW_RUN_EVENT) :] for event in expect)


def _tags_from(trigger: EventTrigger) -> list[str] | None:
    related = _spec(trigger.match_related)
    if related is None:
        return None
    if not related:
        return []
    ids = related.get("prefect.resource.id")
    ids = [ids] if isinstance(ids, str) else ids
    if (
        set(related) != {"prefect.resource.id", "prefect.resource.role"}
        or related["prefect.resource.role"] != "tag"
        or not isinstance(ids, list)
        or not all(isinstance(i, str) and i.startswith(_TAG_RESOURCE) for i in ids)
    ):
        return None
    return sorted(i[len(_TAG_RESOURCE) :] for i in ids)


def _spec(value: object) -> dict[str, Any] | None:
    """A trigger's match / match_related as a plain dict (None if not a single spec)."""
    if isinstance(value, Unset):
        return {}
    to_dict = getattr(value, "to_dict", None)
    if to_dict is None or isinstance(value, list):
        return None
    result = to_dict()
    return result if isinstance(result, dict) else None


def send_notification(automation: Automation) -> SendNotification | None:
    actions: list[Action] = list(automation.actions)
    if len(actions) == 1 and isinstance(actions[0], models.SendNotification):
        return actions[0]
    return None


def automation_name(states: Sequence[str], tags: Sequence[str]) -> str:
    name = f"Flow run notification: {', '.join(states) or 'any state'}"
    return f"{name} (tags: {', '.join(tags)})" if tags else name


def policy_description(template: str | None) -> str:
    record = json.dumps({"message_template": template})
    return (
        "A Prefect 2 style flow run notification policy, kept by prefect-rest. Change it "
        "with update_flow_run_notification_policy() to keep this record in step.\n"
        f"{POLICY_MARKER} {record}"
    )


def _recorded(description: object) -> dict[str, Any] | None:
    if not isinstance(description, str):
        return None
    for line in reversed(description.splitlines()):
        if line.startswith(f"{POLICY_MARKER} "):
            try:
                record = json.loads(line[len(POLICY_MARKER) + 1 :])
            except json.JSONDecodeError:
                return None
            template = record.get("message_template") if isinstance(record, dict) else 0
            return record if template is None or isinstance(template, str) else None
    return None


def recorded_template(description: object) -> str | None:
    record = _recorded(description) or {}
    template = record.get("message_template")
    return template if isinstance(template, str) else None


# -- argument checks ------------------------------------------------------------------------


def policy_names(values: object, what: str) -> list[str]:
    """A list of tag or state names: deduplicated, sorted, each a non-empty plain str."""
    if values is None:
        return []
    if isinstance(values, str) or not isinstance(values, Sequence | set | frozenset):
        raise TypeError(f"{what} must be a list of str, got {type(values).__name__}")
    for value in values:
        if not isinstance(value, str) or not value:
            raise ValueError(f"{what} must hold non-empty strings, got {value!r}")
        no_surrogates(value, what)
        if _GLOB_CHARACTERS & set(value):
            raise ValueError(
                f"{what}: {value!r} has a wildcard character (* ? [), which event matching "
                "would treat as a pattern"
            )
    return sorted(set(values))


def is_active_wanted(filter_: object) -> bool | None:
    """The `is_active` criterion of a policy filter: True, False, or None (either)."""
    if filter_ is None:
        return None
    if isinstance(filter_, Mapping):
        unknown = set(filter_) - {"is_active"}
        if unknown:
            raise ValueError(
                f"flow_run_notification_policy_filter: unsupported criteria {sorted(unknown)}; "
                "only is_active is supported"
            )
        is_active = filter_.get("is_active")
    elif hasattr(filter_, "is_active"):
        is_active = filter_.is_active
    else:
        raise TypeError(
            "flow_run_notification_policy_filter must be a FlowRunNotificationPolicyFilter or a "
            f"dict, got {type(filter_).__name__}"
        )
    if is_active is None:
        return None
    if isinstance(is_active, Mapping):
        unknown = set(is_active) - {"eq_"}
        if unknown:
            raise ValueError(
                f"flow_run_notification_policy_filter.is_active: unsupported keys "
                f"{sorted(unknown)}; only eq_ is supported"
            )
        eq = is_active.get("eq_")
    else:
        eq = getattr(is_active, "eq_", None)
    if eq is not None and not isinstance(eq, bool):
        raise TypeError(
            f"flow_run_notification_policy_filter.is_active.eq_ must be a bool or None, got {eq!r}"
        )
    return eq
