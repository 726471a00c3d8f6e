# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sql_alchemy_tls_settings import SQLAlchemyTLSSettings


T = TypeVar("T", bound="SQLAlchemyConnectArgsSettings")


@_attrs_define
class SQLAlchemyConnectArgsSettings:
    """Settings for controlling SQLAlchemy connection behavior; note that these settings only take effect when
    using a PostgreSQL database.

        Attributes:
            application_name (None | str | Unset): Controls the application_name field for connections opened from the
                connection pool when using a PostgreSQL database with the Prefect backend.
            search_path (None | str | Unset): PostgreSQL schema name to set in search_path when using a PostgreSQL database
                with the Prefect backend. Note: The public schema should be included in the search path (e.g. 'myschema,
                public') to ensure that pg_trgm and other extensions remain available.
            statement_cache_size (int | None | Unset): Controls statement cache size for PostgreSQL connections. Setting
                this to 0 is required when using PgBouncer in transaction mode. Defaults to None.
            prepared_statement_cache_size (int | None | Unset): Controls the size of the statement cache for PostgreSQL
                connections. When set to 0, statement caching is disabled. Defaults to None to use SQLAlchemy's default
                behavior.
            tls (SQLAlchemyTLSSettings | Unset): Settings for controlling SQLAlchemy mTLS context when
                using a PostgreSQL database.
    """

    application_name: None | str | Unset = UNSET
    search_path: None | str | Unset = UNSET
    statement_cache_size: int | None | Unset = UNSET
    prepared_statement_cache_size: int | None | Unset = UNSET
    tls: SQLAlchemyTLSSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_name: None | str | Unset
        if isinstance(self.application_name, Unset):
            application_name = UNSET
        else:
            application_name = self.application_name

        search_path: None | str | Unset
        if isinstance(self.search_path, Unset):
            search_path = UNSET
        else:
            search_path = self.search_path

        statement_cache_size: int | None | Unset
        if isinstance(self.statement_cache_size, Unset):
            statement_cache_size = UNSET
        else:
            statement_cache_size = self.statement_cache_size

        prepared_statement_cache_size: int | None | Unset
        if isinstance(self.prepared_statement_cache_size, Unset):
            prepared_statement_cache_size = UNSET
        else:
            prepared_statement_cache_size = self.prepared_statement_cache_size

        tls: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tls, Unset):
            tls = self.tls.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if application_name is not UNSET:
            field_dict["application_name"] = application_name
        if search_path is not UNSET:
            field_dict["search_path"] = search_path
        if statement_cache_size is not UNSET:
            field_dict["statement_cache_size"] = statement_cache_size
        if prepared_statement_cache_size is not UNSET:
            field_dict["prepared_statement_cache_size"] = prepared_statement_cache_size
        if tls is not UNSET:
            field_dict["tls"] = tls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sql_alchemy_tls_settings import SQLAlchemyTLSSettings  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_application_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        application_name = _parse_application_name(d.pop("application_name", UNSET))

        def _parse_search_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        search_path = _parse_search_path(d.pop("search_path", UNSET))

        def _parse_statement_cache_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        statement_cache_size = _parse_statement_cache_size(d.pop("statement_cache_size", UNSET))

        def _parse_prepared_statement_cache_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        prepared_statement_cache_size = _parse_prepared_statement_cache_size(
            d.pop("prepared_statement_cache_size", UNSET)
        )

        _tls = d.pop("tls", UNSET)
        tls: SQLAlchemyTLSSettings | Unset
        if isinstance(_tls, Unset):
            tls = UNSET
        else:
            tls = SQLAlchemyTLSSettings.from_dict(_tls)

        sql_alchemy_connect_args_settings = cls(
            application_name=application_name,
            search_path=search_path,
            statement_cache_size=statement_cache_size,
            prepared_statement_cache_size=prepared_statement_cache_size,
            tls=tls,
        )

        sql_alchemy_connect_args_settings.additional_properties = d
        return sql_alchemy_connect_args_settings

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
