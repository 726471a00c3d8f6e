# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ServerDatabaseSettings: Settings for controlling server database behavior"""

from __future__ import annotations

from typing import TYPE_CHECKING

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .server_database_settings_driver import ServerDatabaseSettingsDriver

if TYPE_CHECKING:
    from .sql_alchemy_settings import SQLAlchemySettings


class ServerDatabaseSettings(Model):
    """Settings for controlling server database behavior

    Attributes:
        sqlalchemy: Settings for controlling SQLAlchemy behavior
        connection_url: A database connection URL in a SQLAlchemy-compatible format. Prefect
            currently supports SQLite and Postgres. Note that all Prefect database engines must
            use an async driver - for SQLite, use `sqlite+aiosqlite` and for Postgres use
            `postgresql+asyncpg`.
        driver: The database driver to use when connecting to the database. If not set, the driver
            will be inferred from the connection URL.
        host: The database server host.
        port: The database server port.
        user: The user to use when connecting to the database.
        name: The name of the Prefect database on the remote server, or the path to the database
            file for SQLite.
        password: The password to use when connecting to the database. Should be kept secret.
        echo: If `True`, SQLAlchemy will log all SQL issued to the database. Defaults to `False`.
        migrate_on_start: If `True`, the database will be migrated on application startup.
        timeout: A statement timeout, in seconds, applied to all database interactions made by the
            Prefect backend. Defaults to 10 seconds.
        connection_timeout: A connection timeout, in seconds, applied to database connections.
            Defaults to `5`.
        migration_timeout: A statement timeout, in seconds, applied to database migrations. Schema
            changes such as concurrent index builds on large tables can take much longer than an
            ordinary API query, so migrations are not bound by `server.database.timeout`.
            Defaults to `None` (no timeout); set a positive value to bound migration statement
            duration.
    """

    sqlalchemy: SQLAlchemySettings = _field(
        _k.ModelKind("prefect_api.models.sql_alchemy_settings:SQLAlchemySettings"),
        default_factory=_k.empty("prefect_api.models.sql_alchemy_settings:SQLAlchemySettings"),
    )
    connection_url: str | None = _field(_k.Nullable(_k.STR), default=None)
    driver: ServerDatabaseSettingsDriver | None = _field(
        _k.Nullable(_k.EnumKind(ServerDatabaseSettingsDriver)), default=None
    )
    host: str | None = _field(_k.Nullable(_k.STR), default=None)
    port: int | None = _field(_k.Nullable(_k.INT), default=None)
    user: str | None = _field(_k.Nullable(_k.STR), default=None)
    name: str | None = _field(_k.Nullable(_k.STR), default=None)
    password: str | None = _field(_k.Nullable(_k.STR), default=None)
    echo: bool = _field(_k.BOOL, default=False)
    migrate_on_start: bool = _field(_k.BOOL, default=True)
    timeout: float | None = _field(_k.Nullable(_k.FLOAT), default=10.0)
    connection_timeout: float | None = _field(_k.Nullable(_k.FLOAT), default=5.0)
    migration_timeout: float | None = _field(_k.Nullable(_k.FLOAT), default=None)
