"""Every operation of openapi.json has its generated module, and it parses what it documents.

The spec is read as the generator saw it: generator/fix_spec.py's ``fix()`` with
generator/overrides.toml (operation ids renamed to route names, body schemas renamed,
``-Input``/``-Output`` pairs merged, patches). openapi-python-client puts an operation in
``prefect_api.api.<snake_case(first tag)>.<operationId>`` and names a model after its
schema's title; the tests use its own naming functions for that.
"""

from __future__ import annotations

import importlib
import inspect
import json
import pkgutil
import re
import sys
import tomllib
import types
import typing
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from uuid import UUID

import httpx
import pytest
from openapi_python_client.strings import ClassName, PythonIdentifier, snake_case

import prefect_api.api
import prefect_api.models
from prefect_api import spec_info

ROOT = Path(__file__).resolve().parents[2]
EXPECTED_OPERATIONS = 187
FIELD_PREFIX = "field_"  # generator/config.json


@cache
def fixed_spec() -> dict[str, Any]:
    sys.path.insert(0, str(ROOT / "generator"))
    try:
        import fix_spec
    finally:
        sys.path.remove(str(ROOT / "generator"))
    overrides = tomllib.loads((ROOT / "generator" / "overrides.toml").read_text())
    raw = json.loads((ROOT / "openapi.json").read_text())
    return typing.cast(dict[str, Any], fix_spec.fix(raw, overrides))


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    spec: dict[str, Any]

    @property
    def module_name(self) -> str:
        tag = (self.spec.get("tags") or ["default"])[0]
        operation = PythonIdentifier(self.spec["operationId"], FIELD_PREFIX)
        return f"prefect_api.api.{snake_case(tag)}.{operation}"

    def __str__(self) -> str:
        return f"{self.method} {self.path}"


def spec_operations() -> list[Operation]:
    methods = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
    return [
        Operation(method.upper(), path, op)
        for path, item in fixed_spec()["paths"].items()
        for method, op in item.items()
        if method in methods
    ]


OPERATIONS = spec_operations()


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    ref = schema.get("$ref")
    if ref is None:
        return schema
    node: Any = fixed_spec()
    for part in ref.removeprefix("#/").split("/"):
        node = node[part]
    return typing.cast(dict[str, Any], node)


def model_for(ref: str) -> type:
    """The generated class for a ``#/components/schemas/...`` reference."""
    name = ref.rsplit("/", 1)[-1]
    title = resolve({"$ref": ref}).get("title") or name
    class_name = ClassName(title, FIELD_PREFIX)
    model = getattr(prefect_api.models, class_name, None)
    assert isinstance(model, type), f"schema {name} (title {title!r}) has no model {class_name}"
    return model


def union_members(annotation: Any) -> set[Any]:
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        return set().union(*(union_members(arg) for arg in typing.get_args(annotation)))
    return {annotation}


def status_branch(source: str, code: str) -> str | None:
    """The body of ``if response.status_code == <code>:`` in a parse_response's source."""
    match = re.search(
        rf"^    if response\.status_code == {code}:\n(.*?)(?=^    \S)", source, re.M | re.S
    )
    return match.group(1) if match else None


def json_schema(response: dict[str, Any]) -> dict[str, Any] | None:
    media = (response.get("content") or {}).get("application/json")
    return None if media is None else media.get("schema", {})


def test_spec_has_the_pinned_number_of_operations() -> None:
    print(f"openapi.json: {len(OPERATIONS)} operations")
    assert len(OPERATIONS) == EXPECTED_OPERATIONS == spec_info.OPERATION_COUNT
    assert len({op.module_name for op in OPERATIONS}) == EXPECTED_OPERATIONS


def test_every_generated_module_is_an_operation_of_the_spec() -> None:
    generated = {
        info.name
        for info in pkgutil.walk_packages(prefect_api.api.__path__, "prefect_api.api.")
        if not info.ispkg
    }
    assert generated == {op.module_name for op in OPERATIONS}


