"""Apply generator/overrides.toml to an OpenAPI document.

Usage: python generator/fix_spec.py IN.json OUT.json
"""

from __future__ import annotations

import copy
import json
import re
import sys
import tomllib
from pathlib import Path
from typing import Any

OVERRIDES = Path(__file__).with_name("overrides.toml")
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")

Spec = dict[str, Any]


def operations(spec: Spec) -> list[tuple[str, str, dict[str, Any]]]:
    """Every (METHOD, path, operation) of the spec, in document order."""
    return [
        (method.upper(), path, op)
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in HTTP_METHODS
    ]


def fastapi_route_name(operation_id: str, method: str, path: str) -> str:
    suffix = re.sub(r"\W", "_", path) + "_" + method.lower()
    if not operation_id.endswith(suffix):
        raise SystemExit(f"operationId {operation_id!r} of {method} {path} is not FastAPI's form")
    return operation_id[: -len(suffix)]


def fix_operations(spec: Spec, rules: dict[str, Any], tags: dict[str, str]) -> dict[str, str]:
    """Clean operation ids and tags; return {old operationId: new operationId}."""
    renames: dict[str, str] = dict(rules.get("rename", {}))
    renamed: dict[str, str] = {}
    seen: dict[tuple[str, str], str] = {}
    for method, path, op in operations(spec):
        key = f"{method} {path}"
        if key in tags:
            op["tags"] = [tags.pop(key)]
        name = op["operationId"]
        if rules.get("strip_fastapi_suffix"):
            name = fastapi_route_name(name, method, path)
        name = renames.pop(key, name)
        renamed[op["operationId"]] = name
        op["operationId"] = name
        module = (op.get("tags") or ["default"])[0]
        if (module, name) in seen:
            raise SystemExit(
                f"{key} and {seen[module, name]} would both generate {module}.{name}: "
                "add a rename to generator/overrides.toml"
            )
        seen[module, name] = key
    leftovers = list(renames) + list(tags)
    if leftovers:
        raise SystemExit(f"overrides name operations the spec does not have: {leftovers}")
    return renamed


def rename_body_schemas(spec: Spec, renamed: dict[str, str], rules: dict[str, Any]) -> None:
    """Body_<old operationId> -> rename_to with {Operation} = PascalCase(new operationId),
    or the explicit name the rules give that schema."""
    schemas: dict[str, Any] = spec["components"]["schemas"]
    explicit: dict[str, str] = dict(rules.get("rename", {}))
    mapping: dict[str, str] = {}
    for old_id, new_id in renamed.items():
        old = f"Body_{old_id}"
        if old in schemas:
            pascal = "".join(w.capitalize() for w in new_id.split("_"))
            new = explicit.pop(old, None) or rules["rename_to"].format(Operation=pascal)
            if new in schemas or new in mapping.values():
                raise SystemExit(
                    f"renaming {old} to {new} would collide: name it in [body_schemas.rename]"
                )
            mapping[old] = new
    if explicit:
        raise SystemExit(
            f"[body_schemas.rename] names schemas the spec does not have: {list(explicit)}"
        )
    for old, new in mapping.items():
        schema = schemas.pop(old)
        schema["title"] = new
        schemas[new] = schema
    rewrite_refs(spec, mapping)


def rewrite_refs(spec: Spec, renames: dict[str, str]) -> None:
    """Point every $ref to a renamed schema at its new name."""
    text = json.dumps(spec)
    for old, new in renames.items():
        text = text.replace(f'"#/components/schemas/{old}"', f'"#/components/schemas/{new}"')
    spec.clear()
    spec.update(json.loads(text))


def merge_io_pairs(spec: Spec, keep: str) -> list[str]:
    """Fold every "X-Input"/"X-Output" schema pair into one schema "X"."""
    if keep not in ("Input", "Output"):
        raise SystemExit(f"io_pairs.merge_into must be Input or Output, not {keep!r}")
    schemas: dict[str, Any] = spec["components"]["schemas"]
    bases = sorted(
        {name.rsplit("-", 1)[0] for name in schemas if name.endswith(("-Input", "-Output"))}
    )
    for base in bases:
        if base in schemas:
            raise SystemExit(f"cannot merge {base}-Input/-Output: {base} already exists")
        chosen = (
            schemas.get(f"{base}-{keep}")
            or schemas[f"{base}-Input" if keep == "Output" else f"{base}-Output"]
        )
        if f"{base}-Input" in schemas and f"{base}-Output" in schemas:
            mark_durations(schemas[f"{base}-Input"], chosen)
        schemas[base] = chosen
        schemas.pop(f"{base}-Input", None)
        schemas.pop(f"{base}-Output", None)
    rewrite_refs(
        spec,
        {f"{base}-{side}": base for base in bases for side in ("Input", "Output")},
    )
    return bases


def mark_durations(given: Any, returned: Any) -> None:
    """Mark numbers that are durations: the one thing an -Input/-Output pair differs in.

    Pydantic accepts a timedelta as an ISO 8601 duration or seconds ("-Input": a string of
    format "duration") and returns seconds ("-Output": a plain number). Merged into the
    Output form, the number loses that it means a duration; the format "time-delta" (what
    the spec already uses for other durations given in seconds) keeps it, so the models
    read and write these fields as timedelta.
    """
    if isinstance(given, dict) and isinstance(returned, dict):
        if given.get("format") == "duration" and returned.get("type") == "number":
            returned["format"] = "time-delta"
            return
        for key, value in given.items():
            if key in returned:
                mark_durations(value, returned[key])
    elif isinstance(given, list) and isinstance(returned, list):
        for g, r in zip(given, returned, strict=False):
            mark_durations(g, r)


