# Generated from openapi.json by `make generate`. Do not edit by hand.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.flow_run import FlowRun
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset

#: This operation's HTTP method and path template, as in openapi.json.
METHOD = "GET"
PATH = "/flow_runs/{id}"


def build_request(
    id: UUID,
    *,
    x_prefect_api_version: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_prefect_api_version, Unset):
        headers["x-prefect-api-version"] = x_prefect_api_version

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/flow_runs/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    *, response: httpx.Response, raise_on_unexpected_status: bool = True
) -> FlowRun | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = FlowRun.from_dict(response.json())

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
) -> Response[FlowRun | HTTPValidationError]:
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
    x_prefect_api_version: str | Unset = UNSET,
) -> Response[FlowRun | HTTPValidationError]:
    """Read Flow Run

     Get a flow run by id.

    Args:
        id (UUID): The flow run id
        x_prefect_api_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FlowRun | HTTPValidationError]
    """

    kwargs = build_request(
        id=id,
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
    x_prefect_api_version: str | Unset = UNSET,
) -> FlowRun | HTTPValidationError | None:
    """Read Flow Run

     Get a flow run by id.

    Args:
        id (UUID): The flow run id
        x_prefect_api_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FlowRun | HTTPValidationError
    """

    return sync_detailed(
        id=id,
        client=client,
        x_prefect_api_version=x_prefect_api_version,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    x_prefect_api_version: str | Unset = UNSET,
) -> Response[FlowRun | HTTPValidationError]:
    """Read Flow Run

     Get a flow run by id.

    Args:
        id (UUID): The flow run id
        x_prefect_api_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FlowRun | HTTPValidationError]
    """

    kwargs = build_request(
        id=id,
        x_prefect_api_version=x_prefect_api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    x_prefect_api_version: str | Unset = UNSET,
) -> FlowRun | HTTPValidationError | None:
    """Read Flow Run

     Get a flow run by id.

    Args:
        id (UUID): The flow run id
        x_prefect_api_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FlowRun | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            x_prefect_api_version=x_prefect_api_version,
        )
    ).parsed
