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
    from . import create_block_type as create_block_type
    from . import delete_block_type as delete_block_type
    from . import install_system_block_types as install_system_block_types
    from . import read_block_document_by_name_for_block_type as read_block_document_by_name_for_block_type
    from . import read_block_documents_for_block_type as read_block_documents_for_block_type
    from . import read_block_type_by_id as read_block_type_by_id
    from . import read_block_type_by_slug as read_block_type_by_slug
    from . import read_block_types as read_block_types
    from . import update_block_type as update_block_type

OPERATIONS = frozenset(
    {
        "create_block_type",
        "delete_block_type",
        "install_system_block_types",
        "read_block_document_by_name_for_block_type",
        "read_block_documents_for_block_type",
        "read_block_type_by_id",
        "read_block_type_by_slug",
        "read_block_types",
        "update_block_type",
    }
)


def __getattr__(name: str) -> ModuleType:
    if name not in OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return lazy_submodule(globals(), name)


def __dir__() -> list[str]:
    return sorted(OPERATIONS)
