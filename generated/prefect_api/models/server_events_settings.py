# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServerEventsSettings")


@_attrs_define
class ServerEventsSettings:
    """Settings for controlling behavior of the events subsystem

    Attributes:
        stream_out_enabled (bool | Unset): Whether or not to stream events out to the API via websockets. Default: True.
        related_resource_cache_ttl (str | Unset): The number of seconds to cache related resources for in the API.
            Default: 'PT5M'.
        maximum_labels_per_resource (int | Unset): The maximum number of labels a resource may have. Default: 500.
        maximum_related_resources (int | Unset): The maximum number of related resources an Event may have. Default:
            100.
        maximum_size_bytes (int | Unset): The maximum size of an Event when serialized to JSON Default: 1500000.
        expired_bucket_buffer (str | Unset): The amount of time to retain expired automation buckets Default: 'PT1M'.
        proactive_granularity (str | Unset): How frequently proactive automations are evaluated Default: 'PT5S'.
        retention_period (str | Unset): The amount of time to retain events in the database. Default: 'P7D'.
        maximum_websocket_backfill (str | Unset): The maximum range to look back for backfilling events for a websocket
            subscriber. Default: 'PT15M'.
        websocket_backfill_page_size (int | Unset): The page size for the queries to backfill events for websocket
            subscribers. Default: 250.
        messaging_broker (str | Unset): Which message broker implementation to use for the messaging system, should
            point to a module that exports a Publisher and Consumer class. Default:
            'prefect.server.utilities.messaging.memory'.
        messaging_cache (str | Unset): Which cache implementation to use for the events system. Should point to a module
            that exports a Cache class. Default: 'prefect.server.utilities.messaging.memory'.
        causal_ordering (str | Unset): Which causal ordering implementation to use for the events system. Should point
            to a module that exports a CausalOrdering class. Default: 'prefect.server.events.ordering.memory'.
        maximum_event_name_length (int | Unset): The maximum length of an event name. Default: 1024.
    """

    stream_out_enabled: bool | Unset = True
    related_resource_cache_ttl: str | Unset = "PT5M"
    maximum_labels_per_resource: int | Unset = 500
    maximum_related_resources: int | Unset = 100
    maximum_size_bytes: int | Unset = 1500000
    expired_bucket_buffer: str | Unset = "PT1M"
    proactive_granularity: str | Unset = "PT5S"
    retention_period: str | Unset = "P7D"
    maximum_websocket_backfill: str | Unset = "PT15M"
    websocket_backfill_page_size: int | Unset = 250
    messaging_broker: str | Unset = "prefect.server.utilities.messaging.memory"
    messaging_cache: str | Unset = "prefect.server.utilities.messaging.memory"
    causal_ordering: str | Unset = "prefect.server.events.ordering.memory"
    maximum_event_name_length: int | Unset = 1024
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stream_out_enabled = self.stream_out_enabled

        related_resource_cache_ttl = self.related_resource_cache_ttl

        maximum_labels_per_resource = self.maximum_labels_per_resource

        maximum_related_resources = self.maximum_related_resources

        maximum_size_bytes = self.maximum_size_bytes

        expired_bucket_buffer = self.expired_bucket_buffer

        proactive_granularity = self.proactive_granularity

        retention_period = self.retention_period

        maximum_websocket_backfill = self.maximum_websocket_backfill

        websocket_backfill_page_size = self.websocket_backfill_page_size

        messaging_broker = self.messaging_broker

        messaging_cache = self.messaging_cache

        causal_ordering = self.causal_ordering

        maximum_event_name_length = self.maximum_event_name_length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stream_out_enabled is not UNSET:
            field_dict["stream_out_enabled"] = stream_out_enabled
        if related_resource_cache_ttl is not UNSET:
            field_dict["related_resource_cache_ttl"] = related_resource_cache_ttl
        if maximum_labels_per_resource is not UNSET:
            field_dict["maximum_labels_per_resource"] = maximum_labels_per_resource
        if maximum_related_resources is not UNSET:
            field_dict["maximum_related_resources"] = maximum_related_resources
        if maximum_size_bytes is not UNSET:
            field_dict["maximum_size_bytes"] = maximum_size_bytes
        if expired_bucket_buffer is not UNSET:
            field_dict["expired_bucket_buffer"] = expired_bucket_buffer
        if proactive_granularity is not UNSET:
            field_dict["proactive_granularity"] = proactive_granularity
        if retention_period is not UNSET:
            field_dict["retention_period"] = retention_period
        if maximum_websocket_backfill is not UNSET:
            field_dict["maximum_websocket_backfill"] = maximum_websocket_backfill
        if websocket_backfill_page_size is not UNSET:
            field_dict["websocket_backfill_page_size"] = websocket_backfill_page_size
        if messaging_broker is not UNSET:
            field_dict["messaging_broker"] = messaging_broker
        if messaging_cache is not UNSET:
            field_dict["messaging_cache"] = messaging_cache
        if causal_ordering is not UNSET:
            field_dict["causal_ordering"] = causal_ordering
        if maximum_event_name_length is not UNSET:
            field_dict["maximum_event_name_length"] = maximum_event_name_length

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        stream_out_enabled = d.pop("stream_out_enabled", UNSET)

        related_resource_cache_ttl = d.pop("related_resource_cache_ttl", UNSET)

        maximum_labels_per_resource = d.pop("maximum_labels_per_resource", UNSET)

        maximum_related_resources = d.pop("maximum_related_resources", UNSET)

        maximum_size_bytes = d.pop("maximum_size_bytes", UNSET)

        expired_bucket_buffer = d.pop("expired_bucket_buffer", UNSET)

        proactive_granularity = d.pop("proactive_granularity", UNSET)

        retention_period = d.pop("retention_period", UNSET)

        maximum_websocket_backfill = d.pop("maximum_websocket_backfill", UNSET)

        websocket_backfill_page_size = d.pop("websocket_backfill_page_size", UNSET)

        messaging_broker = d.pop("messaging_broker", UNSET)

        messaging_cache = d.pop("messaging_cache", UNSET)

        causal_ordering = d.pop("causal_ordering", UNSET)

        maximum_event_name_length = d.pop("maximum_event_name_length", UNSET)

        server_events_settings = cls(
            stream_out_enabled=stream_out_enabled,
            related_resource_cache_ttl=related_resource_cache_ttl,
            maximum_labels_per_resource=maximum_labels_per_resource,
            maximum_related_resources=maximum_related_resources,
            maximum_size_bytes=maximum_size_bytes,
            expired_bucket_buffer=expired_bucket_buffer,
            proactive_granularity=proactive_granularity,
            retention_period=retention_period,
            maximum_websocket_backfill=maximum_websocket_backfill,
            websocket_backfill_page_size=websocket_backfill_page_size,
            messaging_broker=messaging_broker,
            messaging_cache=messaging_cache,
            causal_ordering=causal_ordering,
            maximum_event_name_length=maximum_event_name_length,
        )

        server_events_settings.additional_properties = d
        return server_events_settings

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
