"""Write generated/prefect_api/models from the fixed OpenAPI document.

One module per schema: models (classes on `prefect_rest._model.Model`, pydantic's surface),
enums (`StrEnum`s that accept a newer server's values), and named free-form objects
(`JSONDict`, a dict). Every field's Python name is its JSON name; its kind (what it does with
values) is one of `prefect_rest._model.kinds`. `overrides.toml`'s `[models]` section adds what
the spec cannot say: Prefect's client-side defaults, and mixins with Prefect's methods.

openapi-python-client still writes the endpoint modules; they call `from_dict` / `to_dict`,
which these models provide, and import the same class names from the same modules.
"""

from __future__ import annotations

import json
import keyword
import re
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openapi_python_client.strings import ClassName, PythonIdentifier

PREFIX = "field_"  # openapi-python-client's field_prefix (config.json), for identical names
RUNTIME = "prefect_rest._model"

Schema = dict[str, Any]


def class_name(name: str) -> str:
    return str(ClassName(name, PREFIX))


def module_name(cls: str) -> str:
    return str(PythonIdentifier(cls, PREFIX))


@dataclass
class FieldCode:
    name: str
    kind: str
    annotation: str
    default: str | None  # a Python expression, or None when the field must be given
    description: str


@dataclass
class ModuleCode:
    """What one generated module needs: imports, and the class source."""

    cls: str
    module: str
    runtime: set[str] = field(default_factory=set)  # names from prefect_rest._model
    stdlib: set[str] = field(default_factory=set)  # import lines
    enums: set[str] = field(default_factory=set)  # enum classes (imported at run time)
    models: set[str] = field(default_factory=set)  # model classes (type checking only)
    body: str = ""


