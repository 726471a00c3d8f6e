"""`PrefectClient`: the core plus every resource mixin, in one class.

generator/unasync.py writes the sync twin (_sync/) from the async source (_async/).
"""

from __future__ import annotations

from prefect_rest._async.resources.admin import AdminMixin
from prefect_rest._async.resources.artifacts import ArtifactsMixin
from prefect_rest._async.resources.automations import AutomationsMixin
from prefect_rest._async.resources.blocks import BlocksMixin
from prefect_rest._async.resources.concurrency_limits import ConcurrencyLimitsMixin
from prefect_rest._async.resources.datadocs import DataDocumentsMixin
from prefect_rest._async.resources.deployment_schedules import DeploymentSchedulesMixin
from prefect_rest._async.resources.deployments import DeploymentsMixin
from prefect_rest._async.resources.events import EventsMixin
from prefect_rest._async.resources.flow_run_inputs import FlowRunInputsMixin
from prefect_rest._async.resources.flow_runs import FlowRunsMixin
from prefect_rest._async.resources.flows import FlowsMixin
from prefect_rest._async.resources.global_concurrency import GlobalConcurrencyMixin
from prefect_rest._async.resources.logs import LogsMixin
from prefect_rest._async.resources.notification_policies import NotificationPoliciesMixin
from prefect_rest._async.resources.saved_searches import SavedSearchesMixin
from prefect_rest._async.resources.task_runs import TaskRunsMixin
from prefect_rest._async.resources.task_workers import TaskWorkersMixin
from prefect_rest._async.resources.variables import VariablesMixin
from prefect_rest._async.resources.work_pools import WorkPoolsMixin
from prefect_rest._async.resources.work_queues import WorkQueuesMixin


class PrefectClient(
    # FlowsMixin before FlowRunsMixin, which declares create_flow for the type checker only:
    # tools that read the source (the API reference) then find FlowsMixin's.
    FlowsMixin,
    FlowRunsMixin,
    FlowRunInputsMixin,
    TaskRunsMixin,
    TaskWorkersMixin,
    DeploymentsMixin,
    DeploymentSchedulesMixin,
    ConcurrencyLimitsMixin,
    WorkQueuesMixin,
    WorkPoolsMixin,
    BlocksMixin,
    LogsMixin,
    VariablesMixin,
    ArtifactsMixin,
    # Before NotificationPoliciesMixin, which declares the automation methods it calls for
    # the type checker only: the API reference takes each method from the first base.
    AutomationsMixin,
    NotificationPoliciesMixin,
    GlobalConcurrencyMixin,
    AdminMixin,
    SavedSearchesMixin,
    EventsMixin,
    DataDocumentsMixin,
):
    """An asynchronous client for the Prefect REST API.

    `api` is the API's URL (``http://127.0.0.1:4200/api``) or an ASGI application (the
    Prefect server's app), which then runs in this process. Use it in ``async with``;
    `get_client()` builds one from Prefect's settings.
    """
