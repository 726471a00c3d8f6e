# Generated from openapi.json by `make generate`. Do not edit by hand.
import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.graph import Graph
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset

#: This operation's HTTP method and path template, as in openapi.json.
METHOD = "GET"
PATH = "/flow_runs/{id}/graph-v2"


def build_request(
    id: UUID,
    *,
    since: datetime.datetime | Unset = datetime.datetime.fromisoformat("0001-01-01T00:00:00+00:00"),
    x_prefect_api_version: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_prefect_api_version, Unset):
        headers["x-prefect-api-version"] = x_prefect_api_version

    params: dict[str, Any] = {}

    json_since: str | Unset = UNSET
    if not isinstance(since, Unset):
        json_since = since.isoformat()
    params["since"] = json_since

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/flow_runs/{id}/graph-v2".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    *, response: httpx.Response, raise_on_unexpected_status: bool = True
) -> Graph | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = Graph.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Graph | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(response=response, raise_on_unexpected_status=client.raise_on_unexpected_status),
    )


def sync_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    since: datetime.datetime | Unset = datetime.datetime.fromisoformat("0001-01-01T00:00:00+00:00"),
    x_prefect_api_version: str | Unset = UNSET,
) -> Response[Graph | HTTPValidationError]:
    """Read Flow Run Graph V2

     Get a graph of the tasks and subflow runs for the given flow run

    Args:
        id (UUID): The flow run id
        since (datetime.datetime | Unset): Only include runs that start or end after this time.
            Default: datetime.datetime.fromisoformat('0001-01-01T00:00:00+00:00').
        x_prefect_api_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Graph | HTTPValidationError]
    """

    kwargs = build_request(
        id=id,
        since=since,
        x_prefect_api_version=x_prefect_api_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    since: datetime.datetime | Unset = datetime.datetime.fromisoformat("0001-01-01T00:00:00+00:00"),
    x_prefect_api_version: str | Unset = UNSET,
) -> Graph | HTTPValidationError | None:
    """Read Flow Run Graph V2

     Get a graph of the tasks and subflow runs for the given flow run

    Args:
        id (UUID): The flow run id
        since (datetime.datetime | Unset): Only include runs that start or end after this time.
            Default: datetime.datetime.fromisoformat('0001-01-01T00:00:00+00:00').
        x_prefect_api_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Graph | HTTPValidationError
    """

    return sync_detailed(
        id=id,
        client=client,
        since=since,
        x_prefect_api_version=x_prefect_api_version,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    since: datetime.datetime | Unset = datetime.datetime.fromisoformat("0001-01-01T00:00:00+00:00"),
    x_prefect_api_version: str | Unset = UNSET,
) -> Response[Graph | HTTPValidationError]:
    """Read Flow Run Graph V2

     Get a graph of the tasks and subflow runs for the given flow run

    Args:
        id (UUID): The flow run id
        since (datetime.datetime | Unset): Only include runs that start or end after this time.
            Default: datetime.datetime.fromisoformat('0001-01-01T00:00:00+00:00').
        x_prefect_api_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Graph | HTTPValidationError]
    """

    kwargs = build_request(
        id=id,
        since=since,
        x_prefect_api_version=x_prefect_api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    since: datetime.datetime | Unset = datetime.datetime.fromisoformat("0001-01-01T00:00:00+00:00"),
    x_prefect_api_version: str | Unset = UNSET,
) -> Graph | HTTPValidationError | None:
    """Read Flow Run Graph V2

     Get a graph of the tasks and subflow runs for the given flow run

    Args:
        id (UUID): The flow run id
        since (datetime.datetime | Unset): Only include runs that start or end after this time.
            Default: datetime.datetime.fromisoformat('0001-01-01T00:00:00+00:00').
        x_prefect_api_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Graph | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            since=since,
            x_prefect_api_version=x_prefect_api_version,
        )
    ).parsed
