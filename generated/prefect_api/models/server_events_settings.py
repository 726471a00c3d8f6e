# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ServerEventsSettings: Settings for controlling behavior of the events subsystem"""

from __future__ import annotations

import datetime

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class ServerEventsSettings(Model):
    """Settings for controlling behavior of the events subsystem

    Attributes:
        stream_out_enabled: Whether or not to stream events out to the API via websockets.
        related_resource_cache_ttl: The number of seconds to cache related resources for in the API.
        maximum_labels_per_resource: The maximum number of labels a resource may have.
        maximum_related_resources: The maximum number of related resources an Event may have.
        maximum_size_bytes: The maximum size of an Event when serialized to JSON
        expired_bucket_buffer: The amount of time to retain expired automation buckets
        proactive_granularity: How frequently proactive automations are evaluated
        retention_period: The amount of time to retain events in the database.
        maximum_websocket_backfill: The maximum range to look back for backfilling events for a
            websocket subscriber.
        websocket_backfill_page_size: The page size for the queries to backfill events for websocket
            subscribers.
        messaging_broker: Which message broker implementation to use for the messaging system,
            should point to a module that exports a Publisher and Consumer class.
        messaging_cache: Which cache implementation to use for the events system. Should point to a
            module that exports a Cache class.
        causal_ordering: Which causal ordering implementation to use for the events system. Should
            point to a module that exports a CausalOrdering class.
        maximum_event_name_length: The maximum length of an event name.
    """

    stream_out_enabled: bool = _field(_k.BOOL, default=True)
    related_resource_cache_ttl: datetime.timedelta = _field(_k.ISO_DURATION, default=_k.parse_duration("PT5M"))
    maximum_labels_per_resource: int = _field(_k.INT, default=500)
    maximum_related_resources: int = _field(_k.INT, default=100)
    maximum_size_bytes: int = _field(_k.INT, default=1500000)
    expired_bucket_buffer: datetime.timedelta = _field(_k.ISO_DURATION, default=_k.parse_duration("PT1M"))
    proactive_granularity: datetime.timedelta = _field(_k.ISO_DURATION, default=_k.parse_duration("PT5S"))
    retention_period: datetime.timedelta = _field(_k.ISO_DURATION, default=_k.parse_duration("P7D"))
    maximum_websocket_backfill: datetime.timedelta = _field(_k.ISO_DURATION, default=_k.parse_duration("PT15M"))
    websocket_backfill_page_size: int = _field(_k.INT, default=250)
    messaging_broker: str = _field(_k.STR, default="prefect.server.utilities.messaging.memory")
    messaging_cache: str = _field(_k.STR, default="prefect.server.utilities.messaging.memory")
    causal_ordering: str = _field(_k.STR, default="prefect.server.events.ordering.memory")
    maximum_event_name_length: int = _field(_k.INT, default=1024)
