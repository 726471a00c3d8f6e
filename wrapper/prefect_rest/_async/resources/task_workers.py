"""Task workers: the workers serving background tasks, as the server sees them."""

from __future__ import annotations

from collections.abc import Iterable

from prefect_api import models
from prefect_api.api.task_workers import read_task_workers
from prefect_rest._async.core import ClientCore
from prefect_rest._core.arguments import tag_list


class TaskWorkersMixin(ClientCore):
    async def read_task_workers(
        self, task_keys: Iterable[str] | None = None
    ) -> list[models.TaskWorkerResponse]:
        """The task workers connected to the server now.

        The server knows a worker only while its websocket subscription is open, and keeps
        this list in memory (a restarted server starts empty).

        Args:
            task_keys: Only workers serving any of these task keys; every worker if None.
                ``[]`` asks for the workers of no task and returns ``[]`` without a request
                (the server would answer with every worker).

        Returns:
            The workers: each has an `.identifier`, the `.task_keys` it serves and the
            `.timestamp` it was last seen.

        Raises:
            TypeError: `task_keys` is not a list of str.
        """
        keys = None if task_keys is None else tag_list(task_keys, "task_keys")
        if keys == []:
            return []
        body = models.ReadTaskWorkersBody()
        if keys is not None:
            body.task_worker_filter = models.TaskWorkerFilter(task_keys=keys)
        return await self._call_list(
            read_task_workers.build_request(body=body), models.TaskWorkerResponse
        )
