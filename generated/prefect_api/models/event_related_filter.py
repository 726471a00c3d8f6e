# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.resource_specification import ResourceSpecification


T = TypeVar("T", bound="EventRelatedFilter")


@_attrs_define
class EventRelatedFilter:
    """
    Attributes:
        id (list[str] | None | Unset): Only include events for related resources with these IDs
        role (list[str] | None | Unset): Only include events for related resources in these roles
        resources_in_roles (list[list[str]] | None | Unset): Only include events with specific related resources in
            specific roles
        labels (None | ResourceSpecification | Unset): Only include events for related resources with these labels
    """

    id: list[str] | None | Unset = UNSET
    role: list[str] | None | Unset = UNSET
    resources_in_roles: list[list[str]] | None | Unset = UNSET
    labels: None | ResourceSpecification | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.resource_specification import ResourceSpecification  # noqa: PLC0415

        id: list[str] | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, list):
            id = self.id

        else:
            id = self.id

        role: list[str] | None | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        elif isinstance(self.role, list):
            role = self.role

        else:
            role = self.role

        resources_in_roles: list[list[str]] | None | Unset
        if isinstance(self.resources_in_roles, Unset):
            resources_in_roles = UNSET
        elif isinstance(self.resources_in_roles, list):
            resources_in_roles = []
            for resources_in_roles_type_0_item_data in self.resources_in_roles:
                resources_in_roles_type_0_item = []
                for resources_in_roles_type_0_item_item_data in resources_in_roles_type_0_item_data:
                    resources_in_roles_type_0_item_item: str
                    resources_in_roles_type_0_item_item = resources_in_roles_type_0_item_item_data
                    resources_in_roles_type_0_item.append(resources_in_roles_type_0_item_item)

                resources_in_roles.append(resources_in_roles_type_0_item)

        else:
            resources_in_roles = self.resources_in_roles

        labels: dict[str, Any] | None | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, ResourceSpecification):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if role is not UNSET:
            field_dict["role"] = role
        if resources_in_roles is not UNSET:
            field_dict["resources_in_roles"] = resources_in_roles
        if labels is not UNSET:
            field_dict["labels"] = labels

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

        def _parse_role(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                role_type_0 = cast(list[str], data)

                return role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        role = _parse_role(d.pop("role", UNSET))

        def _parse_resources_in_roles(data: object) -> list[list[str]] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                resources_in_roles_type_0 = []
                _resources_in_roles_type_0 = data
                for resources_in_roles_type_0_item_data in _resources_in_roles_type_0:
                    resources_in_roles_type_0_item = []
                    _resources_in_roles_type_0_item = resources_in_roles_type_0_item_data
                    for resources_in_roles_type_0_item_item_data in _resources_in_roles_type_0_item:

                        def _parse_resources_in_roles_type_0_item_item(data: object) -> str:
                            return cast(str, data)

                        resources_in_roles_type_0_item_item = _parse_resources_in_roles_type_0_item_item(
                            resources_in_roles_type_0_item_item_data
                        )

                        resources_in_roles_type_0_item.append(resources_in_roles_type_0_item_item)

                    resources_in_roles_type_0.append(resources_in_roles_type_0_item)

                return resources_in_roles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[list[str]] | None | Unset, data)

        resources_in_roles = _parse_resources_in_roles(d.pop("resources_in_roles", UNSET))

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

        event_related_filter = cls(
            id=id,
            role=role,
            resources_in_roles=resources_in_roles,
            labels=labels,
        )

        return event_related_filter
