# Generated from openapi.json by `make generate`. Do not edit by hand.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.work_pool import WorkPool
from ...types import UNSET, Response, Unset

#: This operation's HTTP method and path template, as in openapi.json.
METHOD = "GET"
PATH = "/work_pools/{name}"


def build_request(
    name: str,
    *,
    x_prefect_api_version: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_prefect_api_version, Unset):
        headers["x-prefect-api-version"] = x_prefect_api_version

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/work_pools/{name}".format(
            name=quote(str(name), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    *, response: httpx.Response, raise_on_unexpected_status: bool = True
) -> HTTPValidationError | WorkPool | None:
    if response.status_code == 200:
        response_200 = WorkPool.from_dict(response.json())

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
) -> Response[HTTPValidationError | WorkPool]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(response=response, raise_on_unexpected_status=client.raise_on_unexpected_status),
    )


def sync_detailed(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    x_prefect_api_version: str | Unset = UNSET,
) -> Response[HTTPValidationError | WorkPool]:
    """Read Work Pool

     Read a work pool by name

    Args:
        name (str): The work pool name
        x_prefect_api_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | WorkPool]
    """

    kwargs = build_request(
        name=name,
        x_prefect_api_version=x_prefect_api_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    x_prefect_api_version: str | Unset = UNSET,
) -> HTTPValidationError | WorkPool | None:
    """Read Work Pool

     Read a work pool by name

    Args:
        name (str): The work pool name
        x_prefect_api_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | WorkPool
    """

    return sync_detailed(
        name=name,
        client=client,
        x_prefect_api_version=x_prefect_api_version,
    ).parsed


async def asyncio_detailed(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    x_prefect_api_version: str | Unset = UNSET,
) -> Response[HTTPValidationError | WorkPool]:
    """Read Work Pool

     Read a work pool by name

    Args:
        name (str): The work pool name
        x_prefect_api_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | WorkPool]
    """

    kwargs = build_request(
        name=name,
        x_prefect_api_version=x_prefect_api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    x_prefect_api_version: str | Unset = UNSET,
) -> HTTPValidationError | WorkPool | None:
    """Read Work Pool

     Read a work pool by name

    Args:
        name (str): The work pool name
        x_prefect_api_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | WorkPool
    """

    return (
        await asyncio_detailed(
            name=name,
            client=client,
            x_prefect_api_version=x_prefect_api_version,
        )
    ).parsed
