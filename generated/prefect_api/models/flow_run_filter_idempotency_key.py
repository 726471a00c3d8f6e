# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowRunFilterIdempotencyKey")


@_attrs_define
class FlowRunFilterIdempotencyKey:
    """Filter by FlowRun.idempotency_key.

    Attributes:
        any_ (list[str] | None | Unset): A list of flow run idempotency keys to include
        not_any (list[str] | None | Unset): A list of flow run idempotency keys to exclude
    """

    any_: list[str] | None | Unset = UNSET
    not_any: list[str] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        any_: list[str] | None | Unset
        if isinstance(self.any_, Unset):
            any_ = UNSET
        elif isinstance(self.any_, list):
            any_ = self.any_

        else:
            any_ = self.any_

        not_any: list[str] | None | Unset
        if isinstance(self.not_any, Unset):
            not_any = UNSET
        elif isinstance(self.not_any, list):
            not_any = self.not_any

        else:
            not_any = self.not_any

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if any_ is not UNSET:
            field_dict["any_"] = any_
        if not_any is not UNSET:
            field_dict["not_any_"] = not_any

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_any_(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                any_type_0 = cast(list[str], data)

                return any_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        any_ = _parse_any_(d.pop("any_", UNSET))

        def _parse_not_any(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                not_any_type_0 = cast(list[str], data)

                return not_any_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        not_any = _parse_not_any(d.pop("not_any_", UNSET))

        flow_run_filter_idempotency_key = cls(
            any_=any_,
            not_any=not_any,
        )

        return flow_run_filter_idempotency_key
