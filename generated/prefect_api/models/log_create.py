# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="LogCreate")


@_attrs_define
class LogCreate:
    """Data used by the Prefect REST API to create a log.

    Attributes:
        name (str): The logger name.
        level (int): The log level.
        message (str): The log message.
        timestamp (datetime.datetime): The log timestamp.
        flow_run_id (None | Unset | UUID):
        task_run_id (None | Unset | UUID):
    """

    name: str
    level: int
    message: str
    timestamp: datetime.datetime
    flow_run_id: None | Unset | UUID = UNSET
    task_run_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        level = self.level

        message = self.message

        timestamp = self.timestamp.isoformat()

        flow_run_id: None | str | Unset
        if isinstance(self.flow_run_id, Unset):
            flow_run_id = UNSET
        elif isinstance(self.flow_run_id, UUID):
            flow_run_id = str(self.flow_run_id)
        else:
            flow_run_id = self.flow_run_id

        task_run_id: None | str | Unset
        if isinstance(self.task_run_id, Unset):
            task_run_id = UNSET
        elif isinstance(self.task_run_id, UUID):
            task_run_id = str(self.task_run_id)
        else:
            task_run_id = self.task_run_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "level": level,
                "message": message,
                "timestamp": timestamp,
            }
        )
        if flow_run_id is not UNSET:
            field_dict["flow_run_id"] = flow_run_id
        if task_run_id is not UNSET:
            field_dict["task_run_id"] = task_run_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        level = d.pop("level")

        message = d.pop("message")

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        def _parse_flow_run_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                flow_run_id_type_0 = UUID(data)

                return flow_run_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        flow_run_id = _parse_flow_run_id(d.pop("flow_run_id", UNSET))

        def _parse_task_run_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                task_run_id_type_0 = UUID(data)

                return task_run_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        task_run_id = _parse_task_run_id(d.pop("task_run_id", UNSET))

        log_create = cls(
            name=name,
            level=level,
            message=message,
            timestamp=timestamp,
            flow_run_id=flow_run_id,
            task_run_id=task_run_id,
        )

        return log_create
