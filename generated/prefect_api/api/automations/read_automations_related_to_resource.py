# Generated from openapi.json by `make generate`. Do not edit by hand.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.automation import Automation
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset

#: This operation's HTTP method and path template, as in openapi.json.
METHOD = "GET"
PATH = "/automations/related-to/{resource_id}"


def build_request(
    resource_id: str,
    *,
    x_prefect_api_version: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_prefect_api_version, Unset):
        headers["x-prefect-api-version"] = x_prefect_api_version

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/automations/related-to/{resource_id}".format(
            resource_id=quote(str(resource_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    *, response: httpx.Response, raise_on_unexpected_status: bool = True
) -> HTTPValidationError | list[Automation] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Automation.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[HTTPValidationError | list[Automation]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(response=response, raise_on_unexpected_status=client.raise_on_unexpected_status),
    )


def sync_detailed(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_prefect_api_version: str | Unset = UNSET,
) -> Response[HTTPValidationError | list[Automation]]:
    """Read Automations Related To Resource

    Args:
        resource_id (str):
        x_prefect_api_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[Automation]]
    """

    kwargs = build_request(
        resource_id=resource_id,
        x_prefect_api_version=x_prefect_api_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_prefect_api_version: str | Unset = UNSET,
) -> HTTPValidationError | list[Automation] | None:
    """Read Automations Related To Resource

    Args:
        resource_id (str):
        x_prefect_api_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[Automation]
    """

    return sync_detailed(
        resource_id=resource_id,
        client=client,
        x_prefect_api_version=x_prefect_api_version,
    ).parsed


async def asyncio_detailed(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_prefect_api_version: str | Unset = UNSET,
) -> Response[HTTPValidationError | list[Automation]]:
    """Read Automations Related To Resource

    Args:
        resource_id (str):
        x_prefect_api_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[Automation]]
    """

    kwargs = build_request(
        resource_id=resource_id,
        x_prefect_api_version=x_prefect_api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_prefect_api_version: str | Unset = UNSET,
) -> HTTPValidationError | list[Automation] | None:
    """Read Automations Related To Resource

    Args:
        resource_id (str):
        x_prefect_api_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[Automation]
    """

    return (
        await asyncio_detailed(
            resource_id=resource_id,
            client=client,
            x_prefect_api_version=x_prefect_api_version,
        )
    ).parsed
