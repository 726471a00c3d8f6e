# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.block_schema_fields import BlockSchemaFields
    from ..models.block_type import BlockType


T = TypeVar("T", bound="BlockSchema")


@_attrs_define
class BlockSchema:
    """An ORM representation of a block schema.

    Attributes:
        id (UUID):
        created (datetime.datetime | None):
        updated (datetime.datetime | None):
        checksum (str): The block schema's unique checksum
        block_type_id (None | UUID): A block type ID
        fields (BlockSchemaFields | Unset): The block schema's field schema
        block_type (BlockType | None | Unset): The associated block type
        capabilities (list[str] | Unset): A list of Block capabilities
        version (str | Unset): Human readable identifier for the block schema Default: 'non-versioned'.
    """

    id: UUID
    created: datetime.datetime | None
    updated: datetime.datetime | None
    checksum: str
    block_type_id: None | UUID
    fields: BlockSchemaFields | Unset = UNSET
    block_type: BlockType | None | Unset = UNSET
    capabilities: list[str] | Unset = UNSET
    version: str | Unset = "non-versioned"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.block_type import BlockType  # noqa: PLC0415

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

        checksum = self.checksum

        block_type_id: None | str
        if isinstance(self.block_type_id, UUID):
            block_type_id = str(self.block_type_id)
        else:
            block_type_id = self.block_type_id

        fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields.to_dict()

        block_type: dict[str, Any] | None | Unset
        if isinstance(self.block_type, Unset):
            block_type = UNSET
        elif isinstance(self.block_type, BlockType):
            block_type = self.block_type.to_dict()
        else:
            block_type = self.block_type

        capabilities: list[str] | Unset = UNSET
        if not isinstance(self.capabilities, Unset):
            capabilities = self.capabilities

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created": created,
                "updated": updated,
                "checksum": checksum,
                "block_type_id": block_type_id,
            }
        )
        if fields is not UNSET:
            field_dict["fields"] = fields
        if block_type is not UNSET:
            field_dict["block_type"] = block_type
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.block_schema_fields import BlockSchemaFields  # noqa: PLC0415
        from ..models.block_type import BlockType  # noqa: PLC0415

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

        checksum = d.pop("checksum")

        def _parse_block_type_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                block_type_id_type_0 = UUID(data)

                return block_type_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        block_type_id = _parse_block_type_id(d.pop("block_type_id"))

        _fields = d.pop("fields", UNSET)
        fields: BlockSchemaFields | Unset
        if isinstance(_fields, Unset):
            fields = UNSET
        else:
            fields = BlockSchemaFields.from_dict(_fields)

        def _parse_block_type(data: object) -> BlockType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                block_type_type_0 = BlockType.from_dict(data)

                return block_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BlockType | None | Unset, data)

        block_type = _parse_block_type(d.pop("block_type", UNSET))

        capabilities = cast(list[str], d.pop("capabilities", UNSET))

        version = d.pop("version", UNSET)

        block_schema = cls(
            id=id,
            created=created,
            updated=updated,
            checksum=checksum,
            block_type_id=block_type_id,
            fields=fields,
            block_type=block_type,
            capabilities=capabilities,
            version=version,
        )

        block_schema.additional_properties = d
        return block_schema

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
