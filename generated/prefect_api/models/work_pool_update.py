# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.work_pool_storage_configuration import WorkPoolStorageConfiguration
    from ..models.work_pool_update_base_job_template_type_0 import WorkPoolUpdateBaseJobTemplateType0


T = TypeVar("T", bound="WorkPoolUpdate")


@_attrs_define
class WorkPoolUpdate:
    """Data used by the Prefect REST API to update a work pool.

    Attributes:
        description (None | str | Unset):
        is_paused (bool | None | Unset):
        base_job_template (None | Unset | WorkPoolUpdateBaseJobTemplateType0):
        concurrency_limit (int | None | Unset):
        storage_configuration (None | Unset | WorkPoolStorageConfiguration): The storage configuration for the work
            pool.
    """

    description: None | str | Unset = UNSET
    is_paused: bool | None | Unset = UNSET
    base_job_template: None | Unset | WorkPoolUpdateBaseJobTemplateType0 = UNSET
    concurrency_limit: int | None | Unset = UNSET
    storage_configuration: None | Unset | WorkPoolStorageConfiguration = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.work_pool_storage_configuration import WorkPoolStorageConfiguration  # noqa: PLC0415
        from ..models.work_pool_update_base_job_template_type_0 import WorkPoolUpdateBaseJobTemplateType0  # noqa: PLC0415

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        is_paused: bool | None | Unset
        if isinstance(self.is_paused, Unset):
            is_paused = UNSET
        else:
            is_paused = self.is_paused

        base_job_template: dict[str, Any] | None | Unset
        if isinstance(self.base_job_template, Unset):
            base_job_template = UNSET
        elif isinstance(self.base_job_template, WorkPoolUpdateBaseJobTemplateType0):
            base_job_template = self.base_job_template.to_dict()
        else:
            base_job_template = self.base_job_template

        concurrency_limit: int | None | Unset
        if isinstance(self.concurrency_limit, Unset):
            concurrency_limit = UNSET
        else:
            concurrency_limit = self.concurrency_limit

        storage_configuration: dict[str, Any] | None | Unset
        if isinstance(self.storage_configuration, Unset):
            storage_configuration = UNSET
        elif isinstance(self.storage_configuration, WorkPoolStorageConfiguration):
            storage_configuration = self.storage_configuration.to_dict()
        else:
            storage_configuration = self.storage_configuration

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if is_paused is not UNSET:
            field_dict["is_paused"] = is_paused
        if base_job_template is not UNSET:
            field_dict["base_job_template"] = base_job_template
        if concurrency_limit is not UNSET:
            field_dict["concurrency_limit"] = concurrency_limit
        if storage_configuration is not UNSET:
            field_dict["storage_configuration"] = storage_configuration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.work_pool_storage_configuration import WorkPoolStorageConfiguration  # noqa: PLC0415
        from ..models.work_pool_update_base_job_template_type_0 import WorkPoolUpdateBaseJobTemplateType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_is_paused(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_paused = _parse_is_paused(d.pop("is_paused", UNSET))

        def _parse_base_job_template(data: object) -> None | Unset | WorkPoolUpdateBaseJobTemplateType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                base_job_template_type_0 = WorkPoolUpdateBaseJobTemplateType0.from_dict(data)

                return base_job_template_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkPoolUpdateBaseJobTemplateType0, data)

        base_job_template = _parse_base_job_template(d.pop("base_job_template", UNSET))

        def _parse_concurrency_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        concurrency_limit = _parse_concurrency_limit(d.pop("concurrency_limit", UNSET))

        def _parse_storage_configuration(data: object) -> None | Unset | WorkPoolStorageConfiguration:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                storage_configuration_type_0 = WorkPoolStorageConfiguration.from_dict(data)

                return storage_configuration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkPoolStorageConfiguration, data)

        storage_configuration = _parse_storage_configuration(d.pop("storage_configuration", UNSET))

        work_pool_update = cls(
            description=description,
            is_paused=is_paused,
            base_job_template=base_job_template,
            concurrency_limit=concurrency_limit,
            storage_configuration=storage_configuration,
        )

        return work_pool_update
