# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.block_schema_filter import BlockSchemaFilter
    from ..models.block_type_filter import BlockTypeFilter


T = TypeVar("T", bound="ReadBlockTypesBody")


@_attrs_define
class ReadBlockTypesBody:
    """
    Attributes:
        block_types (BlockTypeFilter | None | Unset):
        block_schemas (BlockSchemaFilter | None | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset): Defaults to PREFECT_SERVER_API_DEFAULT_LIMIT if not provided.
    """

    block_types: BlockTypeFilter | None | Unset = UNSET
    block_schemas: BlockSchemaFilter | None | Unset = UNSET
    offset: int | Unset = 0
    limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.block_schema_filter import BlockSchemaFilter  # noqa: PLC0415
        from ..models.block_type_filter import BlockTypeFilter  # noqa: PLC0415

        block_types: dict[str, Any] | None | Unset
        if isinstance(self.block_types, Unset):
            block_types = UNSET
        elif isinstance(self.block_types, BlockTypeFilter):
            block_types = self.block_types.to_dict()
        else:
            block_types = self.block_types

        block_schemas: dict[str, Any] | None | Unset
        if isinstance(self.block_schemas, Unset):
            block_schemas = UNSET
        elif isinstance(self.block_schemas, BlockSchemaFilter):
            block_schemas = self.block_schemas.to_dict()
        else:
            block_schemas = self.block_schemas

        offset = self.offset

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if block_types is not UNSET:
            field_dict["block_types"] = block_types
        if block_schemas is not UNSET:
            field_dict["block_schemas"] = block_schemas
        if offset is not UNSET:
            field_dict["offset"] = offset
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.block_schema_filter import BlockSchemaFilter  # noqa: PLC0415
        from ..models.block_type_filter import BlockTypeFilter  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_block_types(data: object) -> BlockTypeFilter | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                block_types_type_0 = BlockTypeFilter.from_dict(data)

                return block_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BlockTypeFilter | None | Unset, data)

        block_types = _parse_block_types(d.pop("block_types", UNSET))

        def _parse_block_schemas(data: object) -> BlockSchemaFilter | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                block_schemas_type_0 = BlockSchemaFilter.from_dict(data)

                return block_schemas_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BlockSchemaFilter | None | Unset, data)

        block_schemas = _parse_block_schemas(d.pop("block_schemas", UNSET))

        offset = d.pop("offset", UNSET)

        limit = d.pop("limit", UNSET)

        read_block_types_body = cls(
            block_types=block_types,
            block_schemas=block_schemas,
            offset=offset,
            limit=limit,
        )

        read_block_types_body.additional_properties = d
        return read_block_types_body

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
