"""Notification policies on a mock transport: the automation a policy becomes, reading policies
back from automations, filters, paging, updates, and the template translation."""

from __future__ import annotations

import json
from types import SimpleNamespace
from typing import Any
from uuid import UUID

import httpx
import pytest

from prefect_api.models import Automation
from prefect_rest._core.notification_policies import (
    DEFAULT_MESSAGE_TEMPLATE,
    PLACEHOLDERS,
    POLICY_MARKER,
    POLICY_TAG,
    FlowRunNotificationPolicyFilter,
    FlowRunNotificationPolicyFilterIsActive,
    policy_from_automation,
    translate_message_template,
)
from prefect_rest.exceptions import ObjectNotFound
from support.mock_server import MockServer, json_of

BLOCK_ID = UUID(int=99)
OTHER_BLOCK_ID = UUID(int=98)
POLICY_ID = UUID(int=5)


def block_json(block_id: UUID = BLOCK_ID, capabilities: list[str] | None = None) -> dict[str, Any]:
    return {
        "id": str(block_id),
        "created": None,
        "updated": None,
        "block_schema_id": str(UUID(int=1)),
        "block_type_id": str(UUID(int=2)),
        "block_type_name": "Custom Webhook",
        "block_schema": {
            "id": str(UUID(int=1)),
            "created": None,
            "updated": None,
            "checksum": "sha256:x",
            "fields": {},
            "block_type_id": str(UUID(int=2)),
            "capabilities": ["notify"] if capabilities is None else capabilities,
        },
    }