@pytest.mark.parametrize("operation", OPERATIONS, ids=str)
def test_operation_module_matches_the_spec(operation: Operation) -> None:
    module = importlib.import_module(operation.module_name)
    assert (operation.method, operation.path) == (module.METHOD, module.PATH)

    signature = inspect.signature(module.build_request)
    for parameter in operation.spec.get("parameters", []):
        if parameter["in"] == "path" or parameter.get("required"):
            name = PythonIdentifier(parameter["name"], FIELD_PREFIX)
            # A name taken by the call's own arguments gets its location appended
            # (GET /csrf-token?client=... -> client_query).
            accepted = {name, f"{name}_{parameter['in']}"}
            assert accepted & set(signature.parameters), f"{operation}: no argument for {name}"
    if "requestBody" in operation.spec:
        assert "body" in signature.parameters
    for call in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
        assert callable(getattr(module, call))


def response_cases() -> list[tuple[Operation, str, dict[str, Any]]]:
    return [
        (op, code, schema)
        for op in OPERATIONS
        for code, response in op.spec["responses"].items()
        if (code.startswith("2") or code == "422") and (schema := json_schema(response)) is not None
    ]


RESPONSE_CASES = response_cases()


def test_every_operation_documents_a_success() -> None:
    documented = {(op.method, op.path) for op, code, _ in RESPONSE_CASES if code != "422"}
    no_content = {
        (op.method, op.path)
        for op in OPERATIONS
        for code, response in op.spec["responses"].items()
        if code.startswith("2") and not response.get("content")
    }
    assert documented | no_content == {(op.method, op.path) for op in OPERATIONS}
    print(
        f"{len(RESPONSE_CASES)} documented JSON responses checked "
        f"({sum(code == '422' for _, code, _ in RESPONSE_CASES)} of them 422)"
    )


@pytest.mark.parametrize(
    "operation",
    [op for op in OPERATIONS if any(not r.get("content") for r in op.spec["responses"].values())],
    ids=str,
)
def test_documented_empty_answer_is_handled(operation: Operation) -> None:
    module = importlib.import_module(operation.module_name)
    for code, response in operation.spec["responses"].items():
        if not response.get("content"):
            parsed = module.parse_response(response=httpx.Response(int(code)))
            assert parsed is None, f"{operation} {code}: {parsed!r}"


@pytest.mark.parametrize(
    ("operation", "code", "schema"),
    RESPONSE_CASES,
    ids=[f"{op}-{code}" for op, code, _ in RESPONSE_CASES],
)
def test_documented_response_is_parsed_into_its_model(
    operation: Operation, code: str, schema: dict[str, Any]
) -> None:
    module = importlib.import_module(operation.module_name)
    source = inspect.getsource(module.parse_response)
    branch = status_branch(source, code)
    assert branch is not None, f"{operation}: parse_response ignores {code}"
    returned = union_members(inspect.signature(module.parse_response).return_annotation)

    if "$ref" in schema:
        model = model_for(schema["$ref"])
        assert model in returned, f"{operation} {code}: {model.__name__} not in {returned}"
        assert f"{model.__name__}.from_dict(" in branch
    elif schema.get("type") == "array" and "$ref" in schema.get("items", {}):
        model = model_for(schema["items"]["$ref"])
        assert list[model] in returned, f"{operation} {code}: list[{model.__name__}] not returned"  # type: ignore[valid-type]
        assert f"{model.__name__}.from_dict(" in branch and "for " in branch
    else:
        assert "response.json()" in branch, f"{operation} {code}: body not read"


SAMPLES: dict[str, Any] = {"integer": 7, "boolean": True, "string": "text", "number": 1.5}


def sample_for(schema: dict[str, Any]) -> Any:
    """A JSON value of a non-model schema, or KeyError when there is no simple one."""
    if not schema:
        return {"anything": [1, "two"]}
    if "anyOf" in schema:
        return sample_for(next(s for s in schema["anyOf"] if s.get("type") != "null"))
    if schema.get("type") == "array":
        return [sample_for(schema["items"])]
    if schema.get("type") == "object":
        extra = schema.get("additionalProperties", True)
        return {"key": sample_for(extra) if isinstance(extra, dict) else "value"}
    return SAMPLES[schema["type"]]


PLAIN_CASES = [
    (op, code, schema)
    for op, code, schema in RESPONSE_CASES
    if "$ref" not in json.dumps(schema) and (not schema or "type" in schema or "anyOf" in schema)
]


