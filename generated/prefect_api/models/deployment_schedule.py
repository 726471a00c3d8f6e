# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cron_schedule import CronSchedule
    from ..models.deployment_schedule_parameters import DeploymentScheduleParameters
    from ..models.interval_schedule import IntervalSchedule
    from ..models.r_rule_schedule import RRuleSchedule


T = TypeVar("T", bound="DeploymentSchedule")


@_attrs_define
class DeploymentSchedule:
    """
    Attributes:
        id (UUID):
        created (datetime.datetime | None):
        updated (datetime.datetime | None):
        schedule (CronSchedule | IntervalSchedule | RRuleSchedule): The schedule for the deployment.
        deployment_id (None | Unset | UUID): The deployment id associated with this schedule.
        active (bool | Unset): Whether or not the schedule is active. Default: True.
        max_scheduled_runs (int | None | Unset): The maximum number of scheduled runs for the schedule.
        parameters (DeploymentScheduleParameters | Unset): A dictionary of parameter value overrides.
        slug (None | str | Unset): A unique slug for the schedule.
    """

    id: UUID
    created: datetime.datetime | None
    updated: datetime.datetime | None
    schedule: CronSchedule | IntervalSchedule | RRuleSchedule
    deployment_id: None | Unset | UUID = UNSET
    active: bool | Unset = True
    max_scheduled_runs: int | None | Unset = UNSET
    parameters: DeploymentScheduleParameters | Unset = UNSET
    slug: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.cron_schedule import CronSchedule  # noqa: PLC0415
        from ..models.interval_schedule import IntervalSchedule  # noqa: PLC0415

        id = str(self.id)

        created: None | str
        if isinstance(self.created, datetime.datetime):
            created = self.created.isoformat()
        else:
            created = self.created

        updated: None | str
        if isinstance(self.updated, datetime.datetime):
            updated = self.updated.isoformat()
        else:
            updated = self.updated

        schedule: dict[str, Any]
        if isinstance(self.schedule, IntervalSchedule):
            schedule = self.schedule.to_dict()
        elif isinstance(self.schedule, CronSchedule):
            schedule = self.schedule.to_dict()
        else:
            schedule = self.schedule.to_dict()

        deployment_id: None | str | Unset
        if isinstance(self.deployment_id, Unset):
            deployment_id = UNSET
        elif isinstance(self.deployment_id, UUID):
            deployment_id = str(self.deployment_id)
        else:
            deployment_id = self.deployment_id

        active = self.active

        max_scheduled_runs: int | None | Unset
        if isinstance(self.max_scheduled_runs, Unset):
            max_scheduled_runs = UNSET
        else:
            max_scheduled_runs = self.max_scheduled_runs

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        slug: None | str | Unset
        if isinstance(self.slug, Unset):
            slug = UNSET
        else:
            slug = self.slug

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created": created,
                "updated": updated,
                "schedule": schedule,
            }
        )
        if deployment_id is not UNSET:
            field_dict["deployment_id"] = deployment_id
        if active is not UNSET:
            field_dict["active"] = active
        if max_scheduled_runs is not UNSET:
            field_dict["max_scheduled_runs"] = max_scheduled_runs
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if slug is not UNSET:
            field_dict["slug"] = slug

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cron_schedule import CronSchedule  # noqa: PLC0415
        from ..models.deployment_schedule_parameters import DeploymentScheduleParameters  # noqa: PLC0415
        from ..models.interval_schedule import IntervalSchedule  # noqa: PLC0415
        from ..models.r_rule_schedule import RRuleSchedule  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        def _parse_created(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_type_0 = datetime.datetime.fromisoformat(data)

                return created_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        created = _parse_created(d.pop("created"))

        def _parse_updated(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_type_0 = datetime.datetime.fromisoformat(data)

                return updated_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        updated = _parse_updated(d.pop("updated"))

        def _parse_schedule(data: object) -> CronSchedule | IntervalSchedule | RRuleSchedule:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                schedule_type_0 = IntervalSchedule.from_dict(data)

                return schedule_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                schedule_type_1 = CronSchedule.from_dict(data)

                return schedule_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            schedule_type_2 = RRuleSchedule.from_dict(data)

            return schedule_type_2

        schedule = _parse_schedule(d.pop("schedule"))

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

        active = d.pop("active", UNSET)

        def _parse_max_scheduled_runs(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_scheduled_runs = _parse_max_scheduled_runs(d.pop("max_scheduled_runs", UNSET))

        _parameters = d.pop("parameters", UNSET)
        parameters: DeploymentScheduleParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = DeploymentScheduleParameters.from_dict(_parameters)

        def _parse_slug(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        slug = _parse_slug(d.pop("slug", UNSET))

        deployment_schedule = cls(
            id=id,
            created=created,
            updated=updated,
            schedule=schedule,
            deployment_id=deployment_id,
            active=active,
            max_scheduled_runs=max_scheduled_runs,
            parameters=parameters,
            slug=slug,
        )

        deployment_schedule.additional_properties = d
        return deployment_schedule

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