def mark_seconds(spec: Spec, properties: list[str]) -> None:
    """Mark "Schema.property" numbers as durations in seconds (format "time-delta")."""
    schemas: dict[str, Any] = spec["components"]["schemas"]
    for dotted in properties:
        name, prop = dotted.split(".")
        node = schemas.get(name, {}).get("properties", {}).get(prop)
        if node is None:
            raise SystemExit(f"[durations] names {dotted}, which the spec does not have")
        numbers = [o for o in node.get("anyOf", [node]) if o.get("type") == "number"]
        if not numbers:
            raise SystemExit(f"[durations] {dotted} is not a number in the spec")
        for number in numbers:
            number["format"] = "time-delta"


def one_class_per_concept(spec: Spec, concepts: dict[str, str]) -> None:
    """Make `name` the schema `source` (dropping any other schema of that name).

    The server describes some objects twice (FlowRun, and FlowRunResponse with two more
    fields, which every endpoint returns); Prefect's client has one class, named after the
    object. Every reference to either schema then points at the one that stays.
    """
    schemas: dict[str, Any] = spec["components"]["schemas"]
    renames: dict[str, str] = {}
    for name, source in concepts.items():
        if source not in schemas:
            raise SystemExit(f"[concepts] {name} = {source!r}: the spec has no {source}")
        schema = schemas.pop(source)
        schemas.pop(name, None)
        schema["title"] = name
        schemas[name] = schema
        renames[source] = name
    rewrite_refs(spec, renames)


def hoist_inline_objects(spec: Spec) -> None:
    """Give inline object bodies and answers a component name: {Operation}Body/Response.

    Without one, each gets a class named after its title ("Response Count Deployments By
    Flow Ui Flows Count Deployments Post"); with one, the model generator sees every object
    the endpoints use among the components.
    """
    schemas: dict[str, Any] = spec["components"]["schemas"]
    for _method, _path, op in operations(spec):
        pascal = "".join(w.capitalize() for w in op["operationId"].split("_"))
        holders = [(op.get("requestBody", {}).get("content", {}), "Body")]
        holders += [(answer.get("content", {}), "Response") for answer in op["responses"].values()]
        for content, suffix in holders:
            media = content.get("application/json")
            if not media or media.get("schema", {}).get("type") != "object":
                continue
            name = f"{pascal}{suffix}"
            hoisted = {**media["schema"], "title": name}
            if schemas.setdefault(name, hoisted) != hoisted:
                raise SystemExit(
                    f"cannot hoist the inline {suffix.lower()} of {pascal}: {name} exists"
                )
            media["schema"] = {"$ref": f"#/components/schemas/{name}"}


def document_both_codes(spec: Spec, rules: dict[str, Any]) -> None:
    by_key = {f"{method} {path}": op for method, path, op in operations(spec)}
    for key in rules["operations"]:
        if key not in by_key:
            raise SystemExit(f"[created_or_existing] names {key}, which the spec does not have")
        responses = by_key[key]["responses"]
        documented = [code for code in rules["codes"] if code in responses]
        if not documented:
            raise SystemExit(f"{key} documents none of {rules['codes']}")
        for code in rules["codes"]:
            responses.setdefault(code, copy.deepcopy(responses[documented[0]]))


def resolve_pointer(doc: Any, pointer: str) -> tuple[Any, str]:
    parts = [p.replace("~1", "/").replace("~0", "~") for p in pointer.lstrip("/").split("/")]
    node = doc
    for part in parts[:-1]:
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node, parts[-1]


def apply_patch(spec: Spec, patch: dict[str, Any]) -> None:
    parent, last = resolve_pointer(spec, patch["path"])
    if patch["op"] == "remove":
        if last not in parent:
            raise SystemExit(f"patch target {patch['path']} does not exist: drop the rule")
        del parent[last]
    elif patch["op"] in ("add", "replace"):
        value = json.loads(patch["value_json"]) if "value_json" in patch else patch["value"]
        if isinstance(parent, list) and last == "-":  # JSON Patch: append to the array
            parent.append(value)
            return
        if patch["op"] == "replace" and last not in parent:
            raise SystemExit(f"patch target {patch['path']} does not exist: drop the rule")
        if patch["op"] == "add" and last in parent:
            raise SystemExit(f"patch target {patch['path']} exists already: drop the rule")
        parent[last] = value
    else:
        raise SystemExit(f"unknown patch op {patch['op']!r}")


def fix(spec: Spec, overrides: dict[str, Any]) -> Spec:
    fixed = copy.deepcopy(spec)
    renamed = fix_operations(
        fixed, overrides.get("operation_ids", {}), dict(overrides.get("tags", {}))
    )
    if "body_schemas" in overrides:
        rename_body_schemas(fixed, renamed, overrides["body_schemas"])
    merge_io_pairs(fixed, overrides.get("io_pairs", {}).get("merge_into", "Output"))
    one_class_per_concept(fixed, overrides.get("concepts", {}))
    mark_seconds(fixed, overrides.get("durations", {}).get("seconds", []))
    hoist_inline_objects(fixed)
    if "created_or_existing" in overrides:
        document_both_codes(fixed, overrides["created_or_existing"])
    for patch in overrides.get("patch", []):
        apply_patch(fixed, patch)
    return fixed


def main(argv: list[str]) -> None:
    source, target = Path(argv[1]), Path(argv[2])
    overrides = tomllib.loads(OVERRIDES.read_text())
    fixed = fix(json.loads(source.read_text()), overrides)
    target.write_text(json.dumps(fixed, indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
