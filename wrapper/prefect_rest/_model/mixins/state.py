"""What Prefect's `State` does beyond its fields: predicates, its default name, its text forms."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from prefect_api.models.state import State
    from prefect_api.models.state_create import StateCreate
    from prefect_api.models.state_type import StateType

_FINAL: Final = frozenset({"COMPLETED", "CANCELLED", "FAILED", "CRASHED"})


class StateMixin:
    """Prefect's `State` methods. `type` is a `StateType` (a str enum), so the checks compare
    with its value and also hold for a newer server's extra members."""

    if TYPE_CHECKING:
        type: StateType
        name: str | None
        message: str | None
        data: Any
        timestamp: datetime.datetime
        id: Any
        state_details: Any

    def _after_validate(self) -> None:
        # Prefect's validators: a state is named after its type unless named, and a
        # SCHEDULED state is scheduled for now unless told when.
        if self.name is None and self.type:
            self.name = " ".join(word.capitalize() for word in str(self.type.value).split("_"))
        if self.type == "SCHEDULED" and self.state_details.scheduled_time is None:
            self.state_details.scheduled_time = datetime.datetime.now(datetime.UTC)

    def is_scheduled(self) -> bool:
        return self.type == "SCHEDULED"

    def is_pending(self) -> bool:
        return self.type == "PENDING"

    def is_running(self) -> bool:
        return self.type == "RUNNING"

    def is_completed(self) -> bool:
        return self.type == "COMPLETED"

    def is_failed(self) -> bool:
        return self.type == "FAILED"

    def is_crashed(self) -> bool:
        return self.type == "CRASHED"

    def is_cancelled(self) -> bool:
        return self.type == "CANCELLED"

    def is_cancelling(self) -> bool:
        return self.type == "CANCELLING"

    def is_paused(self) -> bool:
        return self.type == "PAUSED"

    def is_final(self) -> bool:
        """COMPLETED, FAILED, CRASHED or CANCELLED: the run will not change state again."""
        return self.type in _FINAL

    def is_settled(self) -> bool:
        """Final, or PAUSED: nothing will move the run on until a person (or an automation)
        resumes it. Not in Prefect 3.8.8's State; handy for waiting loops."""
        return self.is_final() or self.is_paused()

    def to_state_create(self) -> StateCreate:
        """The body that sets this state on a run (what Prefect sends)."""
        from prefect_api.models.state_create import StateCreate

        return StateCreate(
            type=self.type,
            name=self.name,
            message=self.message,
            data=self.data,
            state_details=self.state_details,
        )

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Any:
        """A copy with a new timestamp (and `update` applied), as Prefect's State copies:
        a copy is the state again, at a new moment."""
        stamped = {"timestamp": datetime.datetime.now(datetime.UTC), **(update or {})}
        return super().model_copy(update=stamped, deep=deep)  # type: ignore[misc]

    def fresh_copy(self, **kwargs: Any) -> State:
        """A copy with a new id and timestamp (and `kwargs` passed to `model_copy`)."""
        import uuid

        now = datetime.datetime.now(datetime.UTC)
        update = {"id": uuid.uuid4(), "created": now, "updated": now, "timestamp": now}
        update.update(kwargs.pop("update", None) or {})
        return self.model_copy(update=update, **kwargs)  # type: ignore[no-any-return]

    def __str__(self) -> str:
        # Prefect's log form: Completed('all done') / Retrying(type=SCHEDULED)
        shown = [repr(self.message)] if self.message else []
        if str(self.type.value).lower() != (self.name or "").lower():
            shown.append(f"type={self.type.value}")
        return f"{self.name}({', '.join(shown)})"

    def __repr__(self) -> str:
        # Prefect's debugging form: Completed(message='done', type=COMPLETED, result=None)
        return (
            f"{self.name}(message={self.message!r}, type={self.type.value}, result={self.data!r})"
        )

    def __hash__(self) -> int:
        details = self.state_details
        return hash(
            (
                getattr(details, "flow_run_id", None),
                getattr(details, "task_run_id", None),
                self.timestamp,
                self.type,
            )
        )
