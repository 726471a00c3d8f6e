# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="BlockTypeUpdate")


@_attrs_define
class BlockTypeUpdate:
    """Data used by the Prefect REST API to update a block type.

    Attributes:
        logo_url (None | str | Unset):
        documentation_url (None | str | Unset):
        description (None | str | Unset):
        code_example (None | str | Unset):
    """

    logo_url: None | str | Unset = UNSET
    documentation_url: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    code_example: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        logo_url: None | str | Unset
        if isinstance(self.logo_url, Unset):
            logo_url = UNSET
        else:
            logo_url = self.logo_url

        documentation_url: None | str | Unset
        if isinstance(self.documentation_url, Unset):
            documentation_url = UNSET
        else:
            documentation_url = self.documentation_url

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        code_example: None | str | Unset
        if isinstance(self.code_example, Unset):
            code_example = UNSET
        else:
            code_example = self.code_example

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if logo_url is not UNSET:
            field_dict["logo_url"] = logo_url
        if documentation_url is not UNSET:
            field_dict["documentation_url"] = documentation_url
        if description is not UNSET:
            field_dict["description"] = description
        if code_example is not UNSET:
            field_dict["code_example"] = code_example

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_logo_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        logo_url = _parse_logo_url(d.pop("logo_url", UNSET))

        def _parse_documentation_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        documentation_url = _parse_documentation_url(d.pop("documentation_url", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_code_example(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code_example = _parse_code_example(d.pop("code_example", UNSET))

        block_type_update = cls(
            logo_url=logo_url,
            documentation_url=documentation_url,
            description=description,
            code_example=code_example,
        )

        return block_type_update
