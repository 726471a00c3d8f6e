# Generated from openapi.json by `make generate`. Do not edit by hand.
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.state import State
from ...types import UNSET, Response, Unset

#: This operation's HTTP method and path template, as in openapi.json.
METHOD = "GET"
PATH = "/flow_run_states/"


def build_request(
    *,
    flow_run_id: UUID,
    x_prefect_api_version: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_prefect_api_version, Unset):
        headers["x-prefect-api-version"] = x_prefect_api_version

    params: dict[str, Any] = {}

    json_flow_run_id = str(flow_run_id)
    params["flow_run_id"] = json_flow_run_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/flow_run_states/",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    *, response: httpx.Response, raise_on_unexpected_status: bool = True
) -> HTTPValidationError | list[State] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = State.from_dict(response_200_item_data)

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
) -> Response[HTTPValidationError | list[State]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(response=response, raise_on_unexpected_status=client.raise_on_unexpected_status),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    flow_run_id: UUID,
    x_prefect_api_version: str | Unset = UNSET,
) -> Response[HTTPValidationError | list[State]]:
    """Read Flow Run States

     Get states associated with a flow run.

    Args:
        flow_run_id (UUID):
        x_prefect_api_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[State]]
    """

    kwargs = build_request(
        flow_run_id=flow_run_id,
        x_prefect_api_version=x_prefect_api_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    flow_run_id: UUID,
    x_prefect_api_version: str | Unset = UNSET,
) -> HTTPValidationError | list[State] | None:
    """Read Flow Run States

     Get states associated with a flow run.

    Args:
        flow_run_id (UUID):
        x_prefect_api_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[State]
    """

    return sync_detailed(
        client=client,
        flow_run_id=flow_run_id,
        x_prefect_api_version=x_prefect_api_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    flow_run_id: UUID,
    x_prefect_api_version: str | Unset = UNSET,
) -> Response[HTTPValidationError | list[State]]:
    """Read Flow Run States

     Get states associated with a flow run.

    Args:
        flow_run_id (UUID):
        x_prefect_api_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[State]]
    """

    kwargs = build_request(
        flow_run_id=flow_run_id,
        x_prefect_api_version=x_prefect_api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    flow_run_id: UUID,
    x_prefect_api_version: str | Unset = UNSET,
) -> HTTPValidationError | list[State] | None:
    """Read Flow Run States

     Get states associated with a flow run.

    Args:
        flow_run_id (UUID):
        x_prefect_api_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[State]
    """

    return (
        await asyncio_detailed(
            client=client,
            flow_run_id=flow_run_id,
            x_prefect_api_version=x_prefect_api_version,
        )
    ).parsed
