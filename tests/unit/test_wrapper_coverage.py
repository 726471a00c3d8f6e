"""Every operation of openapi.json is reached by a public method of PrefectClient.

"Reached" is decided from the source, without running anything: the wrapper calls an
operation through its generated module (``self._call(read_flow.build_request(...), Flow)``),
so each
module of ``wrapper/prefect_rest/_async/resources/*.py`` and ``core.py`` is parsed for
the names it imports from ``prefect_api.api.<tag>`` and for which functions use them. A
public method reaches an operation if its body uses the operation's module, or calls
(``self.other()``, or a function of its own module) something that does, transitively.
Only classes that make up ``PrefectClient`` count. The sync client is generated from the
same source, so it reaches the same operations.

The exceptions are explicit: ``PIPELINE`` (operations the HTTP pipeline sends by itself,
checked to be in that file) and ``ALLOWED_UNREACHED`` (operations no client method
should wrap, each with its reason). ``pytest -s`` prints the tally.
"""

from __future__ import annotations

import ast
import importlib
import json
import pkgutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import prefect_api.api
from prefect_rest import PrefectClient

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi.json"
ASYNC = ROOT / "wrapper" / "prefect_rest" / "_async"
SOURCES = [ASYNC / "core.py", *sorted((ASYNC / "resources").glob("*.py"))]
GENERATED_API = "prefect_api.api"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
EXPECTED_OPERATIONS = 187

Operation = tuple[str, str]  # (METHOD, path) as in openapi.json

#: Sent by the HTTP pipeline itself, not by a method: operation -> the file that sends it
#: (which must contain the path as a string literal).
PIPELINE: dict[Operation, str] = {
    # Fetched before a write when the server enforces CSRF protection.
    ("GET", "/csrf-token"): "wrapper/prefect_rest/_async/http.py",
}

#: Operations that do not belong in a client, each with its reason. Keep it short: an
#: entry that becomes reached, or leaves the spec, fails the tests below.
ALLOWED_UNREACHED: dict[Operation, str] = {
    # The /ui/... routes are the UI's own: aggregates for its dashboards and forms, shaped
    # for one screen each. Prefect's client has no method for any of them.
    ("POST", "/ui/flows/count-deployments"): "UI dashboard aggregate (deployments per flow)",
    ("POST", "/ui/flows/next-runs"): "UI dashboard aggregate (next run per flow)",
    ("POST", "/ui/flow_runs/history"): "UI chart data (state history buckets)",
    ("POST", "/ui/flow_runs/count-task-runs"): "UI dashboard aggregate (task runs per run)",
    ("POST", "/ui/schemas/validate"): "UI form validation of parameter values",
    ("POST", "/ui/task_runs/dashboard/counts"): "UI dashboard aggregate",
    ("POST", "/ui/task_runs/count"): "UI dashboard aggregate (task runs by state)",
    ("GET", "/ui/task_runs/{id}"): "UI view: a task run with its flow run's name",
    # The server marks it deprecated: kept only until the UI moves to /templates/validate,
    # the same handler.
    ("POST", "/automations/templates/validate"): "deprecated alias of POST /templates/validate",
    # Wrong answer for a client: the artifact-collection row under the Artifact schema, so its
    # `id` is the collection's (deleting it 404s) and `created` the first version's. Prefect's
    # client does not call it either; read_latest_artifact reads /artifacts/latest/filter and
    # then GET /artifacts/{id}, the real latest artifact.
    ("GET", "/artifacts/{key}/latest"): "returns the collection row, not the latest artifact",
}


def spec_operations() -> list[Operation]:
    spec = json.loads(SPEC.read_text())
    return [
        (method.upper(), path)
        for path, item in spec["paths"].items()
        for method in item
        if method in HTTP_METHODS
    ]


@cache
def generated_modules() -> dict[str, Operation]:
    """Every generated operation module -> its (METHOD, PATH)."""
    found = {}
    for info in pkgutil.walk_packages(prefect_api.api.__path__, f"{GENERATED_API}."):
        if not info.ispkg:
            module = importlib.import_module(info.name)
            found[info.name] = (module.METHOD, module.PATH)
    return found


# -- reading the wrapper's source -------------------------------------------------------------


