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
from prefect_rest._core.arguments import as_model, as_uuid, optional_count, path_segment
from prefect_rest._core.query import VariableQuery, unset_if_none
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
        """Create a variable; returns it as stored.

        Args:
            variable: A `VariableCreate` or a dict of its fields (`name`, `value`, `tags`).

        Returns:
            The variable as stored.

        Raises:
            TypeError: A `variable` that is neither a `VariableCreate` nor a dict of its
                fields.
            ObjectAlreadyExists: The name is taken.
            UnprocessableEntity: A name the server refuses (lowercase letters, digits, ``-``
                and ``_`` only) or a value too long.
        """
        body = as_model(variable, models.VariableCreate, "create_variable(): variable")
        return await self._call(create_variable.build_request(body=body), models.Variable)

    async def read_variable_by_name(self, name: str) -> Variable | None:
        """The variable called `name`, or None if there is none (as in Prefect's client).

        Args:
            name: The variable's name.

        Returns:
            The variable, or None.

        Raises:
            TypeError: A `name` that is not a str.
            ValueError: A `name` that cannot be sent in a URL path (empty, "." or "..", or
                holding "/").
        """
        name = path_segment(name, "name")
        try:
            return await self._call(read_variable_by_name.build_request(name), models.Variable)
        except ObjectNotFound:
            return None

    async def read_variable(self, variable_id: UUID) -> Variable:
        """The variable with this id.

        Unlike `read_variable_by_name`, which keeps Prefect's None, a missing variable raises.

        Args:
            variable_id: The variable's id.

        Returns:
            The variable.

        Raises:
            TypeError: A `variable_id` that is neither a UUID nor a str.
            ValueError: A `variable_id` string that is not a UUID.
            ObjectNotFound: There is no such variable.
        """
        return await self._call(
            read_variable.build_request(as_uuid(variable_id, "variable_id")), models.Variable
        )

    async def read_variables(self, limit: int | None = None) -> list[Variable]:
        """The variables, ordered by name.

        Args:
            limit: How many; None is the server's default page (200). A larger `limit` is
                fetched in pages of 200 and returns exactly `limit` variables (or all there
                are).

        Returns:
            The variables, by name.

        Raises:
            TypeError: A `limit` that is not an int.
            ValueError: A negative `limit`.
        """
        limit = optional_count(limit, "limit")
        return await self._read_pages(self._variables_page, limit=limit, offset=0)

    async def _variables_page(self, limit: int | None, offset: int) -> list[Variable]:
        body = models.ReadVariablesBody(limit=unset_if_none(limit), offset=offset)
        return await self._call_list(read_variables.build_request(body=body), models.Variable)

    async def update_variable(self, variable: VariableUpdate | Mapping[str, Any]) -> None:
        """Change the fields set in `variable` on the variable named by its `name`.

        Setting ``value=None`` stores JSON null. Renaming is not possible through this method
        (the name says which variable to change): use `update_variable_by_id`.

        Args:
            variable: A `VariableUpdate` or a dict of its fields; its `name` is required.

        Raises:
            TypeError: A `variable` that is neither a `VariableUpdate` nor a dict of its
                fields.
            ValueError: A `variable` without a name.
            ObjectNotFound: There is no such variable.
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

        Unlike `update_variable`, a `name` in `variable` renames the variable.

        Args:
            variable_id: The variable's id.
            variable: A `VariableUpdate` or a dict of its fields.

        Raises:
            TypeError: An argument of the wrong type (named in the message).
            ValueError: A `variable_id` string that is not a UUID.
            ObjectNotFound: There is no such variable.
            ObjectAlreadyExists: The new name is taken (the server's integrity-conflict 409).
            UnprocessableEntity: A name or value the server refuses.
        """
        body = as_model(variable, models.VariableUpdate, "update_variable_by_id(): variable")
        await self._send(
            update_variable.build_request(as_uuid(variable_id, "variable_id"), body=body)
        )

    async def delete_variable_by_id(self, variable_id: UUID) -> None:
        """Delete the variable with this id.

        Args:
            variable_id: The variable's id.

        Raises:
            TypeError: A `variable_id` that is neither a UUID nor a str.
            ValueError: A `variable_id` string that is not a UUID.
            ObjectNotFound: There is no such variable.
        """
        await self._send(delete_variable.build_request(as_uuid(variable_id, "variable_id")))

    async def count_variables(self, variable_filter: VariableFilter | None = None) -> int:
        """How many variables match `variable_filter` (not in Prefect's client).

        Args:
            variable_filter: Criteria on the variables (name, tags...); all of them when None.

        Returns:
            The number of matching variables.

        Raises:
            TypeError: A filter of the wrong type.
        """
        query = VariableQuery(locals())
        body = models.CountVariablesBody(**query.body())
        return await self._call(count_variables.build_request(body=body), int)

    async def delete_variable_by_name(self, name: str) -> None:
        """Delete the variable called `name`.

        Args:
            name: The variable's name.

        Raises:
            TypeError: A `name` that is not a str.
            ValueError: A `name` that cannot be sent in a URL path (empty, "." or "..", or
                holding "/").
            ObjectNotFound: There is no such variable.
        """
        name = path_segment(name, "name")
        await self._send(delete_variable_by_name.build_request(name))
