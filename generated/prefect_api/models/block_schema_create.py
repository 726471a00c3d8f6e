# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.block_schema_create_fields import BlockSchemaCreateFields


T = TypeVar("T", bound="BlockSchemaCreate")


@_attrs_define
class BlockSchemaCreate:
    """Data used by the Prefect REST API to create a block schema.

    Attributes:
        block_type_id (UUID): A block type ID
        fields (BlockSchemaCreateFields | Unset): The block schema's field schema
        capabilities (list[str] | Unset): A list of Block capabilities
        version (str | Unset): Human readable identifier for the block schema Default: 'non-versioned'.
    """

    block_type_id: UUID
    fields: BlockSchemaCreateFields | Unset = UNSET
    capabilities: list[str] | Unset = UNSET
    version: str | Unset = "non-versioned"

    def to_dict(self) -> dict[str, Any]:
        block_type_id = str(self.block_type_id)

        fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields.to_dict()

        capabilities: list[str] | Unset = UNSET
        if not isinstance(self.capabilities, Unset):
            capabilities = self.capabilities

        version = self.version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "block_type_id": block_type_id,
            }
        )
        if fields is not UNSET:
            field_dict["fields"] = fields
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.block_schema_create_fields import BlockSchemaCreateFields  # noqa: PLC0415

        d = dict(src_dict)
        block_type_id = UUID(d.pop("block_type_id"))

        _fields = d.pop("fields", UNSET)
        fields: BlockSchemaCreateFields | Unset
        if isinstance(_fields, Unset):
            fields = UNSET
        else:
            fields = BlockSchemaCreateFields.from_dict(_fields)

        capabilities = cast(list[str], d.pop("capabilities", UNSET))

        version = d.pop("version", UNSET)

        block_schema_create = cls(
            block_type_id=block_type_id,
            fields=fields,
            capabilities=capabilities,
            version=version,
        )

        return block_schema_create
