# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.worker_filter import WorkerFilter


T = TypeVar("T", bound="ReadWorkersBody")


@_attrs_define
class ReadWorkersBody:
    """
    Attributes:
        workers (None | Unset | WorkerFilter):
        offset (int | Unset):  Default: 0.
        limit (int | Unset): Defaults to PREFECT_SERVER_API_DEFAULT_LIMIT if not provided.
    """

    workers: None | Unset | WorkerFilter = UNSET
    offset: int | Unset = 0
    limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.worker_filter import WorkerFilter  # noqa: PLC0415

        workers: dict[str, Any] | None | Unset
        if isinstance(self.workers, Unset):
            workers = UNSET
        elif isinstance(self.workers, WorkerFilter):
            workers = self.workers.to_dict()
        else:
            workers = self.workers

        offset = self.offset

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if workers is not UNSET:
            field_dict["workers"] = workers
        if offset is not UNSET:
            field_dict["offset"] = offset
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.worker_filter import WorkerFilter  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_workers(data: object) -> None | Unset | WorkerFilter:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                workers_type_0 = WorkerFilter.from_dict(data)

                return workers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkerFilter, data)

        workers = _parse_workers(d.pop("workers", UNSET))

        offset = d.pop("offset", UNSET)

        limit = d.pop("limit", UNSET)

        read_workers_body = cls(
            workers=workers,
            offset=offset,
            limit=limit,
        )

        read_workers_body.additional_properties = d
        return read_workers_body

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