class ModelsWriter:
    def __init__(self, spec: Schema, rules: dict[str, Any]) -> None:
        self.schemas: dict[str, Schema] = spec["components"]["schemas"]
        self.rules = rules
        self.classes = {name: class_name(name) for name in self.schemas}
        taken: dict[str, str] = {}
        for name, cls in self.classes.items():
            if cls in taken:
                raise SystemExit(f"schemas {taken[cls]} and {name} both make class {cls}")
            taken[cls] = name
        self.inline_enums: dict[str, tuple[list[Any], str]] = {}
        self.modules: list[ModuleCode] = []

    # -- what a schema is ---------------------------------------------------------------------

    def is_enum(self, schema: Schema) -> bool:
        return "enum" in schema and schema.get("type", "string") in ("string", "integer")

    def is_free_form(self, schema: Schema) -> bool:
        return schema.get("type") == "object" and not schema.get("properties")

    def target(self, ref: str) -> tuple[str, Schema]:
        name = ref.rsplit("/", 1)[1]
        return name, self.schemas[name]

    # -- kinds and annotations -------------------------------------------------------------------

    def translate(self, schema: Schema, code: ModuleCode, owner: str, prop: str) -> tuple[str, str]:
        """(kind expression, annotation) of a property schema."""
        if "$ref" in schema:
            return self.reference(schema["$ref"], code)
        if "allOf" in schema and len(schema["allOf"]) == 1:
            return self.translate(schema["allOf"][0], code, owner, prop)
        options = schema.get("anyOf") or schema.get("oneOf")
        if options:
            nullable = any(o.get("type") == "null" for o in options)
            members = [o for o in options if o.get("type") != "null"]
            if not members:
                return "_k.ANY", "Any"
            if len(members) == 1:
                kind, annotation = self.translate(members[0], code, owner, prop)
            else:
                kind, annotation = self.union(members, code, owner, prop)
            if nullable:
                return f"_k.Nullable({kind})", f"{annotation} | None"
            return kind, annotation
        if "const" in schema:
            code.stdlib.add("from typing import Literal")
            return f"_k.Const({schema['const']!r})", f"Literal[{schema['const']!r}]"
        if self.is_enum(schema):
            cls = self.inline_enum(schema, owner, prop)
            code.enums.add(cls)
            return f"_k.EnumKind({cls})", cls
        kind = schema.get("type")
        fmt = schema.get("format")
        if kind == "string":
            if fmt == "uuid":
                code.stdlib.add("from uuid import UUID")
                return "_k.UUID", "UUID"
            if fmt == "date-time":
                code.stdlib.add("import datetime")
                return "_k.DATETIME", "datetime.datetime"
            if fmt == "date":
                code.stdlib.add("import datetime")
                return "_k.DATE", "datetime.date"
            if fmt == "duration":
                code.stdlib.add("import datetime")
                return "_k.ISO_DURATION", "datetime.timedelta"
            return "_k.STR", "str"
        if kind == "integer":
            return "_k.INT", "int"
        if kind == "number":
            if fmt == "time-delta":
                code.stdlib.add("import datetime")
                return "_k.SECONDS", "datetime.timedelta"
            return "_k.FLOAT", "float"
        if kind == "boolean":
            return "_k.BOOL", "bool"
        if kind == "array" and "prefixItems" in schema:
            parts = [self.translate(item, code, owner, prop) for item in schema["prefixItems"]]
            kinds = ", ".join(part[0] for part in parts)
            return f"_k.TupleKind({kinds})", f"tuple[{', '.join(part[1] for part in parts)}]"
        if kind == "array":
            item_kind, item_annotation = self.translate(schema.get("items", {}), code, owner, prop)
            if schema.get("uniqueItems"):
                return f"_k.SetKind({item_kind})", f"set[{item_annotation}]"
            return f"_k.ListKind({item_kind})", f"list[{item_annotation}]"
        if kind == "object":
            if schema.get("properties"):
                raise SystemExit(
                    f"{owner}.{prop}: inline objects with properties are not supported"
                )
            extra = schema.get("additionalProperties", True)
            if isinstance(extra, dict) and extra:
                value_kind, value_annotation = self.translate(extra, code, owner, prop)
                return f"_k.DictKind({value_kind})", f"dict[str, {value_annotation}]"
            return "_k.JSON_OBJECT", "dict[str, Any]"
        if kind == "null":
            return "_k.Const(None)", "None"
        return "_k.ANY", "Any"

    def reference(self, ref: str, code: ModuleCode) -> tuple[str, str]:
        name, schema = self.target(ref)
        cls = self.classes[name]
        if self.is_enum(schema):
            code.enums.add(cls)
            return f"_k.EnumKind({cls})", cls
        if cls != code.cls:
            code.models.add(cls)
        return f'_k.ModelKind("prefect_api.models.{module_name(cls)}:{cls}")', cls

    def union(
        self, members: list[Schema], code: ModuleCode, owner: str, prop: str
    ) -> tuple[str, str]:
        kinds, annotations = [], []
        for member in members:
            kind, annotation = self.translate(member, code, owner, prop)
            kinds.append(kind)
            annotations.append(annotation)
        tag = self.union_tag(members)
        tag_argument = f", tag={tag!r}" if tag else ""
        return f"_k.Union({', '.join(kinds)}{tag_argument})", " | ".join(dict.fromkeys(annotations))

    def union_tag(self, members: list[Schema]) -> str | None:
        """The property every member model fixes to its own constant (a trigger's `type`)."""
        if not all("$ref" in m for m in members):
            return None
        common: set[str] | None = None
        for member in members:
            _, schema = self.target(member["$ref"])
            consts = {p for p, s in schema.get("properties", {}).items() if "const" in s}
            common = consts if common is None else common & consts
        return sorted(common)[0] if common else None

    def inline_enum(self, schema: Schema, owner: str, prop: str) -> str:
        # Named as openapi-python-client names it (owner class + the enum's title).
        title = schema.get("title") or prop
        cls = class_name(f"{owner}_{title}") if owner else class_name(title)
        values = list(schema["enum"])
        known = self.inline_enums.get(cls)
        if known is not None and known[0] != values:
            raise SystemExit(f"two inline enums would both be named {cls}")
        self.inline_enums[cls] = (values, schema.get("description", ""))
        return cls

    # -- defaults --------------------------------------------------------------------------------

    def default_of(
        self, name: str, prop: str, schema: Schema, kind: str, annotation: str, code: ModuleCode
    ) -> tuple[str | None, str, str]:
        """(default expression or None when required, kind, annotation) of a property."""
        rules = self.rules
        override = rules.get("defaults", {}).get(name, {}).get(prop)
        if override is None and prop in rules.get("object_defaults", {}):
            props = self.schemas[name].get("properties", {})
            if {"id", "created", "updated"} <= props.keys():
                override = rules["object_defaults"][prop]
        if override == "none" and not annotation.endswith("| None"):
            kind, annotation = f"_k.Nullable({kind})", f"{annotation} | None"
        if override is not None:
            default = self.factory(override, annotation, code)
            if prop in self.schemas[name].get("required", []):
                # The server requires it; the client fills it in: it is always sent.
                default += ", always=True"
            return default, kind, annotation
        if "default" in schema:
            return self.literal(schema["default"], schema, kind, code), kind, annotation
        if prop in self.schemas[name].get("required", []):
            return None, kind, annotation
        # Optional, with no default in the spec: pydantic omits default factories from the
        # schema. An empty container or model is what Prefect's models default these to.
        if (
            kind.startswith(("_k.ListKind(", "_k.SetKind(", "_k.DictKind("))
            or kind == "_k.JSON_OBJECT"
        ):
            return f"default_factory={annotation.split('[')[0]}", kind, annotation
        model = re.fullmatch(r'_k\.ModelKind\("([\w.]+):(\w+)"\)', kind)
        if model and not self.required_fields(model[2]):
            return self.factory("model", annotation, code), kind, annotation
        if annotation.endswith("| None") or annotation in ("Any", "None"):
            return "default=None", kind, annotation
        return "default=None", f"_k.Nullable({kind})", f"{annotation} | None"

    def required_fields(self, cls: str) -> list[str]:
        name = next(n for n, c in self.classes.items() if c == cls)
        schema = self.schemas[name]
        required = schema.get("required", [])
        overridden = self.rules.get("defaults", {}).get(name, {})
        return [
            p for p in required if p not in overridden and "default" not in schema["properties"][p]
        ]

    def factory(self, rule: str, annotation: str, code: ModuleCode) -> str:
        if rule == "none":
            return "default=None"
        if rule == "uuid4":
            code.stdlib.add("import uuid")
            return "default_factory=uuid.uuid4"
        if rule == "now":
            code.runtime.add("utc_now")
            return "default_factory=utc_now"
        if rule == "model":
            cls = annotation.split(" |")[0]
            return f'default_factory=_k.empty("prefect_api.models.{module_name(cls)}:{cls}")'
        if rule.startswith("value:"):
            return f"default={rule[6:]}"
        if rule.startswith("factory:"):  # a new empty set, dict or list per instance
            return f"default_factory={rule[8:]}"
        raise SystemExit(f"unknown default rule {rule!r} in [models] of overrides.toml")

    def literal(self, value: Any, schema: Schema, kind: str, code: ModuleCode) -> str:
        enum = re.search(r"EnumKind\((\w+)\)", kind)
        if enum and value is not None:
            return f"default={enum[1]}({value!r})"
        if isinstance(value, list | dict):
            return (
                f"default_factory=lambda: {value!r}"
                if value
                else (f"default_factory={type(value).__name__}")
            )
        options = schema.get("anyOf") or ([schema["allOf"][0]] if "allOf" in schema else [])
        for option in [schema, *options]:
            if option.get("format") in ("time-delta", "duration") and value is not None:
                code.stdlib.add("import datetime")
                seconds = value if isinstance(value, int | float) else None
                if seconds is None:
                    return f"default=_k.parse_duration({value!r})"
                return f"default=datetime.timedelta(seconds={seconds!r})"
        return f"default={value!r}"

    # -- modules ---------------------------------------------------------------------------------

    def model(self, name: str, schema: Schema) -> ModuleCode:
        cls = self.classes[name]
        code = ModuleCode(cls=cls, module=module_name(cls))
        code.runtime |= {"Model", "field as _field", "kinds as _k"}
        fields: list[FieldCode] = []
        for prop, prop_schema in schema.get("properties", {}).items():
            if not prop.isidentifier() or keyword.iskeyword(prop):
                raise SystemExit(f"{name}.{prop} is not a Python identifier")
            kind, annotation = self.translate(prop_schema, code, cls, prop)
            default, kind, annotation = self.default_of(
                name, prop, prop_schema, kind, annotation, code
            )
            description = prop_schema.get("description") or prop_schema.get("title") or ""
            fields.append(FieldCode(prop, kind, annotation, default, description))
        bases = [*self.bases(name, code), "Model"]
        lines = [f"class {cls}({', '.join(bases)}):"]
        lines += indent(docstring(schema, fields))
        if schema.get("additionalProperties") is False:
            code.stdlib.add("from typing import Any, ClassVar")
            lines += ["", '    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}']
        if fields:
            lines.append("")
        for f in fields:
            arguments = ", ".join(a for a in (f.kind, f.default) if a)
            lines.append(f"    {f.name}: {f.annotation} = _field({arguments})")
        if any("Any" in f.annotation for f in fields):
            code.stdlib.add("from typing import Any")
        code.body = "\n".join(lines) + "\n"
        return code

    def bases(self, name: str, code: ModuleCode) -> list[str]:
        mixin = self.rules.get("mixins", {}).get(name)
        if mixin is None:
            return []
        module, cls = mixin.split(":")
        code.stdlib.add(f"from {module} import {cls}")
        return [cls]

    def free_form(self, name: str, schema: Schema) -> ModuleCode:
        cls = self.classes[name]
        code = ModuleCode(cls=cls, module=module_name(cls))
        code.runtime |= {"JSONDict"}
        extra = schema.get("additionalProperties", True)
        lines = [f"class {cls}({', '.join([*self.bases(name, code), 'JSONDict'])}):"]
        lines += indent(docstring(schema, []))
        if isinstance(extra, dict) and extra:
            kind, _ = self.translate(extra, code, cls, "value")
            code.runtime.add("kinds as _k")
            code.stdlib.add("from typing import ClassVar")
            lines += ["", f"    value_kind: ClassVar[_k.Kind] = {kind}"]
        code.body = "\n".join(lines) + "\n"
        return code

    def enum(self, cls: str, values: list[Any], description: str) -> ModuleCode:
        code = ModuleCode(cls=cls, module=module_name(cls))
        is_int = all(isinstance(v, int) for v in values)
        base = "IntEnum" if is_int else "StrEnum"
        code.stdlib.add(f"from enum import {base}")
        lines = [f"class {cls}({base}):"]
        if description:
            lines += indent(['"""' + escape(first_paragraph(description)) + '"""', ""])
        for value in values:
            member = enum_member(value)
            lines.append(f"    {member} = {value!r}")
        if not is_int:
            lines += [
                "",
                "    def __str__(self) -> str:",
                "        return str(self.value)",
                "",
                "    @classmethod",
                f'    def _missing_(cls, value: object) -> "{cls} | None":',
                "        # A newer server may send a value this client was generated without:",
                "        # it becomes an extra member rather than failing the whole answer.",
                "        if not isinstance(value, str):",
                "            return None",
                "        member = str.__new__(cls, value)",
                "        member._name_ = value",
                "        member._value_ = value",
                "        return member",
            ]
        code.body = "\n".join(lines) + "\n"
        return code

    def build(self) -> dict[str, ModuleCode]:
        out: dict[str, ModuleCode] = {}
        for name, schema in self.schemas.items():
            if self.is_enum(schema):
                code = self.enum(
                    self.classes[name], list(schema["enum"]), schema.get("description", "")
                )
            elif self.is_free_form(schema):
                code = self.free_form(name, schema)
            elif schema.get("type", "object") == "object":
                code = self.model(name, schema)
            else:
                raise SystemExit(f"schema {name} is neither an object nor an enum")
            out[code.module] = code
        for cls, (values, description) in sorted(self.inline_enums.items()):
            code = self.enum(cls, values, description)
            if code.module in out:
                raise SystemExit(f"inline enum {cls} clashes with a schema's module")
            out[code.module] = code
        return out


