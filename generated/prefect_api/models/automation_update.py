# Generated from openapi.json by `make generate`. Do not edit by hand.
"""AutomationUpdate"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .call_webhook import CallWebhook
    from .cancel_flow_run import CancelFlowRun
    from .change_flow_run_state import ChangeFlowRunState
    from .compound_trigger import CompoundTrigger
    from .delete_flow_run import DeleteFlowRun
    from .do_nothing import DoNothing
    from .event_trigger import EventTrigger
    from .pause_automation import PauseAutomation
    from .pause_deployment import PauseDeployment
    from .pause_work_pool import PauseWorkPool
    from .pause_work_queue import PauseWorkQueue
    from .resume_automation import ResumeAutomation
    from .resume_deployment import ResumeDeployment
    from .resume_flow_run import ResumeFlowRun
    from .resume_work_pool import ResumeWorkPool
    from .resume_work_queue import ResumeWorkQueue
    from .run_deployment import RunDeployment
    from .send_notification import SendNotification
    from .sequence_trigger import SequenceTrigger
    from .suspend_flow_run import SuspendFlowRun


class AutomationUpdate(Model):
    """AutomationUpdate

    Attributes:
        name: The name of this automation
        description: A longer description of this automation
        enabled: Whether this automation will be evaluated
        tags: A list of tags associated with this automation
        trigger: The criteria for which events this Automation covers and how it will respond to the
            presence or absence of those events
        actions: The actions to perform when this Automation triggers
        actions_on_trigger: The actions to perform when an Automation goes into a triggered state
        actions_on_resolve: The actions to perform when an Automation goes into a resolving state
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    name: str = _field(_k.STR)
    description: str = _field(_k.STR, default="")
    enabled: bool = _field(_k.BOOL, default=True)
    tags: list[str] = _field(_k.ListKind(_k.STR), default_factory=list)
    trigger: EventTrigger | CompoundTrigger | SequenceTrigger = _field(
        _k.Union(
            _k.ModelKind("prefect_api.models.event_trigger:EventTrigger"),
            _k.ModelKind("prefect_api.models.compound_trigger:CompoundTrigger"),
            _k.ModelKind("prefect_api.models.sequence_trigger:SequenceTrigger"),
            tag="type",
        )
    )
    actions: list[
        DoNothing
        | RunDeployment
        | PauseDeployment
        | ResumeDeployment
        | CancelFlowRun
        | DeleteFlowRun
        | ChangeFlowRunState
        | PauseWorkQueue
        | ResumeWorkQueue
        | SendNotification
        | CallWebhook
        | PauseAutomation
        | ResumeAutomation
        | SuspendFlowRun
        | ResumeFlowRun
        | PauseWorkPool
        | ResumeWorkPool
    ] = _field(
        _k.ListKind(
            _k.Union(
                _k.ModelKind("prefect_api.models.do_nothing:DoNothing"),
                _k.ModelKind("prefect_api.models.run_deployment:RunDeployment"),
                _k.ModelKind("prefect_api.models.pause_deployment:PauseDeployment"),
                _k.ModelKind("prefect_api.models.resume_deployment:ResumeDeployment"),
                _k.ModelKind("prefect_api.models.cancel_flow_run:CancelFlowRun"),
                _k.ModelKind("prefect_api.models.delete_flow_run:DeleteFlowRun"),
                _k.ModelKind("prefect_api.models.change_flow_run_state:ChangeFlowRunState"),
                _k.ModelKind("prefect_api.models.pause_work_queue:PauseWorkQueue"),
                _k.ModelKind("prefect_api.models.resume_work_queue:ResumeWorkQueue"),
                _k.ModelKind("prefect_api.models.send_notification:SendNotification"),
                _k.ModelKind("prefect_api.models.call_webhook:CallWebhook"),
                _k.ModelKind("prefect_api.models.pause_automation:PauseAutomation"),
                _k.ModelKind("prefect_api.models.resume_automation:ResumeAutomation"),
                _k.ModelKind("prefect_api.models.suspend_flow_run:SuspendFlowRun"),
                _k.ModelKind("prefect_api.models.resume_flow_run:ResumeFlowRun"),
                _k.ModelKind("prefect_api.models.pause_work_pool:PauseWorkPool"),
                _k.ModelKind("prefect_api.models.resume_work_pool:ResumeWorkPool"),
                tag="type",
            )
        )
    )
    actions_on_trigger: list[
        DoNothing
        | RunDeployment
        | PauseDeployment
        | ResumeDeployment
        | CancelFlowRun
        | DeleteFlowRun
        | ChangeFlowRunState
        | PauseWorkQueue
        | ResumeWorkQueue
        | SendNotification
        | CallWebhook
        | PauseAutomation
        | ResumeAutomation
        | SuspendFlowRun
        | ResumeFlowRun
        | PauseWorkPool
        | ResumeWorkPool
    ] = _field(
        _k.ListKind(
            _k.Union(
                _k.ModelKind("prefect_api.models.do_nothing:DoNothing"),
                _k.ModelKind("prefect_api.models.run_deployment:RunDeployment"),
                _k.ModelKind("prefect_api.models.pause_deployment:PauseDeployment"),
                _k.ModelKind("prefect_api.models.resume_deployment:ResumeDeployment"),
                _k.ModelKind("prefect_api.models.cancel_flow_run:CancelFlowRun"),
                _k.ModelKind("prefect_api.models.delete_flow_run:DeleteFlowRun"),
                _k.ModelKind("prefect_api.models.change_flow_run_state:ChangeFlowRunState"),
                _k.ModelKind("prefect_api.models.pause_work_queue:PauseWorkQueue"),
                _k.ModelKind("prefect_api.models.resume_work_queue:ResumeWorkQueue"),
                _k.ModelKind("prefect_api.models.send_notification:SendNotification"),
                _k.ModelKind("prefect_api.models.call_webhook:CallWebhook"),
                _k.ModelKind("prefect_api.models.pause_automation:PauseAutomation"),
                _k.ModelKind("prefect_api.models.resume_automation:ResumeAutomation"),
                _k.ModelKind("prefect_api.models.suspend_flow_run:SuspendFlowRun"),
                _k.ModelKind("prefect_api.models.resume_flow_run:ResumeFlowRun"),
                _k.ModelKind("prefect_api.models.pause_work_pool:PauseWorkPool"),
                _k.ModelKind("prefect_api.models.resume_work_pool:ResumeWorkPool"),
                tag="type",
            )
        ),
        default_factory=list,
    )
    actions_on_resolve: list[
        DoNothing
        | RunDeployment
        | PauseDeployment
        | ResumeDeployment
        | CancelFlowRun
        | DeleteFlowRun
        | ChangeFlowRunState
        | PauseWorkQueue
        | ResumeWorkQueue
        | SendNotification
        | CallWebhook
        | PauseAutomation
        | ResumeAutomation
        | SuspendFlowRun
        | ResumeFlowRun
        | PauseWorkPool
        | ResumeWorkPool
    ] = _field(
        _k.ListKind(
            _k.Union(
                _k.ModelKind("prefect_api.models.do_nothing:DoNothing"),
                _k.ModelKind("prefect_api.models.run_deployment:RunDeployment"),
                _k.ModelKind("prefect_api.models.pause_deployment:PauseDeployment"),
                _k.ModelKind("prefect_api.models.resume_deployment:ResumeDeployment"),
                _k.ModelKind("prefect_api.models.cancel_flow_run:CancelFlowRun"),
                _k.ModelKind("prefect_api.models.delete_flow_run:DeleteFlowRun"),
                _k.ModelKind("prefect_api.models.change_flow_run_state:ChangeFlowRunState"),
                _k.ModelKind("prefect_api.models.pause_work_queue:PauseWorkQueue"),
                _k.ModelKind("prefect_api.models.resume_work_queue:ResumeWorkQueue"),
                _k.ModelKind("prefect_api.models.send_notification:SendNotification"),
                _k.ModelKind("prefect_api.models.call_webhook:CallWebhook"),
                _k.ModelKind("prefect_api.models.pause_automation:PauseAutomation"),
                _k.ModelKind("prefect_api.models.resume_automation:ResumeAutomation"),
                _k.ModelKind("prefect_api.models.suspend_flow_run:SuspendFlowRun"),
                _k.ModelKind("prefect_api.models.resume_flow_run:ResumeFlowRun"),
                _k.ModelKind("prefect_api.models.pause_work_pool:PauseWorkPool"),
                _k.ModelKind("prefect_api.models.resume_work_pool:ResumeWorkPool"),
                tag="type",
            )
        ),
        default_factory=list,
    )
