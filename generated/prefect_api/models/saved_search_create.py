# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.saved_search_filter import SavedSearchFilter


T = TypeVar("T", bound="SavedSearchCreate")


@_attrs_define
class SavedSearchCreate:
    """Data used by the Prefect REST API to create a saved search.

    Attributes:
        name (str): The name of the saved search.
        filters (list[SavedSearchFilter] | Unset): The filter set for the saved search.
    """

    name: str
    filters: list[SavedSearchFilter] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.saved_search_filter import SavedSearchFilter  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        _filters = d.pop("filters", UNSET)
        filters: list[SavedSearchFilter] | Unset = UNSET
        if _filters is not UNSET:
            filters = []
            for filters_item_data in _filters:
                filters_item = SavedSearchFilter.from_dict(filters_item_data)

                filters.append(filters_item)

        saved_search_create = cls(
            name=name,
            filters=filters,
        )

        return saved_search_create