# -- rendering -------------------------------------------------------------------------------------


def render(code: ModuleCode, docline: str) -> str:
    lines = [f'"""{escape(docline)}"""', "", "from __future__ import annotations", ""]
    plain = sorted(line for line in code.stdlib if line.startswith("import "))
    froms = sorted(
        line for line in code.stdlib if line.startswith("from ") and "prefect_rest" not in line
    )
    typing_names: set[str] = set()
    other_froms = []
    for line in froms:
        if line.startswith("from typing import "):
            typing_names |= {n.strip() for n in line[len("from typing import ") :].split(",")}
        else:
            other_froms.append(line)
    if code.models:
        typing_names.add("TYPE_CHECKING")
    if typing_names:
        other_froms.append(f"from typing import {', '.join(sorted(typing_names))}")
    lines += plain + sorted(other_froms)
    if plain or other_froms:
        lines.append("")
    local = sorted(line for line in code.stdlib if "prefect_rest" in line)
    if code.runtime:
        names = ", ".join(sorted(code.runtime, key=lambda n: n.split(" ")[0]))
        local.insert(0, f"from {RUNTIME} import {names}")
    lines += local
    for enum_cls in sorted(code.enums - {code.cls}):
        lines.append(f"from .{module_name(enum_cls)} import {enum_cls}")
    if local or code.enums - {code.cls}:
        lines.append("")
    if code.models:
        lines.append("if TYPE_CHECKING:")
        for model_cls in sorted(code.models):
            lines.append(f"    from .{module_name(model_cls)} import {model_cls}")
        lines.append("")
    lines += ["", code.body]
    return "\n".join(lines)


