# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.work_pool_create_base_job_template import WorkPoolCreateBaseJobTemplate
    from ..models.work_pool_storage_configuration import WorkPoolStorageConfiguration


T = TypeVar("T", bound="WorkPoolCreate")


@_attrs_define
class WorkPoolCreate:
    """Data used by the Prefect REST API to create a work pool.

    Attributes:
        name (str): The name of the work pool.
        description (None | str | Unset): The work pool description.
        type_ (str | Unset): The work pool type. Default: 'prefect-agent'.
        base_job_template (WorkPoolCreateBaseJobTemplate | Unset): The work pool's base job template.
        is_paused (bool | Unset): Pausing the work pool stops the delivery of all work. Default: False.
        concurrency_limit (int | None | Unset): A concurrency limit for the work pool.
        storage_configuration (WorkPoolStorageConfiguration | Unset): A representation of a work pool's storage
            configuration
    """

    name: str
    description: None | str | Unset = UNSET
    type_: str | Unset = "prefect-agent"
    base_job_template: WorkPoolCreateBaseJobTemplate | Unset = UNSET
    is_paused: bool | Unset = False
    concurrency_limit: int | None | Unset = UNSET
    storage_configuration: WorkPoolStorageConfiguration | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        type_ = self.type_

        base_job_template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.base_job_template, Unset):
            base_job_template = self.base_job_template.to_dict()

        is_paused = self.is_paused

        concurrency_limit: int | None | Unset
        if isinstance(self.concurrency_limit, Unset):
            concurrency_limit = UNSET
        else:
            concurrency_limit = self.concurrency_limit

        storage_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storage_configuration, Unset):
            storage_configuration = self.storage_configuration.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if base_job_template is not UNSET:
            field_dict["base_job_template"] = base_job_template
        if is_paused is not UNSET:
            field_dict["is_paused"] = is_paused
        if concurrency_limit is not UNSET:
            field_dict["concurrency_limit"] = concurrency_limit
        if storage_configuration is not UNSET:
            field_dict["storage_configuration"] = storage_configuration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.work_pool_create_base_job_template import WorkPoolCreateBaseJobTemplate  # noqa: PLC0415
        from ..models.work_pool_storage_configuration import WorkPoolStorageConfiguration  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        type_ = d.pop("type", UNSET)

        _base_job_template = d.pop("base_job_template", UNSET)
        base_job_template: WorkPoolCreateBaseJobTemplate | Unset
        if isinstance(_base_job_template, Unset):
            base_job_template = UNSET
        else:
            base_job_template = WorkPoolCreateBaseJobTemplate.from_dict(_base_job_template)

        is_paused = d.pop("is_paused", UNSET)

        def _parse_concurrency_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        concurrency_limit = _parse_concurrency_limit(d.pop("concurrency_limit", UNSET))

        _storage_configuration = d.pop("storage_configuration", UNSET)
        storage_configuration: WorkPoolStorageConfiguration | Unset
        if isinstance(_storage_configuration, Unset):
            storage_configuration = UNSET
        else:
            storage_configuration = WorkPoolStorageConfiguration.from_dict(_storage_configuration)

        work_pool_create = cls(
            name=name,
            description=description,
            type_=type_,
            base_job_template=base_job_template,
            is_paused=is_paused,
            concurrency_limit=concurrency_limit,
            storage_configuration=storage_configuration,
        )

        return work_pool_create
