# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.operator import Operator
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.block_schema_filter_block_type_id import BlockSchemaFilterBlockTypeId
    from ..models.block_schema_filter_capabilities import BlockSchemaFilterCapabilities
    from ..models.block_schema_filter_id import BlockSchemaFilterId
    from ..models.block_schema_filter_version import BlockSchemaFilterVersion


T = TypeVar("T", bound="BlockSchemaFilter")


@_attrs_define
class BlockSchemaFilter:
    """Filter BlockSchemas

    Attributes:
        operator (Operator | Unset): Operators for combining filter criteria.
        block_type_id (BlockSchemaFilterBlockTypeId | None | Unset): Filter criteria for `BlockSchema.block_type_id`
        block_capabilities (BlockSchemaFilterCapabilities | None | Unset): Filter criteria for
            `BlockSchema.capabilities`
        id (BlockSchemaFilterId | None | Unset): Filter criteria for `BlockSchema.id`
        version (BlockSchemaFilterVersion | None | Unset): Filter criteria for `BlockSchema.version`
    """

    operator: Operator | Unset = UNSET
    block_type_id: BlockSchemaFilterBlockTypeId | None | Unset = UNSET
    block_capabilities: BlockSchemaFilterCapabilities | None | Unset = UNSET
    id: BlockSchemaFilterId | None | Unset = UNSET
    version: BlockSchemaFilterVersion | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.block_schema_filter_block_type_id import BlockSchemaFilterBlockTypeId  # noqa: PLC0415
        from ..models.block_schema_filter_capabilities import BlockSchemaFilterCapabilities  # noqa: PLC0415
        from ..models.block_schema_filter_id import BlockSchemaFilterId  # noqa: PLC0415
        from ..models.block_schema_filter_version import BlockSchemaFilterVersion  # noqa: PLC0415

        operator: str | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator.value

        block_type_id: dict[str, Any] | None | Unset
        if isinstance(self.block_type_id, Unset):
            block_type_id = UNSET
        elif isinstance(self.block_type_id, BlockSchemaFilterBlockTypeId):
            block_type_id = self.block_type_id.to_dict()
        else:
            block_type_id = self.block_type_id

        block_capabilities: dict[str, Any] | None | Unset
        if isinstance(self.block_capabilities, Unset):
            block_capabilities = UNSET
        elif isinstance(self.block_capabilities, BlockSchemaFilterCapabilities):
            block_capabilities = self.block_capabilities.to_dict()
        else:
            block_capabilities = self.block_capabilities

        id: dict[str, Any] | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, BlockSchemaFilterId):
            id = self.id.to_dict()
        else:
            id = self.id

        version: dict[str, Any] | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        elif isinstance(self.version, BlockSchemaFilterVersion):
            version = self.version.to_dict()
        else:
            version = self.version

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if operator is not UNSET:
            field_dict["operator"] = operator
        if block_type_id is not UNSET:
            field_dict["block_type_id"] = block_type_id
        if block_capabilities is not UNSET:
            field_dict["block_capabilities"] = block_capabilities
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.block_schema_filter_block_type_id import BlockSchemaFilterBlockTypeId  # noqa: PLC0415
        from ..models.block_schema_filter_capabilities import BlockSchemaFilterCapabilities  # noqa: PLC0415
        from ..models.block_schema_filter_id import BlockSchemaFilterId  # noqa: PLC0415
        from ..models.block_schema_filter_version import BlockSchemaFilterVersion  # noqa: PLC0415

        d = dict(src_dict)
        _operator = d.pop("operator", UNSET)
        operator: Operator | Unset
        if isinstance(_operator, Unset):
            operator = UNSET
        else:
            operator = Operator(_operator)

        def _parse_block_type_id(data: object) -> BlockSchemaFilterBlockTypeId | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                block_type_id_type_0 = BlockSchemaFilterBlockTypeId.from_dict(data)

                return block_type_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BlockSchemaFilterBlockTypeId | None | Unset, data)

        block_type_id = _parse_block_type_id(d.pop("block_type_id", UNSET))

        def _parse_block_capabilities(data: object) -> BlockSchemaFilterCapabilities | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                block_capabilities_type_0 = BlockSchemaFilterCapabilities.from_dict(data)

                return block_capabilities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BlockSchemaFilterCapabilities | None | Unset, data)

        block_capabilities = _parse_block_capabilities(d.pop("block_capabilities", UNSET))

        def _parse_id(data: object) -> BlockSchemaFilterId | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                id_type_0 = BlockSchemaFilterId.from_dict(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BlockSchemaFilterId | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_version(data: object) -> BlockSchemaFilterVersion | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                version_type_0 = BlockSchemaFilterVersion.from_dict(data)

                return version_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BlockSchemaFilterVersion | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        block_schema_filter = cls(
            operator=operator,
            block_type_id=block_type_id,
            block_capabilities=block_capabilities,
            id=id,
            version=version,
        )

        return block_schema_filter
