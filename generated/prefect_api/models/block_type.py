# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BlockType")


@_attrs_define
class BlockType:
    """An ORM representation of a block type

    Attributes:
        id (UUID):
        created (datetime.datetime | None):
        updated (datetime.datetime | None):
        name (str): A block type's name
        slug (str): A block type's slug
        logo_url (None | str | Unset): Web URL for the block type's logo
        documentation_url (None | str | Unset): Web URL for the block type's documentation
        description (None | str | Unset): A short blurb about the corresponding block's intended use
        code_example (None | str | Unset): A code snippet demonstrating use of the corresponding block
        is_protected (bool | Unset): Protected block types cannot be modified via API. Default: False.
    """

    id: UUID
    created: datetime.datetime | None
    updated: datetime.datetime | None
    name: str
    slug: str
    logo_url: None | str | Unset = UNSET
    documentation_url: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    code_example: None | str | Unset = UNSET
    is_protected: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        created: None | str
        if isinstance(self.created, datetime.datetime):
            created = self.created.isoformat()
        else:
            created = self.created

        updated: None | str
        if isinstance(self.updated, datetime.datetime):
            updated = self.updated.isoformat()
        else:
            updated = self.updated

        name = self.name

        slug = self.slug

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

        is_protected = self.is_protected

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created": created,
                "updated": updated,
                "name": name,
                "slug": slug,
            }
        )
        if logo_url is not UNSET:
            field_dict["logo_url"] = logo_url
        if documentation_url is not UNSET:
            field_dict["documentation_url"] = documentation_url
        if description is not UNSET:
            field_dict["description"] = description
        if code_example is not UNSET:
            field_dict["code_example"] = code_example
        if is_protected is not UNSET:
            field_dict["is_protected"] = is_protected

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        def _parse_created(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_type_0 = datetime.datetime.fromisoformat(data)

                return created_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        created = _parse_created(d.pop("created"))

        def _parse_updated(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_type_0 = datetime.datetime.fromisoformat(data)

                return updated_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        updated = _parse_updated(d.pop("updated"))

        name = d.pop("name")

        slug = d.pop("slug")

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

        is_protected = d.pop("is_protected", UNSET)

        block_type = cls(
            id=id,
            created=created,
            updated=updated,
            name=name,
            slug=slug,
            logo_url=logo_url,
            documentation_url=documentation_url,
            description=description,
            code_example=code_example,
            is_protected=is_protected,
        )

        block_type.additional_properties = d
        return block_type

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
