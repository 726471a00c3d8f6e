"""Artifacts on a mock transport: bodies sent, answers returned, client-side checks."""

from __future__ import annotations

from typing import Any
from uuid import UUID

import httpx
import pytest

from prefect_rest.exceptions import ObjectNotFound
from prefect_rest.schemas.actions import ArtifactCreate, ArtifactUpdate
from prefect_rest.schemas.filters import (
    ArtifactCollectionFilter,
    ArtifactCollectionFilterKey,
    ArtifactFilter,
    ArtifactFilterKey,
    FlowRunFilter,
    FlowRunFilterId,
    TaskRunFilter,
    TaskRunFilterId,
)
from prefect_rest.schemas.objects import Artifact, ArtifactCollection
from prefect_rest.schemas.sorting import ArtifactCollectionSort, ArtifactSort
from support.mock_server import MockServer

ARTIFACT_ID = UUID("11111111-1111-4111-8111-111111111111")
RUN_ID = UUID("22222222-2222-4222-8222-222222222222")


def artifact_json(key: str | None = "report", **fields: Any) -> dict[str, Any]:
    return {
        "id": str(ARTIFACT_ID),
        "created": "2026-01-01T00:00:00Z",
        "updated": "2026-01-01T00:00:00Z",
        "key": key,
        "type": "markdown",
        "description": None,
        "data": "# hello",
        "metadata_": None,
        "flow_run_id": None,
        "task_run_id": None,
        **fields,
    }


EVENTS_ACCEPTED = httpx.Response(204)


async def test_create_sends_the_wire_names(client_for: Any) -> None:
    server = MockServer(
        httpx.Response(201, json=artifact_json(metadata_={"owner": "me"})), EVENTS_ACCEPTED
    )
    created = await client_for(server).create_artifact(
        ArtifactCreate.from_dict(
            {
                "key": "report",
                "type": "markdown",
                "data": "# hello",
                "metadata_": {"owner": "me"},
                "flow_run_id": str(RUN_ID),
            }
        )
    )
    assert isinstance(created, Artifact)
    assert created.id == ARTIFACT_ID
    assert server.calls() == [("POST", "/artifacts/"), ("POST", "/events")]
    assert server.bodies()[0] == {
        "key": "report",
        "type": "markdown",
        "data": "# hello",
        "metadata_": {"owner": "me"},
        "flow_run_id": str(RUN_ID),
    }
    # As Prefect's client does, an event announces the new artifact.
    [event] = server.bodies()[1]
    assert event["event"] == "prefect.artifact.created"
    assert event["resource"] == {
        "prefect.resource.id": f"prefect.artifact.{ARTIFACT_ID}",
        "prefect.resource.name": "report",
    }
    assert event["payload"] == {"key": "report", "type": "markdown", "description": None}


async def test_create_accepts_a_dict_and_a_200_answer(client_for: Any) -> None:
    # The server answers 200 instead of 201 when the row's clock says it is not new.
    server = MockServer(httpx.Response(200, json=artifact_json()), EVENTS_ACCEPTED)
    created = await client_for(server).create_artifact({"key": "report", "data": [1, 2]})
    assert created.key == "report"
    assert server.bodies()[0] == {"key": "report", "data": [1, 2]}


async def test_create_rejects_other_types_before_any_request(client_for: Any) -> None:
    server = MockServer()
    with pytest.raises(TypeError, match="ArtifactCreate"):
        await client_for(server).create_artifact(["report"])
    assert server.requests == []


async def test_update_patches_the_set_fields(client_for: Any) -> None:
    server = MockServer(httpx.Response(204), EVENTS_ACCEPTED)
    result = await client_for(server).update_artifact(
        ARTIFACT_ID, ArtifactUpdate(description="new words")
    )
    assert result is None
    assert server.calls()[0] == ("PATCH", f"/artifacts/{ARTIFACT_ID}")
    assert server.bodies()[0] == {"description": "new words"}
    [event] = server.bodies()[1]
    assert (event["event"], event["payload"]) == (
        "prefect.artifact.updated",
        {"description": "new words"},
    )


async def test_an_artifact_event_that_cannot_be_sent_is_logged_not_raised(
    client_for: Any, caplog: pytest.LogCaptureFixture
) -> None:
    server = MockServer(httpx.Response(201, json=artifact_json()), httpx.Response(500))
    created = await client_for(server).create_artifact({"key": "report"})
    assert created.id == ARTIFACT_ID  # the artifact exists: its event is a side note
    assert "artifact event prefect.artifact.created not sent" in caplog.text