def policy_automation_json(
    number: int,
    *,
    enabled: bool = True,
    states: list[str] | None = None,
    tags: list[str] | None = None,
    template: str | None = None,
    body: str | None = None,
    automation_tags: list[str] | None = None,
    description: str | None = None,
    actions: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """An automation as the server returns one that create_flow_run_notification_policy made."""
    related: dict[str, Any] = {}
    if tags:
        related = {
            "prefect.resource.role": "tag",
            "prefect.resource.id": [f"prefect.tag.{t}" for t in tags],
        }
    if body is None:
        body = translate_message_template(template or DEFAULT_MESSAGE_TEMPLATE)
    if description is None:
        description = f"text\n{POLICY_MARKER} {json.dumps({'message_template': template})}"
    return {
        "id": str(UUID(int=number)),
        "created": "2026-01-01T00:00:00Z",
        "updated": "2026-01-02T00:00:00Z",
        "name": f"policy-{number}",
        "description": description,
        "enabled": enabled,
        "tags": [POLICY_TAG] if automation_tags is None else automation_tags,
        "trigger": {
            "type": "event",
            "id": str(UUID(int=1000 + number)),
            "match": {"prefect.resource.id": "prefect.flow-run.*", "prefect.state-type": "*"},
            "match_related": related,
            "after": [],
            "expect": [f"prefect.flow-run.{s}" for s in states or []] or ["prefect.flow-run.*"],
            "for_each": ["prefect.resource.id"],
            "posture": "Reactive",
            "threshold": 1,
            "within": 0.0,
        },
        "actions": actions
        if actions is not None
        else [
            {
                "type": "send-notification",
                "block_document_id": str(BLOCK_ID),
                "subject": "Prefect flow run notification",
                "body": body,
            }
        ],
        "actions_on_trigger": [],
        "actions_on_resolve": [],
    }


BLOCK_PATH = f"/block_documents/{BLOCK_ID}"
POLICY_PATH = f"/automations/{POLICY_ID}"
#: What the server answers for an object it does not have.
NOT_FOUND = httpx.Response(404, json={"detail": "Not Found"})


# -- the template translation ----------------------------------------------------------------


def test_every_placeholder_translates() -> None:
    for name, jinja in PLACEHOLDERS.items():
        assert translate_message_template(f"<{{{name}}}>") == f"<{jinja}>"
    assert PLACEHOLDERS["flow_run_name"] == "{{ flow_run.name }}"
    assert PLACEHOLDERS["flow_run_state_name"] == "{{ event.resource['prefect.state-name'] }}"


def test_literal_braces_cannot_open_jinja_tags() -> None:
    # Prefect 2's "{{" is a literal "{": next to a placeholder it must not become "{{{".
    assert translate_message_template("{{{flow_name}}}") == "{{ '{' }}{{ flow.name }}}"
    assert translate_message_template("{{% x %}} {{# y #}}") == "{{ '{' }}% x %} {{ '{' }}# y #}"


@pytest.mark.parametrize(
    ("template", "message"),
    [
        ("{flow_run_tags}", r"unknown placeholder \{flow_run_tags\}"),
        ("{flow_run.name}", r"unknown placeholder \{flow_run\.name\}"),
        ("{}", "positional placeholder"),
        ("{0}", "positional placeholder"),
        ("{flow_name!r}", r"\{flow_name!r\} has a conversion or format spec"),
        ("{flow_name:>9}", r"\{flow_name:>9\} has a conversion or format spec"),
        ("{flow_name", "malformed"),
        ("}", "malformed"),
    ],
)
def test_bad_templates_are_value_errors(template: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        translate_message_template(template)


# -- create ----------------------------------------------------------------------------------


async def test_create_checks_the_block_then_creates_the_automation(client_for: Any) -> None:
    server = MockServer(
        routes={
            ("GET", BLOCK_PATH): httpx.Response(200, json=block_json()),
            ("POST", "/automations/"): httpx.Response(201, json=policy_automation_json(5)),
        }
    )
    policy_id = await client_for(server).create_flow_run_notification_policy(
        BLOCK_ID,
        is_active=False,
        tags=["prod", "etl", "prod"],
        state_names=["Failed", "Crashed"],
        message_template="{flow_run_name} is {flow_run_state_name}",
    )
    assert policy_id == POLICY_ID
    assert server.calls() == [("GET", BLOCK_PATH), ("POST", "/automations/")]
    body = server.body("POST", "/automations/")
    assert body == {
        "name": "Flow run notification: Crashed, Failed (tags: etl, prod)",
        "description": body["description"],
        "enabled": False,
        "tags": [POLICY_TAG],
        "trigger": {
            "type": "event",
            "posture": "Reactive",
            "match": {"prefect.resource.id": "prefect.flow-run.*", "prefect.state-type": "*"},
            "match_related": {
                "prefect.resource.role": "tag",
                "prefect.resource.id": ["prefect.tag.etl", "prefect.tag.prod"],
            },
            "expect": ["prefect.flow-run.Crashed", "prefect.flow-run.Failed"],
            "for_each": ["prefect.resource.id"],
            "threshold": 1,
            "within": 0.0,
        },
        "actions": [
            {
                "type": "send-notification",
                "block_document_id": str(BLOCK_ID),
                "subject": "Prefect flow run notification",
                "body": "{{ flow_run.name }} is {{ event.resource['prefect.state-name'] }}",
            }
        ],
    }
    marker = body["description"].splitlines()[-1]
    assert marker == (
        f'{POLICY_MARKER} {{"message_template": "{{flow_run_name}} is {{flow_run_state_name}}"}}'
    )


async def test_create_defaults_watch_every_state_of_every_run(client_for: Any) -> None:
    server = MockServer(
        routes={
            ("GET", BLOCK_PATH): httpx.Response(200, json=block_json()),
            ("POST", "/automations/"): httpx.Response(201, json=policy_automation_json(5)),
        }
    )
    await client_for(server).create_flow_run_notification_policy(BLOCK_ID)
    body = server.body("POST", "/automations/")
    assert body["enabled"] is True
    assert body["trigger"]["expect"] == ["prefect.flow-run.*"]
    assert body["trigger"]["match_related"] == {}
    assert body["actions"][0]["body"] == translate_message_template(DEFAULT_MESSAGE_TEMPLATE)
    assert body["description"].endswith('{"message_template": null}')


async def test_create_refuses_a_block_that_cannot_notify(client_for: Any) -> None:
    server = MockServer(
        routes={("GET", BLOCK_PATH): httpx.Response(200, json=block_json(capabilities=[]))}
    )
    with pytest.raises(ValueError, match="cannot send notifications"):
        await client_for(server).create_flow_run_notification_policy(BLOCK_ID)
    assert server.calls() == [("GET", BLOCK_PATH)]


async def test_create_with_a_missing_block_is_object_not_found(client_for: Any) -> None:
    server = MockServer(default=NOT_FOUND)
    with pytest.raises(ObjectNotFound):
        await client_for(server).create_flow_run_notification_policy(BLOCK_ID)
    assert server.calls() == [("GET", BLOCK_PATH)]


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"tags": "prod"}, TypeError, "tags must be a list of str"),
        ({"state_names": ["Failed", ""]}, ValueError, "non-empty strings"),
        ({"state_names": ["Fail*"]}, ValueError, "wildcard"),
        ({"tags": [3]}, ValueError, "non-empty strings"),
        ({"is_active": "yes"}, TypeError, "is_active must be True or False"),
        ({"message_template": "{nope}"}, ValueError, r"unknown placeholder \{nope\}"),
        ({"message_template": 3}, TypeError, "message_template must be a str"),
        ({"block_document_id": "nope"}, ValueError, r"\(block_document_id is not a UUID"),
    ],
)
async def test_create_checks_arguments_before_any_request(
    client_for: Any, kwargs: dict[str, Any], error: type[Exception], message: str
) -> None:
    server = MockServer(default=NOT_FOUND)
    arguments = {"block_document_id": BLOCK_ID, **kwargs}
    with pytest.raises(error, match=message):
        await client_for(server).create_flow_run_notification_policy(**arguments)
    assert server.requests == []


