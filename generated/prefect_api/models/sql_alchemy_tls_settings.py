# Generated from openapi.json by `make generate`. Do not edit by hand.
"""SQLAlchemyTLSSettings: Settings for controlling SQLAlchemy mTLS context when using a PostgreSQL database."""

from __future__ import annotations

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class SQLAlchemyTLSSettings(Model):
    """Settings for controlling SQLAlchemy mTLS context when using a PostgreSQL database.

    Attributes:
        enabled: Controls whether connected to mTLS enabled PostgreSQL when using a PostgreSQL
            database with the Prefect backend.
        ca_file: This configuration settings option specifies the path to PostgreSQL client
            certificate authority file.
        cert_file: This configuration settings option specifies the path to PostgreSQL client
            certificate file.
        key_file: This configuration settings option specifies the path to PostgreSQL client key
            file.
        check_hostname: This configuration settings option specifies whether to verify PostgreSQL
            server hostname.
    """

    enabled: bool = _field(_k.BOOL, default=False)
    ca_file: str | None = _field(_k.Nullable(_k.STR), default=None)
    cert_file: str | None = _field(_k.Nullable(_k.STR), default=None)
    key_file: str | None = _field(_k.Nullable(_k.STR), default=None)
    check_hostname: bool = _field(_k.BOOL, default=True)
