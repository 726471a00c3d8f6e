# Generated from openapi.json by `make generate`. Do not edit by hand.
"""Endpoint modules of this tag, each loaded on first use.

`from prefect_api.api.<tag> import <operation>` hands back the operation's module without
running it: its code, and the models it imports, load when one of its attributes is first
read. Importing a client that names every operation therefore costs almost nothing until
an operation is called. Type checkers see the plain imports.
"""

from types import ModuleType
from typing import TYPE_CHECKING

from ..._lazy import lazy_submodule

if TYPE_CHECKING:
    from . import count_automations as count_automations
    from . import create_automation as create_automation
    from . import delete_automation as delete_automation
    from . import delete_automations_owned_by_resource as delete_automations_owned_by_resource
    from . import patch_automation as patch_automation
    from . import read_automation as read_automation
    from . import read_automations as read_automations
    from . import read_automations_related_to_resource as read_automations_related_to_resource
    from . import update_automation as update_automation
    from . import validate_template as validate_template
    from . import validate_template_legacy as validate_template_legacy

OPERATIONS = frozenset(
    {
        "count_automations",
        "create_automation",
        "delete_automation",
        "delete_automations_owned_by_resource",
        "patch_automation",
        "read_automation",
        "read_automations",
        "read_automations_related_to_resource",
        "update_automation",
        "validate_template",
        "validate_template_legacy",
    }
)


def __getattr__(name: str) -> ModuleType:
    if name not in OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return lazy_submodule(globals(), name)


def __dir__() -> list[str]:
    return sorted(OPERATIONS)