@dataclass
class Unit:
    """A method, or a module-level function or assignment, and what its code uses."""

    name: str  # "Class.method" or "module:name"
    operations: set[str] = field(default_factory=set)  # generated module names
    module_names: set[str] = field(default_factory=set)  # bare names used
    self_attributes: set[str] = field(default_factory=set)  # self.x / cls.x used


@dataclass
class SourceModule:
    path: Path
    units: dict[str, Unit]  # module-level name -> unit
    methods: dict[str, dict[str, Unit]]  # class -> method -> unit


def imported_operations(tree: ast.Module) -> tuple[dict[str, str], dict[str, str]]:
    """(local name -> operation module, local name -> generated tag package)."""
    operations, packages = {}, {}
    modules = generated_modules()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                local = alias.asname or alias.name
                if full in modules:
                    operations[local] = full
                elif node.module == GENERATED_API:
                    packages[local] = full
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in modules and alias.asname:
                    operations[alias.asname] = alias.name
    return operations, packages


def analyse(node: ast.AST, name: str, operations: dict[str, str], packages: dict[str, str]) -> Unit:
    unit = Unit(name)
    for child in ast.walk(node):
        if isinstance(child, ast.Name):
            if child.id in operations:
                unit.operations.add(operations[child.id])
            else:
                unit.module_names.add(child.id)
        elif isinstance(child, ast.Attribute) and isinstance(child.value, ast.Name):
            owner = child.value.id
            if owner in packages:  # from prefect_api.api import flows; flows.read_flow
                unit.operations.add(f"{packages[owner]}.{child.attr}")
            elif owner in ("self", "cls"):
                unit.self_attributes.add(child.attr)
    return unit


def parse(path: Path) -> SourceModule:
    tree = ast.parse(path.read_text(), str(path))
    operations, packages = imported_operations(tree)
    units: dict[str, Unit] = {}
    methods: dict[str, dict[str, Unit]] = {}
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            methods[node.name] = {
                item.name: analyse(item, f"{node.name}.{item.name}", operations, packages)
                for item in node.body
                if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef))
            }
            units[node.name] = analyse(node, f"{path.stem}:{node.name}", operations, packages)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            units[node.name] = analyse(node, f"{path.stem}:{node.name}", operations, packages)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if isinstance(target, ast.Name):
                    units[target.id] = analyse(
                        node, f"{path.stem}:{target.id}", operations, packages
                    )
    return SourceModule(path, units, methods)


@cache
def reached_by() -> dict[str, list[str]]:
    """Generated operation module -> the public PrefectClient methods that reach it."""
    client_classes = {cls.__name__ for cls in PrefectClient.__mro__}
    sources = [parse(path) for path in SOURCES]
    methods_by_name: dict[str, list[tuple[SourceModule, Unit]]] = {}
    for source in sources:
        for class_name, methods in source.methods.items():
            if class_name in client_classes:
                for method_name, unit in methods.items():
                    methods_by_name.setdefault(method_name, []).append((source, unit))

    def operations_of(source: SourceModule, start: Unit) -> set[str]:
        found: set[str] = set()
        seen: set[str] = set()
        stack = [(source, start)]
        while stack:
            where, unit = stack.pop()
            if unit.name in seen:
                continue
            seen.add(unit.name)
            found |= unit.operations
            stack += [(where, where.units[n]) for n in unit.module_names if n in where.units]
            for attribute in unit.self_attributes:
                stack += methods_by_name.get(attribute, [])
        return found

    reached: dict[str, set[str]] = {}
    for method_name, definitions in methods_by_name.items():
        if method_name.startswith("_") or not hasattr(PrefectClient, method_name):
            continue
        for source, unit in definitions:
            for operation in operations_of(source, unit):
                reached.setdefault(operation, set()).add(f"PrefectClient.{method_name}")
    return {operation: sorted(names) for operation, names in reached.items()}


def operations_reached() -> dict[Operation, list[str]]:
    modules = generated_modules()
    reached: dict[Operation, list[str]] = {}
    for module_name, methods in reached_by().items():
        reached.setdefault(modules[module_name], []).extend(methods)
    for operation, file in PIPELINE.items():
        reached.setdefault(operation, []).append(f"HTTP pipeline ({file})")
    return reached


def string_constants(path: Path) -> Iterator[str]:
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.value


