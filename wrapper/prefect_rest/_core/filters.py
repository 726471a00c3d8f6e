"""Small helpers for building request bodies from Prefect-style optional arguments."""

from __future__ import annotations

from typing import TypeVar

from prefect_api.types import UNSET, Unset

T = TypeVar("T")


def unset_if_none(value: T | None) -> T | Unset:
    """Prefect's methods take None for "not given"; the generated models take UNSET."""
    return UNSET if value is None else value
