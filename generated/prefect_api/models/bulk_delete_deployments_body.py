# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deployment_filter import DeploymentFilter


T = TypeVar("T", bound="BulkDeleteDeploymentsBody")


@_attrs_define
class BulkDeleteDeploymentsBody:
    """
    Attributes:
        deployments (DeploymentFilter | None | Unset): Filter criteria for deployments to delete
        limit (int | Unset): Maximum number of deployments to delete. Defaults to 50. Default: 50.
    """

    deployments: DeploymentFilter | None | Unset = UNSET
    limit: int | Unset = 50
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.deployment_filter import DeploymentFilter  # noqa: PLC0415

        deployments: dict[str, Any] | None | Unset
        if isinstance(self.deployments, Unset):
            deployments = UNSET
        elif isinstance(self.deployments, DeploymentFilter):
            deployments = self.deployments.to_dict()
        else:
            deployments = self.deployments

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if deployments is not UNSET:
            field_dict["deployments"] = deployments
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deployment_filter import DeploymentFilter  # noqa: PLC0415

        d = dict(src_dict)

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

        limit = d.pop("limit", UNSET)

        bulk_delete_deployments_body = cls(
            deployments=deployments,
            limit=limit,
        )

        bulk_delete_deployments_body.additional_properties = d
        return bulk_delete_deployments_body

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
