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
    from . import count_block_documents as count_block_documents
    from . import create_block_document as create_block_document
    from . import delete_block_document as delete_block_document
    from . import read_block_document_by_id as read_block_document_by_id
    from . import read_block_documents as read_block_documents
    from . import update_block_document_data as update_block_document_data

OPERATIONS = frozenset(
    {
        "count_block_documents",
        "create_block_document",
        "delete_block_document",
        "read_block_document_by_id",
        "read_block_documents",
        "update_block_document_data",
    }
)


def __getattr__(name: str) -> ModuleType:
    if name not in OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return lazy_submodule(globals(), name)


def __dir__() -> list[str]:
    return sorted(OPERATIONS)
