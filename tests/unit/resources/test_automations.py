"""Automations on a mock transport: bodies sent, input checks, paging, find_automation's order."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from uuid import UUID

import httpx
import pytest

from prefect_api.models import (
    Automation,
    AutomationCreate,
    AutomationFilter,
    AutomationFilterName,
    AutomationSort,
    AutomationUpdate,
)
from prefect_rest.exceptions import ObjectNotFound, ResponseValidationError
from support.mock_server import MockServer, json_of

AUTOMATION_ID = UUID(int=7)
TRIGGER: dict[str, Any] = {
    "type": "event",
    "posture": "Reactive",
    "match": {"prefect.resource.id": "prefect.flow-run.*"},
    "expect": ["prefect.flow-run.Failed"],
}
GOOD: dict[str, Any] = {"name": "a", "trigger": TRIGGER, "actions": [{"type": "do-nothing"}]}


def automation_json(number: int, name: str | None = None, **fields: Any) -> dict[str, Any]:
    return {
        "id": str(UUID(int=number)),
        "created": "2026-01-01T00:00:00Z",
        "updated": "2026-01-01T00:00:00Z",
        "name": name or f"automation-{number}",
        "trigger": {**TRIGGER, "id": str(UUID(int=1000 + number))},
        "actions": [{"type": "do-nothing"}],
        **fields,
    }


def answer(status: int, body: Any = None) -> Callable[[httpx.Request], httpx.Response]:
    return lambda request: httpx.Response(status, json=body)


# -- create / update bodies ------------------------------------------------------------------


async def test_create_sends_the_dict_and_returns_the_id(client_for: Any) -> None:
    server = MockServer(default=answer(201, automation_json(7)))
    automation_id = await client_for(server).create_automation(GOOD)
    assert automation_id == AUTOMATION_ID
    assert server.calls() == [("POST", "/automations/")]
    assert server.bodies() == [GOOD]


async def test_create_from_an_automation_read_back_drops_server_fields(client_for: Any) -> None:
    server = MockServer(default=answer(201, automation_json(7)))
    read_back = Automation.from_dict(automation_json(3, "copy", description="d"))
    await client_for(server).create_automation(read_back)
    [body] = server.bodies()
    assert not {"id", "created", "updated"} & set(body)
    assert (body["name"], body["description"], body["actions"]) == (
        "copy",
        "d",
        [{"type": "do-nothing"}],
    )


async def test_create_takes_the_model_unchanged(client_for: Any) -> None:
    server = MockServer(default=answer(201, automation_json(7)))
    model = AutomationCreate.from_dict({**GOOD, "owner_resource": "prefect.flow.x"})
    await client_for(server).create_automation(model)
    assert server.bodies() == [model.to_dict()]


class PydanticLike:
    """Stands in for Prefect's pydantic AutomationCore: records how it was dumped."""

    def __init__(self) -> None:
        self.dumps: list[dict[str, Any]] = []

    def model_dump(self, **kwargs: Any) -> dict[str, Any]:
        self.dumps.append(kwargs)
        return {**GOOD, "owner_resource": None}


async def test_prefect_models_are_dumped_like_prefect_does(client_for: Any) -> None:
    server = MockServer(
        default=lambda r: httpx.Response(
            201 if r.method == "POST" else 204, json=automation_json(7)
        )
    )
    client = client_for(server)
    model = PydanticLike()
    await client.create_automation(model)
    await client.update_automation(AUTOMATION_ID, model)
    assert model.dumps == [
        {"mode": "json", "exclude_unset": False},
        {"mode": "json", "exclude_unset": True},
    ]
    create_body, update_body = server.bodies()
    assert create_body == {**GOOD, "owner_resource": None}
    assert update_body == GOOD  # owner_resource=None dropped: updates have no such field


