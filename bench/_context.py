"""What every figure gets: the plan, the shared server (for server-bound figures), and
the clients under comparison, built the way their users build them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx

from bench._plan import Plan
from bench._server import BenchServer

OURS = "prefect-rest"
PREFECT = "Prefect's client"
RAW = "raw httpx + json.loads"


@dataclass
class Context:
    plan: Plan
    server: BenchServer | None = None

    def command(self, family: str) -> str:
        """The command that measures this family alone (server and seeding included)."""
        quick = " --quick" if self.plan.quick else ""
        return f"python -m bench.run --only {family}{quick}"

    @property
    def api_url(self) -> str:
        if self.server is None:
            raise RuntimeError("this figure needs the bench server")
        return self.server.api_url


def ours(api_url: str, transport: httpx.AsyncBaseTransport | None = None) -> Any:
    """prefect-rest's client with its defaults (what get_client() builds for this URL);
    `transport` replaces the network (figure 4's client-side measurement)."""
    from prefect_rest import PrefectClient

    return PrefectClient(api_url, httpx_settings={"transport": transport} if transport else None)


def prefect(api_url: str, transport: httpx.AsyncBaseTransport | None = None) -> Any:
    """Prefect 3.8.8's own client with its defaults (what its get_client() builds for a
    PREFECT_API_URL: no auth string, no key, no httpx settings)."""
    from prefect.client.orchestration import PrefectClient

    return PrefectClient(api_url, httpx_settings={"transport": transport} if transport else None)


def raw(api_url: str, **options: Any) -> httpx.AsyncClient:
    """A plain httpx client; a 60 s timeout (Prefect's too) unless `options` say otherwise."""
    return httpx.AsyncClient(base_url=api_url, **{"timeout": 60.0, **options})


@dataclass
class BenchFlow:
    """What create_flow_run needs of a flow, for both clients: a name, and the version and
    retry policy Prefect's client reads from its flow objects."""

    name: str
    version: str | None = None
    retries: int | None = None
    retry_delay_seconds: float | None = None