@pytest.mark.parametrize(
    ("operation", "code", "schema"),
    PLAIN_CASES,
    ids=[f"{op}-{code}" for op, code, _ in PLAIN_CASES],
)
def test_plain_json_response_round_trips(
    operation: Operation, code: str, schema: dict[str, Any]
) -> None:
    module = importlib.import_module(operation.module_name)
    value = sample_for(schema)
    parsed = module.parse_response(response=httpx.Response(int(code), json=value))
    if hasattr(parsed, "to_dict"):  # an object schema becomes a dict-like model
        parsed = parsed.to_dict()
    assert parsed == value


def test_plain_cases_cover_the_primitive_answers() -> None:
    paths = {(op.method, op.path) for op, _, _ in PLAIN_CASES}
    assert {("POST", "/flows/count"), ("GET", "/health"), ("GET", "/hello")} <= paths
    assert ("POST", "/flow_runs/lateness") in paths


# -- request building: the right method, URL and JSON body, without a server -------------------


def test_build_request_path_parameter() -> None:
    from prefect_api.api.flows import read_flow

    flow_id = UUID("0c9a8e4b-2d3f-4e5a-8b6c-7d8e9f0a1b2c")
    kwargs = read_flow.build_request(flow_id)
    assert (kwargs["method"], kwargs["url"]) == ("get", f"/flows/{flow_id}")
    assert "json" not in kwargs


def test_build_request_quotes_names_in_the_path() -> None:
    from prefect_api.api.deployments import read_deployment_by_name

    kwargs = read_deployment_by_name.build_request("my flow/v2", "nightly?")
    assert kwargs["url"] == "/deployments/name/my%20flow%2Fv2/nightly%3F"


def test_build_request_json_body_omits_unset_fields() -> None:
    from prefect_api.api.flows import create_flow, read_flows
    from prefect_api.models import FlowCreate, FlowFilter, FlowFilterName, FlowSort, ReadFlowsBody

    kwargs = create_flow.build_request(body=FlowCreate(name="etl", tags=["a"]))
    assert (kwargs["method"], kwargs["url"]) == ("post", "/flows/")
    assert kwargs["json"] == {"name": "etl", "tags": ["a"]}
    assert kwargs["headers"]["Content-Type"] == "application/json"

    body = ReadFlowsBody(flows=FlowFilter(name=FlowFilterName(like_="et")), sort=FlowSort.NAME_ASC)
    kwargs = read_flows.build_request(body=body, x_prefect_api_version="0.8.4")
    assert (kwargs["method"], kwargs["url"]) == ("post", "/flows/filter")
    # Field names are the wire names (like_, any_); fields not given (offset) are not sent.
    assert kwargs["json"] == {"flows": {"name": {"like_": "et"}}, "sort": "NAME_ASC"}
    assert kwargs["headers"]["x-prefect-api-version"] == "0.8.4"


def test_build_request_query_parameters() -> None:
    from prefect_api.api.block_documents import read_block_document_by_id
    from prefect_api.api.root import create_csrf_token

    document_id = UUID("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d")
    kwargs = read_block_document_by_id.build_request(document_id, include_secrets=True)
    assert kwargs["url"] == f"/block_documents/{document_id}"
    assert kwargs["params"] == {"include_secrets": True}
    assert create_csrf_token.build_request(client_query="me")["params"] == {"client": "me"}


def test_calls_send_what_build_request_builds() -> None:
    from prefect_api.api.flow_runs import set_flow_run_state
    from prefect_api.client import Client
    from prefect_api.models import SetFlowRunStateBody, StateCreate, StateType

    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(422, json={"detail": "no"})

    run_id = UUID("6f1c1d2e-0b5a-4a43-9d0e-3c7f0e2b9a11")
    body = SetFlowRunStateBody(state=StateCreate(type=StateType.RUNNING, message="go"))
    with Client(
        base_url="http://server.invalid/api", httpx_args={"transport": httpx.MockTransport(answer)}
    ) as client:
        set_flow_run_state.sync(run_id, client=client, body=body)
    (request,) = seen
    assert request.method == "POST"
    assert str(request.url) == f"http://server.invalid/api/flow_runs/{run_id}/set_state"
    assert json.loads(request.content) == {"state": {"type": "RUNNING", "message": "go"}}
    assert request.headers["content-type"] == "application/json"
