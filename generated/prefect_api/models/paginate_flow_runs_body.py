# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flow_run_sort import FlowRunSort
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deployment_filter import DeploymentFilter
    from ..models.flow_filter import FlowFilter
    from ..models.flow_run_filter import FlowRunFilter
    from ..models.task_run_filter import TaskRunFilter
    from ..models.work_pool_filter import WorkPoolFilter
    from ..models.work_queue_filter import WorkQueueFilter


T = TypeVar("T", bound="PaginateFlowRunsBody")


@_attrs_define
class PaginateFlowRunsBody:
    """
    Attributes:
        sort (FlowRunSort | Unset): Defines flow run sorting options.
        page (int | Unset):  Default: 1.
        flows (FlowFilter | None | Unset):
        flow_runs (FlowRunFilter | None | Unset):
        task_runs (None | TaskRunFilter | Unset):
        deployments (DeploymentFilter | None | Unset):
        work_pools (None | Unset | WorkPoolFilter):
        work_pool_queues (None | Unset | WorkQueueFilter):
        limit (int | Unset): Defaults to PREFECT_SERVER_API_DEFAULT_LIMIT if not provided.
    """

    sort: FlowRunSort | Unset = UNSET
    page: int | Unset = 1
    flows: FlowFilter | None | Unset = UNSET
    flow_runs: FlowRunFilter | None | Unset = UNSET
    task_runs: None | TaskRunFilter | Unset = UNSET
    deployments: DeploymentFilter | None | Unset = UNSET
    work_pools: None | Unset | WorkPoolFilter = UNSET
    work_pool_queues: None | Unset | WorkQueueFilter = UNSET
    limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.deployment_filter import DeploymentFilter  # noqa: PLC0415
        from ..models.flow_filter import FlowFilter  # noqa: PLC0415
        from ..models.flow_run_filter import FlowRunFilter  # noqa: PLC0415
        from ..models.task_run_filter import TaskRunFilter  # noqa: PLC0415
        from ..models.work_pool_filter import WorkPoolFilter  # noqa: PLC0415
        from ..models.work_queue_filter import WorkQueueFilter  # noqa: PLC0415

        sort: str | Unset = UNSET
        if not isinstance(self.sort, Unset):
            sort = self.sort.value

        page = self.page

        flows: dict[str, Any] | None | Unset
        if isinstance(self.flows, Unset):
            flows = UNSET
        elif isinstance(self.flows, FlowFilter):
            flows = self.flows.to_dict()
        else:
            flows = self.flows

        flow_runs: dict[str, Any] | None | Unset
        if isinstance(self.flow_runs, Unset):
            flow_runs = UNSET
        elif isinstance(self.flow_runs, FlowRunFilter):
            flow_runs = self.flow_runs.to_dict()
        else:
            flow_runs = self.flow_runs

        task_runs: dict[str, Any] | None | Unset
        if isinstance(self.task_runs, Unset):
            task_runs = UNSET
        elif isinstance(self.task_runs, TaskRunFilter):
            task_runs = self.task_runs.to_dict()
        else:
            task_runs = self.task_runs

        deployments: dict[str, Any] | None | Unset
        if isinstance(self.deployments, Unset):
            deployments = UNSET
        elif isinstance(self.deployments, DeploymentFilter):
            deployments = self.deployments.to_dict()
        else:
            deployments = self.deployments

        work_pools: dict[str, Any] | None | Unset
        if isinstance(self.work_pools, Unset):
            work_pools = UNSET
        elif isinstance(self.work_pools, WorkPoolFilter):
            work_pools = self.work_pools.to_dict()
        else:
            work_pools = self.work_pools

        work_pool_queues: dict[str, Any] | None | Unset
        if isinstance(self.work_pool_queues, Unset):
            work_pool_queues = UNSET
        elif isinstance(self.work_pool_queues, WorkQueueFilter):
            work_pool_queues = self.work_pool_queues.to_dict()
        else:
            work_pool_queues = self.work_pool_queues

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sort is not UNSET:
            field_dict["sort"] = sort
        if page is not UNSET:
            field_dict["page"] = page
        if flows is not UNSET:
            field_dict["flows"] = flows
        if flow_runs is not UNSET:
            field_dict["flow_runs"] = flow_runs
        if task_runs is not UNSET:
            field_dict["task_runs"] = task_runs
        if deployments is not UNSET:
            field_dict["deployments"] = deployments
        if work_pools is not UNSET:
            field_dict["work_pools"] = work_pools
        if work_pool_queues is not UNSET:
            field_dict["work_pool_queues"] = work_pool_queues
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deployment_filter import DeploymentFilter  # noqa: PLC0415
        from ..models.flow_filter import FlowFilter  # noqa: PLC0415
        from ..models.flow_run_filter import FlowRunFilter  # noqa: PLC0415
        from ..models.task_run_filter import TaskRunFilter  # noqa: PLC0415
        from ..models.work_pool_filter import WorkPoolFilter  # noqa: PLC0415
        from ..models.work_queue_filter import WorkQueueFilter  # noqa: PLC0415

        d = dict(src_dict)
        _sort = d.pop("sort", UNSET)
        sort: FlowRunSort | Unset
        if isinstance(_sort, Unset):
            sort = UNSET
        else:
            sort = FlowRunSort(_sort)

        page = d.pop("page", UNSET)

        def _parse_flows(data: object) -> FlowFilter | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                flows_type_0 = FlowFilter.from_dict(data)

                return flows_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlowFilter | None | Unset, data)

        flows = _parse_flows(d.pop("flows", UNSET))

        def _parse_flow_runs(data: object) -> FlowRunFilter | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                flow_runs_type_0 = FlowRunFilter.from_dict(data)

                return flow_runs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlowRunFilter | None | Unset, data)

        flow_runs = _parse_flow_runs(d.pop("flow_runs", UNSET))

        def _parse_task_runs(data: object) -> None | TaskRunFilter | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                task_runs_type_0 = TaskRunFilter.from_dict(data)

                return task_runs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskRunFilter | Unset, data)

        task_runs = _parse_task_runs(d.pop("task_runs", UNSET))

        def _parse_deployments(data: object) -> DeploymentFilter | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                deployments_type_0 = DeploymentFilter.from_dict(data)

                return deployments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeploymentFilter | None | Unset, data)

        deployments = _parse_deployments(d.pop("deployments", UNSET))

        def _parse_work_pools(data: object) -> None | Unset | WorkPoolFilter:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                work_pools_type_0 = WorkPoolFilter.from_dict(data)

                return work_pools_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkPoolFilter, data)

        work_pools = _parse_work_pools(d.pop("work_pools", UNSET))

        def _parse_work_pool_queues(data: object) -> None | Unset | WorkQueueFilter:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                work_pool_queues_type_0 = WorkQueueFilter.from_dict(data)

                return work_pool_queues_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkQueueFilter, data)

        work_pool_queues = _parse_work_pool_queues(d.pop("work_pool_queues", UNSET))

        limit = d.pop("limit", UNSET)

        paginate_flow_runs_body = cls(
            sort=sort,
            page=page,
            flows=flows,
            flow_runs=flow_runs,
            task_runs=task_runs,
            deployments=deployments,
            work_pools=work_pools,
            work_pool_queues=work_pool_queues,
            limit=limit,
        )

        paginate_flow_runs_body.additional_properties = d
        return paginate_flow_runs_body

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
