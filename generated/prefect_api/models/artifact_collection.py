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
    from ..models.artifact_collection_data_type_0 import ArtifactCollectionDataType0
    from ..models.artifact_collection_metadata_type_0 import ArtifactCollectionMetadataType0


T = TypeVar("T", bound="ArtifactCollection")


@_attrs_define
class ArtifactCollection:
    """
    Attributes:
        id (UUID):
        created (datetime.datetime | None):
        updated (datetime.datetime | None):
        key (str): An optional unique reference key for this artifact.
        latest_id (UUID): The latest artifact ID associated with the key.
        type_ (None | str | Unset): An identifier that describes the shape of the data field. e.g. 'result', 'table',
            'markdown'
        description (None | str | Unset): A markdown-enabled description of the artifact.
        data (Any | ArtifactCollectionDataType0 | None | Unset): Data associated with the artifact, e.g. a result.;
            structure depends on the artifact type.
        metadata (ArtifactCollectionMetadataType0 | None | Unset): User-defined artifact metadata. Content must be
            string key and value pairs.
        flow_run_id (None | Unset | UUID): The flow run associated with the artifact.
        task_run_id (None | Unset | UUID): The task run associated with the artifact.
    """

    id: UUID
    created: datetime.datetime | None
    updated: datetime.datetime | None
    key: str
    latest_id: UUID
    type_: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    data: Any | ArtifactCollectionDataType0 | None | Unset = UNSET
    metadata: ArtifactCollectionMetadataType0 | None | Unset = UNSET
    flow_run_id: None | Unset | UUID = UNSET
    task_run_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.artifact_collection_data_type_0 import ArtifactCollectionDataType0  # noqa: PLC0415
        from ..models.artifact_collection_metadata_type_0 import ArtifactCollectionMetadataType0  # noqa: PLC0415

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

        key = self.key

        latest_id = str(self.latest_id)

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        data: Any | dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, ArtifactCollectionDataType0):
            data = self.data.to_dict()
        else:
            data = self.data

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, ArtifactCollectionMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        flow_run_id: None | str | Unset
        if isinstance(self.flow_run_id, Unset):
            flow_run_id = UNSET
        elif isinstance(self.flow_run_id, UUID):
            flow_run_id = str(self.flow_run_id)
        else:
            flow_run_id = self.flow_run_id

        task_run_id: None | str | Unset
        if isinstance(self.task_run_id, Unset):
            task_run_id = UNSET
        elif isinstance(self.task_run_id, UUID):
            task_run_id = str(self.task_run_id)
        else:
            task_run_id = self.task_run_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created": created,
                "updated": updated,
                "key": key,
                "latest_id": latest_id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description
        if data is not UNSET:
            field_dict["data"] = data
        if metadata is not UNSET:
            field_dict["metadata_"] = metadata
        if flow_run_id is not UNSET:
            field_dict["flow_run_id"] = flow_run_id
        if task_run_id is not UNSET:
            field_dict["task_run_id"] = task_run_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.artifact_collection_data_type_0 import ArtifactCollectionDataType0  # noqa: PLC0415
        from ..models.artifact_collection_metadata_type_0 import ArtifactCollectionMetadataType0  # noqa: PLC0415

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

        key = d.pop("key")

        latest_id = UUID(d.pop("latest_id"))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_data(data: object) -> Any | ArtifactCollectionDataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = ArtifactCollectionDataType0.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Any | ArtifactCollectionDataType0 | None | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        def _parse_metadata(data: object) -> ArtifactCollectionMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = ArtifactCollectionMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ArtifactCollectionMetadataType0 | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata_", UNSET))

        def _parse_flow_run_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                flow_run_id_type_0 = UUID(data)

                return flow_run_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        flow_run_id = _parse_flow_run_id(d.pop("flow_run_id", UNSET))

        def _parse_task_run_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                task_run_id_type_0 = UUID(data)

                return task_run_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        task_run_id = _parse_task_run_id(d.pop("task_run_id", UNSET))

        artifact_collection = cls(
            id=id,
            created=created,
            updated=updated,
            key=key,
            latest_id=latest_id,
            type_=type_,
            description=description,
            data=data,
            metadata=metadata,
            flow_run_id=flow_run_id,
            task_run_id=task_run_id,
        )

        artifact_collection.additional_properties = d
        return artifact_collection

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
