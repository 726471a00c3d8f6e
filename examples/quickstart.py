"""prefect-rest in one minute: `make demo`.

With PREFECT_API_URL set this talks to that server. Without it, get_client() talks to the
local Prefect server of PREFECT_HOME (default ~/.prefect), starting it on the first request
if it is not running: a second run finds it running and answers at once. It stops by itself
after 10 minutes without requests; `python -m prefect_rest server stop` stops it now, and
`python -m prefect_rest server status` shows it.
"""

from __future__ import annotations

import asyncio
import time

from prefect_rest import get_client
from prefect_rest.settings import load_settings
from prefect_rest.states import Completed, Running


async def main() -> None:
    started = time.perf_counter()
    async with get_client() as client:
        hello = (await client.hello()).json()
        first_answer = time.perf_counter() - started
        print(f"server says {hello} after {first_answer:.2f}s ({client!r})")
        print(f"server version: {await client.api_version()}")

        flow_id = await client.create_flow_from_name("prefect-rest-quickstart")
        run = await client.create_flow_run(
            _Flow("prefect-rest-quickstart"), name="quickstart-run", tags=["demo"]
        )
        print(f"created flow {flow_id} and flow run {run.name!r} in state {run.state_type.value}")

        for state in (Running(), Completed(message="all done")):
            result = await client.set_flow_run_state(run.id, state)
            print(f"  -> {state.type.value}: {result.status.value}")

        run = await client.read_flow_run(run.id)
        history = await client.read_flow_run_states(run.id)
        print(
            f"read back {run.name!r}: {run.state_type.value} ({run.state_name}), "
            f"history: {' -> '.join(s.type.value for s in history)}"
        )
    print(f"done in {time.perf_counter() - started:.2f}s")
    if not load_settings().api_url:
        print(
            "The local server keeps running for the next client and stops after 10 idle "
            "minutes: python -m prefect_rest server status | stop"
        )


class _Flow:
    """Anything with a `.name` stands for a flow, as in Prefect's client."""

    def __init__(self, name: str) -> None:
        self.name = name


if __name__ == "__main__":
    asyncio.run(main())
