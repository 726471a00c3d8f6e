# Generated from openapi.json by `make generate`. Do not edit by hand.
"""Submodules that load on first attribute access (for api/<tag>/__init__.py)."""

import threading
from importlib import import_module
from types import ModuleType
from typing import Any

_loading = threading.RLock()


class _LazySubmodule(ModuleType):
    """Stands in for a submodule until one of its attributes is read, then becomes it.

    Not put in sys.modules: the real module is imported the ordinary way (with the import
    system's own locking) on first use, and its namespace copied here so later reads are
    plain attribute lookups.
    """

    def __getattr__(self, name: str) -> Any:
        with _loading:
            real = import_module(self.__name__)
            self.__dict__.update(real.__dict__)
        return getattr(real, name)


def lazy_submodule(package_globals: dict[str, Any], name: str) -> ModuleType:
    """The submodule `name` of the package whose globals are given, unloaded until used."""
    with _loading:
        existing = package_globals.get(name)
        if isinstance(existing, ModuleType):
            return existing
        module = _LazySubmodule(f"{package_globals['__name__']}.{name}")
        package_globals[name] = module
        return module
