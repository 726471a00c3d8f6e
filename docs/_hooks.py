"""mkdocs hooks of the docs site (mkdocs.yml `hooks:`).

Two jobs, so that each text exists once and the site cannot drift from the code:

- Repository links. Pages include sections of README.md and BENCHMARKS.md (pymdownx.snippets),
  whose links are written for the repository (`docs/porting.md`, `#the-local-server`). A
  tree processor, run after the includes, points them at the site's pages. Any link it does
  not know is left alone for mkdocs' own check (`--strict` fails on a broken one).
- Generated tables. `<!-- generated: settings -->` becomes the table of every setting
  `prefect_rest.settings` reads (names, default, meaning from the `Settings` docstring's
  `Attributes:` section); `<!-- generated: exceptions -->` becomes the tree of every
  `PrefectRestError` subclass, `<!-- generated: exceptions-reference -->` the reference entry
  of each name `prefect_rest.exceptions` exports. A setting without a documented meaning, or
  an exception class the reference does not cover, fails the build.
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import posixpath
import re
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element

from griffe import Docstring, DocstringSectionAttributes
from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

# Repository path (relative to the project root) -> site page (relative to docs/).
_REPO_FILES = {
    "BENCHMARKS.md": "benchmarks.md",
    "README.md": "index.md",
}
# README's own section anchors -> the page that holds that section on the site.
_README_ANCHORS = {
    "the-local-server": "local-server.md",
    "settings": "settings.md",
    "errors": "errors.md",
}

# The page being rendered: links are rewritten relative to it (set before each render).
_current_page_dir = ""


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    config.markdown_extensions.append(_RepositoryLinks())  # type: ignore[arg-type]
    return config


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    global _current_page_dir
    _current_page_dir = posixpath.dirname(page.file.src_uri)
    for marker, build in _GENERATED.items():
        if marker in markdown:
            markdown = markdown.replace(marker, build())
    return markdown


# --- repository links ------------------------------------------------------------------------


def _site_target(target: str) -> str | None:
    """The site's link for a repository link, or None to leave it as written."""
    if "://" in target or target.startswith("mailto:"):
        return None
    path, hash_, anchor = target.partition("#")
    if not path:
        page = _README_ANCHORS.get(anchor)
        return None if page is None else _relative(page)
    if path.startswith("docs/"):
        return _relative(path.removeprefix("docs/")) + hash_ + anchor
    if path in _REPO_FILES:
        if path == "README.md" and anchor in _README_ANCHORS:
            return _relative(_README_ANCHORS[anchor])
        return _relative(_REPO_FILES[path]) + hash_ + anchor
    return None


def _relative(docs_path: str) -> str:
    return posixpath.relpath(docs_path, _current_page_dir or ".")


class _RewriteLinks(Treeprocessor):
    def run(self, root: Element) -> None:
        for element in root.iter():
            attribute = {"a": "href", "img": "src"}.get(element.tag)
            if attribute is None:
                continue
            target = _site_target(element.get(attribute, ""))
            if target is not None:
                element.set(attribute, target)


class _RepositoryLinks(Extension):
    def extendMarkdown(self, md: Markdown) -> None:  # Markdown's name for it
        # Above mkdocs' own link processing (priority 0), which checks the links.
        md.treeprocessors.register(_RewriteLinks(md), "repository_links", 5)


# --- generated tables ------------------------------------------------------------------------


def _settings_table() -> str:
    settings = importlib.import_module("prefect_rest.settings")
    meanings = _attribute_docs(settings.Settings)
    defaults = settings.Settings()
    rows = ["| Setting | Default | Meaning |", "|---|---|---|"]
    for setting in settings._SETTINGS:
        meaning = meanings.get(setting.attr)
        if not meaning:
            raise PluginError(
                f"Settings.{setting.attr} ({setting.names[0]}) has no entry in the `Attributes:` "
                "section of the Settings docstring: document it there"
            )
        names = " ".join(f"`{name}`" for name in setting.names[:1])
        also = [*setting.names[1:], *setting.fallback]
        if also:
            names += " (also " + ", ".join(f"`{name}`" for name in also) + ")"
        default = _show_default(getattr(defaults, setting.attr))
        rows.append(f"| {names} | {default} | {_meaning(setting, meaning)} |")
    return "\n".join(rows)


# An attribute's description starts with the variable it is read from: "`PREFECT_API_URL`: ..."
# ("Ours: " first for prefect-rest's own settings).
_READ_FROM = re.compile(r"(?P<ours>Ours: )?`(?P<name>[A-Z0-9_]+)`(?: \(else `[A-Z0-9_]+`\))?: ")


def _meaning(setting: Any, description: str) -> str:
    """The description without its leading variable name, which must be the setting's."""
    match = _READ_FROM.match(description)
    if match is None or match["name"] != setting.names[0]:
        raise PluginError(
            f"The Settings docstring's entry for {setting.attr} must start with "
            f"`{setting.names[0]}`: (the variable it is read from), not {description[:40]!r}"
        )
    text = description[match.end() :]
    return _one_line(("Ours: " if match["ours"] else "") + text[:1].upper() + text[1:])


