"""prefect_rest.schemas mirrors prefect.client.schemas: porting is an import rename.

Each module is compared with Prefect 3.8.8's module of the same name (Prefect is a dev
dependency; the wrapper itself never imports it).
"""

from __future__ import annotations

import enum
import importlib
import inspect
from types import ModuleType

import pytest

import prefect_api.models
import prefect_rest.schemas
import prefect_rest.states

MODULES = ["objects", "actions", "filters", "sorting", "responses"]

# Prefect names the generated layer spells differently (the same server schema); every other
# Prefect class must match a generated model of the same name or be listed as absent below.
ALIASES: dict[str, dict[str, str]] = {
    "objects": {
        # Prefect has two classes for the one object the server describes; so do we not.
        "Deployment": "DeploymentResponse",
        "GlobalConcurrencyLimit": "GlobalConcurrencyLimitResponse",
    },
    "responses": {"FlowRunResponse": "FlowRun"},
    "actions": {
        "GlobalConcurrencyLimitCreate": "ConcurrencyLimitV2Create",
        "GlobalConcurrencyLimitUpdate": "ConcurrencyLimitV2Update",
    },
}

# Prefect classes with no generated counterpart, left out on purpose (each module's header says
# why). Pinned, so a regenerate that adds one of them, or a Prefect upgrade that adds a class,
# shows up here instead of passing silently.
ABSENT: dict[str, set[str]] = {
    "objects": {
        "RunType",
        "ConcurrencyLimitConfig",
        "RunInput",
        "Workspace",
        "IPAllowlistEntry",
        "IPAllowlist",
        "IPAllowlistMyAccessResponse",
        "BranchingScheduleHandling",
        "DeploymentBranchingOptions",
        "BlockSchemaReference",
        "BlockDocumentReference",
        "Configuration",
        "Agent",
        "Integration",
        "WorkerMetadata",
    },
    "actions": {"DeploymentBranch", "BlockDocumentReferenceCreate"},
    "filters": {"OperatorMixin", "LogFilterName", "FilterSet", "WorkerFilterWorkPoolId"},
    "sorting": set(),
    "responses": set(),
}

# Every generated model by name (the package loads them lazily, so ask it for each one).
GENERATED = {
    name: value
    for name in prefect_api.models.__all__
    if inspect.isclass(value := getattr(prefect_api.models, name))
}


def prefect_module(short: str) -> ModuleType:
    return importlib.import_module(f"prefect.client.schemas.{short}")


def ours(short: str) -> ModuleType:
    return importlib.import_module(f"prefect_rest.schemas.{short}")


def public_classes(module: ModuleType) -> list[str]:
    """The public classes a Prefect module defines (not the ones it imports)."""
    return [
        name
        for name, value in vars(module).items()
        if inspect.isclass(value)
        and value.__module__ == module.__name__
        and not name.startswith("_")
    ]


def field_names(cls: type) -> set[str]:
    """Field names of a Prefect (pydantic) or generated model, or an enum's values: the same
    names on both sides (a generated field is named exactly as its JSON property)."""
    if issubclass(cls, enum.Enum):
        return {str(member.value) for member in cls}
    return set(cls.model_fields)  # type: ignore[attr-defined]


# Prefect client fields the 3.8.8 server's schemas do not have (Prefect Cloud's, or the
# client's own bookkeeping): a model built from Prefect code with them is refused by name.
PREFECT_ONLY_FIELDS: dict[str, set[str]] = {
    "DeploymentCreate": {"base", "branch", "root"},
    "LogCreate": {"worker_id"},
}


@pytest.mark.parametrize("short", MODULES)
def test_every_prefect_class_with_a_counterpart_is_exported(short: str) -> None:
    theirs, mine = prefect_module(short), ours(short)
    aliases = ALIASES.get(short, {})
    missing = []
    for name in public_classes(theirs):
        target = aliases.get(name, name)
        if target not in GENERATED:
            continue
        if getattr(mine, name, None) is not GENERATED[target]:
            missing.append(name)
        assert name in mine.__all__, f"{short}.{name} is exported but not in __all__"
    assert not missing, f"prefect_rest.schemas.{short} lacks {missing}"


@pytest.mark.parametrize("short", MODULES)
def test_the_gap_is_exactly_the_documented_one(short: str) -> None:
    theirs, mine = prefect_module(short), ours(short)
    aliases = ALIASES.get(short, {})
    absent = {name for name in public_classes(theirs) if aliases.get(name, name) not in GENERATED}
    print(f"prefect.client.schemas.{short}: deliberately missing {sorted(absent) or 'nothing'}")
    assert absent == ABSENT[short]
    # The module header lists every absent name, so readers know the gap is deliberate.
    source = inspect.getsource(mine)
    header = source[: source.index("\nfrom ")]
    assert all(name in header for name in absent), header


