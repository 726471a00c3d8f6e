# Generated from openapi.json by `make generate`. Do not edit by hand.
"""SQLAlchemySettings: Settings for controlling SQLAlchemy behavior; note that these settings only take effect when using a PostgreSQL database."""

from __future__ import annotations

from typing import TYPE_CHECKING

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .sql_alchemy_connect_args_settings import SQLAlchemyConnectArgsSettings


class SQLAlchemySettings(Model):
    """Settings for controlling SQLAlchemy behavior; note that these settings only take effect when using a PostgreSQL database.

    Attributes:
        connect_args: Settings for controlling SQLAlchemy connection behavior
        pool_size: Controls connection pool size of database connection pools from the Prefect
            backend.
        pool_recycle: This setting causes the pool to recycle connections after the given number of
            seconds has passed; set it to -1 to avoid recycling entirely.
        pool_timeout: Number of seconds to wait before giving up on getting a connection from the
            pool. Defaults to 30 seconds.
        max_overflow: Controls maximum overflow of the connection pool. To prevent overflow, set to
            -1.
    """

    connect_args: SQLAlchemyConnectArgsSettings = _field(
        _k.ModelKind("prefect_api.models.sql_alchemy_connect_args_settings:SQLAlchemyConnectArgsSettings"),
        default_factory=_k.empty("prefect_api.models.sql_alchemy_connect_args_settings:SQLAlchemyConnectArgsSettings"),
    )
    pool_size: int = _field(_k.INT, default=5)
    pool_recycle: int = _field(_k.INT, default=3600)
    pool_timeout: float | None = _field(_k.Nullable(_k.FLOAT), default=30.0)
    max_overflow: int = _field(_k.INT, default=10)
