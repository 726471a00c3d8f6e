"""Work pools and their workers: argument checks and body mapping, no I/O.

Shared by the async client and its generated sync twin: one copy, the same types.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from prefect_api import models
from prefect_rest._core.arguments import as_count

if TYPE_CHECKING:
    from prefect_api.models import (
        WorkPoolCreate,
        WorkPoolUpdate,
    )

    # Annotations only: importing the schema modules at run time would load hundreds of models.


# The collection registry view Prefect's worker metadata comes from.
WORKER_METADATA_VIEW = "aggregate-worker-metadata"


def whole_seconds(value: float | None, argument: str) -> int | None:
    """The server stores some intervals as whole seconds and rejects fractions with a 422."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{argument} must be a number of seconds, not {type(value).__name__}")
    if isinstance(value, float):
        if not value.is_integer():  # also NaN and infinity
            raise ValueError(f"{argument}={value!r}: the server takes a whole number of seconds")
        value = int(value)
    return as_count(value, argument)


def update_from_create(work_pool: WorkPoolCreate) -> WorkPoolUpdate:
    """The update that makes an existing pool look as if `work_pool` had created it.

    Fields the create body leaves out get the values a new pool would have, as Prefect's
    overwrite does; name and type cannot be changed.
    """
    # Every field is given: a field the create body left out goes back to its default.
    return models.WorkPoolUpdate(
        description=work_pool.description,
        is_paused=work_pool.is_paused,
        base_job_template=dict(work_pool.base_job_template),
        concurrency_limit=work_pool.concurrency_limit,
        storage_configuration=work_pool.storage_configuration,
    )
