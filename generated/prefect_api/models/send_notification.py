# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendNotification")


@_attrs_define
class SendNotification:
    """Send a notification when an Automation is triggered

    Attributes:
        block_document_id (UUID): The identifier of the notification block to use
        body (str): The text of the notification to send
        type_ (Literal['send-notification'] | Unset):  Default: 'send-notification'.
        subject (str | Unset):  Default: 'Prefect automated notification'.
    """

    block_document_id: UUID
    body: str
    type_: Literal["send-notification"] | Unset = "send-notification"
    subject: str | Unset = "Prefect automated notification"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        block_document_id = str(self.block_document_id)

        body = self.body

        type_ = self.type_

        subject = self.subject

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "block_document_id": block_document_id,
                "body": body,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if subject is not UNSET:
            field_dict["subject"] = subject

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        block_document_id = UUID(d.pop("block_document_id"))

        body = d.pop("body")

        type_ = cast(Literal["send-notification"] | Unset, d.pop("type", UNSET))
        if type_ != "send-notification" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'send-notification', got '{type_}'")

        subject = d.pop("subject", UNSET)

        send_notification = cls(
            block_document_id=block_document_id,
            body=body,
            type_=type_,
            subject=subject,
        )

        send_notification.additional_properties = d
        return send_notification

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
