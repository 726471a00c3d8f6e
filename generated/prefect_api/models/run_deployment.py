# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_deployment_source import RunDeploymentSource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_deployment_job_variables_type_0 import RunDeploymentJobVariablesType0
    from ..models.run_deployment_parameters_type_0 import RunDeploymentParametersType0


T = TypeVar("T", bound="RunDeployment")


@_attrs_define
class RunDeployment:
    """Runs the given deployment with the given parameters

    Attributes:
        type_ (Literal['run-deployment'] | Unset):  Default: 'run-deployment'.
        source (RunDeploymentSource | Unset): Whether this Action applies to a specific selected deployment (given by
            `deployment_id`), or to a deployment that is inferred from the triggering event.  If the source is 'inferred',
            the `deployment_id` may not be set.  If the source is 'selected', the `deployment_id` must be set. Default:
            RunDeploymentSource.SELECTED.
        deployment_id (None | Unset | UUID): The identifier of the deployment
        parameters (None | RunDeploymentParametersType0 | Unset): The parameters to pass to the deployment, or None to
            use the deployment's default parameters
        job_variables (None | RunDeploymentJobVariablesType0 | Unset): The job variables to pass to the created flow
            run, or None to use the deployment's default job variables
        schedule_after (float | Unset): The amount of time to wait before running the deployment. Defaults to running
            the deployment immediately.
    """

    type_: Literal["run-deployment"] | Unset = "run-deployment"
    source: RunDeploymentSource | Unset = RunDeploymentSource.SELECTED
    deployment_id: None | Unset | UUID = UNSET
    parameters: None | RunDeploymentParametersType0 | Unset = UNSET
    job_variables: None | RunDeploymentJobVariablesType0 | Unset = UNSET
    schedule_after: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.run_deployment_job_variables_type_0 import RunDeploymentJobVariablesType0  # noqa: PLC0415
        from ..models.run_deployment_parameters_type_0 import RunDeploymentParametersType0  # noqa: PLC0415

        type_ = self.type_

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        deployment_id: None | str | Unset
        if isinstance(self.deployment_id, Unset):
            deployment_id = UNSET
        elif isinstance(self.deployment_id, UUID):
            deployment_id = str(self.deployment_id)
        else:
            deployment_id = self.deployment_id

        parameters: dict[str, Any] | None | Unset
        if isinstance(self.parameters, Unset):
            parameters = UNSET
        elif isinstance(self.parameters, RunDeploymentParametersType0):
            parameters = self.parameters.to_dict()
        else:
            parameters = self.parameters

        job_variables: dict[str, Any] | None | Unset
        if isinstance(self.job_variables, Unset):
            job_variables = UNSET
        elif isinstance(self.job_variables, RunDeploymentJobVariablesType0):
            job_variables = self.job_variables.to_dict()
        else:
            job_variables = self.job_variables

        schedule_after = self.schedule_after

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if source is not UNSET:
            field_dict["source"] = source
        if deployment_id is not UNSET:
            field_dict["deployment_id"] = deployment_id
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if job_variables is not UNSET:
            field_dict["job_variables"] = job_variables
        if schedule_after is not UNSET:
            field_dict["schedule_after"] = schedule_after

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.run_deployment_job_variables_type_0 import RunDeploymentJobVariablesType0  # noqa: PLC0415
        from ..models.run_deployment_parameters_type_0 import RunDeploymentParametersType0  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["run-deployment"] | Unset, d.pop("type", UNSET))
        if type_ != "run-deployment" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'run-deployment', got '{type_}'")

        _source = d.pop("source", UNSET)
        source: RunDeploymentSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = RunDeploymentSource(_source)

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

        def _parse_parameters(data: object) -> None | RunDeploymentParametersType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                parameters_type_0 = RunDeploymentParametersType0.from_dict(data)

                return parameters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RunDeploymentParametersType0 | Unset, data)

        parameters = _parse_parameters(d.pop("parameters", UNSET))

        def _parse_job_variables(data: object) -> None | RunDeploymentJobVariablesType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                job_variables_type_0 = RunDeploymentJobVariablesType0.from_dict(data)

                return job_variables_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RunDeploymentJobVariablesType0 | Unset, data)

        job_variables = _parse_job_variables(d.pop("job_variables", UNSET))

        schedule_after = d.pop("schedule_after", UNSET)

        run_deployment = cls(
            type_=type_,
            source=source,
            deployment_id=deployment_id,
            parameters=parameters,
            job_variables=job_variables,
            schedule_after=schedule_after,
        )

        run_deployment.additional_properties = d
        return run_deployment

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
