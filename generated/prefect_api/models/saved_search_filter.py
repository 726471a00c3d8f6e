# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SavedSearchFilter")


@_attrs_define
class SavedSearchFilter:
    """A filter for a saved search model. Intended for use by the Prefect UI.

    Attributes:
        object_ (str): The object over which to filter.
        property_ (str): The property of the object on which to filter.
        type_ (str): The type of the property.
        operation (str): The operator to apply to the object. For example, `equals`.
        value (Any): A JSON-compatible value for the filter.
    """

    object_: str
    property_: str
    type_: str
    operation: str
    value: Any
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        property_ = self.property_

        type_ = self.type_

        operation = self.operation

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "property": property_,
                "type": type_,
                "operation": operation,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        object_ = d.pop("object")

        property_ = d.pop("property")

        type_ = d.pop("type")

        operation = d.pop("operation")

        value = d.pop("value")

        saved_search_filter = cls(
            object_=object_,
            property_=property_,
            type_=type_,
            operation=operation,
            value=value,
        )

        saved_search_filter.additional_properties = d
        return saved_search_filter

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