def docstring(schema: Schema, fields: list[FieldCode]) -> list[str]:
    summary = first_paragraph(schema.get("description") or schema.get("title") or "")
    lines = ['"""' + escape(summary or "A Prefect API object.")]
    if fields:
        lines += ["", "Attributes:"]
        for f in fields:
            text = first_paragraph(f.description) or f.name.replace("_", " ")
            wrapped = textwrap.wrap(f"{f.name}: {escape(text)}", 92, subsequent_indent="        ")
            lines += ["    " + wrapped[0], *wrapped[1:]]
    lines.append('"""')
    return lines


def first_paragraph(text: str) -> str:
    text = text.strip().split("\n\n")[0]
    return re.sub(r"\s+", " ", text).strip()


def escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')


def indent(lines: list[str]) -> list[str]:
    return [("    " + line) if line else "" for line in lines]


def enum_member(value: Any) -> str:
    """A member's name is its value, as in Prefect's enums (`Operator.and_`,
    `Posture.Reactive`, `StateType.COMPLETED`), unless the value is no Python name."""
    if isinstance(value, int):
        return f"VALUE_{value}"
    if value.isidentifier() and not keyword.iskeyword(value):
        return str(value)
    name = re.sub(r"\W", "_", str(value)).upper()
    if not name or name[0].isdigit():
        name = f"VALUE_{name}"
    return name + "_" if keyword.iskeyword(name.lower()) else name


