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
from ...models.read_work_queue_runs_body import ReadWorkQueueRunsBody
from ...types import UNSET, Response, Unset

#: This operation's HTTP method and path template, as in openapi.json.
METHOD = "POST"
PATH = "/work_queues/{id}/get_runs"


def build_request(
    id: UUID,
    *,
    body: ReadWorkQueueRunsBody | Unset = UNSET,
    x_prefect_ui: bool | Unset = UNSET,
    x_prefect_api_version: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_prefect_ui, Unset):
        headers["x-prefect-ui"] = "true" if x_prefect_ui else "false"

    if not isinstance(x_prefect_api_version, Unset):
        headers["x-prefect-api-version"] = x_prefect_api_version

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/work_queues/{id}/get_runs".format(
            id=quote(str(id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    *, response: httpx.Response, raise_on_unexpected_status: bool = True
) -> HTTPValidationError | list[FlowRun] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = FlowRun.from_dict(response_200_item_data)

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
) -> Response[HTTPValidationError | list[FlowRun]]:
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
    body: ReadWorkQueueRunsBody | Unset = UNSET,
    x_prefect_ui: bool | Unset = UNSET,
    x_prefect_api_version: str | Unset = UNSET,
) -> Response[HTTPValidationError | list[FlowRun]]:
    """Read Work Queue Runs

     Get flow runs from the work queue.

    Args:
        id (UUID): The work queue id
        x_prefect_ui (bool | Unset): A header to indicate this request came from the Prefect UI.
        x_prefect_api_version (str | Unset):
        body (ReadWorkQueueRunsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[FlowRun]]
    """

    kwargs = build_request(
        id=id,
        body=body,
        x_prefect_ui=x_prefect_ui,
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
    body: ReadWorkQueueRunsBody | Unset = UNSET,
    x_prefect_ui: bool | Unset = UNSET,
    x_prefect_api_version: str | Unset = UNSET,
) -> HTTPValidationError | list[FlowRun] | None:
    """Read Work Queue Runs

     Get flow runs from the work queue.

    Args:
        id (UUID): The work queue id
        x_prefect_ui (bool | Unset): A header to indicate this request came from the Prefect UI.
        x_prefect_api_version (str | Unset):
        body (ReadWorkQueueRunsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[FlowRun]
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        x_prefect_ui=x_prefect_ui,
        x_prefect_api_version=x_prefect_api_version,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ReadWorkQueueRunsBody | Unset = UNSET,
    x_prefect_ui: bool | Unset = UNSET,
    x_prefect_api_version: str | Unset = UNSET,
) -> Response[HTTPValidationError | list[FlowRun]]:
    """Read Work Queue Runs

     Get flow runs from the work queue.

    Args:
        id (UUID): The work queue id
        x_prefect_ui (bool | Unset): A header to indicate this request came from the Prefect UI.
        x_prefect_api_version (str | Unset):
        body (ReadWorkQueueRunsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[FlowRun]]
    """

    kwargs = build_request(
        id=id,
        body=body,
        x_prefect_ui=x_prefect_ui,
        x_prefect_api_version=x_prefect_api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ReadWorkQueueRunsBody | Unset = UNSET,
    x_prefect_ui: bool | Unset = UNSET,
    x_prefect_api_version: str | Unset = UNSET,
) -> HTTPValidationError | list[FlowRun] | None:
    """Read Work Queue Runs

     Get flow runs from the work queue.

    Args:
        id (UUID): The work queue id
        x_prefect_ui (bool | Unset): A header to indicate this request came from the Prefect UI.
        x_prefect_api_version (str | Unset):
        body (ReadWorkQueueRunsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[FlowRun]
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            x_prefect_ui=x_prefect_ui,
            x_prefect_api_version=x_prefect_api_version,
        )
    ).parsed
