"""Event and automation filters, as ``prefect.events.filters`` names them.

Port by renaming the import to ``prefect_rest.events.filters``. The classes are the generated
models the server's event and automation endpoints take.

Deliberately absent: EventDataFilter, Prefect's client-side base class of these filters.
"""

from prefect_api.models.automation_filter import AutomationFilter
from prefect_api.models.automation_filter_created import AutomationFilterCreated
from prefect_api.models.automation_filter_id import AutomationFilterId
from prefect_api.models.automation_filter_name import AutomationFilterName
from prefect_api.models.automation_filter_tags import AutomationFilterTags
from prefect_api.models.event_any_resource_filter import EventAnyResourceFilter
from prefect_api.models.event_filter import EventFilter
from prefect_api.models.event_id_filter import EventIDFilter
from prefect_api.models.event_name_filter import EventNameFilter
from prefect_api.models.event_occurred_filter import EventOccurredFilter
from prefect_api.models.event_order import EventOrder
from prefect_api.models.event_related_filter import EventRelatedFilter
from prefect_api.models.event_resource_filter import EventResourceFilter
from prefect_api.models.event_text_filter import EventTextFilter

__all__ = [
    "AutomationFilter",
    "AutomationFilterCreated",
    "AutomationFilterId",
    "AutomationFilterName",
    "AutomationFilterTags",
    "EventAnyResourceFilter",
    "EventFilter",
    "EventIDFilter",
    "EventNameFilter",
    "EventOccurredFilter",
    "EventOrder",
    "EventRelatedFilter",
    "EventResourceFilter",
    "EventTextFilter",
]
