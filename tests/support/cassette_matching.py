"""How cassette replays match requests: JSON bodies compared as JSON, with the values the
client generates per call (so that a retry cannot create twice) left out."""

from __future__ import annotations

import json
import re
from typing import Any

# What the client generates per create call (see prefect_rest._core.flow_runs.retry_key).
RETRY_KEY = re.compile(
    r"^prefect-rest-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
)


def _without_generated_values(body: Any, path: str) -> Any:
    if path.endswith("/events") and isinstance(body, list):
        # The artifact events the client announces get a new id and time each run.
        return [
            {**event, "id": "<event id>", "occurred": "<now>"}
            if isinstance(event, dict)
            and str(event.get("event", "")).startswith("prefect.artifact.")
            else event
            for event in body
        ]
    if not isinstance(body, dict):
        return body
    cleaned = dict(body)
    if isinstance(cleaned.get("idempotency_key"), str) and RETRY_KEY.match(
        cleaned["idempotency_key"]
    ):
        cleaned["idempotency_key"] = "<retry key>"
    if path.endswith("/task_runs/") and "task_key" in cleaned:
        cleaned["id"] = "<task run id>"  # chosen by the client for each new task run
    return cleaned


def same_json_body(recorded: Any, replayed: Any) -> None:
    """vcrpy matcher: equal bodies, JSON compared as JSON, client-generated retry keys, new
    task run ids and the id and time of artifact events left out of the comparison."""

    def parsed(request: Any) -> Any:
        raw = request.body or b""
        try:
            return _without_generated_values(json.loads(raw), request.path)
        except (ValueError, UnicodeDecodeError):
            return raw

    assert parsed(recorded) == parsed(replayed)