async def test_inside_a_prefect_run_the_event_goes_to_prefects_events_worker(
    client_for: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys
    import types

    emitted: list[dict[str, Any]] = []
    utilities = types.ModuleType("prefect.events.utilities")
    utilities.emit_event = lambda **event: emitted.append(event)  # type: ignore[attr-defined]
    worker = types.ModuleType("prefect.events.worker")
    worker.EventsWorker = type("EventsWorker", (), {"_instances": {1: object()}})  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "prefect.events.utilities", utilities)
    monkeypatch.setitem(sys.modules, "prefect.events.worker", worker)
    server = MockServer(httpx.Response(201, json=artifact_json()))
    await client_for(server).create_artifact({"key": "report"})
    assert server.calls() == [("POST", "/artifacts/")]  # no request for the event
    assert [e["event"] for e in emitted] == ["prefect.artifact.created"]


async def test_update_of_a_missing_artifact_raises(client_for: Any) -> None:
    server = MockServer(httpx.Response(404, json={"detail": "Artifact not found."}))
    with pytest.raises(ObjectNotFound):
        await client_for(server).update_artifact(ARTIFACT_ID, {"data": None})
    assert server.bodies() == [{"data": None}]


async def test_delete(client_for: Any) -> None:
    server = MockServer(httpx.Response(204))
    assert await client_for(server).delete_artifact(ARTIFACT_ID) is None
    assert server.calls() == [("DELETE", f"/artifacts/{ARTIFACT_ID}")]


async def test_read_artifacts_maps_every_argument(client_for: Any) -> None:
    server = MockServer(httpx.Response(200, json=[artifact_json()]))
    artifacts = await client_for(server).read_artifacts(
        artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=["report"])),
        flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[RUN_ID])),
        task_run_filter=TaskRunFilter(id=TaskRunFilterId(any_=[RUN_ID])),
        sort=ArtifactSort.KEY_ASC,
        limit=5,
        offset=2,
    )
    assert [a.id for a in artifacts] == [ARTIFACT_ID]
    assert server.calls() == [("POST", "/artifacts/filter")]
    body = server.bodies()[0]
    assert body["artifacts"]["key"]["any_"] == ["report"]
    assert body["flow_runs"]["id"]["any_"] == [str(RUN_ID)]
    assert body["task_runs"]["id"]["any_"] == [str(RUN_ID)]
    assert (body["sort"], body["limit"], body["offset"]) == ("KEY_ASC", 5, 2)


async def test_read_artifacts_defaults_send_nothing_extra(client_for: Any) -> None:
    server = MockServer(httpx.Response(200, json=[]))
    assert await client_for(server).read_artifacts() == []
    assert server.bodies() == [{"offset": 0}]


async def test_read_artifacts_above_the_cap_pages(client_for: Any) -> None:
    server = MockServer(
        httpx.Response(200, json=[artifact_json()] * 200),
        httpx.Response(200, json=[artifact_json()] * 30),
    )
    artifacts = await client_for(server).read_artifacts(limit=500, offset=10)
    # 200 then a short page of 30: the second page says there is no more.
    assert len(artifacts) == 230
    assert [(b["limit"], b["offset"]) for b in server.bodies()] == [(200, 10), (200, 210)]


async def test_read_latest_artifacts_uses_the_collection_route(client_for: Any) -> None:
    collection = {**artifact_json(), "latest_id": str(ARTIFACT_ID)}
    server = MockServer(httpx.Response(200, json=[collection]))
    latest = await client_for(server).read_latest_artifacts(
        artifact_filter=ArtifactCollectionFilter(key=ArtifactCollectionFilterKey(any_=["report"])),
        sort=ArtifactCollectionSort.KEY_DESC,
        limit=3,
    )
    assert isinstance(latest[0], ArtifactCollection)
    assert latest[0].latest_id == ARTIFACT_ID
    assert server.calls() == [("POST", "/artifacts/latest/filter")]
    body = server.bodies()[0]
    assert body["artifacts"] == {"key": {"any_": ["report"]}}
    assert (body["sort"], body["limit"], body["offset"]) == ("KEY_DESC", 3, 0)


async def test_read_latest_artifacts_above_the_cap_pages(client_for: Any) -> None:
    collection = {**artifact_json(), "latest_id": str(ARTIFACT_ID)}
    server = MockServer(
        httpx.Response(200, json=[collection] * 200), httpx.Response(200, json=[collection])
    )
    latest = await client_for(server).read_latest_artifacts(limit=201)
    assert len(latest) == 201
    assert [(b["limit"], b["offset"]) for b in server.bodies()] == [(200, 0), (1, 200)]