@pytest.mark.parametrize("short", MODULES)
def test_all_is_exact(short: str) -> None:
    mine = ours(short)
    for name in mine.__all__:
        assert hasattr(mine, name), f"{short}.__all__ names {name}, which is not defined"
    assert len(mine.__all__) == len(set(mine.__all__))


@pytest.mark.parametrize(
    ("short", "prefect_name", "generated_name"),
    [(short, p, g) for short, pairs in ALIASES.items() for p, g in pairs.items()],
)
def test_aliases_are_the_same_schema(short: str, prefect_name: str, generated_name: str) -> None:
    """An alias must name the same thing: Prefect's fields are (nearly) all there."""
    theirs = getattr(prefect_module(short), prefect_name)
    generated = GENERATED[generated_name]
    only_prefect = field_names(theirs) - field_names(generated)
    assert not only_prefect, only_prefect
    assert getattr(ours(short), prefect_name) is generated


def test_same_named_counterparts_have_prefects_fields() -> None:
    """A name match is a real match: every field of Prefect's class is on the generated
    model, under the same name (apart from the few the server has no field for)."""
    missing = {}
    for short in MODULES:
        theirs = prefect_module(short)
        for name in public_classes(theirs):
            if name not in GENERATED:
                continue
            lacking = field_names(getattr(theirs, name)) - field_names(GENERATED[name])
            if lacking != PREFECT_ONLY_FIELDS.get(name, set()):
                missing[f"{short}.{name}"] = lacking
    assert not missing


def test_objects_exports_state_type_details_and_constants() -> None:
    from prefect.client.schemas import objects as prefect_objects

    from prefect_rest.schemas import objects

    assert objects.StateType is prefect_api.models.StateType
    assert objects.StateDetails is prefect_api.models.StateDetails
    assert {t.value for t in objects.StateType} == {t.value for t in prefect_objects.StateType}
    assert {t.value for t in objects.TERMINAL_STATES} == {
        t.value for t in prefect_objects.TERMINAL_STATES
    }
    assert objects.TERMINAL_STATES is prefect_rest.states.TERMINAL_STATES  # one source of truth
    assert objects.DEFAULT_BLOCK_SCHEMA_VERSION == prefect_objects.DEFAULT_BLOCK_SCHEMA_VERSION
    assert objects.DEFAULT_AGENT_WORK_POOL_NAME == prefect_objects.DEFAULT_AGENT_WORK_POOL_NAME


def test_package_mirrors_prefect_client_schemas() -> None:
    import prefect.client.schemas as prefect_schemas

    absent = {"RunInput", "Workspace"}
    for name in prefect_schemas.__all__:
        if name in absent:
            continue
        assert name in prefect_rest.schemas.__all__, name
        # Loaded lazily from the submodule Prefect has it in, and the very same object.
        submodule = prefect_rest.schemas._SUBMODULE_OF[name]
        assert getattr(prefect_rest.schemas, name) is getattr(ours(submodule), name), name
    assert set(prefect_rest.schemas._SUBMODULE_OF) | set(MODULES) == set(
        prefect_rest.schemas.__all__
    )
    with pytest.raises(AttributeError, match="Nonexistent"):
        prefect_rest.schemas.Nonexistent  # type: ignore[attr-defined]  # noqa: B018
    print(f"prefect.client.schemas: deliberately missing {sorted(absent)}")
    for short in MODULES:
        assert getattr(prefect_rest.schemas, short) is ours(short)


def test_imports_stay_light_and_prefect_free() -> None:
    """The wrapper never imports Prefect, and the states helpers (which the client imports at
    run time) do not drag the schema modules, and their hundreds of models, in with them."""
    import os
    import subprocess
    import sys

    code = "\n".join(
        [
            "import sys, prefect_rest.states, prefect_rest.schemas",
            "loaded = set(sys.modules)",
            "assert not [m for m in loaded if m == 'prefect' or m.startswith('prefect.')]",
            "assert not [m for m in loaded if m.startswith('prefect_rest.schemas.')], loaded",
            "from prefect_rest.schemas import FlowRun, filters",
            "assert 'prefect_rest.schemas.objects' in sys.modules",
            "assert not [m for m in sys.modules if m.startswith('prefect.')]",
        ]
    )
    # Same import path as this process, whatever way the test run set it up.
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, env=env
    )
    assert result.returncode == 0, result.stderr


def test_schedules_policies_and_automation_filters_are_where_prefect_users_look() -> None:
    from prefect_api import models
    from prefect_rest._core import notification_policies
    from prefect_rest.schemas import filters, objects, schedules

    assert schedules.IntervalSchedule is models.IntervalSchedule
    assert (
        models.IntervalSchedule,
        models.CronSchedule,
        models.RRuleSchedule,
    ) == schedules.SCHEDULE_TYPES
    assert filters.AutomationFilter is models.AutomationFilter
    assert objects.FlowRunNotificationPolicy is notification_policies.FlowRunNotificationPolicy
    assert (
        filters.FlowRunNotificationPolicyFilter
        is notification_policies.FlowRunNotificationPolicyFilter
    )
