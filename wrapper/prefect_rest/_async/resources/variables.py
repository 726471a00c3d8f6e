"""Variables: create, read, update and delete (by name or by id), count.

A variable's value is any JSON value (str, number, bool, list, dict or null; at most 5000
characters as JSON). A dict value comes back as a mapping model: ``variable.value["key"]``
works, ``variable.value.to_dict()`` gives the plain dict.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

from prefect_api import models
from prefect_api.api.variables import (
    count_variables,
    create_variable,
    delete_variable,
    delete_variable_by_name,
    read_variable,
    read_variable_by_name,
    read_variables,
    update_variable,
    update_variable_by_name,
)
from prefect_rest._async.core import ClientCore
from prefect_rest._core.arguments import as_filter, as_model, as_uuid, optional_count, path_segment
from prefect_rest._core.filters import unset_if_none
from prefect_rest._core.variables import (
    variable_name,
)
from prefect_rest.exceptions import ObjectNotFound

if TYPE_CHECKING:
    from prefect_api.models import (
        Variable,
        VariableCreate,
        VariableUpdate,
    )
    from prefect_rest.schemas.filters import VariableFilter


class VariablesMixin(ClientCore):
    async def create_variable(self, variable: VariableCreate | Mapping[str, Any]) -> Variable:
        """Create a variable (a `VariableCreate` or a dict); returns it as stored.

        Raises `ObjectAlreadyExists` if the name is taken, `UnprocessableEntity` for a name
        the server refuses (lowercase letters, digits, ``-`` and ``_`` only) or a value too long.
        """
        body = as_model(variable, models.VariableCreate, "create_variable(): variable")
        return await self._call(create_variable.build_request(body=body), models.Variable)

    async def read_variable_by_name(self, name: str) -> Variable | None:
        """The variable called `name`, or None if there is none (as in Prefect's client)."""
        name = path_segment(name, "name")
        try:
            return await self._call(
                read_variable_by_name.build_request(variable_name(name)), models.Variable
            )
        except ObjectNotFound:
            return None

    async def read_variable(self, variable_id: UUID) -> Variable:
        """The variable with this id. Raises `ObjectNotFound` if there is none (unlike
        `read_variable_by_name`, which keeps Prefect's None)."""
        return await self._call(
            read_variable.build_request(as_uuid(variable_id, "variable_id")), models.Variable
        )

    async def read_variables(self, limit: int | None = None) -> list[Variable]:
        """Variables ordered by name; `limit` above 200 fetches several pages, None asks for
        the server's default page."""
        limit = optional_count(limit, "limit")

        async def page(page_limit: int | None, page_offset: int) -> list[Variable]:
            body = models.ReadVariablesBody(limit=unset_if_none(page_limit), offset=page_offset)
            return await self._call_list(read_variables.build_request(body=body), models.Variable)

        return await self._read_pages(page, limit=limit, offset=0)

    async def update_variable(self, variable: VariableUpdate | Mapping[str, Any]) -> None:
        """Change the fields set in `variable` on the variable named by its `name`.

        Setting ``value=None`` stores JSON null. Raises `ObjectNotFound` if there is no such
        variable; ValueError if `variable` has no name.
        """
        body = as_model(variable, models.VariableUpdate, "update_variable(): variable")
        if not isinstance(body.name, str) or not body.name:
            raise ValueError(
                "update_variable(): the VariableUpdate needs a `name`: it says which variable "
                "to update (renaming is not possible through this method)"
            )
        await self._send(update_variable_by_name.build_request(body.name, body=body))

    async def update_variable_by_id(
        self, variable_id: UUID, variable: VariableUpdate | Mapping[str, Any]
    ) -> None:
        """Change the fields set in `variable` on the variable with this id.

        Unlike `update_variable`, a `name` in `variable` renames the variable. Raises
        `ObjectNotFound` if there is no such variable, `ObjectAlreadyExists` if the new name
        is taken (the server's integrity-conflict 409), `UnprocessableEntity` for a name or
        value the server refuses.
        """
        body = as_model(variable, models.VariableUpdate, "update_variable_by_id(): variable")
        await self._send(
            update_variable.build_request(as_uuid(variable_id, "variable_id"), body=body)
        )

    async def delete_variable_by_id(self, variable_id: UUID) -> None:
        """Delete the variable with this id. Raises `ObjectNotFound` if there is none."""
        await self._send(delete_variable.build_request(as_uuid(variable_id, "variable_id")))

    async def count_variables(self, variable_filter: VariableFilter | None = None) -> int:
        """How many variables match `variable_filter` (all of them without one; not in
        Prefect's client)."""
        variable_filter = as_filter(variable_filter, models.VariableFilter, "variable_filter")
        body = models.CountVariablesBody(variables=unset_if_none(variable_filter))
        return await self._call(count_variables.build_request(body=body), int)

    async def delete_variable_by_name(self, name: str) -> None:
        """Delete the variable called `name`. Raises `ObjectNotFound` if there is none."""
        name = path_segment(name, "name")
        await self._send(delete_variable_by_name.build_request(variable_name(name)))
