"""What kind of Prefect API a client talks to, and how that is decided."""

from __future__ import annotations

from enum import StrEnum

__all__ = ["ServerType", "as_server_type", "server_type_for_url"]


class ServerType(StrEnum):
    """The kind of Prefect API behind a client (`client.server_type`).

    A str enum with Prefect's names and values, so ``client.server_type == "CLOUD"`` holds and
    values compare equal to Prefect's own `ServerType`.
    """

    EPHEMERAL = "EPHEMERAL"  # a server app running in this process
    SERVER = "SERVER"  # a self-hosted Prefect server reached over HTTP
    CLOUD = "CLOUD"  # Prefect Cloud: no CSRF tokens, no server version check
    UNCONFIGURED = "UNCONFIGURED"  # Prefect's name for "no API URL and no ephemeral server"

    def __repr__(self) -> str:
        return f"{type(self).__name__}.{self.name}"


def server_type_for_url(api_url: str, cloud_api_url: str) -> ServerType:
    """CLOUD for a URL at or under Prefect Cloud's API URL (PREFECT_CLOUD_API_URL), else SERVER.

    The comparison stops at a path boundary: ``https://api.prefect.cloud/api/accounts/...`` is
    Cloud, ``https://api.prefect.cloud/apix`` is not.
    """
    url, cloud = api_url.rstrip("/"), cloud_api_url.rstrip("/")
    if cloud and (url == cloud or url.startswith(cloud + "/")):
        return ServerType.CLOUD
    return ServerType.SERVER


def as_server_type(value: object) -> ServerType:
    """The `server_type=` argument as a ServerType: a member, or one of their string values."""
    if isinstance(value, ServerType):
        return value
    if isinstance(value, str):
        member = ServerType.__members__.get(value.upper())  # each value is its name
        if member is not None:
            return member
        known = ", ".join(member.value for member in ServerType)
        raise ValueError(f"server_type must be one of {known}, not {value!r}")
    raise TypeError(f"server_type must be a ServerType, not {type(value).__name__}")
