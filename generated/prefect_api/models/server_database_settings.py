# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.server_database_settings_driver_type_0 import ServerDatabaseSettingsDriverType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sql_alchemy_settings import SQLAlchemySettings


T = TypeVar("T", bound="ServerDatabaseSettings")


@_attrs_define
class ServerDatabaseSettings:
    """Settings for controlling server database behavior

    Attributes:
        sqlalchemy (SQLAlchemySettings | Unset): Settings for controlling SQLAlchemy behavior; note that these settings
            only take effect when
            using a PostgreSQL database.
        connection_url (None | str | Unset):
                    A database connection URL in a SQLAlchemy-compatible
                    format. Prefect currently supports SQLite and Postgres. Note that all
                    Prefect database engines must use an async driver - for SQLite, use
                    `sqlite+aiosqlite` and for Postgres use `postgresql+asyncpg`.

                    SQLite in-memory databases can be used by providing the url
                    `sqlite+aiosqlite:///file::memory:?cache=shared&uri=true&check_same_thread=false`,
                    which will allow the database to be accessed by multiple threads. Note
                    that in-memory databases can not be accessed from multiple processes and
                    should only be used for simple tests.

        driver (None | ServerDatabaseSettingsDriverType0 | Unset): The database driver to use when connecting to the
            database. If not set, the driver will be inferred from the connection URL.
        host (None | str | Unset): The database server host.
        port (int | None | Unset): The database server port.
        user (None | str | Unset): The user to use when connecting to the database.
        name (None | str | Unset): The name of the Prefect database on the remote server, or the path to the database
            file for SQLite.
        password (None | str | Unset): The password to use when connecting to the database. Should be kept secret.
        echo (bool | Unset): If `True`, SQLAlchemy will log all SQL issued to the database. Defaults to `False`.
            Default: False.
        migrate_on_start (bool | Unset): If `True`, the database will be migrated on application startup. Default: True.
        timeout (float | None | Unset): A statement timeout, in seconds, applied to all database interactions made by
            the Prefect backend. Defaults to 10 seconds. Default: 10.0.
        connection_timeout (float | None | Unset): A connection timeout, in seconds, applied to database connections.
            Defaults to `5`. Default: 5.0.
        migration_timeout (float | None | Unset): A statement timeout, in seconds, applied to database migrations.
            Schema changes such as concurrent index builds on large tables can take much longer than an ordinary API query,
            so migrations are not bound by `server.database.timeout`. Defaults to `None` (no timeout); set a positive value
            to bound migration statement duration.
    """

    sqlalchemy: SQLAlchemySettings | Unset = UNSET
    connection_url: None | str | Unset = UNSET
    driver: None | ServerDatabaseSettingsDriverType0 | Unset = UNSET
    host: None | str | Unset = UNSET
    port: int | None | Unset = UNSET
    user: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    password: None | str | Unset = UNSET
    echo: bool | Unset = False
    migrate_on_start: bool | Unset = True
    timeout: float | None | Unset = 10.0
    connection_timeout: float | None | Unset = 5.0
    migration_timeout: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sqlalchemy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sqlalchemy, Unset):
            sqlalchemy = self.sqlalchemy.to_dict()

        connection_url: None | str | Unset
        if isinstance(self.connection_url, Unset):
            connection_url = UNSET
        else:
            connection_url = self.connection_url

        driver: None | str | Unset
        if isinstance(self.driver, Unset):
            driver = UNSET
        elif isinstance(self.driver, ServerDatabaseSettingsDriverType0):
            driver = self.driver.value
        else:
            driver = self.driver

        host: None | str | Unset
        if isinstance(self.host, Unset):
            host = UNSET
        else:
            host = self.host

        port: int | None | Unset
        if isinstance(self.port, Unset):
            port = UNSET
        else:
            port = self.port

        user: None | str | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        password: None | str | Unset
        if isinstance(self.password, Unset):
            password = UNSET
        else:
            password = self.password

        echo = self.echo

        migrate_on_start = self.migrate_on_start

        timeout: float | None | Unset
        if isinstance(self.timeout, Unset):
            timeout = UNSET
        else:
            timeout = self.timeout

        connection_timeout: float | None | Unset
        if isinstance(self.connection_timeout, Unset):
            connection_timeout = UNSET
        else:
            connection_timeout = self.connection_timeout

        migration_timeout: float | None | Unset
        if isinstance(self.migration_timeout, Unset):
            migration_timeout = UNSET
        else:
            migration_timeout = self.migration_timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sqlalchemy is not UNSET:
            field_dict["sqlalchemy"] = sqlalchemy
        if connection_url is not UNSET:
            field_dict["connection_url"] = connection_url
        if driver is not UNSET:
            field_dict["driver"] = driver
        if host is not UNSET:
            field_dict["host"] = host
        if port is not UNSET:
            field_dict["port"] = port
        if user is not UNSET:
            field_dict["user"] = user
        if name is not UNSET:
            field_dict["name"] = name
        if password is not UNSET:
            field_dict["password"] = password
        if echo is not UNSET:
            field_dict["echo"] = echo
        if migrate_on_start is not UNSET:
            field_dict["migrate_on_start"] = migrate_on_start
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if connection_timeout is not UNSET:
            field_dict["connection_timeout"] = connection_timeout
        if migration_timeout is not UNSET:
            field_dict["migration_timeout"] = migration_timeout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sql_alchemy_settings import SQLAlchemySettings  # noqa: PLC0415

        d = dict(src_dict)
        _sqlalchemy = d.pop("sqlalchemy", UNSET)
        sqlalchemy: SQLAlchemySettings | Unset
        if isinstance(_sqlalchemy, Unset):
            sqlalchemy = UNSET
        else:
            sqlalchemy = SQLAlchemySettings.from_dict(_sqlalchemy)

        def _parse_connection_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        connection_url = _parse_connection_url(d.pop("connection_url", UNSET))

        def _parse_driver(data: object) -> None | ServerDatabaseSettingsDriverType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                driver_type_0 = ServerDatabaseSettingsDriverType0(data)

                return driver_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ServerDatabaseSettingsDriverType0 | Unset, data)

        driver = _parse_driver(d.pop("driver", UNSET))

        def _parse_host(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        host = _parse_host(d.pop("host", UNSET))

        def _parse_port(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        port = _parse_port(d.pop("port", UNSET))

        def _parse_user(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user = _parse_user(d.pop("user", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        password = _parse_password(d.pop("password", UNSET))

        echo = d.pop("echo", UNSET)

        migrate_on_start = d.pop("migrate_on_start", UNSET)

        def _parse_timeout(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        timeout = _parse_timeout(d.pop("timeout", UNSET))

        def _parse_connection_timeout(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        connection_timeout = _parse_connection_timeout(d.pop("connection_timeout", UNSET))

        def _parse_migration_timeout(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        migration_timeout = _parse_migration_timeout(d.pop("migration_timeout", UNSET))

        server_database_settings = cls(
            sqlalchemy=sqlalchemy,
            connection_url=connection_url,
            driver=driver,
            host=host,
            port=port,
            user=user,
            name=name,
            password=password,
            echo=echo,
            migrate_on_start=migrate_on_start,
            timeout=timeout,
            connection_timeout=connection_timeout,
            migration_timeout=migration_timeout,
        )

        server_database_settings.additional_properties = d
        return server_database_settings

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
