# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskRunFilterSubFlowRuns")


@_attrs_define
class TaskRunFilterSubFlowRuns:
    """Filter by `TaskRun.subflow_run`.

    Attributes:
        exists (bool | None | Unset): If true, only include task runs that are subflow run parents; if false, exclude
            parent task runs
    """

    exists: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        exists: bool | None | Unset
        if isinstance(self.exists, Unset):
            exists = UNSET
        else:
            exists = self.exists

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if exists is not UNSET:
            field_dict["exists_"] = exists

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_exists(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        exists = _parse_exists(d.pop("exists_", UNSET))

        task_run_filter_sub_flow_runs = cls(
            exists=exists,
        )

        return task_run_filter_sub_flow_runs
