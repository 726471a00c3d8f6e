"""Bulk writes (delete or change every row a filter matches): the filter check that keeps
one from hitting everything by accident, and the batches the server's cap of 50 rows per
request asks for. No I/O; shared by flows, flow runs and deployments."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from prefect_rest._core.arguments import as_model
from prefect_rest._core.pagination import SizedRequests
from prefect_rest._core.query import unset_if_none

if TYPE_CHECKING:
    from prefect_rest._model import Model


#: The most rows the server's bulk operations (``/flows/bulk_delete``,
#: ``/flow_runs/bulk_delete``, ``/flow_runs/bulk_set_state``, ``/deployments/bulk_delete``)
#: act on per request.
BULK_OPERATION_CAP = 50


F = TypeVar("F", bound="Model")
T = TypeVar("T")


def has_criteria(wire: Any) -> bool:
    """Whether a filter's wire form restricts anything.

    A criterion restricts when it holds a value; ``None`` and empty groups do not (the
    server skips them), nor does ``operator``, which only says how criteria combine. An
    empty list does restrict: ``{"any_": []}`` matches nothing.
    """
    if isinstance(wire, Mapping):
        return any(has_criteria(value) for key, value in wire.items() if key != "operator")
    return wire is not None


def bulk_filter(
    value: Any,
    kind: type[F],
    *,
    argument: str,
    method: str,
    matches: str,
    allow_unfiltered: bool,
) -> F:
    """The filter of a bulk write, checked so that it cannot hit everything by accident."""
    chosen = None if value is None else as_model(value, kind, argument)
    if not allow_unfiltered and (chosen is None or not has_criteria(chosen.to_dict())):
        given = "no" if value is None else "an empty"
        raise ValueError(
            f"{method}() with {given} {argument} would act on {matches}: pass a {argument} "
            f"with at least one criterion, or allow_unfiltered=True if that is what you mean"
        )
    return unset_if_none(chosen)


class BulkBatches(SizedRequests[T]):
    """The requests of a bulk write of `limit` rows, as a `Paging` the client's walk loop
    drives: each asks ``fetch(size)`` for one batch and is answered with the ids acted on; a
    batch that acted on fewer than it asked for is the last (nothing more matches)."""

    def __init__(self, limit: int | None) -> None:
        super().__init__((size,) for size in bulk_batches(limit))


def bulk_batches(limit: int | None) -> Iterator[int | None]:
    """The request sizes of a bulk delete of `limit` rows: full server batches, then the
    rest. `limit=None` is one request at the server's default size. Repeating a delete is
    safe: deleted rows stop matching the filter, so no row is asked for twice.
    """
    if limit is None:
        yield None
        return
    if isinstance(limit, bool) or not isinstance(limit, int):
        raise TypeError(f"limit must be an int, not {type(limit).__name__}")
    if limit < 1:
        raise ValueError(f"limit must be >= 1, got {limit}")
    full, rest = divmod(limit, BULK_OPERATION_CAP)
    for _ in range(full):
        yield BULK_OPERATION_CAP
    if rest:
        yield rest
