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
        schemas[base] = chosen
        schemas.pop(f"{base}-Input", None)
        schemas.pop(f"{base}-Output", None)
    rewrite_refs(
        spec,
        {f"{base}-{side}": base for base in bases for side in ("Input", "Output")},
    )
    return bases


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
        if patch["op"] == "replace" and last not in parent:
            raise SystemExit(f"patch target {patch['path']} does not exist: drop the rule")
        parent[last] = json.loads(patch["value_json"]) if "value_json" in patch else patch["value"]
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
