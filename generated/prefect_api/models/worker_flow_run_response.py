# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.flow_run import FlowRun


T = TypeVar("T", bound="WorkerFlowRunResponse")


@_attrs_define
class WorkerFlowRunResponse:
    """
    Attributes:
        work_pool_id (UUID):
        work_queue_id (UUID):
        flow_run (FlowRun): An ORM representation of flow run data.
    """

    work_pool_id: UUID
    work_queue_id: UUID
    flow_run: FlowRun
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        work_pool_id = str(self.work_pool_id)

        work_queue_id = str(self.work_queue_id)

        flow_run = self.flow_run.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "work_pool_id": work_pool_id,
                "work_queue_id": work_queue_id,
                "flow_run": flow_run,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.flow_run import FlowRun  # noqa: PLC0415

        d = dict(src_dict)
        work_pool_id = UUID(d.pop("work_pool_id"))

        work_queue_id = UUID(d.pop("work_queue_id"))

        flow_run = FlowRun.from_dict(d.pop("flow_run"))

        worker_flow_run_response = cls(
            work_pool_id=work_pool_id,
            work_queue_id=work_queue_id,
            flow_run=flow_run,
        )

        worker_flow_run_response.additional_properties = d
        return worker_flow_run_response

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
