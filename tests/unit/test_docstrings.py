"""The API reference (`make docs`) is generated from the docstrings: check them.

- Every public method and property of PrefectClient and SyncPrefectClient has a docstring of
  its own (an undocumented method would be an empty entry in the reference).
- A docstring that has an ``Args:`` section (Google style, as mkdocstrings reads it) names
  every parameter of its function and no other, and says what it gives back (``Returns:``, or
  ``Yields:`` for an ``iter_*`` generator).
- Every public method and property of both clients, and the other public functions listed in
  `DOCUMENTED`, have complete Google-style sections.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from prefect_rest import states
from prefect_rest._async.client import PrefectClient
from prefect_rest._async.core import ClientCore
from prefect_rest._sync.client import SyncPrefectClient
from prefect_rest.client import get_client
from prefect_rest.settings import Settings, load_settings

CLIENTS = (PrefectClient, SyncPrefectClient)

# Section titles Google style (and mkdocstrings) knows; a line "Title:" alone starts one.
_SECTION = re.compile(
    r"(Args|Arguments|Parameters|Returns|Yields|Raises|Examples?|Notes?|Attributes|Warns?"
    r"|Warnings?|See Also|Todo|References?|Other Parameters|Keyword Args)\s*:"
)
_ENTRY = re.compile(r"(\*{0,2}\w+)\s*(?:\([^)]*\))?\s*:")


def public_members(cls: type) -> Iterator[tuple[str, Any]]:
    """Each public method or property of `cls` (inherited ones included), as defined."""
    for name in sorted(dir(cls)):
        if name.startswith("_"):
            continue
        member = inspect.getattr_static(cls, name)
        if isinstance(member, property):
            yield name, member.fget
        elif isinstance(member, staticmethod | classmethod):
            yield name, member.__func__
        elif inspect.isfunction(member):
            yield name, member


def sections(doc: str) -> dict[str, list[str]]:
    """A cleaned docstring's Google sections: title -> the section's lines (dedented)."""
    found: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in doc.splitlines():
        if _SECTION.fullmatch(line):
            current = found.setdefault(line.rstrip(":").strip(), [])
        elif current is not None and (line.startswith("    ") or not line.strip()):
            current.append(line[4:])
        else:
            current = None  # back to prose
    return found


def documented_params(lines: list[str]) -> list[str]:
    """The parameter names an ``Args:`` section's entries give (continuations skipped)."""
    names = []
    for line in lines:
        if line[:1].strip() and (match := _ENTRY.match(line)):
            names.append(match.group(1).lstrip("*"))
    return names


def gaps(function: Callable[..., Any]) -> list[str]:
    """What a Google-style docstring of `function` is missing; [] when complete."""
    doc = inspect.cleandoc(function.__doc__ or "")
    if not doc:
        return ["no docstring"]
    found = sections(doc)
    signature = inspect.signature(function)
    # A method's own first parameter is not documented; a function's `cls` (the states'
    # constructors take the class to build) is.
    bound = ("self", "cls") if "." in function.__qualname__ else ()
    params = [name for name in signature.parameters if name not in bound]
    problems = []
    args = documented_params(found.get("Args", []))
    if params and not args:
        problems.append("no Args section")
    elif args:
        missing = [name for name in params if name not in args]
        unknown = [name for name in args if name not in params]
        if missing:
            problems.append(f"Args lacks {missing}")
        if unknown:
            problems.append(f"Args names no such parameter: {unknown}")
    generator = inspect.isasyncgenfunction(function) or inspect.isgeneratorfunction(function)
    gives_back = signature.return_annotation not in ("None", None) and (
        function.__name__ != "__init__"
    )
    if generator and "Yields" not in found:
        problems.append("no Yields section")
    elif not generator and gives_back and "Returns" not in found:
        problems.append("no Returns section")
    return problems


# Public functions outside the clients: each must have complete sections.
DOCUMENTED: list[Callable[..., Any]] = [
    get_client,
    ClientCore.__init__,
    load_settings,
    Settings.redacted,
    *(
        getattr(states, name)
        for name in states.__all__
        if inspect.isfunction(getattr(states, name))
    ),
]


@pytest.mark.parametrize("cls", CLIENTS, ids=lambda cls: cls.__name__)
def test_every_public_method_has_a_docstring(cls: type) -> None:
    members = list(public_members(cls))
    assert len(members) > 150  # the whole client, not an empty walk
    undocumented = [name for name, function in members if not (function.__doc__ or "").strip()]
    assert undocumented == []


@pytest.mark.parametrize("cls", CLIENTS, ids=lambda cls: cls.__name__)
def test_every_args_section_is_complete(cls: type) -> None:
    with_args = {
        name: gaps(function)
        for name, function in public_members(cls)
        if "Args" in sections(inspect.cleandoc(function.__doc__ or ""))
    }
    assert "request" in with_args  # converted ones are seen
    assert {name: problems for name, problems in with_args.items() if problems} == {}


@pytest.mark.parametrize("cls", CLIENTS, ids=lambda cls: cls.__name__)
def test_every_public_method_has_google_sections(cls: type) -> None:
    incomplete = {name: gaps(function) for name, function in public_members(cls)}
    assert {name: problems for name, problems in incomplete.items() if problems} == {}


@pytest.mark.parametrize("function", DOCUMENTED, ids=lambda function: function.__qualname__)
def test_public_functions_have_google_sections(function: Callable[..., Any]) -> None:
    assert gaps(function) == []


def test_gaps_finds_what_is_missing() -> None:
    def undocumented(a: int) -> int:
        return a

    def partial(a: int, b: int) -> int:
        """Add.

        Args:
            a: One.
            c: Not a parameter.
        """
        return a + b

    async def walk(a: int) -> Any:
        """Walk.

        Args:
            a: How far.
        """
        yield a

    assert gaps(undocumented) == ["no docstring"]
    assert gaps(partial) == [
        "Args lacks ['b']",
        "Args names no such parameter: ['c']",
        "no Returns section",
    ]
    assert gaps(walk) == ["no Yields section"]
