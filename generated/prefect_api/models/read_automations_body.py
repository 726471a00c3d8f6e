# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.automation_sort import AutomationSort
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.automation_filter import AutomationFilter


T = TypeVar("T", bound="ReadAutomationsBody")


@_attrs_define
class ReadAutomationsBody:
    """
    Attributes:
        sort (AutomationSort | Unset): Defines automations sorting options.
        offset (int | Unset):  Default: 0.
        automations (AutomationFilter | None | Unset):
        limit (int | Unset): Defaults to PREFECT_SERVER_API_DEFAULT_LIMIT if not provided.
    """

    sort: AutomationSort | Unset = UNSET
    offset: int | Unset = 0
    automations: AutomationFilter | None | Unset = UNSET
    limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.automation_filter import AutomationFilter  # noqa: PLC0415

        sort: str | Unset = UNSET
        if not isinstance(self.sort, Unset):
            sort = self.sort.value

        offset = self.offset

        automations: dict[str, Any] | None | Unset
        if isinstance(self.automations, Unset):
            automations = UNSET
        elif isinstance(self.automations, AutomationFilter):
            automations = self.automations.to_dict()
        else:
            automations = self.automations

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sort is not UNSET:
            field_dict["sort"] = sort
        if offset is not UNSET:
            field_dict["offset"] = offset
        if automations is not UNSET:
            field_dict["automations"] = automations
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.automation_filter import AutomationFilter  # noqa: PLC0415

        d = dict(src_dict)
        _sort = d.pop("sort", UNSET)
        sort: AutomationSort | Unset
        if isinstance(_sort, Unset):
            sort = UNSET
        else:
            sort = AutomationSort(_sort)

        offset = d.pop("offset", UNSET)

        def _parse_automations(data: object) -> AutomationFilter | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                automations_type_0 = AutomationFilter.from_dict(data)

                return automations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AutomationFilter | None | Unset, data)

        automations = _parse_automations(d.pop("automations", UNSET))

        limit = d.pop("limit", UNSET)

        read_automations_body = cls(
            sort=sort,
            offset=offset,
            automations=automations,
            limit=limit,
        )

        read_automations_body.additional_properties = d
        return read_automations_body

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
