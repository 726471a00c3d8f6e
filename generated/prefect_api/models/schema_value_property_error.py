# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.schema_value_index_error import SchemaValueIndexError


T = TypeVar("T", bound="SchemaValuePropertyError")


@_attrs_define
class SchemaValuePropertyError:
    """
    Attributes:
        property_ (str):
        errors (list[SchemaValueIndexError | SchemaValuePropertyError | str]):
    """

    property_: str
    errors: list[SchemaValueIndexError | SchemaValuePropertyError | str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.schema_value_index_error import SchemaValueIndexError  # noqa: PLC0415

        property_ = self.property_

        errors = []
        for errors_item_data in self.errors:
            errors_item: dict[str, Any] | str
            if isinstance(errors_item_data, SchemaValuePropertyError):
                errors_item = errors_item_data.to_dict()
            elif isinstance(errors_item_data, SchemaValueIndexError):
                errors_item = errors_item_data.to_dict()
            else:
                errors_item = errors_item_data
            errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "property": property_,
                "errors": errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.schema_value_index_error import SchemaValueIndexError  # noqa: PLC0415

        d = dict(src_dict)
        property_ = d.pop("property")

        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:

            def _parse_errors_item(data: object) -> SchemaValueIndexError | SchemaValuePropertyError | str:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    errors_item_type_1 = SchemaValuePropertyError.from_dict(data)

                    return errors_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    errors_item_type_2 = SchemaValueIndexError.from_dict(data)

                    return errors_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(SchemaValueIndexError | SchemaValuePropertyError | str, data)

            errors_item = _parse_errors_item(errors_item_data)

            errors.append(errors_item)

        schema_value_property_error = cls(
            property_=property_,
            errors=errors,
        )

        schema_value_property_error.additional_properties = d
        return schema_value_property_error

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
