"""Variables: create, read, update, delete.

A variable's value is any JSON value (str, number, bool, list, dict or null; at most 5000
characters as JSON). A dict value comes back as a mapping model: ``variable.value["key"]``
works, ``variable.value.to_dict()`` gives the plain dict.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from prefect_api.api.variables import (
    create_variable,
    delete_variable_by_name,
    read_variable_by_name,
    read_variables,
    update_variable_by_name,
)
from prefect_api.models import ReadVariablesBody, Variable, VariableCreate, VariableUpdate
from prefect_rest._async.core import ClientCore
from prefect_rest._async.resources.global_concurrency import as_model
from prefect_rest._core.filters import unset_if_none
from prefect_rest.exceptions import ObjectNotFound


class VariablesMixin(ClientCore):
    async def create_variable(self, variable: VariableCreate | Mapping[str, Any]) -> Variable:
        """Create a variable (a `VariableCreate` or a dict); returns it as stored.

        Raises `ObjectAlreadyExists` if the name is taken, `UnprocessableEntity` for a name
        the server refuses (lowercase letters, digits, ``-`` and ``_`` only) or a value too long.
        """
        body = as_model(variable, VariableCreate, "create_variable", "variable")
        return await self._call(create_variable, Variable, body=body)

    async def read_variable_by_name(self, name: str) -> Variable | None:
        """The variable called `name`, or None if there is none (as in Prefect's client)."""
        try:
            return await self._call(read_variable_by_name, Variable, _name(name))
        except ObjectNotFound:
            return None

    async def read_variables(self, limit: int | None = None) -> list[Variable]:
        """Variables ordered by name; `limit` above 200 fetches several pages, None asks for
        the server's default page."""

        async def page(page_limit: int | None, page_offset: int) -> list[Variable]:
            body = ReadVariablesBody(limit=unset_if_none(page_limit), offset=page_offset)
            return await self._call_list(read_variables, Variable, body=body)

        return await self._read_pages(page, limit=limit, offset=0)

    async def update_variable(self, variable: VariableUpdate | Mapping[str, Any]) -> None:
        """Change the fields set in `variable` on the variable named by its `name`.

        Setting ``value=None`` stores JSON null. Raises `ObjectNotFound` if there is no such
        variable; ValueError if `variable` has no name.
        """
        body = as_model(variable, VariableUpdate, "update_variable", "variable")
        if not isinstance(body.name, str) or not body.name:
            raise ValueError(
                "update_variable(): the VariableUpdate needs a `name`: it says which variable "
                "to update (renaming is not possible through this method)"
            )
        await self._request(update_variable_by_name, body.name, body=body)

    async def delete_variable_by_name(self, name: str) -> None:
        """Delete the variable called `name`. Raises `ObjectNotFound` if there is none."""
        await self._request(delete_variable_by_name, _name(name))


def _name(name: str) -> str:
    # An empty name would address another route (/variables/name/ is not a variable).
    if not isinstance(name, str):
        raise TypeError(f"a variable name must be a str, not {type(name).__name__}")
    if not name:
        raise ValueError("a variable name must not be empty")
    return name
