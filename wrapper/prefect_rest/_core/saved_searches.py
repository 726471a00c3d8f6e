"""Saved searches: argument checks and body mapping, no I/O.

Shared by the async client and its generated sync twin: one copy, the same types.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from prefect_api import models

if TYPE_CHECKING:
    from prefect_api.models import (
        SavedSearchFilter,
    )


FILTER_KEYS = ("object", "property", "type", "operation", "value")


def saved_search_filters(
    filters: Iterable[SavedSearchFilter | Mapping[str, Any]],
) -> list[SavedSearchFilter]:
    if isinstance(filters, (Mapping, models.SavedSearchFilter, str, bytes)):
        raise TypeError(
            f"filters must be a list of filters, not one {type(filters).__name__}: wrap it "
            "in a list"
        )
    result = []
    for index, item in enumerate(filters):
        if isinstance(item, models.SavedSearchFilter):
            result.append(item)
        elif isinstance(item, Mapping):
            missing = [key for key in FILTER_KEYS if key not in item]
            if missing:
                raise ValueError(f"filters[{index}] has no {', '.join(map(repr, missing))}")
            try:
                result.append(models.SavedSearchFilter(**item))
            except (TypeError, ValueError) as error:
                raise type(error)(f"filters[{index}]: {error}") from None
        else:
            raise TypeError(
                f"filters[{index}] must be a SavedSearchFilter or a dict, not {type(item).__name__}"
            )
    return result
