# Generated from openapi.json by `make generate`. Do not edit by hand.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.filter_flow_run_input_body import FilterFlowRunInputBody
from ...models.flow_run_input import FlowRunInput
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset

#: This operation's HTTP method and path template, as in openapi.json.
METHOD = "POST"
PATH = "/flow_runs/{id}/input/filter"


def build_request(
    id: UUID,
    *,
    body: FilterFlowRunInputBody,
    x_prefect_api_version: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_prefect_api_version, Unset):
        headers["x-prefect-api-version"] = x_prefect_api_version

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/flow_runs/{id}/input/filter".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    *, response: httpx.Response, raise_on_unexpected_status: bool = True
) -> HTTPValidationError | list[FlowRunInput] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = FlowRunInput.from_dict(response_200_item_data)

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
) -> Response[HTTPValidationError | list[FlowRunInput]]:
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
    body: FilterFlowRunInputBody,
    x_prefect_api_version: str | Unset = UNSET,
) -> Response[HTTPValidationError | list[FlowRunInput]]:
    """Filter Flow Run Input

     Filter flow run inputs by key prefix

    Args:
        id (UUID): The flow run id
        x_prefect_api_version (str | Unset):
        body (FilterFlowRunInputBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[FlowRunInput]]
    """

    kwargs = build_request(
        id=id,
        body=body,
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
    body: FilterFlowRunInputBody,
    x_prefect_api_version: str | Unset = UNSET,
) -> HTTPValidationError | list[FlowRunInput] | None:
    """Filter Flow Run Input

     Filter flow run inputs by key prefix

    Args:
        id (UUID): The flow run id
        x_prefect_api_version (str | Unset):
        body (FilterFlowRunInputBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[FlowRunInput]
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        x_prefect_api_version=x_prefect_api_version,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: FilterFlowRunInputBody,
    x_prefect_api_version: str | Unset = UNSET,
) -> Response[HTTPValidationError | list[FlowRunInput]]:
    """Filter Flow Run Input

     Filter flow run inputs by key prefix

    Args:
        id (UUID): The flow run id
        x_prefect_api_version (str | Unset):
        body (FilterFlowRunInputBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[FlowRunInput]]
    """

    kwargs = build_request(
        id=id,
        body=body,
        x_prefect_api_version=x_prefect_api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: FilterFlowRunInputBody,
    x_prefect_api_version: str | Unset = UNSET,
) -> HTTPValidationError | list[FlowRunInput] | None:
    """Filter Flow Run Input

     Filter flow run inputs by key prefix

    Args:
        id (UUID): The flow run id
        x_prefect_api_version (str | Unset):
        body (FilterFlowRunInputBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[FlowRunInput]
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            x_prefect_api_version=x_prefect_api_version,
        )
    ).parsed
