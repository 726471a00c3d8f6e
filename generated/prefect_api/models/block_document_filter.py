# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.operator import Operator
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.block_document_filter_block_type_id import BlockDocumentFilterBlockTypeId
    from ..models.block_document_filter_id import BlockDocumentFilterId
    from ..models.block_document_filter_is_anonymous import BlockDocumentFilterIsAnonymous
    from ..models.block_document_filter_name import BlockDocumentFilterName


T = TypeVar("T", bound="BlockDocumentFilter")


@_attrs_define
class BlockDocumentFilter:
    """Filter BlockDocuments. Only BlockDocuments matching all criteria will be returned

    Attributes:
        operator (Operator | Unset): Operators for combining filter criteria.
        id (BlockDocumentFilterId | None | Unset): Filter criteria for `BlockDocument.id`
        is_anonymous (BlockDocumentFilterIsAnonymous | None | Unset): Filter criteria for `BlockDocument.is_anonymous`.
            Defaults to excluding anonymous blocks.
        block_type_id (BlockDocumentFilterBlockTypeId | None | Unset): Filter criteria for `BlockDocument.block_type_id`
        name (BlockDocumentFilterName | None | Unset): Filter criteria for `BlockDocument.name`
    """

    operator: Operator | Unset = UNSET
    id: BlockDocumentFilterId | None | Unset = UNSET
    is_anonymous: BlockDocumentFilterIsAnonymous | None | Unset = UNSET
    block_type_id: BlockDocumentFilterBlockTypeId | None | Unset = UNSET
    name: BlockDocumentFilterName | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.block_document_filter_block_type_id import BlockDocumentFilterBlockTypeId  # noqa: PLC0415
        from ..models.block_document_filter_id import BlockDocumentFilterId  # noqa: PLC0415
        from ..models.block_document_filter_is_anonymous import BlockDocumentFilterIsAnonymous  # noqa: PLC0415
        from ..models.block_document_filter_name import BlockDocumentFilterName  # noqa: PLC0415

        operator: str | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator.value

        id: dict[str, Any] | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, BlockDocumentFilterId):
            id = self.id.to_dict()
        else:
            id = self.id

        is_anonymous: dict[str, Any] | None | Unset
        if isinstance(self.is_anonymous, Unset):
            is_anonymous = UNSET
        elif isinstance(self.is_anonymous, BlockDocumentFilterIsAnonymous):
            is_anonymous = self.is_anonymous.to_dict()
        else:
            is_anonymous = self.is_anonymous

        block_type_id: dict[str, Any] | None | Unset
        if isinstance(self.block_type_id, Unset):
            block_type_id = UNSET
        elif isinstance(self.block_type_id, BlockDocumentFilterBlockTypeId):
            block_type_id = self.block_type_id.to_dict()
        else:
            block_type_id = self.block_type_id

        name: dict[str, Any] | None | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        elif isinstance(self.name, BlockDocumentFilterName):
            name = self.name.to_dict()
        else:
            name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if operator is not UNSET:
            field_dict["operator"] = operator
        if id is not UNSET:
            field_dict["id"] = id
        if is_anonymous is not UNSET:
            field_dict["is_anonymous"] = is_anonymous
        if block_type_id is not UNSET:
            field_dict["block_type_id"] = block_type_id
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.block_document_filter_block_type_id import BlockDocumentFilterBlockTypeId  # noqa: PLC0415
        from ..models.block_document_filter_id import BlockDocumentFilterId  # noqa: PLC0415
        from ..models.block_document_filter_is_anonymous import BlockDocumentFilterIsAnonymous  # noqa: PLC0415
        from ..models.block_document_filter_name import BlockDocumentFilterName  # noqa: PLC0415

        d = dict(src_dict)
        _operator = d.pop("operator", UNSET)
        operator: Operator | Unset
        if isinstance(_operator, Unset):
            operator = UNSET
        else:
            operator = Operator(_operator)

        def _parse_id(data: object) -> BlockDocumentFilterId | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                id_type_0 = BlockDocumentFilterId.from_dict(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BlockDocumentFilterId | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_is_anonymous(data: object) -> BlockDocumentFilterIsAnonymous | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                is_anonymous_type_0 = BlockDocumentFilterIsAnonymous.from_dict(data)

                return is_anonymous_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BlockDocumentFilterIsAnonymous | None | Unset, data)

        is_anonymous = _parse_is_anonymous(d.pop("is_anonymous", UNSET))

        def _parse_block_type_id(data: object) -> BlockDocumentFilterBlockTypeId | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                block_type_id_type_0 = BlockDocumentFilterBlockTypeId.from_dict(data)

                return block_type_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BlockDocumentFilterBlockTypeId | None | Unset, data)

        block_type_id = _parse_block_type_id(d.pop("block_type_id", UNSET))

        def _parse_name(data: object) -> BlockDocumentFilterName | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                name_type_0 = BlockDocumentFilterName.from_dict(data)

                return name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BlockDocumentFilterName | None | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        block_document_filter = cls(
            operator=operator,
            id=id,
            is_anonymous=is_anonymous,
            block_type_id=block_type_id,
            name=name,
        )

        return block_document_filter