# -- reading policies back -------------------------------------------------------------------


def test_policy_from_automation_reads_every_field() -> None:
    automation = Automation.from_dict(
        policy_automation_json(
            5, enabled=False, states=["Failed", "Crashed"], tags=["b", "a"], template="{flow_id}"
        )
    )
    policy = policy_from_automation(automation)
    assert policy is not None
    assert (policy.id, policy.is_active, policy.block_document_id) == (POLICY_ID, False, BLOCK_ID)
    assert (policy.state_names, policy.tags, policy.message_template) == (
        ["Crashed", "Failed"],
        ["a", "b"],
        "{flow_id}",
    )
    assert policy.created is not None and policy.updated is not None
    assert policy.updated > policy.created


def test_a_message_edited_elsewhere_is_returned_as_it_is() -> None:
    automation = Automation.from_dict(policy_automation_json(5, body="{{ flow_run.name }}!"))
    policy = policy_from_automation(automation)
    assert policy is not None and policy.message_template == "{{ flow_run.name }}!"


@pytest.mark.parametrize(
    "changes",
    [
        {"automation_tags": ["other"]},
        {"description": "no marker"},
        {"description": f"{POLICY_MARKER} not json"},
        {"description": f'{POLICY_MARKER} {{"message_template": 3}}'},
        {"actions": []},
        {"actions": [{"type": "do-nothing"}]},
    ],
)
def test_automations_that_are_not_policies(changes: dict[str, Any]) -> None:
    automation = Automation.from_dict(policy_automation_json(5, **changes))
    assert policy_from_automation(automation) is None


@pytest.mark.parametrize(
    "trigger_changes",
    [
        {"match": {"prefect.resource.id": "prefect.deployment.*"}},
        {"expect": ["prefect.deployment.created"]},
        {"expect": []},
        {"match_related": {"prefect.resource.role": "flow", "prefect.resource.id": ["x"]}},
        {"match_related": [{"prefect.resource.role": "tag"}]},
    ],
)
def test_triggers_that_are_not_policy_triggers(trigger_changes: dict[str, Any]) -> None:
    data = policy_automation_json(5)
    data["trigger"].update(trigger_changes)
    assert policy_from_automation(Automation.from_dict(data)) is None


def policy_listing(rows: list[dict[str, Any]]) -> MockServer:
    """POST /automations/filter over `rows`, honouring limit and offset."""

    def reply(request: httpx.Request) -> httpx.Response:
        body = json_of(request)
        assert body["automations"]["tags"] == {
            "operator": "and_",
            "all_": [POLICY_TAG],
            "any_": None,
            "is_null_": None,
        }
        assert {k: v for k, v in body["automations"].items() if k != "tags"} == {
            "operator": "and_",
            "id": None,
            "name": None,
            "created": None,
        }
        assert body["sort"] == "CREATED_DESC"
        offset, limit = body["offset"], body["limit"] or 200  # null: the server's default
        return httpx.Response(200, json=rows[offset : offset + limit])

    return MockServer(routes={("POST", "/automations/filter"): reply})