async def test_update_puts_the_whole_definition(client_for: Any) -> None:
    server = MockServer(default=answer(204))
    read_back = Automation.from_dict(automation_json(7, "renamed", enabled=False))
    await client_for(server).update_automation(str(AUTOMATION_ID), read_back)
    assert server.calls() == [("PUT", f"/automations/{AUTOMATION_ID}")]
    [body] = server.bodies()
    assert (body["name"], body["enabled"]) == ("renamed", False)
    assert "id" not in body and "id" in body["trigger"]  # the server resets trigger ids


async def test_update_takes_an_update_model(client_for: Any) -> None:
    server = MockServer(default=answer(204))
    model = AutomationUpdate.from_dict(GOOD)
    await client_for(server).update_automation(AUTOMATION_ID, model)
    assert server.bodies() == [GOOD]


@pytest.mark.parametrize(
    ("automation", "error", "message"),
    [
        ({**GOOD, "actoins": []}, ValueError, "unknown field.*'actoins'"),
        ({"name": "a", "trigger": TRIGGER}, ValueError, "missing required field.*'actions'"),
        ({**GOOD, "name": 3}, ValueError, "'name' must be a str"),
        ({**GOOD, "trigger": [TRIGGER]}, ValueError, "trigger must be a dict"),
        ({**GOOD, "trigger": {"type": "metric"}}, ValueError, "type 'metric'.*Prefect Cloud"),
        (
            {**GOOD, "trigger": {"type": "event", "posture": "Sideways"}},
            ValueError,
            r"EventTrigger.posture: expected .*'Reactive'.*got 'Sideways'",
        ),
        (
            {**GOOD, "trigger": {"type": "compound", "require": "all", "within": 1}},
            ValueError,
            "compound.*list of 'triggers'",
        ),
        (
            {
                **GOOD,
                "trigger": {"type": "sequence", "within": 1, "triggers": [TRIGGER, {"type": "x"}]},
            },
            ValueError,
            r"trigger\.triggers\[1\] has type 'x'",
        ),
        (
            {**GOOD, "trigger": {**TRIGGER, "id": "not-a-uuid"}},
            ValueError,
            r"trigger \(event\) is malformed",
        ),
        ({**GOOD, "actions": {"type": "do-nothing"}}, ValueError, "actions must be a list"),
        ({**GOOD, "actions": ["do-nothing"]}, ValueError, r"actions\[0\] must be a dict"),
        ({**GOOD, "actions": [{}]}, ValueError, r"actions\[0\] has type None"),
        (
            {**GOOD, "actions_on_resolve": [{"type": "send-notification"}]},
            ValueError,
            r"actions_on_resolve\[0\] \(send-notification\) is malformed: "
            r"SendNotification: missing required field",
        ),
        ("automation", TypeError, "got str"),
    ],
)
async def test_bad_automations_fail_before_any_request(
    client_for: Any, automation: Any, error: type[Exception], message: str
) -> None:
    server = MockServer(default=answer(201, automation_json(7)))
    with pytest.raises(error, match=message):
        await client_for(server).create_automation(automation)
    assert server.requests == []


async def test_update_cannot_set_an_owner(client_for: Any) -> None:
    server = MockServer(default=answer(204))
    with pytest.raises(ValueError, match="owner_resource can only be set when creating"):
        await client_for(server).update_automation(
            AUTOMATION_ID, {**GOOD, "owner_resource": "prefect.flow.x"}
        )
    assert server.requests == []


# -- single-automation calls -----------------------------------------------------------------


async def test_pause_and_resume_patch_enabled(client_for: Any) -> None:
    server = MockServer(default=answer(204))
    client = client_for(server)
    await client.pause_automation(AUTOMATION_ID)
    await client.resume_automation(AUTOMATION_ID)
    assert server.calls() == [("PATCH", f"/automations/{AUTOMATION_ID}")] * 2
    assert server.bodies() == [{"enabled": False}, {"enabled": True}]


