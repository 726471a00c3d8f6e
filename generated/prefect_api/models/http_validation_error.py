# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.validation_error import ValidationError


T = TypeVar("T", bound="HTTPValidationError")


@_attrs_define
class HTTPValidationError:
    """
    Attributes:
        detail (list[ValidationError] | str | Unset):
        exception_message (str | Unset):
        exception_detail (list[ValidationError] | Unset):
        request_body (Any | Unset):
    """

    detail: list[ValidationError] | str | Unset = UNSET
    exception_message: str | Unset = UNSET
    exception_detail: list[ValidationError] | Unset = UNSET
    request_body: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        detail: list[dict[str, Any]] | str | Unset
        if isinstance(self.detail, Unset):
            detail = UNSET
        elif isinstance(self.detail, list):
            detail = []
            for detail_type_1_item_data in self.detail:
                detail_type_1_item = detail_type_1_item_data.to_dict()
                detail.append(detail_type_1_item)

        else:
            detail = self.detail

        exception_message = self.exception_message

        exception_detail: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.exception_detail, Unset):
            exception_detail = []
            for exception_detail_item_data in self.exception_detail:
                exception_detail_item = exception_detail_item_data.to_dict()
                exception_detail.append(exception_detail_item)

        request_body = self.request_body

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if detail is not UNSET:
            field_dict["detail"] = detail
        if exception_message is not UNSET:
            field_dict["exception_message"] = exception_message
        if exception_detail is not UNSET:
            field_dict["exception_detail"] = exception_detail
        if request_body is not UNSET:
            field_dict["request_body"] = request_body

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.validation_error import ValidationError  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_detail(data: object) -> list[ValidationError] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                detail_type_1 = []
                _detail_type_1 = data
                for detail_type_1_item_data in _detail_type_1:
                    detail_type_1_item = ValidationError.from_dict(detail_type_1_item_data)

                    detail_type_1.append(detail_type_1_item)

                return detail_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ValidationError] | str | Unset, data)

        detail = _parse_detail(d.pop("detail", UNSET))

        exception_message = d.pop("exception_message", UNSET)

        _exception_detail = d.pop("exception_detail", UNSET)
        exception_detail: list[ValidationError] | Unset = UNSET
        if _exception_detail is not UNSET:
            exception_detail = []
            for exception_detail_item_data in _exception_detail:
                exception_detail_item = ValidationError.from_dict(exception_detail_item_data)

                exception_detail.append(exception_detail_item)

        request_body = d.pop("request_body", UNSET)

        http_validation_error = cls(
            detail=detail,
            exception_message=exception_message,
            exception_detail=exception_detail,
            request_body=request_body,
        )

        http_validation_error.additional_properties = d
        return http_validation_error

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
