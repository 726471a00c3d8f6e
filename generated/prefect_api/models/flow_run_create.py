# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flow_run_create_context import FlowRunCreateContext
    from ..models.flow_run_create_job_variables_type_0 import FlowRunCreateJobVariablesType0
    from ..models.flow_run_create_labels_type_0 import FlowRunCreateLabelsType0
    from ..models.flow_run_create_parameters import FlowRunCreateParameters
    from ..models.flow_run_policy import FlowRunPolicy
    from ..models.state_create import StateCreate


T = TypeVar("T", bound="FlowRunCreate")


@_attrs_define
class FlowRunCreate:
    """Data used by the Prefect REST API to create a flow run.

    Attributes:
        flow_id (UUID): The id of the flow being run.
        state (None | StateCreate | Unset): The state of the flow run to create
        name (str | Unset): The name of the flow run. Defaults to a random slug if not specified.
        flow_version (None | str | Unset): The version of the flow being run.
        parameters (FlowRunCreateParameters | Unset):
        context (FlowRunCreateContext | Unset): The context of the flow run.
        parent_task_run_id (None | Unset | UUID):
        infrastructure_document_id (None | Unset | UUID):
        empirical_policy (FlowRunPolicy | Unset): Defines of how a flow run should retry.
        tags (list[str] | Unset): A list of tags for the flow run.
        labels (FlowRunCreateLabelsType0 | None | Unset): A dictionary of key-value labels. Values can be strings,
            numbers, or booleans.
        idempotency_key (None | str | Unset): An optional idempotency key. If a flow run with the same idempotency key
            has already been created, the existing flow run will be returned.
        work_pool_name (None | str | Unset): The name of the work pool to run the flow run in.
        work_queue_name (None | str | Unset): The name of the work queue to place the flow run in.
        job_variables (FlowRunCreateJobVariablesType0 | None | Unset): The job variables to use when setting up flow run
            infrastructure.
        deployment_id (None | Unset | UUID): DEPRECATED: The id of the deployment associated with this flow run, if
            available.
    """

    flow_id: UUID
    state: None | StateCreate | Unset = UNSET
    name: str | Unset = UNSET
    flow_version: None | str | Unset = UNSET
    parameters: FlowRunCreateParameters | Unset = UNSET
    context: FlowRunCreateContext | Unset = UNSET
    parent_task_run_id: None | Unset | UUID = UNSET
    infrastructure_document_id: None | Unset | UUID = UNSET
    empirical_policy: FlowRunPolicy | Unset = UNSET
    tags: list[str] | Unset = UNSET
    labels: FlowRunCreateLabelsType0 | None | Unset = UNSET
    idempotency_key: None | str | Unset = UNSET
    work_pool_name: None | str | Unset = UNSET
    work_queue_name: None | str | Unset = UNSET
    job_variables: FlowRunCreateJobVariablesType0 | None | Unset = UNSET
    deployment_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.flow_run_create_job_variables_type_0 import FlowRunCreateJobVariablesType0  # noqa: PLC0415
        from ..models.flow_run_create_labels_type_0 import FlowRunCreateLabelsType0  # noqa: PLC0415
        from ..models.state_create import StateCreate  # noqa: PLC0415

        flow_id = str(self.flow_id)

        state: dict[str, Any] | None | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, StateCreate):
            state = self.state.to_dict()
        else:
            state = self.state

        name = self.name

        flow_version: None | str | Unset
        if isinstance(self.flow_version, Unset):
            flow_version = UNSET
        else:
            flow_version = self.flow_version

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.to_dict()

        parent_task_run_id: None | str | Unset
        if isinstance(self.parent_task_run_id, Unset):
            parent_task_run_id = UNSET
        elif isinstance(self.parent_task_run_id, UUID):
            parent_task_run_id = str(self.parent_task_run_id)
        else:
            parent_task_run_id = self.parent_task_run_id

        infrastructure_document_id: None | str | Unset
        if isinstance(self.infrastructure_document_id, Unset):
            infrastructure_document_id = UNSET
        elif isinstance(self.infrastructure_document_id, UUID):
            infrastructure_document_id = str(self.infrastructure_document_id)
        else:
            infrastructure_document_id = self.infrastructure_document_id

        empirical_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.empirical_policy, Unset):
            empirical_policy = self.empirical_policy.to_dict()

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        labels: dict[str, Any] | None | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, FlowRunCreateLabelsType0):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

        idempotency_key: None | str | Unset
        if isinstance(self.idempotency_key, Unset):
            idempotency_key = UNSET
        else:
            idempotency_key = self.idempotency_key

        work_pool_name: None | str | Unset
        if isinstance(self.work_pool_name, Unset):
            work_pool_name = UNSET
        else:
            work_pool_name = self.work_pool_name

        work_queue_name: None | str | Unset
        if isinstance(self.work_queue_name, Unset):
            work_queue_name = UNSET
        else:
            work_queue_name = self.work_queue_name

        job_variables: dict[str, Any] | None | Unset
        if isinstance(self.job_variables, Unset):
            job_variables = UNSET
        elif isinstance(self.job_variables, FlowRunCreateJobVariablesType0):
            job_variables = self.job_variables.to_dict()
        else:
            job_variables = self.job_variables

        deployment_id: None | str | Unset
        if isinstance(self.deployment_id, Unset):
            deployment_id = UNSET
        elif isinstance(self.deployment_id, UUID):
            deployment_id = str(self.deployment_id)
        else:
            deployment_id = self.deployment_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "flow_id": flow_id,
            }
        )
        if state is not UNSET:
            field_dict["state"] = state
        if name is not UNSET:
            field_dict["name"] = name
        if flow_version is not UNSET:
            field_dict["flow_version"] = flow_version
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if context is not UNSET:
            field_dict["context"] = context
        if parent_task_run_id is not UNSET:
            field_dict["parent_task_run_id"] = parent_task_run_id
        if infrastructure_document_id is not UNSET:
            field_dict["infrastructure_document_id"] = infrastructure_document_id
        if empirical_policy is not UNSET:
            field_dict["empirical_policy"] = empirical_policy
        if tags is not UNSET:
            field_dict["tags"] = tags
        if labels is not UNSET:
            field_dict["labels"] = labels
        if idempotency_key is not UNSET:
            field_dict["idempotency_key"] = idempotency_key
        if work_pool_name is not UNSET:
            field_dict["work_pool_name"] = work_pool_name
        if work_queue_name is not UNSET:
            field_dict["work_queue_name"] = work_queue_name
        if job_variables is not UNSET:
            field_dict["job_variables"] = job_variables
        if deployment_id is not UNSET:
            field_dict["deployment_id"] = deployment_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.flow_run_create_context import FlowRunCreateContext  # noqa: PLC0415
        from ..models.flow_run_create_job_variables_type_0 import FlowRunCreateJobVariablesType0  # noqa: PLC0415
        from ..models.flow_run_create_labels_type_0 import FlowRunCreateLabelsType0  # noqa: PLC0415
        from ..models.flow_run_create_parameters import FlowRunCreateParameters  # noqa: PLC0415
        from ..models.flow_run_policy import FlowRunPolicy  # noqa: PLC0415
        from ..models.state_create import StateCreate  # noqa: PLC0415

        d = dict(src_dict)
        flow_id = UUID(d.pop("flow_id"))

        def _parse_state(data: object) -> None | StateCreate | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                state_type_0 = StateCreate.from_dict(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StateCreate | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        name = d.pop("name", UNSET)

        def _parse_flow_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        flow_version = _parse_flow_version(d.pop("flow_version", UNSET))

        _parameters = d.pop("parameters", UNSET)
        parameters: FlowRunCreateParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = FlowRunCreateParameters.from_dict(_parameters)

        _context = d.pop("context", UNSET)
        context: FlowRunCreateContext | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = FlowRunCreateContext.from_dict(_context)

        def _parse_parent_task_run_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                parent_task_run_id_type_0 = UUID(data)

                return parent_task_run_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        parent_task_run_id = _parse_parent_task_run_id(d.pop("parent_task_run_id", UNSET))

        def _parse_infrastructure_document_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                infrastructure_document_id_type_0 = UUID(data)

                return infrastructure_document_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        infrastructure_document_id = _parse_infrastructure_document_id(d.pop("infrastructure_document_id", UNSET))

        _empirical_policy = d.pop("empirical_policy", UNSET)
        empirical_policy: FlowRunPolicy | Unset
        if isinstance(_empirical_policy, Unset):
            empirical_policy = UNSET
        else:
            empirical_policy = FlowRunPolicy.from_dict(_empirical_policy)

        tags = cast(list[str], d.pop("tags", UNSET))

        def _parse_labels(data: object) -> FlowRunCreateLabelsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                labels_type_0 = FlowRunCreateLabelsType0.from_dict(data)

                return labels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlowRunCreateLabelsType0 | None | Unset, data)

        labels = _parse_labels(d.pop("labels", UNSET))

        def _parse_idempotency_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        idempotency_key = _parse_idempotency_key(d.pop("idempotency_key", UNSET))

        def _parse_work_pool_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        work_pool_name = _parse_work_pool_name(d.pop("work_pool_name", UNSET))

        def _parse_work_queue_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        work_queue_name = _parse_work_queue_name(d.pop("work_queue_name", UNSET))

        def _parse_job_variables(data: object) -> FlowRunCreateJobVariablesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                job_variables_type_0 = FlowRunCreateJobVariablesType0.from_dict(data)

                return job_variables_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlowRunCreateJobVariablesType0 | None | Unset, data)

        job_variables = _parse_job_variables(d.pop("job_variables", UNSET))

        def _parse_deployment_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deployment_id_type_0 = UUID(data)

                return deployment_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        deployment_id = _parse_deployment_id(d.pop("deployment_id", UNSET))

        flow_run_create = cls(
            flow_id=flow_id,
            state=state,
            name=name,
            flow_version=flow_version,
            parameters=parameters,
            context=context,
            parent_task_run_id=parent_task_run_id,
            infrastructure_document_id=infrastructure_document_id,
            empirical_policy=empirical_policy,
            tags=tags,
            labels=labels,
            idempotency_key=idempotency_key,
            work_pool_name=work_pool_name,
            work_queue_name=work_queue_name,
            job_variables=job_variables,
            deployment_id=deployment_id,
        )

        return flow_run_create
