"""Flow-run extras: run inputs (the key/value store behind pause-for-input and
send/receive), labels, and single states by id."""

from __future__ import annotations

import re
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

# The server's rule for input keys (checked there only after the request is accepted, where
# a bad key ends in a 500): lowercase letters, digits and dashes.
# Non-empty: an empty key would address the run's input collection, not one input.
INPUT_KEY = re.compile(r"^[a-z0-9-]+$")


def input_key(key: object) -> str:
    """A flow-run input key: lowercase letters, digits and dashes (the server's rule)."""
    if not isinstance(key, str):
        raise TypeError(f"key must be a str, not {type(key).__name__}")
    if not INPUT_KEY.match(key):
        raise ValueError(f"key must only contain lowercase letters, numbers, and dashes: {key!r}")
    return key


class FlowRunInputsMixin(ClientCore):
    async def create_flow_run_input(
        self, flow_run_id: UUID, key: str, value: str, sender: str | None = None
    ) -> None:
        """Store `value` under `key` for a flow run.

        Args:
            flow_run_id: The run.
            key: The input's key: lowercase letters, digits and dashes.
            value: The value, a str (typically JSON).
            sender: Who sent it (free text; Prefect's run inputs send
                ``prefect.flow-run.<id>`` from a flow run).

        Raises:
            TypeError: An argument of the wrong type (named in the message).
            ValueError: A `flow_run_id` string that is not a UUID, or a `key` with other
                characters than lowercase letters, digits and dashes.
            ObjectNotFound: A missing run.
            ObjectAlreadyExists: The key is taken.
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
        """The value stored under `key` for a flow run.

        Args:
            flow_run_id: The run.
            key: The input's key.

        Returns:
            The value, as stored.

        Raises:
            TypeError: An argument of the wrong type (named in the message).
            ValueError: A `flow_run_id` string that is not a UUID, or a `key` with other
                characters than lowercase letters, digits and dashes.
            ObjectNotFound: A missing run, or no input under `key`.
        """
        flow_run_id = as_uuid(flow_run_id, "flow_run_id")
        key = input_key(key)
        response = await self._send(read_flow_run_input.build_request(flow_run_id, key))
        # The server answers text/plain, the value itself (the spec does not say so).
        return response.content.decode()

    async def filter_flow_run_input(
        self, flow_run_id: UUID, key_prefix: str, limit: int, exclude_keys: Iterable[str]
    ) -> list[models.FlowRunInput]:
        """Up to `limit` inputs of a flow run whose keys start with `key_prefix`.

        When nothing matches, the run is looked up (one more request), because the server
        answers a missing run with an empty list.

        Args:
            flow_run_id: The run.
            key_prefix: The start of the keys wanted.
            limit: How many inputs at most.
            exclude_keys: Keys to leave out (a set or list of keys, not a single str).

        Returns:
            The matching inputs: `.key`, `.value`, `.sender` and their times.

        Raises:
            TypeError: An argument of the wrong type (named in the message), such as a str
                for `exclude_keys`.
            ValueError: A negative `limit`, or a `flow_run_id` string that is not a UUID.
            ObjectNotFound: A missing run.
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
        """Delete the input stored under `key`.

        Args:
            flow_run_id: The run.
            key: The input's key.

        Raises:
            TypeError: An argument of the wrong type (named in the message).
            ValueError: A `flow_run_id` string that is not a UUID, or a `key` with other
                characters than lowercase letters, digits and dashes.
            ObjectNotFound: A missing run, or no input under `key`.
        """
        flow_run_id = as_uuid(flow_run_id, "flow_run_id")
        key = input_key(key)
        await self._send(delete_flow_run_input.build_request(flow_run_id, key))

    async def update_flow_run_labels(self, flow_run_id: UUID, labels: Mapping[str, Any]) -> None:
        """Add or change labels of a flow run; labels not named in `labels` are kept.

        Args:
            flow_run_id: The run.
            labels: Label names mapped to values (str, int, float or bool).

        Raises:
            TypeError: An argument of the wrong type, or a label name or value of the wrong
                type (named in the message).
            ValueError: A `flow_run_id` string that is not a UUID, or a value with no JSON
                form (NaN, a lone surrogate).
            ObjectNotFound: A missing run.
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
        """One flow-run state by its id.

        Args:
            flow_run_state_id: The state's id.

        Returns:
            The state.

        Raises:
            TypeError: A `flow_run_state_id` that is neither a UUID nor a str.
            ValueError: A `flow_run_state_id` string that is not a UUID.
            ObjectNotFound: There is no such state.
        """
        flow_run_state_id = as_uuid(flow_run_state_id, "flow_run_state_id")
        return await self._call(read_flow_run_state.build_request(flow_run_state_id), models.State)