async def test_read_artifact_by_id(client_for: Any) -> None:
    server = MockServer(
        httpx.Response(200, json=artifact_json()),
        httpx.Response(404, json={"detail": "Artifact not found."}),
    )
    client = client_for(server)
    artifact = await client.read_artifact(ARTIFACT_ID)
    assert isinstance(artifact, Artifact)
    assert (artifact.id, artifact.key, artifact.data) == (ARTIFACT_ID, "report", "# hello")
    with pytest.raises(ObjectNotFound, match="Artifact not found"):
        await client.read_artifact(str(ARTIFACT_ID))
    assert server.calls() == [("GET", f"/artifacts/{ARTIFACT_ID}")] * 2


LATEST_ID = UUID("33333333-3333-4333-8333-333333333333")
COLLECTION_ID = UUID("44444444-4444-4444-8444-444444444444")


async def test_read_latest_artifact_reads_the_collections_latest_id(client_for: Any) -> None:
    collection = artifact_json(key="my-report", id=str(COLLECTION_ID), latest_id=str(LATEST_ID))
    server = MockServer(
        httpx.Response(200, json=[collection]),
        httpx.Response(200, json=artifact_json(key="my-report", id=str(LATEST_ID))),
    )
    latest = await client_for(server).read_latest_artifact("my-report")
    # the artifact itself, with its own id (not the collection's)
    assert (latest.id, latest.key) == (LATEST_ID, "my-report")
    assert server.calls() == [
        ("POST", "/artifacts/latest/filter"),
        ("GET", f"/artifacts/{LATEST_ID}"),
    ]
    assert server.bodies()[0] == {
        "artifacts": {"key": {"any_": ["my-report"]}},
        "limit": 1,
        "offset": 0,
    }


async def test_read_latest_artifact_of_an_unknown_key(client_for: Any) -> None:
    server = MockServer(httpx.Response(200, json=[]))
    with pytest.raises(ObjectNotFound, match="no artifact has key 'no-such-key'") as raised:
        await client_for(server).read_latest_artifact("no-such-key")
    assert raised.value.response.status_code == 404
    assert len(server.requests) == 1


async def test_read_by_id_or_key_checks_arguments_before_any_request(client_for: Any) -> None:
    server = MockServer()
    client = client_for(server)
    with pytest.raises(ValueError, match=r"Invalid .*ID: filter \(artifact_id is not a UUID"):
        await client.read_artifact("filter")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="artifact_id must be a UUID, not int"):
        await client.read_artifact(7)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"\(artifact_id is not a UUID"):
        await client.delete_artifact("x")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="key must not be empty"):
        await client.read_latest_artifact("")
    with pytest.raises(TypeError, match="key must be a str"):
        await client.read_latest_artifact(ARTIFACT_ID)  # type: ignore[arg-type]
    assert server.requests == []


async def test_count_artifacts_sends_the_filters(client_for: Any) -> None:
    server = MockServer(httpx.Response(200, json=4), httpx.Response(200, json=0))
    client = client_for(server)
    count = await client.count_artifacts(
        artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=["report"])),
        flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[RUN_ID])),
        task_run_filter=TaskRunFilter(id=TaskRunFilterId(any_=[RUN_ID])),
    )
    assert count == 4
    assert await client.count_artifacts() == 0
    assert server.calls() == [("POST", "/artifacts/count")] * 2
    assert server.bodies() == [
        {
            "artifacts": {"key": {"any_": ["report"]}},
            "flow_runs": {"id": {"any_": [str(RUN_ID)]}},
            "task_runs": {"id": {"any_": [str(RUN_ID)]}},
        },
        {},
    ]


async def test_count_latest_artifacts_uses_the_collection_route(client_for: Any) -> None:
    server = MockServer(httpx.Response(200, json=2))
    count = await client_for(server).count_latest_artifacts(
        artifact_filter=ArtifactCollectionFilter(key=ArtifactCollectionFilterKey(any_=["a"]))
    )
    assert count == 2
    assert server.calls() == [("POST", "/artifacts/latest/count")]
    assert server.bodies() == [{"artifacts": {"key": {"any_": ["a"]}}}]


async def test_count_of_the_wrong_shape_is_a_validation_error(client_for: Any) -> None:
    from prefect_rest.exceptions import ResponseValidationError

    server = MockServer(httpx.Response(200, json=[1]))
    with pytest.raises(ResponseValidationError):
        await client_for(server).count_artifacts()
