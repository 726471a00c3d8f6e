"""Events and the resources they are about, as ``prefect.events.schemas.events`` names them."""

from prefect_api.models.event import Event
from prefect_api.models.received_event import ReceivedEvent
from prefect_api.models.related_resource import RelatedResource
from prefect_api.models.resource import Resource
from prefect_api.models.resource_specification import ResourceSpecification

__all__ = ["Event", "ReceivedEvent", "RelatedResource", "Resource", "ResourceSpecification"]
