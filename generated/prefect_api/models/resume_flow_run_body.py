# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.resume_flow_run_body_run_input_type_0 import ResumeFlowRunBodyRunInputType0


T = TypeVar("T", bound="ResumeFlowRunBody")


@_attrs_define
class ResumeFlowRunBody:
    """
    Attributes:
        run_input (None | ResumeFlowRunBodyRunInputType0 | Unset):
    """

    run_input: None | ResumeFlowRunBodyRunInputType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.resume_flow_run_body_run_input_type_0 import ResumeFlowRunBodyRunInputType0  # noqa: PLC0415

        run_input: dict[str, Any] | None | Unset
        if isinstance(self.run_input, Unset):
            run_input = UNSET
        elif isinstance(self.run_input, ResumeFlowRunBodyRunInputType0):
            run_input = self.run_input.to_dict()
        else:
            run_input = self.run_input

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if run_input is not UNSET:
            field_dict["run_input"] = run_input

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.resume_flow_run_body_run_input_type_0 import ResumeFlowRunBodyRunInputType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_run_input(data: object) -> None | ResumeFlowRunBodyRunInputType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                run_input_type_0 = ResumeFlowRunBodyRunInputType0.from_dict(data)

                return run_input_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResumeFlowRunBodyRunInputType0 | Unset, data)

        run_input = _parse_run_input(d.pop("run_input", UNSET))

        resume_flow_run_body = cls(
            run_input=run_input,
        )

        resume_flow_run_body.additional_properties = d
        return resume_flow_run_body

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
