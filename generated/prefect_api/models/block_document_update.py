# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.block_document_update_data import BlockDocumentUpdateData


T = TypeVar("T", bound="BlockDocumentUpdate")


@_attrs_define
class BlockDocumentUpdate:
    """Data used by the Prefect REST API to update a block document.

    Attributes:
        block_schema_id (None | Unset | UUID): A block schema ID
        data (BlockDocumentUpdateData | Unset): The block document's data
        merge_existing_data (bool | Unset):  Default: True.
    """

    block_schema_id: None | Unset | UUID = UNSET
    data: BlockDocumentUpdateData | Unset = UNSET
    merge_existing_data: bool | Unset = True

    def to_dict(self) -> dict[str, Any]:
        block_schema_id: None | str | Unset
        if isinstance(self.block_schema_id, Unset):
            block_schema_id = UNSET
        elif isinstance(self.block_schema_id, UUID):
            block_schema_id = str(self.block_schema_id)
        else:
            block_schema_id = self.block_schema_id

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        merge_existing_data = self.merge_existing_data

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if block_schema_id is not UNSET:
            field_dict["block_schema_id"] = block_schema_id
        if data is not UNSET:
            field_dict["data"] = data
        if merge_existing_data is not UNSET:
            field_dict["merge_existing_data"] = merge_existing_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.block_document_update_data import BlockDocumentUpdateData  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_block_schema_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                block_schema_id_type_0 = UUID(data)

                return block_schema_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        block_schema_id = _parse_block_schema_id(d.pop("block_schema_id", UNSET))

        _data = d.pop("data", UNSET)
        data: BlockDocumentUpdateData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = BlockDocumentUpdateData.from_dict(_data)

        merge_existing_data = d.pop("merge_existing_data", UNSET)

        block_document_update = cls(
            block_schema_id=block_schema_id,
            data=data,
            merge_existing_data=merge_existing_data,
        )

        return block_document_update