async def test_missing_automation_raises_object_not_found(client_for: Any) -> None:
    server = MockServer(default=answer(404, {"exception_message": "Automation not found"}))
    client = client_for(server)
    for call in (
        client.read_automation(AUTOMATION_ID),
        client.delete_automation(AUTOMATION_ID),
        client.pause_automation(AUTOMATION_ID),
        client.update_automation(AUTOMATION_ID, GOOD),
    ):
        with pytest.raises(ObjectNotFound, match="Automation not found"):
            await call


async def test_ids_are_checked_before_any_request(client_for: Any) -> None:
    server = MockServer(default=answer(200, automation_json(7)))
    client = client_for(server)
    with pytest.raises(ValueError, match=r"Invalid .*ID: nope \(automation_id is not a UUID"):
        await client.read_automation("nope")
    with pytest.raises(TypeError, match="automation_id must be a UUID, not int"):
        await client.delete_automation(7)
    with pytest.raises(ValueError, match="resource_id must be a non-empty str"):
        await client.read_resource_related_automations("")
    assert server.requests == []


async def test_read_automation_accepts_a_uuid_string(client_for: Any) -> None:
    server = MockServer(default=answer(200, automation_json(7)))
    read = await client_for(server).read_automation(str(AUTOMATION_ID))
    assert isinstance(read, Automation) and read.id == AUTOMATION_ID


async def test_a_wrong_answer_is_a_response_validation_error(client_for: Any) -> None:
    server = MockServer(default=answer(201, {"name": "no id"}))
    with pytest.raises(ResponseValidationError):
        await client_for(server).create_automation(GOOD)


async def test_resource_calls_use_the_resource_id_in_the_path(client_for: Any) -> None:
    server = MockServer(
        default=lambda r: httpx.Response(200 if r.method == "GET" else 202, json=[])
    )
    client = client_for(server)
    assert await client.read_resource_related_automations("prefect.deployment.abc") == []
    await client.delete_resource_owned_automations("prefect.deployment.abc")
    assert server.calls() == [
        ("GET", "/automations/related-to/prefect.deployment.abc"),
        ("DELETE", "/automations/owned-by/prefect.deployment.abc"),
    ]


# -- lists -----------------------------------------------------------------------------------


def listing(total: int, names: Callable[[int], str] = lambda n: f"automation-{n}") -> MockServer:
    """POST /automations/filter over `total` automations, honouring limit and offset."""

    def reply(request: httpx.Request) -> httpx.Response:
        assert request.url.path == "/api/automations/filter"
        body = json_of(request)
        offset, limit = body.get("offset", 0), body.get("limit") or 200  # null: the default
        rows = [automation_json(n, names(n)) for n in range(offset, min(offset + limit, total))]
        return httpx.Response(200, json=rows)

    return MockServer(default=reply)


async def test_read_automations_pages_past_the_cap(client_for: Any) -> None:
    server = listing(1000)
    name_filter = AutomationFilter(name=AutomationFilterName(any_=["x"]))
    rows = await client_for(server).read_automations(
        automations=name_filter, sort=AutomationSort.CREATED_DESC, limit=450, offset=10
    )
    assert [r.id for r in rows] == [UUID(int=n) for n in range(10, 460)]
    bodies = server.bodies()
    assert [(b["limit"], b["offset"]) for b in bodies] == [(200, 10), (200, 210), (50, 410)]
    assert all(b["sort"] == "CREATED_DESC" for b in bodies)
    # Prefect's body: the filter whole, every field of it.
    whole = {"operator": "and_", "id": None, "name": {"any_": ["x"]}, "created": None, "tags": None}
    assert all(b["automations"] == whole for b in bodies)


async def test_read_automations_without_limit_asks_once(client_for: Any) -> None:
    server = listing(3)
    assert len(await client_for(server).read_automations()) == 3
    # Prefect's body: every field, null when not given.
    assert server.bodies() == [{"automations": None, "sort": None, "limit": None, "offset": 0}]


