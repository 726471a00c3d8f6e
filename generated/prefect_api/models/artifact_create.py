# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.artifact_create_data_type_0 import ArtifactCreateDataType0
    from ..models.artifact_create_metadata_type_0 import ArtifactCreateMetadataType0


T = TypeVar("T", bound="ArtifactCreate")


@_attrs_define
class ArtifactCreate:
    """Data used by the Prefect REST API to create an artifact.

    Attributes:
        key (None | str | Unset): An optional unique reference key for this artifact.
        type_ (None | str | Unset): An identifier that describes the shape of the data field. e.g. 'result', 'table',
            'markdown'
        description (None | str | Unset): A markdown-enabled description of the artifact.
        data (Any | ArtifactCreateDataType0 | None | Unset): Data associated with the artifact, e.g. a result.;
            structure depends on the artifact type.
        metadata (ArtifactCreateMetadataType0 | None | Unset): User-defined artifact metadata. Content must be string
            key and value pairs.
        flow_run_id (None | Unset | UUID): The flow run associated with the artifact.
        task_run_id (None | Unset | UUID): The task run associated with the artifact.
    """

    key: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    data: Any | ArtifactCreateDataType0 | None | Unset = UNSET
    metadata: ArtifactCreateMetadataType0 | None | Unset = UNSET
    flow_run_id: None | Unset | UUID = UNSET
    task_run_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.artifact_create_data_type_0 import ArtifactCreateDataType0  # noqa: PLC0415
        from ..models.artifact_create_metadata_type_0 import ArtifactCreateMetadataType0  # noqa: PLC0415

        key: None | str | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        else:
            key = self.key

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
        elif isinstance(self.data, ArtifactCreateDataType0):
            data = self.data.to_dict()
        else:
            data = self.data

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, ArtifactCreateMetadataType0):
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

        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
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
        from ..models.artifact_create_data_type_0 import ArtifactCreateDataType0  # noqa: PLC0415
        from ..models.artifact_create_metadata_type_0 import ArtifactCreateMetadataType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        key = _parse_key(d.pop("key", UNSET))

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

        def _parse_data(data: object) -> Any | ArtifactCreateDataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = ArtifactCreateDataType0.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Any | ArtifactCreateDataType0 | None | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        def _parse_metadata(data: object) -> ArtifactCreateMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = ArtifactCreateMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ArtifactCreateMetadataType0 | None | Unset, data)

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

        artifact_create = cls(
            key=key,
            type_=type_,
            description=description,
            data=data,
            metadata=metadata,
            flow_run_id=flow_run_id,
            task_run_id=task_run_id,
        )

        return artifact_create
