# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flow_run_create_result_status import FlowRunCreateResultStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowRunCreateResult")


@_attrs_define
class FlowRunCreateResult:
    """Per-run result for bulk create operations.

    Attributes:
        status (FlowRunCreateResultStatus):
        flow_run_id (None | Unset | UUID):
        error (None | str | Unset):
    """

    status: FlowRunCreateResultStatus
    flow_run_id: None | Unset | UUID = UNSET
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        flow_run_id: None | str | Unset
        if isinstance(self.flow_run_id, Unset):
            flow_run_id = UNSET
        elif isinstance(self.flow_run_id, UUID):
            flow_run_id = str(self.flow_run_id)
        else:
            flow_run_id = self.flow_run_id

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if flow_run_id is not UNSET:
            field_dict["flow_run_id"] = flow_run_id
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = FlowRunCreateResultStatus(d.pop("status"))

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

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        flow_run_create_result = cls(
            status=status,
            flow_run_id=flow_run_id,
            error=error,
        )

        flow_run_create_result.additional_properties = d
        return flow_run_create_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