async def test_read_policies_skips_other_automations_and_filters(client_for: Any) -> None:
    rows = [
        policy_automation_json(1),
        policy_automation_json(2, actions=[]),  # tagged, but not a policy any more
        policy_automation_json(3, enabled=False),
        policy_automation_json(4),
    ]
    client = client_for(policy_listing(rows))
    assert [p.id.int for p in await client.read_flow_run_notification_policies()] == [1, 3, 4]
    inactive = await client.read_flow_run_notification_policies(FlowRunNotificationPolicyFilter())
    assert [p.id.int for p in inactive] == [3]
    active = FlowRunNotificationPolicyFilter(
        is_active=FlowRunNotificationPolicyFilterIsActive(eq_=True)
    )
    assert [p.id.int for p in await client.read_flow_run_notification_policies(active)] == [1, 4]
    # Prefect 2's own filter objects and plain dicts work alike.
    prefect2_style = SimpleNamespace(is_active=SimpleNamespace(eq_=True))
    found = await client.read_flow_run_notification_policies(prefect2_style)  # type: ignore[arg-type]
    assert [p.id.int for p in found] == [1, 4]
    found = await client.read_flow_run_notification_policies({"is_active": {"eq_": False}})  # type: ignore[arg-type]
    assert [p.id.int for p in found] == [3]
    found = await client.read_flow_run_notification_policies({"is_active": None})  # type: ignore[arg-type]
    assert len(found) == 3


async def test_read_policies_limit_and_offset_count_policies(client_for: Any) -> None:
    # 450 automations: every third is not a policy. Pages of 200 are read only as needed.
    rows = [policy_automation_json(n, actions=[] if n % 3 == 0 else None) for n in range(1, 451)]
    server = policy_listing(rows)
    client = client_for(server)
    policies = await client.read_flow_run_notification_policies(limit=5, offset=2)
    assert [p.id.int for p in policies] == [4, 5, 7, 8, 10]
    assert len(server.requests) == 1
    everything = await client.read_flow_run_notification_policies()
    assert len(everything) == 300
    assert len(server.requests) == 1 + 3
    assert await client.read_flow_run_notification_policies(limit=0) == []
    assert len(server.requests) == 4


@pytest.mark.parametrize(
    ("arguments", "error", "message"),
    [
        ({"flow_run_notification_policy_filter": {"tags": {}}}, ValueError, "only is_active"),
        (
            {"flow_run_notification_policy_filter": {"is_active": {"ne_": True}}},
            ValueError,
            "only eq_",
        ),
        (
            {"flow_run_notification_policy_filter": {"is_active": {"eq_": "yes"}}},
            TypeError,
            "eq_ must be a bool",
        ),
        ({"flow_run_notification_policy_filter": 3}, TypeError, "got int"),
        ({"limit": -1}, ValueError, "limit must be"),
        ({"offset": -1}, ValueError, "offset must be"),
    ],
)
async def test_read_policies_checks_arguments(
    client_for: Any, arguments: dict[str, Any], error: type[Exception], message: str
) -> None:
    server = policy_listing([])
    with pytest.raises(error, match=message):
        await client_for(server).read_flow_run_notification_policies(**arguments)
    assert server.requests == []


async def test_read_one_policy(client_for: Any) -> None:
    server = MockServer(
        routes={("GET", POLICY_PATH): httpx.Response(200, json=policy_automation_json(5))}
    )
    policy = await client_for(server).read_flow_run_notification_policy(POLICY_ID)
    assert (policy.id, policy.message_template) == (POLICY_ID, None)


# -- update and delete -----------------------------------------------------------------------


def stored(**changes: Any) -> MockServer:
    """A server holding one policy automation, accepting PUT and DELETE of it."""
    automation = policy_automation_json(
        5, states=["Failed"], tags=["prod"], template="{flow_run_name} failed", **changes
    )
    return MockServer(
        routes={
            ("GET", POLICY_PATH): httpx.Response(200, json=automation),
            ("GET", f"/block_documents/{OTHER_BLOCK_ID}"): httpx.Response(
                200, json=block_json(OTHER_BLOCK_ID)
            ),
            ("PUT", POLICY_PATH): httpx.Response(204),
            ("DELETE", POLICY_PATH): httpx.Response(204),
        }
    )


