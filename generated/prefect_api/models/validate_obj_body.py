# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.validate_obj_body_schema import ValidateObjBodySchema
    from ..models.validate_obj_body_values import ValidateObjBodyValues


T = TypeVar("T", bound="ValidateObjBody")


@_attrs_define
class ValidateObjBody:
    """
    Attributes:
        schema (ValidateObjBodySchema):
        values (ValidateObjBodyValues):
    """

    schema: ValidateObjBodySchema
    values: ValidateObjBodyValues
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schema = self.schema.to_dict()

        values = self.values.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schema": schema,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.validate_obj_body_schema import ValidateObjBodySchema  # noqa: PLC0415
        from ..models.validate_obj_body_values import ValidateObjBodyValues  # noqa: PLC0415

        d = dict(src_dict)
        schema = ValidateObjBodySchema.from_dict(d.pop("schema"))

        values = ValidateObjBodyValues.from_dict(d.pop("values"))

        validate_obj_body = cls(
            schema=schema,
            values=values,
        )

        validate_obj_body.additional_properties = d
        return validate_obj_body

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