def describe(operations: list[Operation]) -> str:
    return "\n".join(
        f"  {method} {path}" for method, path in sorted(operations, key=lambda o: o[1])
    )


# -- tests --------------------------------------------------------------------------------------


def test_spec_and_generated_modules_agree() -> None:
    operations = spec_operations()
    assert len(operations) == len(set(operations)) == EXPECTED_OPERATIONS
    assert sorted(generated_modules().values()) == sorted(operations)


def test_every_operation_is_reached_by_a_client_method() -> None:
    operations = spec_operations()
    reached = operations_reached()
    unreached = [op for op in operations if op not in reached and op not in ALLOWED_UNREACHED]
    print()
    for method, path in sorted(operations, key=lambda o: (o[1], o[0])):
        if (method, path) in reached:
            how = ", ".join(reached[(method, path)])
        elif (method, path) in ALLOWED_UNREACHED:
            how = f"(allowed: {ALLOWED_UNREACHED[(method, path)]})"
        else:
            how = "UNREACHED"
        print(f"  {method:6} {path}  <- {how}")
    print(
        f"{sum(op in reached for op in operations)} of {len(operations)} operations reached "
        f"by PrefectClient; allow-list: {len(ALLOWED_UNREACHED)} operations that do not "
        f"belong in a client; {len(unreached)} unreached"
    )
    assert not unreached, f"{len(unreached)} operations no method reaches:\n{describe(unreached)}"


def test_allow_list_entries_exist_and_are_not_reached() -> None:
    operations = set(spec_operations())
    missing = [op for op in ALLOWED_UNREACHED if op not in operations]
    assert not missing, f"allow-listed but not in openapi.json:\n{describe(missing)}"
    reached = operations_reached()
    stale = [op for op in ALLOWED_UNREACHED if op in reached]
    assert not stale, "allow-listed but reached (drop them from ALLOWED_UNREACHED):\n" + "\n".join(
        f"  {m} {p} by {', '.join(reached[(m, p)])}" for m, p in stale
    )
    assert all(reason.strip() for reason in ALLOWED_UNREACHED.values())


def test_pipeline_operations_are_sent_by_their_file() -> None:
    operations = set(spec_operations())
    for (method, path), file in PIPELINE.items():
        assert (method, path) in operations
        assert path in set(string_constants(ROOT / file)), f"{file} never names {path}"
        assert (method, path) not in ALLOWED_UNREACHED


def test_reaching_is_detected_through_helpers_and_other_methods(tmp_path: Path) -> None:
    # The analysis itself, on a made-up module: direct use, a module-level helper,
    # another method through self, an aliased import and a package attribute.
    source = tmp_path / "sample.py"
    source.write_text(
        "from prefect_api.api.flows import read_flow\n"
        "from prefect_api.api.flows import delete_flow as remove\n"
        "from prefect_api.api import variables\n"
        "class FlowsMixin:\n"
        "    async def direct(self):\n"
        "        return await self._call(read_flow.build_request(), object)\n"
        "    async def via_helper(self):\n"
        "        return _helper()\n"
        "    async def via_method(self):\n"
        "        return await self._private()\n"
        "    async def _private(self):\n"
        "        return variables.read_variables\n"
        "    async def nothing(self):\n"
        "        return None\n"
        "def _helper():\n"
        "    return remove\n"
    )
    parsed = parse(source)
    units = parsed.methods["FlowsMixin"]
    assert units["direct"].operations == {"prefect_api.api.flows.read_flow"}
    assert units["via_helper"].module_names >= {"_helper"}
    assert parsed.units["_helper"].operations == {"prefect_api.api.flows.delete_flow"}
    assert units["via_method"].self_attributes >= {"_private"}
    assert units["_private"].operations == {"prefect_api.api.variables.read_variables"}
    assert units["nothing"].operations == set()


def test_known_methods_reach_their_operations() -> None:
    # Anchors for the analysis on the real client: if these fail, the parsing is broken,
    # not the coverage.
    reached = operations_reached()
    assert "PrefectClient.read_flow" in reached[("GET", "/flows/{id}")]
    assert "PrefectClient.api_version" in reached[("GET", "/admin/version")]
    assert "PrefectClient.iter_events" in reached[("GET", "/events/filter/next")]
