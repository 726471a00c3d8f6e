"""Flow-run extras: run inputs (the key/value store behind pause-for-input and
send/receive), labels, and single states by id."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from uuid import UUID

from prefect_api import models
from prefect_api.api.flow_run_states import read_flow_run_state
from prefect_api.api.flow_runs import (
    create_flow_run_input,
    delete_flow_run_input,
    filter_flow_run_input,
    read_flow_run,
    read_flow_run_input,
    update_flow_run_labels,
)
from prefect_rest._async.core import ClientCore
from prefect_rest._core.arguments import (
    as_count,
    as_uuid,
    json_object,
    no_surrogates,
    optional_text,
    str_list,
    text,
)
from prefect_rest._core.flow_run_inputs import (
    input_key,
)


class FlowRunInputsMixin(ClientCore):
    async def create_flow_run_input(
        self, flow_run_id: UUID, key: str, value: str, sender: str | None = None
    ) -> None:
        """Store `value` (a string, typically JSON) under `key` for a flow run.

        `key` may hold lowercase letters, digits and dashes only (ValueError otherwise).
        Raises `ObjectNotFound` for a missing run, `ObjectAlreadyExists` if the key is taken.
        """
        sender = optional_text(sender, "sender")
        flow_run_id = as_uuid(flow_run_id, "flow_run_id")
        key = input_key(key)
        if not isinstance(value, str):
            raise TypeError(f"value must be a str (e.g. JSON text), not {type(value).__name__}")
        no_surrogates(value, "value")
        body = models.CreateFlowRunInputBody(key=key, value=value, sender=sender)
        await self._send(create_flow_run_input.build_request(flow_run_id, body=body))

    async def read_flow_run_input(self, flow_run_id: UUID, key: str) -> str:
        """The value stored under `key` for a flow run; raises `ObjectNotFound` if none is."""
        flow_run_id = as_uuid(flow_run_id, "flow_run_id")
        key = input_key(key)
        response = await self._send(read_flow_run_input.build_request(flow_run_id, key))
        # The server answers text/plain, the value itself (the spec does not say so).
        return response.content.decode()

    async def filter_flow_run_input(
        self, flow_run_id: UUID, key_prefix: str, limit: int, exclude_keys: Iterable[str]
    ) -> list[models.FlowRunInput]:
        """Up to `limit` inputs of a flow run whose keys start with `key_prefix`, leaving
        out `exclude_keys`.

        Raises `ObjectNotFound` for a missing run: when nothing matches, the run is looked
        up (one more request) because the server answers a missing run with an empty list.
        """
        key_prefix = text(key_prefix, "key_prefix")
        limit = as_count(limit, "limit")
        flow_run_id = as_uuid(flow_run_id, "flow_run_id")
        if isinstance(exclude_keys, str):
            raise TypeError("exclude_keys must be a set of keys, not a single string")
        exclude_keys = str_list(exclude_keys, "exclude_keys")
        body = models.FilterFlowRunInputBody(
            prefix=key_prefix,
            limit=limit,
            # Sorted: a set's order changes from one process to the next.
            exclude_keys=sorted(set(exclude_keys)),
        )
        found = await self._call_list(
            filter_flow_run_input.build_request(flow_run_id, body=body), models.FlowRunInput
        )
        if not found:
            await self._send(read_flow_run.build_request(flow_run_id))  # ObjectNotFound if missing
        return found

    async def delete_flow_run_input(self, flow_run_id: UUID, key: str) -> None:
        """Delete the input stored under `key`; raises `ObjectNotFound` if there is none."""
        flow_run_id = as_uuid(flow_run_id, "flow_run_id")
        key = input_key(key)
        await self._send(delete_flow_run_input.build_request(flow_run_id, key))

    async def update_flow_run_labels(self, flow_run_id: UUID, labels: Mapping[str, Any]) -> None:
        """Add or change labels of a flow run (values: str, int, float or bool).

        Labels not named in `labels` are kept. Raises `ObjectNotFound` for a missing run.
        """
        flow_run_id = as_uuid(flow_run_id, "flow_run_id")
        if not isinstance(labels, Mapping):
            raise TypeError(f"labels must be a dict, not {type(labels).__name__}")
        for name, value in labels.items():
            if not isinstance(name, str):
                raise TypeError(f"label names must be strings, not {type(name).__name__}")
            if not isinstance(value, str | int | float | bool):
                raise TypeError(
                    f"labels[{name!r}]: values must be str, int, float or bool, "
                    f"not {type(value).__name__}"
                )
        labels = json_object(labels, "labels")  # NaN, lone surrogates
        await self._send(
            update_flow_run_labels.build_request(
                flow_run_id, body=models.UpdateFlowRunLabelsBody(labels)
            )
        )

    async def read_flow_run_state(self, flow_run_state_id: UUID) -> models.State:
        """One flow-run state by its id; raises `ObjectNotFound` if there is none."""
        flow_run_state_id = as_uuid(flow_run_state_id, "flow_run_state_id")
        return await self._call(read_flow_run_state.build_request(flow_run_state_id), models.State)