def models_init(codes: dict[str, ModuleCode]) -> str:
    classes = sorted((c.cls, c.module) for c in codes.values())
    lines = [
        '"""Every model of the Prefect API, by class name.',
        "",
        "Models load on first use (PEP 562): importing this package does not import its hundreds",
        "of modules, so `import prefect_rest` stays fast. Type checkers see the plain imports.",
        '"""',
        "",
        "from importlib import import_module",
        "from typing import TYPE_CHECKING, Any",
        "",
        "if TYPE_CHECKING:",
    ]
    lines += [f"    from .{module} import {cls}" for cls, module in classes]
    lines += ["", "_MODULE_OF: dict[str, str] = {"]
    lines += [f'    "{cls}": ".{module}",' for cls, module in classes]
    lines += [
        "}",
        "",
        "# Run time only: were the type checker to see a module __getattr__, it would accept any",
        "# name read from this package, misspelt ones included.",
        "if not TYPE_CHECKING:",
        "",
        "    def __getattr__(name: str) -> Any:",
        "        module = _MODULE_OF.get(name)",
        "        if module is None:",
        '            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")',
        "        value = getattr(import_module(module, __name__), name)",
        "        globals()[name] = value",
        "        return value",
        "",
        "    def __dir__() -> list[str]:",
        "        return sorted(__all__)",
        "",
        "",
        "__all__ = (",
    ]
    lines += [f'    "{cls}",' for cls, _ in classes]
    lines += [")", ""]
    return "\n".join(lines)


def write(spec: Schema, rules: dict[str, Any], target: Path) -> list[str]:
    """Write every model module and models/__init__.py into `target`; return class names."""
    writer = ModelsWriter(spec, rules)
    codes = writer.build()
    target.mkdir(parents=True, exist_ok=True)
    for code in codes.values():
        schema_name = next((n for n, c in writer.classes.items() if c == code.cls), None)
        schema = writer.schemas.get(schema_name or "", {})
        summary = first_paragraph(schema.get("description") or "")
        docline = f"{code.cls}: {summary}" if summary and summary != code.cls else code.cls
        (target / f"{code.module}.py").write_text(render(code, docline[:200]))
    (target / "__init__.py").write_text(models_init(codes))
    return sorted(c.cls for c in codes.values())


def main() -> None:  # for quick looks: python generator/models.py fixed.json OUT_DIR
    import sys
    import tomllib

    spec = json.loads(Path(sys.argv[1]).read_text())
    rules = tomllib.loads((Path(__file__).with_name("overrides.toml")).read_text()).get(
        "models", {}
    )
    print(len(write(spec, rules, Path(sys.argv[2]))), "modules")


if __name__ == "__main__":
    main()
