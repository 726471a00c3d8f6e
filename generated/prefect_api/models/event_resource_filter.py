# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.resource_specification import ResourceSpecification


T = TypeVar("T", bound="EventResourceFilter")


@_attrs_define
class EventResourceFilter:
    """
    Attributes:
        id (list[str] | None | Unset): Only include events for resources with these IDs
        id_prefix (list[str] | None | Unset): Only include events for resources with IDs starting with these prefixes.
        labels (None | ResourceSpecification | Unset): Only include events for resources with these labels
        distinct (bool | Unset): Only include events for distinct resources Default: False.
    """

    id: list[str] | None | Unset = UNSET
    id_prefix: list[str] | None | Unset = UNSET
    labels: None | ResourceSpecification | Unset = UNSET
    distinct: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        from ..models.resource_specification import ResourceSpecification  # noqa: PLC0415

        id: list[str] | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, list):
            id = self.id

        else:
            id = self.id

        id_prefix: list[str] | None | Unset
        if isinstance(self.id_prefix, Unset):
            id_prefix = UNSET
        elif isinstance(self.id_prefix, list):
            id_prefix = self.id_prefix

        else:
            id_prefix = self.id_prefix

        labels: dict[str, Any] | None | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, ResourceSpecification):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

        distinct = self.distinct

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if id_prefix is not UNSET:
            field_dict["id_prefix"] = id_prefix
        if labels is not UNSET:
            field_dict["labels"] = labels
        if distinct is not UNSET:
            field_dict["distinct"] = distinct

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.resource_specification import ResourceSpecification  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_id(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                id_type_0 = cast(list[str], data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_id_prefix(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                id_prefix_type_0 = cast(list[str], data)

                return id_prefix_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        id_prefix = _parse_id_prefix(d.pop("id_prefix", UNSET))

        def _parse_labels(data: object) -> None | ResourceSpecification | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                labels_type_0 = ResourceSpecification.from_dict(data)

                return labels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResourceSpecification | Unset, data)

        labels = _parse_labels(d.pop("labels", UNSET))

        distinct = d.pop("distinct", UNSET)

        event_resource_filter = cls(
            id=id,
            id_prefix=id_prefix,
            labels=labels,
            distinct=distinct,
        )

        return event_resource_filter
