"""Model errors are also pydantic's ValidationError when pydantic is loaded (Prefect code
catches that), and plain TypeError/ValueError otherwise."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys

import httpx
import pydantic
import pytest

from prefect_rest import PrefectClient
from prefect_rest.schemas.objects import FlowRunPolicy
from prefect_rest.schemas.schedules import IntervalSchedule


def test_a_model_error_is_a_validation_error_and_keeps_our_message() -> None:
    with pytest.raises(pydantic.ValidationError) as raised:
        IntervalSchedule(interval="every day")
    error = raised.value
    assert isinstance(error, TypeError | ValueError)
    assert str(error).startswith("IntervalSchedule.interval: expected")  # ours, not pydantic's
    [detail] = error.errors()
    assert detail["loc"] == ("interval",) and detail["input"] == "every day"
    assert error.title == "IntervalSchedule"


def test_it_pickles_as_the_plain_error_with_its_message() -> None:
    with pytest.raises(ValueError) as raised:
        FlowRunPolicy(retries="many")
    copy = pickle.loads(pickle.dumps(raised.value))
    assert type(copy) in (TypeError, ValueError)
    assert str(copy) == str(raised.value)


def test_context_added_on_re_raise_keeps_both_types() -> None:
    error = None
    try:
        IntervalSchedule(interval="x")
    except (TypeError, ValueError) as first:
        error = type(first)(f"schedule: {first}")
    assert isinstance(error, pydantic.ValidationError)
    assert str(error).startswith("schedule: IntervalSchedule.interval")


async def test_a_string_schedule_is_refused_as_prefect_refuses_it() -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(500)

    transport = httpx.MockTransport(handler)
    async with PrefectClient("http://x/api", httpx_settings={"transport": transport}) as client:
        with pytest.raises(pydantic.ValidationError, match=r"schedules\[0\] must be an"):
            await client.create_deployment_schedules(
                "11111111-1111-4111-8111-111111111111", [("not a valid schedule", True)]
            )
    assert sent == []


PROBE = """
import json, sys
from prefect_rest.schemas.schedules import IntervalSchedule
try:
    IntervalSchedule(interval="x")
except Exception as error:
    print(json.dumps([type(error).__mro__[1].__name__, "pydantic" in sys.modules, str(error)]))
"""


def test_without_pydantic_loaded_it_is_the_plain_error_and_pydantic_stays_unloaded() -> None:
    out = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True
    ).stdout
    base, loaded, message = json.loads(out)
    assert (base, loaded) == ("Exception", False)
    assert message.startswith("IntervalSchedule.interval: expected")