async def test_iter_automations_stops_on_a_short_page(client_for: Any) -> None:
    server = listing(401)
    name_filter = AutomationFilter(name=AutomationFilterName(any_=["x"]))
    ids = [
        a.id
        async for a in client_for(server).iter_automations(
            automations=name_filter, sort=AutomationSort.NAME_ASC
        )
    ]
    assert ids == [UUID(int=n) for n in range(401)]
    # Each page after the first re-reads the last 5 rows of the one before (see
    # StableWalk); 390..400 is short and ends the walk.
    bodies = server.bodies()
    assert [(b["limit"], b["offset"]) for b in bodies] == [(200, 0), (200, 195), (200, 390)]
    assert all(b["sort"] == "NAME_ASC" for b in bodies)
    # Prefect's body: the filter whole, every field of it.
    whole = {"operator": "and_", "id": None, "name": {"any_": ["x"]}, "created": None, "tags": None}
    assert all(b["automations"] == whole for b in bodies)


async def test_read_automations_by_name_filters_on_the_server(client_for: Any) -> None:
    server = listing(2, lambda n: "same")
    found = await client_for(server).read_automations_by_name("same")
    assert [a.name for a in found] == ["same", "same"]
    [body] = server.bodies()
    by_name = AutomationFilter(name=AutomationFilterName(any_=["same"]))
    assert body["automations"] == by_name.model_dump(mode="json")
    assert body["sort"] == "UPDATED_DESC"


async def test_find_automation_by_id_never_falls_back_to_names(client_for: Any) -> None:
    server = MockServer(default=answer(404, {"exception_message": "Automation not found"}))
    with pytest.raises(ObjectNotFound):
        await client_for(server).find_automation(str(AUTOMATION_ID))
    assert server.calls() == [("GET", f"/automations/{AUTOMATION_ID}")]


async def test_find_automation_exact_name_is_one_request(client_for: Any) -> None:
    server = listing(1, lambda n: "Nightly")
    found = await client_for(server).find_automation("Nightly")
    assert found is not None and found.name == "Nightly"
    assert len(server.requests) == 1


async def test_find_automation_falls_back_to_case_insensitive(client_for: Any) -> None:
    def reply(request: httpx.Request) -> httpx.Response:
        body = json_of(request)
        if body["automations"] is not None:  # the exact-name query: nothing is called "nightly"
            return httpx.Response(200, json=[])
        assert body["sort"] == "NAME_ASC"
        return httpx.Response(
            200, json=[automation_json(1, "Daily"), automation_json(2, "NIGHTLY")]
        )

    server = MockServer(default=reply)
    client = client_for(server)
    found = await client.find_automation("nightly")
    assert found is not None and found.id == UUID(int=2)
    assert await client.find_automation("weekly") is None
    with pytest.raises(TypeError, match="str or UUID"):
        await client.find_automation(3)


async def test_count_automations_sends_the_filter(client_for: Any) -> None:
    server = MockServer(default=answer(200, 4))
    client = client_for(server)
    assert await client.count_automations() == 4
    ours = AutomationFilter(name=AutomationFilterName(any_=["x"]))
    assert await client.count_automations(ours) == 4
    assert server.calls() == [("POST", "/automations/count")] * 2
    assert server.bodies() == [{}, {"automations": {"name": {"any_": ["x"]}}}]


async def test_validate_template_posts_the_text(client_for: Any) -> None:
    server = MockServer(default=answer(204))
    client = client_for(server)
    assert await client.validate_template("{{ flow_run.name }}") is None
    assert server.calls() == [("POST", "/templates/validate")]
    assert server.bodies() == ["{{ flow_run.name }}"]
    with pytest.raises(TypeError, match="template must be a str"):
        await client.validate_template(None)  # type: ignore[arg-type]
    assert len(server.requests) == 1
