# Generated from openapi.json by `make generate`. Do not edit by hand.
"""SQLAlchemyConnectArgsSettings: Settings for controlling SQLAlchemy connection behavior; note that these settings only take effect when using a PostgreSQL database."""

from __future__ import annotations

from typing import TYPE_CHECKING

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .sql_alchemy_tls_settings import SQLAlchemyTLSSettings


class SQLAlchemyConnectArgsSettings(Model):
    """Settings for controlling SQLAlchemy connection behavior; note that these settings only take effect when using a PostgreSQL database.

    Attributes:
        application_name: Controls the application_name field for connections opened from the
            connection pool when using a PostgreSQL database with the Prefect backend.
        search_path: PostgreSQL schema name to set in search_path when using a PostgreSQL database
            with the Prefect backend. Note: The public schema should be included in the search
            path (e.g. 'myschema, public') to ensure that pg_trgm and other extensions remain
            available.
        statement_cache_size: Controls statement cache size for PostgreSQL connections. Setting this
            to 0 is required when using PgBouncer in transaction mode. Defaults to None.
        prepared_statement_cache_size: Controls the size of the statement cache for PostgreSQL
            connections. When set to 0, statement caching is disabled. Defaults to None to use
            SQLAlchemy's default behavior.
        tls: Settings for controlling SQLAlchemy mTLS behavior
    """

    application_name: str | None = _field(_k.Nullable(_k.STR), default=None)
    search_path: str | None = _field(_k.Nullable(_k.STR), default=None)
    statement_cache_size: int | None = _field(_k.Nullable(_k.INT), default=None)
    prepared_statement_cache_size: int | None = _field(_k.Nullable(_k.INT), default=None)
    tls: SQLAlchemyTLSSettings = _field(
        _k.ModelKind("prefect_api.models.sql_alchemy_tls_settings:SQLAlchemyTLSSettings"),
        default_factory=_k.empty("prefect_api.models.sql_alchemy_tls_settings:SQLAlchemyTLSSettings"),
    )
