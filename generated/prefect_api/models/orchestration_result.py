# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.set_state_status import SetStateStatus

if TYPE_CHECKING:
    from ..models.state import State
    from ..models.state_abort_details import StateAbortDetails
    from ..models.state_accept_details import StateAcceptDetails
    from ..models.state_reject_details import StateRejectDetails
    from ..models.state_wait_details import StateWaitDetails


T = TypeVar("T", bound="OrchestrationResult")


@_attrs_define
class OrchestrationResult:
    """A container for the output of state orchestration.

    Attributes:
        state (None | State):
        status (SetStateStatus): Enumerates return statuses for setting run states.
        details (StateAbortDetails | StateAcceptDetails | StateRejectDetails | StateWaitDetails):
    """

    state: None | State
    status: SetStateStatus
    details: StateAbortDetails | StateAcceptDetails | StateRejectDetails | StateWaitDetails
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.state import State  # noqa: PLC0415
        from ..models.state_accept_details import StateAcceptDetails  # noqa: PLC0415
        from ..models.state_reject_details import StateRejectDetails  # noqa: PLC0415
        from ..models.state_wait_details import StateWaitDetails  # noqa: PLC0415

        state: dict[str, Any] | None
        if isinstance(self.state, State):
            state = self.state.to_dict()
        else:
            state = self.state

        status = self.status.value

        details: dict[str, Any]
        if isinstance(self.details, StateAcceptDetails):
            details = self.details.to_dict()
        elif isinstance(self.details, StateWaitDetails):
            details = self.details.to_dict()
        elif isinstance(self.details, StateRejectDetails):
            details = self.details.to_dict()
        else:
            details = self.details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "state": state,
                "status": status,
                "details": details,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.state import State  # noqa: PLC0415
        from ..models.state_abort_details import StateAbortDetails  # noqa: PLC0415
        from ..models.state_accept_details import StateAcceptDetails  # noqa: PLC0415
        from ..models.state_reject_details import StateRejectDetails  # noqa: PLC0415
        from ..models.state_wait_details import StateWaitDetails  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_state(data: object) -> None | State:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                state_type_0 = State.from_dict(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | State, data)

        state = _parse_state(d.pop("state"))

        status = SetStateStatus(d.pop("status"))

        def _parse_details(
            data: object,
        ) -> StateAbortDetails | StateAcceptDetails | StateRejectDetails | StateWaitDetails:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                details_type_0 = StateAcceptDetails.from_dict(data)

                return details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                details_type_1 = StateWaitDetails.from_dict(data)

                return details_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                details_type_2 = StateRejectDetails.from_dict(data)

                return details_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            details_type_3 = StateAbortDetails.from_dict(data)

            return details_type_3

        details = _parse_details(d.pop("details"))

        orchestration_result = cls(
            state=state,
            status=status,
            details=details,
        )

        orchestration_result.additional_properties = d
        return orchestration_result

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
