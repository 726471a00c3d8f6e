"""Variables: argument checks and body mapping, no I/O.

Shared by the async client and its generated sync twin: one copy, the same types.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from uuid import UUID

if TYPE_CHECKING:
    pass


def variable_name(name: str) -> str:
    # An empty name would address another route (/variables/name/ is not a variable).
    if not isinstance(name, str):
        raise TypeError(f"a variable name must be a str, not {type(name).__name__}")
    if not name:
        raise ValueError("a variable name must not be empty")
    return name


def variable_id_arg(variable_id: UUID) -> UUID:
    # A str that is not a UUID would address another route (/variables/name/... or 404).
    if isinstance(variable_id, UUID):
        return variable_id
    if isinstance(variable_id, str):
        try:
            return UUID(variable_id)
        except ValueError:
            raise ValueError(f"variable_id is not a valid UUID: {variable_id!r}") from None
    raise TypeError(f"variable_id must be a UUID, not {type(variable_id).__name__}")
