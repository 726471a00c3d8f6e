"""Figure 5, parsing: 200 flow runs from one recorded response into models, no network.

The body is captured once from the bench server (POST /flow_runs/filter, limit 200) and
parsed again and again: by prefect-rest (`parse_flow_runs` below: the generated
endpoint's `parse_response`, `FlowRun.from_dict` per item, as `read_flow_runs` does), and
by Prefect 3.8.8's
pydantic `FlowRun` two ways (`TypeAdapter(list[FlowRun]).validate_json`, and
`json.loads` + `FlowRun.model_validate` per item; its client's `read_flow_runs` does
`FlowRun.model_validate_list(response.json())`, a list validator over the parsed JSON).
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from bench._context import Context
from bench._results import Measure, Row
from bench._timing import compare

FAMILY = "parse"
RUNS = 200


def parse_flow_runs(body: bytes) -> list[Any]:
    """prefect-rest's side: what `read_flow_runs` does to turn a response body into models
    (`_call_list`: `parse_list_of`, `FlowRun.from_dict` per item).

    The one place to change when the model layer changes (keep it doing exactly what the
    client does, no more, no less)."""
    from prefect_api import models
    from prefect_rest._core.parse import parse_list_of

    response = httpx.Response(200, content=body, request=_REQUEST)
    return parse_list_of(response, models.FlowRun)


_REQUEST = httpx.Request("POST", "http://127.0.0.1/api/flow_runs/filter")


def capture_body(api_url: str) -> bytes:
    response = httpx.post(f"{api_url}/flow_runs/filter", json={"limit": RUNS}, timeout=60)
    response.raise_for_status()
    if len(response.json()) != RUNS:
        raise RuntimeError(f"expected {RUNS} flow runs in the recorded body")
    return response.content


def run(ctx: Context) -> list[Row]:
    from prefect.client.schemas.objects import FlowRun
    from pydantic import TypeAdapter

    body = capture_body(ctx.api_url)
    adapter = TypeAdapter(list[FlowRun])

    def validate_json() -> list[FlowRun]:
        return adapter.validate_json(body)

    def model_validate() -> list[FlowRun]:
        return [FlowRun.model_validate(item) for item in json.loads(body)]

    def loads_only() -> Any:
        return json.loads(body)

    variants = {
        "ours": lambda: parse_flow_runs(body),
        "validate_json": validate_json,
        "model_validate": model_validate,
        "json.loads": loads_only,
    }
    for variant in variants.values():  # imports, caches, and a check that all agree
        if len(variant()) != RUNS:
            raise RuntimeError("a parser returned the wrong number of runs")
    loops = ctx.plan.parse_loops

    def looped(work: Any) -> Any:
        def batch() -> None:
            for _ in range(loops):
                work()

        return batch

    times = compare({name: looped(work) for name, work in variants.items()}, ctx.plan.reps)
    per_parse = {name: stats.scaled(1e3 / loops) for name, stats in times.items()}
    floor = per_parse["json.loads"].median
    note = (
        f"{len(body):,} bytes. json.loads alone takes {floor:.2f} ms of it; "
        f"{loops} parses per repetition."
    )
    rows = []
    for key, name in (
        ("validate_json", "Prefect FlowRun: TypeAdapter(list[FlowRun]).validate_json"),
        ("model_validate", "Prefect FlowRun: json.loads + model_validate"),
    ):
        rows.append(
            Row(
                figure=5,
                title=f"{RUNS} flow runs from one response body into models",
                unit="ms",
                ours=Measure("prefect-rest", per_parse["ours"]),
                baseline=Measure(name, per_parse[key]),
                target=1.0,
                note=note if key == "validate_json" else "",
                command=ctx.command(FAMILY),
            )
        )
    return rows
