# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.operator import Operator
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deployment_filter_concurrency_limit import DeploymentFilterConcurrencyLimit
    from ..models.deployment_filter_id import DeploymentFilterId
    from ..models.deployment_filter_name import DeploymentFilterName
    from ..models.deployment_filter_paused import DeploymentFilterPaused
    from ..models.deployment_filter_tags import DeploymentFilterTags
    from ..models.deployment_filter_work_queue_name import DeploymentFilterWorkQueueName
    from ..models.deployment_or_flow_name_filter import DeploymentOrFlowNameFilter


T = TypeVar("T", bound="DeploymentFilter")


@_attrs_define
class DeploymentFilter:
    """Filter for deployments. Only deployments matching all criteria will be returned.

    Attributes:
        operator (Operator | Unset): Operators for combining filter criteria.
        id (DeploymentFilterId | None | Unset): Filter criteria for `Deployment.id`
        name (DeploymentFilterName | None | Unset): Filter criteria for `Deployment.name`
        flow_or_deployment_name (DeploymentOrFlowNameFilter | None | Unset): Filter criteria for `Deployment.name` or
            `Flow.name`
        paused (DeploymentFilterPaused | None | Unset): Filter criteria for `Deployment.paused`
        tags (DeploymentFilterTags | None | Unset): Filter criteria for `Deployment.tags`
        work_queue_name (DeploymentFilterWorkQueueName | None | Unset): Filter criteria for `Deployment.work_queue_name`
        concurrency_limit (DeploymentFilterConcurrencyLimit | None | Unset): DEPRECATED: Prefer
            `Deployment.concurrency_limit_id` over `Deployment.concurrency_limit`. If provided, will be ignored for
            backwards-compatibility. Will be removed after December 2024.
    """

    operator: Operator | Unset = UNSET
    id: DeploymentFilterId | None | Unset = UNSET
    name: DeploymentFilterName | None | Unset = UNSET
    flow_or_deployment_name: DeploymentOrFlowNameFilter | None | Unset = UNSET
    paused: DeploymentFilterPaused | None | Unset = UNSET
    tags: DeploymentFilterTags | None | Unset = UNSET
    work_queue_name: DeploymentFilterWorkQueueName | None | Unset = UNSET
    concurrency_limit: DeploymentFilterConcurrencyLimit | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.deployment_filter_concurrency_limit import DeploymentFilterConcurrencyLimit  # noqa: PLC0415
        from ..models.deployment_filter_id import DeploymentFilterId  # noqa: PLC0415
        from ..models.deployment_filter_name import DeploymentFilterName  # noqa: PLC0415
        from ..models.deployment_filter_paused import DeploymentFilterPaused  # noqa: PLC0415
        from ..models.deployment_filter_tags import DeploymentFilterTags  # noqa: PLC0415
        from ..models.deployment_filter_work_queue_name import DeploymentFilterWorkQueueName  # noqa: PLC0415
        from ..models.deployment_or_flow_name_filter import DeploymentOrFlowNameFilter  # noqa: PLC0415

        operator: str | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator.value

        id: dict[str, Any] | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, DeploymentFilterId):
            id = self.id.to_dict()
        else:
            id = self.id

        name: dict[str, Any] | None | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        elif isinstance(self.name, DeploymentFilterName):
            name = self.name.to_dict()
        else:
            name = self.name

        flow_or_deployment_name: dict[str, Any] | None | Unset
        if isinstance(self.flow_or_deployment_name, Unset):
            flow_or_deployment_name = UNSET
        elif isinstance(self.flow_or_deployment_name, DeploymentOrFlowNameFilter):
            flow_or_deployment_name = self.flow_or_deployment_name.to_dict()
        else:
            flow_or_deployment_name = self.flow_or_deployment_name

        paused: dict[str, Any] | None | Unset
        if isinstance(self.paused, Unset):
            paused = UNSET
        elif isinstance(self.paused, DeploymentFilterPaused):
            paused = self.paused.to_dict()
        else:
            paused = self.paused

        tags: dict[str, Any] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, DeploymentFilterTags):
            tags = self.tags.to_dict()
        else:
            tags = self.tags

        work_queue_name: dict[str, Any] | None | Unset
        if isinstance(self.work_queue_name, Unset):
            work_queue_name = UNSET
        elif isinstance(self.work_queue_name, DeploymentFilterWorkQueueName):
            work_queue_name = self.work_queue_name.to_dict()
        else:
            work_queue_name = self.work_queue_name

        concurrency_limit: dict[str, Any] | None | Unset
        if isinstance(self.concurrency_limit, Unset):
            concurrency_limit = UNSET
        elif isinstance(self.concurrency_limit, DeploymentFilterConcurrencyLimit):
            concurrency_limit = self.concurrency_limit.to_dict()
        else:
            concurrency_limit = self.concurrency_limit

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if operator is not UNSET:
            field_dict["operator"] = operator
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if flow_or_deployment_name is not UNSET:
            field_dict["flow_or_deployment_name"] = flow_or_deployment_name
        if paused is not UNSET:
            field_dict["paused"] = paused
        if tags is not UNSET:
            field_dict["tags"] = tags
        if work_queue_name is not UNSET:
            field_dict["work_queue_name"] = work_queue_name
        if concurrency_limit is not UNSET:
            field_dict["concurrency_limit"] = concurrency_limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deployment_filter_concurrency_limit import DeploymentFilterConcurrencyLimit  # noqa: PLC0415
        from ..models.deployment_filter_id import DeploymentFilterId  # noqa: PLC0415
        from ..models.deployment_filter_name import DeploymentFilterName  # noqa: PLC0415
        from ..models.deployment_filter_paused import DeploymentFilterPaused  # noqa: PLC0415
        from ..models.deployment_filter_tags import DeploymentFilterTags  # noqa: PLC0415
        from ..models.deployment_filter_work_queue_name import DeploymentFilterWorkQueueName  # noqa: PLC0415
        from ..models.deployment_or_flow_name_filter import DeploymentOrFlowNameFilter  # noqa: PLC0415

        d = dict(src_dict)
        _operator = d.pop("operator", UNSET)
        operator: Operator | Unset
        if isinstance(_operator, Unset):
            operator = UNSET
        else:
            operator = Operator(_operator)

        def _parse_id(data: object) -> DeploymentFilterId | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                id_type_0 = DeploymentFilterId.from_dict(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeploymentFilterId | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_name(data: object) -> DeploymentFilterName | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                name_type_0 = DeploymentFilterName.from_dict(data)

                return name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeploymentFilterName | None | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_flow_or_deployment_name(data: object) -> DeploymentOrFlowNameFilter | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                flow_or_deployment_name_type_0 = DeploymentOrFlowNameFilter.from_dict(data)

                return flow_or_deployment_name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeploymentOrFlowNameFilter | None | Unset, data)

        flow_or_deployment_name = _parse_flow_or_deployment_name(d.pop("flow_or_deployment_name", UNSET))

        def _parse_paused(data: object) -> DeploymentFilterPaused | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                paused_type_0 = DeploymentFilterPaused.from_dict(data)

                return paused_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeploymentFilterPaused | None | Unset, data)

        paused = _parse_paused(d.pop("paused", UNSET))

        def _parse_tags(data: object) -> DeploymentFilterTags | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tags_type_0 = DeploymentFilterTags.from_dict(data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeploymentFilterTags | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_work_queue_name(data: object) -> DeploymentFilterWorkQueueName | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                work_queue_name_type_0 = DeploymentFilterWorkQueueName.from_dict(data)

                return work_queue_name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeploymentFilterWorkQueueName | None | Unset, data)

        work_queue_name = _parse_work_queue_name(d.pop("work_queue_name", UNSET))

        def _parse_concurrency_limit(data: object) -> DeploymentFilterConcurrencyLimit | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                concurrency_limit_type_0 = DeploymentFilterConcurrencyLimit.from_dict(data)

                return concurrency_limit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeploymentFilterConcurrencyLimit | None | Unset, data)

        concurrency_limit = _parse_concurrency_limit(d.pop("concurrency_limit", UNSET))

        deployment_filter = cls(
            operator=operator,
            id=id,
            name=name,
            flow_or_deployment_name=flow_or_deployment_name,
            paused=paused,
            tags=tags,
            work_queue_name=work_queue_name,
            concurrency_limit=concurrency_limit,
        )

        return deployment_filter