def _attribute_docs(cls: type) -> dict[str, str]:
    sections = Docstring(inspect.getdoc(cls) or "").parse("google")
    found: dict[str, str] = {}
    for section in sections:
        if isinstance(section, DocstringSectionAttributes):
            found.update({item.name: item.description for item in section.value})
    known = {f.name for f in dataclasses.fields(cls)}
    unknown = set(found) - known
    if unknown:
        raise PluginError(f"The Settings docstring documents fields it does not have: {unknown}")
    return found


def _show_default(value: Any) -> str:
    if value is None or value == "" or (isinstance(value, frozenset | dict) and not value):
        return "(unset)"
    if isinstance(value, bool):
        return f"`{str(value).lower()}`"
    if isinstance(value, float) and value.is_integer():
        return f"`{int(value)}`"
    if isinstance(value, Path):
        home = str(Path.home())
        text = str(value)
        return f"`~{text[len(home) :]}`" if text.startswith(home) else f"`{text}`"
    if not isinstance(value, str | int | float):
        value = dict(value) if hasattr(value, "items") else value
        if not value:
            return "(unset)"
    return f"`{value}`"


def _one_line(text: str) -> str:
    """One line of Markdown for a table cell or list item: no breaks, no bars, no raw HTML."""
    parts = re.sub(r"\s*\n\s*", " ", text.strip()).replace("|", "\\|").split("`")
    # Outside code spans (the even parts) a "<url>" would be taken for an HTML tag.
    for index in range(0, len(parts), 2):
        parts[index] = parts[index].replace("<", "&lt;").replace(">", "&gt;")
    return "`".join(parts)


def _exception_tree() -> str:
    exceptions = importlib.import_module("prefect_rest.exceptions")
    local_server = importlib.import_module("prefect_rest.local_server")
    documented = {
        **{name: f"prefect_rest.exceptions.{name}" for name in exceptions.__all__},
        **{name: f"prefect_rest.local_server.{name}" for name in local_server.__all__},
    }
    aliases: dict[type, list[str]] = {}
    for name in exceptions.__all__:
        value = getattr(exceptions, name)
        if isinstance(value, type) and value.__name__ != name:
            aliases.setdefault(value, []).append(name)
    lines: list[str] = []

    def walk(cls: type, depth: int) -> None:
        if cls.__name__ not in documented:
            raise PluginError(
                f"{cls.__module__}.{cls.__qualname__} is not exported by prefect_rest.exceptions "
                "or prefect_rest.local_server, so the reference cannot link it"
            )
        notes = [f"alias `{alias}`" for alias in aliases.get(cls, [])]
        notes += [
            f"also `{_qualified(base)}`"
            for base in cls.__bases__
            if not issubclass(base, exceptions.PrefectRestError) and base is not Exception
        ]
        summary = (inspect.getdoc(cls) or "").split("\n\n")[0]
        link = f"[`{cls.__name__}`][{documented[cls.__name__]}]"
        extra = f" ({'; '.join(notes)})" if notes else ""
        lines.append(f"{'    ' * depth}- {link}{extra}: {_one_line(summary)}")
        for subclass in cls.__subclasses__():
            if subclass.__module__.startswith("prefect_rest."):
                walk(subclass, depth + 1)

    walk(exceptions.PrefectRestError, 0)
    return "\n".join(lines)


def _exception_reference() -> str:
    """A mkdocstrings entry for each class and function of prefect_rest.exceptions, in source
    order, and a line for the names it exports for other modules' classes.

    Not the module itself: its docstring's plain-text tree would render as one paragraph.
    """
    exceptions = importlib.import_module("prefect_rest.exceptions")
    public = set(exceptions.__all__)
    own, aliases = [], []
    for name, value in vars(exceptions).items():
        if name not in public:
            continue
        home = getattr(value, "__module__", None)
        if home == exceptions.__name__ and getattr(value, "__name__", None) == name:
            own.append(f"::: prefect_rest.exceptions.{name}")
        else:
            target = f"{_qualified(value)}" if home != exceptions.__name__ else value.__name__
            aliases.append(f"`{name}` (= `{target}`)")
    missing = public - set(vars(exceptions))
    if missing:
        raise PluginError(f"prefect_rest.exceptions.__all__ names what it lacks: {missing}")
    lines = []
    if aliases:
        lines.append("Also exported, under Prefect's names: " + ", ".join(aliases) + ".")
    return "\n\n".join([*lines, *own])


_GENERATED = {
    "<!-- generated: settings -->": _settings_table,
    "<!-- generated: exceptions -->": _exception_tree,
    "<!-- generated: exceptions-reference -->": _exception_reference,
}


def _qualified(cls: type) -> str:
    module = "httpx" if cls.__module__.startswith("httpx") else cls.__module__
    return cls.__name__ if module == "builtins" else f"{module}.{cls.__name__}"
