"""Run by test_client_core_live.py in a fresh process: embedded mode, async then sync.

Prints one JSON object of what it observed. A fresh process because the embedded server is
process-wide, and because its first-answer time is only meaningful in a new process.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
import uuid

started = time.perf_counter()

from prefect_rest import get_client  # noqa: E402
from prefect_rest._embedded import embedded_server  # noqa: E402
from prefect_rest.exceptions import ObjectNotFound  # noqa: E402

imported = time.perf_counter() - started
observed: dict[str, object] = {"import_seconds": imported}


async def async_part() -> None:
    entered = time.perf_counter()
    async with get_client() as client, get_client() as second:
        observed["async_hello"] = (await client.hello()).json()
        observed["async_first_answer_seconds"] = time.perf_counter() - entered
        observed["second_client_hello"] = (await second.hello()).json()
        observed["server_started_in"] = embedded_server().started_in
        flow_id = await client.create_flow_from_name("embedded-flow")
        observed["async_read_flow"] = (await second.read_flow(flow_id)).name
        try:
            await client.read_flow(uuid.uuid4())
        except ObjectNotFound as error:
            observed["not_found"] = str(error)
    observed["running_after_async"] = embedded_server().running


def sync_part() -> None:
    entered = time.perf_counter()
    with get_client(sync_client=True) as client:
        observed["sync_hello"] = client.hello().json()
        observed["sync_first_answer_seconds"] = time.perf_counter() - entered
        observed["sync_read_flow"] = client.read_flow_by_name("embedded-flow").name
    observed["running_after_sync"] = embedded_server().running


asyncio.run(async_part())
sync_part()
# Prefect imports Alembic only to run its migrations.
observed["migrations_ran"] = "alembic.command" in sys.modules
print(json.dumps(observed))
