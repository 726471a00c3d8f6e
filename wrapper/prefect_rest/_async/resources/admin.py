"""Server administration: settings and the default result storage."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

from prefect_api import models
from prefect_api.api.admin import (
    clear_server_default_result_storage,
    read_server_default_result_storage,
    read_settings,
    update_server_default_result_storage,
)
from prefect_rest._async.core import ClientCore
from prefect_rest._core.arguments import as_uuid
from prefect_rest.exceptions import ResponseValidationError

if TYPE_CHECKING:
    from prefect_api.models import ServerDefaultResultStorage


class AdminMixin(ClientCore):
    async def read_settings(self) -> dict[str, Any]:
        """The server's current settings (``GET /admin/settings``).

        A plain dict rather than a model: the settings tree changes with every Prefect
        release, and a newer server's extra settings should not need a newer client.

        Returns:
            The settings as a nested dict; secret values (passwords, keys, the auth
            string) come back masked by the server.

        Raises:
            ResponseValidationError: The answer is not a JSON object.
        """
        response = await self._send(read_settings.build_request())
        try:
            settings = response.json()
        except ValueError as error:
            raise ResponseValidationError(response, error) from error
        if not isinstance(settings, dict):
            problem = TypeError(f"expected a JSON object, got {type(settings).__name__}")
            raise ResponseValidationError(response, problem)
        return settings

    async def read_server_default_result_storage(self) -> ServerDefaultResultStorage:
        """The block the server tells clients to store results in.

        Returns:
            The setting; its ``default_result_storage_block_id`` is None when none is
            configured.
        """
        return await self._call(
            read_server_default_result_storage.build_request(), models.ServerDefaultResultStorage
        )

    async def update_server_default_result_storage(
        self, default_result_storage_block_id: UUID
    ) -> ServerDefaultResultStorage:
        """Make a block document the server's default result storage.

        Args:
            default_result_storage_block_id: The block document's id.

        Returns:
            The setting, as stored.

        Raises:
            TypeError: `default_result_storage_block_id` is not a UUID or a str.
            ValueError: `default_result_storage_block_id` is a str that is not a UUID.
            ObjectNotFound: There is no such block document.
            UnprocessableEntity: Its block type cannot store results (it lacks the
                ``write-path`` capability, e.g. a Secret block).
        """
        block_id = as_uuid(default_result_storage_block_id, "default_result_storage_block_id")
        body = models.ServerDefaultResultStorageUpdate(default_result_storage_block_id=block_id)
        return await self._call(
            update_server_default_result_storage.build_request(body=body),
            models.ServerDefaultResultStorage,
        )

    async def clear_server_default_result_storage(self) -> None:
        """Remove the server's default result storage setting (fine if none is set)."""
        await self._send(clear_server_default_result_storage.build_request())
