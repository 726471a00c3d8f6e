# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ConcurrencyLimitCreate")


@_attrs_define
class ConcurrencyLimitCreate:
    """Data used by the Prefect REST API to create a concurrency limit.

    Attributes:
        tag (str): A tag the concurrency limit is applied to.
        concurrency_limit (int): The concurrency limit.
    """

    tag: str
    concurrency_limit: int

    def to_dict(self) -> dict[str, Any]:
        tag = self.tag

        concurrency_limit = self.concurrency_limit

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "tag": tag,
                "concurrency_limit": concurrency_limit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tag = d.pop("tag")

        concurrency_limit = d.pop("concurrency_limit")

        concurrency_limit_create = cls(
            tag=tag,
            concurrency_limit=concurrency_limit,
        )

        return concurrency_limit_create
