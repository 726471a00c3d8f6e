"""Automations and their triggers, as ``prefect.events.schemas.automations`` names them.

Deliberately absent: Prefect's client-side base classes (Trigger, ResourceTrigger,
CompositeTrigger, AutomationCore) and the metric triggers (MetricTrigger and its query
types), which the self-hosted server's API does not describe (they are Prefect Cloud's).
"""

from prefect_api.models.automation import Automation
from prefect_api.models.compound_trigger import CompoundTrigger
from prefect_api.models.event_trigger import EventTrigger
from prefect_api.models.event_trigger_posture import EventTriggerPosture as Posture
from prefect_api.models.sequence_trigger import SequenceTrigger

__all__ = ["Automation", "CompoundTrigger", "EventTrigger", "Posture", "SequenceTrigger"]