async def test_update_changes_only_what_is_given(client_for: Any) -> None:
    server = stored(automation_tags=[POLICY_TAG, "kept"])
    await client_for(server).update_flow_run_notification_policy(POLICY_ID, is_active=False)
    assert server.calls() == [("GET", POLICY_PATH), ("PUT", POLICY_PATH)]
    body = server.body("PUT", POLICY_PATH)
    assert body["enabled"] is False
    assert body["tags"] == [POLICY_TAG, "kept"]  # tags added elsewhere survive
    assert body["trigger"]["expect"] == ["prefect.flow-run.Failed"]
    assert body["trigger"]["match_related"]["prefect.resource.id"] == ["prefect.tag.prod"]
    assert body["actions"] == [
        {
            "type": "send-notification",
            "block_document_id": str(BLOCK_ID),
            "subject": "Prefect flow run notification",
            "body": "{{ flow_run.name }} failed",
        }
    ]
    assert body["description"].endswith('{"message_template": "{flow_run_name} failed"}')
    assert (body["actions_on_trigger"], body["actions_on_resolve"]) == ([], [])


async def test_update_every_field(client_for: Any) -> None:
    server = stored()
    await client_for(server).update_flow_run_notification_policy(
        POLICY_ID,
        block_document_id=OTHER_BLOCK_ID,
        is_active=True,
        tags=[],
        state_names=["Completed"],
        message_template="{flow_name} done",
    )
    assert server.calls() == [
        ("GET", POLICY_PATH),
        ("GET", f"/block_documents/{OTHER_BLOCK_ID}"),
        ("PUT", POLICY_PATH),
    ]
    body = server.body("PUT", POLICY_PATH)
    assert body["name"] == "Flow run notification: Completed"
    assert body["trigger"]["expect"] == ["prefect.flow-run.Completed"]
    assert body["trigger"]["match_related"] == {}
    assert body["actions"][0]["block_document_id"] == str(OTHER_BLOCK_ID)
    assert body["actions"][0]["body"] == "{{ flow.name }} done"
    assert body["description"].endswith('{"message_template": "{flow_name} done"}')


async def test_update_keeps_a_message_edited_elsewhere(client_for: Any) -> None:
    server = stored(body="edited in the UI")
    await client_for(server).update_flow_run_notification_policy(POLICY_ID, tags=["x"])
    assert server.body("PUT", POLICY_PATH)["actions"][0]["body"] == "edited in the UI"


async def test_update_and_delete_leave_other_automations_alone(client_for: Any) -> None:
    server = stored(automation_tags=[])
    client = client_for(server)
    with pytest.raises(ObjectNotFound, match="is not a flow run notification policy"):
        await client.update_flow_run_notification_policy(POLICY_ID, is_active=False)
    with pytest.raises(ObjectNotFound, match="is not a flow run notification policy"):
        await client.delete_flow_run_notification_policy(POLICY_ID)
    assert server.calls() == [("GET", POLICY_PATH)] * 2


async def test_update_checks_arguments_before_any_request(client_for: Any) -> None:
    server = stored()
    client = client_for(server)
    with pytest.raises(ValueError, match="unknown placeholder"):
        await client.update_flow_run_notification_policy(POLICY_ID, message_template="{x}")
    with pytest.raises(TypeError, match="state_names must be a list"):
        await client.update_flow_run_notification_policy(POLICY_ID, state_names="Failed")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="is_active must be True or False"):
        await client.update_flow_run_notification_policy(POLICY_ID, is_active=1)  # type: ignore[arg-type]
    assert server.requests == []


async def test_delete_reads_then_deletes(client_for: Any) -> None:
    server = stored()
    await client_for(server).delete_flow_run_notification_policy(POLICY_ID)
    assert server.calls() == [("GET", POLICY_PATH), ("DELETE", POLICY_PATH)]


async def test_missing_policy_is_object_not_found(client_for: Any) -> None:
    server = MockServer(default=NOT_FOUND)
    client = client_for(server)
    for call in (
        client.read_flow_run_notification_policy(POLICY_ID),
        client.update_flow_run_notification_policy(POLICY_ID, is_active=True),
        client.delete_flow_run_notification_policy(POLICY_ID),
    ):
        with pytest.raises(ObjectNotFound):
            await call
    assert server.calls() == [("GET", POLICY_PATH)] * 3
