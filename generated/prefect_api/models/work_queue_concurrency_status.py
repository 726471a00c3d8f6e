# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flow_run_slot_summary import FlowRunSlotSummary


T = TypeVar("T", bound="WorkQueueConcurrencyStatus")


@_attrs_define
class WorkQueueConcurrencyStatus:
    """Paginated queue-level concurrency status with flow run details.

    Attributes:
        active_slots (int):
        count (int): Total number of slot-holding flow runs.
        limit (int): Page size.
        pages (int): Total number of pages.
        page (int): Current page number (1-indexed).
        concurrency_limit (int | None | Unset):
        flow_runs (list[FlowRunSlotSummary] | Unset):
    """

    active_slots: int
    count: int
    limit: int
    pages: int
    page: int
    concurrency_limit: int | None | Unset = UNSET
    flow_runs: list[FlowRunSlotSummary] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active_slots = self.active_slots

        count = self.count

        limit = self.limit

        pages = self.pages

        page = self.page

        concurrency_limit: int | None | Unset
        if isinstance(self.concurrency_limit, Unset):
            concurrency_limit = UNSET
        else:
            concurrency_limit = self.concurrency_limit

        flow_runs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.flow_runs, Unset):
            flow_runs = []
            for flow_runs_item_data in self.flow_runs:
                flow_runs_item = flow_runs_item_data.to_dict()
                flow_runs.append(flow_runs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active_slots": active_slots,
                "count": count,
                "limit": limit,
                "pages": pages,
                "page": page,
            }
        )
        if concurrency_limit is not UNSET:
            field_dict["concurrency_limit"] = concurrency_limit
        if flow_runs is not UNSET:
            field_dict["flow_runs"] = flow_runs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.flow_run_slot_summary import FlowRunSlotSummary  # noqa: PLC0415

        d = dict(src_dict)
        active_slots = d.pop("active_slots")

        count = d.pop("count")

        limit = d.pop("limit")

        pages = d.pop("pages")

        page = d.pop("page")

        def _parse_concurrency_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        concurrency_limit = _parse_concurrency_limit(d.pop("concurrency_limit", UNSET))

        _flow_runs = d.pop("flow_runs", UNSET)
        flow_runs: list[FlowRunSlotSummary] | Unset = UNSET
        if _flow_runs is not UNSET:
            flow_runs = []
            for flow_runs_item_data in _flow_runs:
                flow_runs_item = FlowRunSlotSummary.from_dict(flow_runs_item_data)

                flow_runs.append(flow_runs_item)

        work_queue_concurrency_status = cls(
            active_slots=active_slots,
            count=count,
            limit=limit,
            pages=pages,
            page=page,
            concurrency_limit=concurrency_limit,
            flow_runs=flow_runs,
        )

        work_queue_concurrency_status.additional_properties = d
        return work_queue_concurrency_status

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
