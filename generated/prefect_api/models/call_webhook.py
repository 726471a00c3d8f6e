# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CallWebhook")


@_attrs_define
class CallWebhook:
    """Call a webhook when an Automation is triggered.

    Attributes:
        block_document_id (UUID): The identifier of the webhook block to use
        type_ (Literal['call-webhook'] | Unset):  Default: 'call-webhook'.
        payload (str | Unset): An optional templatable payload to send when calling the webhook. Default: ''.
    """

    block_document_id: UUID
    type_: Literal["call-webhook"] | Unset = "call-webhook"
    payload: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        block_document_id = str(self.block_document_id)

        type_ = self.type_

        payload = self.payload

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "block_document_id": block_document_id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if payload is not UNSET:
            field_dict["payload"] = payload

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        block_document_id = UUID(d.pop("block_document_id"))

        type_ = cast(Literal["call-webhook"] | Unset, d.pop("type", UNSET))
        if type_ != "call-webhook" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'call-webhook', got '{type_}'")

        payload = d.pop("payload", UNSET)

        call_webhook = cls(
            block_document_id=block_document_id,
            type_=type_,
            payload=payload,
        )

        call_webhook.additional_properties = d
        return call_webhook

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
