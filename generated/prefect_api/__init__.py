# Generated from openapi.json by `make generate`. Do not edit by hand.

"""A client library for accessing Prefect REST API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
