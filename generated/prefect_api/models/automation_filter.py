# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.operator import Operator
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.automation_filter_created import AutomationFilterCreated
    from ..models.automation_filter_id import AutomationFilterId
    from ..models.automation_filter_name import AutomationFilterName
    from ..models.automation_filter_tags import AutomationFilterTags


T = TypeVar("T", bound="AutomationFilter")


@_attrs_define
class AutomationFilter:
    """
    Attributes:
        operator (Operator | Unset): Operators for combining filter criteria.
        id (AutomationFilterId | None | Unset): Filter criteria for `Automation.id`
        name (AutomationFilterName | None | Unset): Filter criteria for `Automation.name`
        created (AutomationFilterCreated | None | Unset): Filter criteria for `Automation.created`
        tags (AutomationFilterTags | None | Unset): Filter criteria for `Automation.tags`
    """

    operator: Operator | Unset = UNSET
    id: AutomationFilterId | None | Unset = UNSET
    name: AutomationFilterName | None | Unset = UNSET
    created: AutomationFilterCreated | None | Unset = UNSET
    tags: AutomationFilterTags | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.automation_filter_created import AutomationFilterCreated  # noqa: PLC0415
        from ..models.automation_filter_id import AutomationFilterId  # noqa: PLC0415
        from ..models.automation_filter_name import AutomationFilterName  # noqa: PLC0415
        from ..models.automation_filter_tags import AutomationFilterTags  # noqa: PLC0415

        operator: str | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator.value

        id: dict[str, Any] | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, AutomationFilterId):
            id = self.id.to_dict()
        else:
            id = self.id

        name: dict[str, Any] | None | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        elif isinstance(self.name, AutomationFilterName):
            name = self.name.to_dict()
        else:
            name = self.name

        created: dict[str, Any] | None | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        elif isinstance(self.created, AutomationFilterCreated):
            created = self.created.to_dict()
        else:
            created = self.created

        tags: dict[str, Any] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, AutomationFilterTags):
            tags = self.tags.to_dict()
        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if operator is not UNSET:
            field_dict["operator"] = operator
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if created is not UNSET:
            field_dict["created"] = created
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.automation_filter_created import AutomationFilterCreated  # noqa: PLC0415
        from ..models.automation_filter_id import AutomationFilterId  # noqa: PLC0415
        from ..models.automation_filter_name import AutomationFilterName  # noqa: PLC0415
        from ..models.automation_filter_tags import AutomationFilterTags  # noqa: PLC0415

        d = dict(src_dict)
        _operator = d.pop("operator", UNSET)
        operator: Operator | Unset
        if isinstance(_operator, Unset):
            operator = UNSET
        else:
            operator = Operator(_operator)

        def _parse_id(data: object) -> AutomationFilterId | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                id_type_0 = AutomationFilterId.from_dict(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AutomationFilterId | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_name(data: object) -> AutomationFilterName | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                name_type_0 = AutomationFilterName.from_dict(data)

                return name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AutomationFilterName | None | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_created(data: object) -> AutomationFilterCreated | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                created_type_0 = AutomationFilterCreated.from_dict(data)

                return created_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AutomationFilterCreated | None | Unset, data)

        created = _parse_created(d.pop("created", UNSET))

        def _parse_tags(data: object) -> AutomationFilterTags | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tags_type_0 = AutomationFilterTags.from_dict(data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AutomationFilterTags | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        automation_filter = cls(
            operator=operator,
            id=id,
            name=name,
            created=created,
            tags=tags,
        )

        return automation_filter
