# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.operator import Operator
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.work_pool_filter_id import WorkPoolFilterId
    from ..models.work_pool_filter_name import WorkPoolFilterName
    from ..models.work_pool_filter_type import WorkPoolFilterType


T = TypeVar("T", bound="WorkPoolFilter")


@_attrs_define
class WorkPoolFilter:
    """Filter work pools. Only work pools matching all criteria will be returned

    Attributes:
        operator (Operator | Unset): Operators for combining filter criteria.
        id (None | Unset | WorkPoolFilterId): Filter criteria for `WorkPool.id`
        name (None | Unset | WorkPoolFilterName): Filter criteria for `WorkPool.name`
        type_ (None | Unset | WorkPoolFilterType): Filter criteria for `WorkPool.type`
    """

    operator: Operator | Unset = UNSET
    id: None | Unset | WorkPoolFilterId = UNSET
    name: None | Unset | WorkPoolFilterName = UNSET
    type_: None | Unset | WorkPoolFilterType = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.work_pool_filter_id import WorkPoolFilterId  # noqa: PLC0415
        from ..models.work_pool_filter_name import WorkPoolFilterName  # noqa: PLC0415
        from ..models.work_pool_filter_type import WorkPoolFilterType  # noqa: PLC0415

        operator: str | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator.value

        id: dict[str, Any] | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, WorkPoolFilterId):
            id = self.id.to_dict()
        else:
            id = self.id

        name: dict[str, Any] | None | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        elif isinstance(self.name, WorkPoolFilterName):
            name = self.name.to_dict()
        else:
            name = self.name

        type_: dict[str, Any] | None | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, WorkPoolFilterType):
            type_ = self.type_.to_dict()
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if operator is not UNSET:
            field_dict["operator"] = operator
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.work_pool_filter_id import WorkPoolFilterId  # noqa: PLC0415
        from ..models.work_pool_filter_name import WorkPoolFilterName  # noqa: PLC0415
        from ..models.work_pool_filter_type import WorkPoolFilterType  # noqa: PLC0415

        d = dict(src_dict)
        _operator = d.pop("operator", UNSET)
        operator: Operator | Unset
        if isinstance(_operator, Unset):
            operator = UNSET
        else:
            operator = Operator(_operator)

        def _parse_id(data: object) -> None | Unset | WorkPoolFilterId:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                id_type_0 = WorkPoolFilterId.from_dict(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkPoolFilterId, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_name(data: object) -> None | Unset | WorkPoolFilterName:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                name_type_0 = WorkPoolFilterName.from_dict(data)

                return name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkPoolFilterName, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_type_(data: object) -> None | Unset | WorkPoolFilterType:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                type_type_0 = WorkPoolFilterType.from_dict(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkPoolFilterType, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        work_pool_filter = cls(
            operator=operator,
            id=id,
            name=name,
            type_=type_,
        )

        return work_pool_filter
