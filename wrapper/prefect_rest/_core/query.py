"""What a read of a filterable collection asks for: its filters and sort, checked once.

A `Query` subclass per collection declares which filters the collection takes, under which
argument names and body fields, and which sort enum orders it. The resource methods build
one from their own arguments (``FlowQuery(locals())``) so that the filter checks and the
body fields are written once per collection, and hand its `body()` to every request of
that read: each page, the count, the ``/paginate`` call. No I/O.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from prefect_api import models
from prefect_api.types import UNSET
from prefect_rest._core.arguments import as_filter, optional_enum

T = TypeVar("T")


def unset_if_none(value: T | None) -> T:
    """Prefect's methods take None for "not given"; a model leaves a field it is given UNSET
    for out of the request body (rather than sending null, which the server may read
    differently from "not given": a null `sort` is not the default sort).

    Typed as `T`: to the type checker the field is simply given; at run time the model's
    constructor drops UNSET arguments (`prefect_rest._model.base.Model`).
    """
    return cast(T, UNSET) if value is None else value


class Query:
    """The checked filters and sort of one read of a collection.

    `arguments` are the calling method's arguments by name (its ``locals()``): every filter
    the collection declares must be among them, a ``sort`` is taken when there is one. Each
    is checked (a generated filter model, a dict of its fields, or Prefect's own pydantic
    filter; an enum member or its value for the sort) and an error names the argument.
    """

    #: (argument name, request body field, name of the filter model in `prefect_api.models`)
    #: for each filter of the collection, in the order Prefect's client sends them.
    FILTERS: ClassVar[tuple[tuple[str, str, str], ...]] = ()
    #: The name of the collection's sort enum in `prefect_api.models`, "" for none.
    SORT: ClassVar[str] = ""

    __slots__ = ("fields", "sort")

    def __init__(self, arguments: Mapping[str, Any]) -> None:
        # The models are looked up by name when a query is built, not when this module is
        # imported: importing a model module costs time an import of the client should not.
        self.fields: dict[str, Any] = {}
        for argument, field, model in self.FILTERS:
            self.fields[field] = as_filter(arguments[argument], getattr(models, model), argument)
        self.sort: Any = None
        if self.SORT:
            sort = arguments.get("sort")
            self.sort = optional_enum(sort, getattr(models, self.SORT), "sort")

    def body(self, *, sort: bool = True, nulls: bool = False, **extra: Any) -> dict[str, Any]:
        """The fields of a request body: the filters, the sort unless `sort` is False, then
        `extra` (``limit``, ``offset``, ``page``...).

        A filter not given is left out, so the server applies its default, unless `nulls`
        asks to send it as null (what Prefect's client sends on some reads). A sort or an
        `extra` of None is always left out.
        """
        chosen = {
            field: value for field, value in self.fields.items() if nulls or value is not None
        }
        if sort and self.sort is not None:
            chosen["sort"] = self.sort
        chosen.update((field, value) for field, value in extra.items() if value is not None)
        return chosen


_FLOWS = ("flow_filter", "flows", "FlowFilter")
_FLOW_RUNS = ("flow_run_filter", "flow_runs", "FlowRunFilter")
_TASK_RUNS = ("task_run_filter", "task_runs", "TaskRunFilter")
_DEPLOYMENTS = ("deployment_filter", "deployments", "DeploymentFilter")
_WORK_POOLS = ("work_pool_filter", "work_pools", "WorkPoolFilter")
_WORK_POOL_QUEUES = ("work_queue_filter", "work_pool_queues", "WorkQueueFilter")


# -- flows -------------------------------------------------------------------------------------


class FlowQuery(Query):
    # No work-queue filter: the server has no work-queue criterion for flows.
    FILTERS = (_FLOWS, _FLOW_RUNS, _TASK_RUNS, _DEPLOYMENTS, _WORK_POOLS)
    SORT = "FlowSort"


# -- flow runs, task runs, logs, artifacts, variables ------------------------------------------


class FlowRunQuery(Query):
    FILTERS = (_FLOWS, _FLOW_RUNS, _TASK_RUNS, _DEPLOYMENTS, _WORK_POOLS, _WORK_POOL_QUEUES)
    SORT = "FlowRunSort"


class FlowRunHistoryQuery(Query):
    # The history body names its work-queue filter `work_queues`, not `work_pool_queues`.
    FILTERS = (
        _FLOWS,
        _FLOW_RUNS,
        _TASK_RUNS,
        _DEPLOYMENTS,
        _WORK_POOLS,
        ("work_queue_filter", "work_queues", "WorkQueueFilter"),
    )


class TaskRunQuery(Query):
    FILTERS = (_FLOWS, _FLOW_RUNS, _TASK_RUNS, _DEPLOYMENTS)
    SORT = "TaskRunSort"


class LogQuery(Query):
    FILTERS = (("log_filter", "logs", "LogFilter"),)
    SORT = "LogSort"

    def __init__(self, arguments: Mapping[str, Any]) -> None:
        super().__init__(arguments)
        # Sent explicitly, as Prefect does, rather than relying on the server's default.
        if self.sort is None:
            self.sort = models.LogSort.TIMESTAMP_ASC


class ArtifactQuery(Query):
    FILTERS = (("artifact_filter", "artifacts", "ArtifactFilter"), _FLOW_RUNS, _TASK_RUNS)
    SORT = "ArtifactSort"


class ArtifactCollectionQuery(Query):
    """The latest version of each artifact key (the server's artifact collections)."""

    FILTERS = (
        ("artifact_filter", "artifacts", "ArtifactCollectionFilter"),
        _FLOW_RUNS,
        _TASK_RUNS,
    )
    SORT = "ArtifactCollectionSort"


class VariableQuery(Query):
    FILTERS = (("variable_filter", "variables", "VariableFilter"),)


# -- deployments, work pools, workers, work queues ---------------------------------------------


class DeploymentQuery(Query):
    FILTERS = (_FLOWS, _FLOW_RUNS, _TASK_RUNS, _DEPLOYMENTS, _WORK_POOLS, _WORK_POOL_QUEUES)
    SORT = "DeploymentSort"


class WorkPoolQuery(Query):
    FILTERS = (_WORK_POOLS,)


class WorkerQuery(Query):
    FILTERS = (("worker_filter", "workers", "WorkerFilter"),)


class WorkQueueQuery(Query):
    # Work queue reads name the filter's body field `work_queues` (deployment and flow run
    # reads name it `work_pool_queues`).
    FILTERS = (("work_queue_filter", "work_queues", "WorkQueueFilter"),)


# -- block documents, automations --------------------------------------------------------------


class BlockDocumentQuery(Query):
    FILTERS = (
        ("block_document_filter", "block_documents", "BlockDocumentFilter"),
        ("block_type_filter", "block_types", "BlockTypeFilter"),
        ("block_schema_filter", "block_schemas", "BlockSchemaFilter"),
    )
    SORT = "BlockDocumentSort"

    @classmethod
    def of_block_type(cls, block_type_slug: str | None, sort: Any) -> BlockDocumentQuery:
        """The documents of one block type (every type's when the slug is None), in `sort`
        order: sent even when it is the server's default, as pages are only stable under
        one order."""
        block_types = None if block_type_slug is None else {"slug": {"any_": [block_type_slug]}}
        return cls(
            {
                "block_document_filter": None,
                "block_type_filter": block_types,
                "block_schema_filter": None,
                "sort": sort,
            }
        )


class AutomationQuery(Query):
    # Prefect names the argument for the body field.
    FILTERS = (("automations", "automations", "AutomationFilter"),)
    SORT = "AutomationSort"
