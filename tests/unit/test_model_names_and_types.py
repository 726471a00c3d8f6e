"""Porting is an import rename down to the objects: names, classes and annotations.

Checked against openapi.json (every property's Python name is its JSON name) and against
Prefect 3.8.8's own client (installed as a dev dependency): each method returns the class
prefect_rest.schemas exports under the name Prefect's method returns.
"""

from __future__ import annotations

import importlib
import inspect
import json
import keyword
import re
import sys
from pathlib import Path
from typing import Any

import pytest

import prefect_api.models
from prefect_rest import PrefectClient, SyncPrefectClient

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "generator"))
import fix_spec  # noqa: E402
import models as model_writer  # noqa: E402


def fixed_spec() -> dict[str, Any]:
    spec = json.loads((ROOT / "openapi.json").read_text())
    overrides = fix_spec.tomllib.loads(fix_spec.OVERRIDES.read_text())
    return fix_spec.fix(spec, overrides)


def test_every_property_is_named_as_on_the_wire() -> None:
    """Each schema's model has exactly the schema's properties, under their JSON names."""
    schemas = fixed_spec()["components"]["schemas"]
    checked = 0
    for name, schema in schemas.items():
        properties = schema.get("properties")
        if not properties:
            continue
        cls = getattr(prefect_api.models, model_writer.class_name(name))
        assert list(cls.model_fields) == list(properties), name
        for prop in properties:
            assert prop.isidentifier() and not keyword.iskeyword(prop), (name, prop)
        checked += len(properties)
    assert checked > 1500  # every model, not a handful


def test_prefects_spellings_are_the_field_names() -> None:
    from prefect_rest.schemas import actions, filters, objects

    assert "type" in objects.State.model_fields
    assert "before_" in filters.FlowRunFilterStartTime.model_fields
    assert {"like_", "any_"} <= set(filters.FlowFilterName.model_fields)
    assert {"any_", "not_any_"} <= set(filters.FlowRunFilterId.model_fields)
    assert "is_null_" in filters.FlowRunFilterParentTaskRunId.model_fields
    assert "metadata_" in actions.ArtifactCreate.model_fields
    assert "type" in actions.WorkPoolCreate.model_fields


def test_free_form_fields_are_plain_dicts() -> None:
    from prefect_rest.schemas import actions, objects

    run = objects.FlowRun.from_dict(
        {
            "id": "11111111-1111-4111-8111-111111111111",
            "flow_id": "11111111-1111-4111-8111-111111111112",
            "parameters": {"x": [1]},
            "job_variables": {"image": "i"},
            "labels": {"a": "b"},
        }
    )
    assert type(run.parameters) is dict and run.parameters == {"x": [1]}
    assert type(run.job_variables) is dict and run.labels == {"a": "b"}
    assert json.loads(run.model_dump_json())["parameters"] == {"x": [1]}
    body = actions.BlockDocumentCreate(
        name="b",
        block_schema_id="11111111-1111-4111-8111-111111111113",
        block_type_id="11111111-1111-4111-8111-111111111114",
        data={"k": {"n": 1}},
    )
    assert body.to_dict()["data"] == {"k": {"n": 1}}


# -- return types against Prefect's client ------------------------------------------------------

CLOUD_ONLY = {"apply_slas_for_deployment", "create_deployment_branch"}
NOT_CLASSES = {
    "list",
    "None",
    "Any",
    "T",
    "Optional",
    "Union",
    "dict",
    "str",
    "int",
    "bool",
    "float",
    "Iterable",
    "NoReturn",
    "class",
    "UUID",
    "Response",
    "Exception",
}


def classes_named(annotation: Any, namespace: dict[str, Any]) -> set[Any]:
    """The classes an annotation names, looked up by their last dotted name."""
    text = str(annotation).replace("typing.", "")
    names = {word.split(".")[-1] for word in re.findall(r"[A-Za-z_][\w.]*", text)}
    found = set()
    for name in names - NOT_CLASSES:
        assert name in namespace, f"{name} (in {text}) has no home in prefect_rest.schemas"
        found.add(namespace[name])
    return found


def schemas_namespace() -> dict[str, Any]:
    namespace: dict[str, Any] = {}
    for module in ("objects", "actions", "responses", "filters", "sorting", "schedules"):
        mod = importlib.import_module(f"prefect_rest.schemas.{module}")
        namespace.update({name: getattr(mod, name) for name in mod.__all__})
    namespace["EventPage"] = prefect_api.models.EventPage
    namespace["State"] = prefect_api.models.State
    namespace["Automation"] = prefect_api.models.Automation
    namespace["FlowRunInput"] = prefect_api.models.FlowRunInput
    return namespace


@pytest.mark.parametrize("pair", ["async", "sync"])
def test_every_method_returns_the_class_prefect_names(pair: str) -> None:
    from prefect.client.orchestration import PrefectClient as Theirs
    from prefect.client.orchestration import SyncPrefectClient as TheirsSync

    theirs, ours = (Theirs, PrefectClient) if pair == "async" else (TheirsSync, SyncPrefectClient)
    namespace = schemas_namespace()
    ours_namespace = {**namespace, **vars(prefect_api.models)}
    compared = 0
    for name in dir(theirs):
        method = getattr(theirs, name)
        if name.startswith("_") or not callable(method) or name in CLOUD_ONLY:
            continue
        expected = inspect.signature(method).return_annotation
        if expected is inspect.Signature.empty:
            continue
        actual = inspect.signature(getattr(ours, name)).return_annotation
        assert classes_named(actual, ours_namespace) == classes_named(expected, namespace), name
        compared += 1
    assert compared > 120  # every method with a return annotation (133 in Prefect 3.8.8)


def test_one_class_per_concept() -> None:
    from prefect_rest.schemas import objects, responses

    assert objects.FlowRun is prefect_api.models.FlowRun is responses.FlowRunResponse
    assert objects.WorkQueue is prefect_api.models.WorkQueue
    assert objects.WorkPool is prefect_api.models.WorkPool
    assert objects.Worker is prefect_api.models.Worker
    assert objects.Deployment is responses.DeploymentResponse
    assert objects.GlobalConcurrencyLimit is responses.GlobalConcurrencyLimitResponse
    assert not hasattr(prefect_api.models, "FlowRunResponse")


def test_import_stays_light() -> None:
    """`import prefect_rest` and building a client load no more than 20 model modules."""
    import subprocess

    code = (
        "import sys, prefect_rest\n"
        "client = prefect_rest.PrefectClient('http://127.0.0.1:1/api')\n"
        "loaded = [m for m in sys.modules if m.startswith('prefect_api.models.')]\n"
        "print(len(loaded))\n"
        "assert not [m for m in sys.modules if m == 'pydantic' or m.startswith('prefect.')]\n"
    )
    env = {"PYTHONPATH": ":".join(p for p in sys.path if p), "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, env=env
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) <= 20
