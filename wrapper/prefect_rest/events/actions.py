"""Automation actions, as ``prefect.events.actions`` names them.

Deliberately absent: Prefect's client-side base classes (Action, DeploymentAction,
WorkPoolAction, WorkQueueAction, AutomationAction) and DeclareIncident (Prefect Cloud).
"""

from prefect_api.models.call_webhook import CallWebhook
from prefect_api.models.cancel_flow_run import CancelFlowRun
from prefect_api.models.change_flow_run_state import ChangeFlowRunState
from prefect_api.models.delete_flow_run import DeleteFlowRun
from prefect_api.models.do_nothing import DoNothing
from prefect_api.models.pause_automation import PauseAutomation
from prefect_api.models.pause_deployment import PauseDeployment
from prefect_api.models.pause_work_pool import PauseWorkPool
from prefect_api.models.pause_work_queue import PauseWorkQueue
from prefect_api.models.resume_automation import ResumeAutomation
from prefect_api.models.resume_deployment import ResumeDeployment
from prefect_api.models.resume_flow_run import ResumeFlowRun
from prefect_api.models.resume_work_pool import ResumeWorkPool
from prefect_api.models.resume_work_queue import ResumeWorkQueue
from prefect_api.models.run_deployment import RunDeployment
from prefect_api.models.send_notification import SendNotification
from prefect_api.models.suspend_flow_run import SuspendFlowRun

__all__ = [
    "CallWebhook",
    "CancelFlowRun",
    "ChangeFlowRunState",
    "DeleteFlowRun",
    "DoNothing",
    "PauseAutomation",
    "PauseDeployment",
    "PauseWorkPool",
    "PauseWorkQueue",
    "ResumeAutomation",
    "ResumeDeployment",
    "ResumeFlowRun",
    "ResumeWorkPool",
    "ResumeWorkQueue",
    "RunDeployment",
    "SendNotification",
    "SuspendFlowRun",
]
