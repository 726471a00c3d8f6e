# Generated from openapi.json by `make generate`. Do not edit by hand.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.work_queue import WorkQueue
from ...models.work_queue_create import WorkQueueCreate
from ...types import UNSET, Response, Unset

#: This operation's HTTP method and path template, as in openapi.json.
METHOD = "POST"
PATH = "/work_pools/{work_pool_name}/queues"


def build_request(
    work_pool_name: str,
    *,
    body: WorkQueueCreate,
    x_prefect_api_version: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_prefect_api_version, Unset):
        headers["x-prefect-api-version"] = x_prefect_api_version

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/work_pools/{work_pool_name}/queues".format(
            work_pool_name=quote(str(work_pool_name), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    *, response: httpx.Response, raise_on_unexpected_status: bool = True
) -> HTTPValidationError | WorkQueue | None:
    if response.status_code == 201:
        response_201 = WorkQueue.from_dict(response.json())

        return response_201

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationError | WorkQueue]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(response=response, raise_on_unexpected_status=client.raise_on_unexpected_status),
    )


def sync_detailed(
    work_pool_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkQueueCreate,
    x_prefect_api_version: str | Unset = UNSET,
) -> Response[HTTPValidationError | WorkQueue]:
    """Create Work Queue

     Creates a new work pool queue. If a work pool queue with the same
    name already exists, an error will be raised.

    For more information, see https://docs.prefect.io/v3/concepts/work-pools#work-queues.

    Args:
        work_pool_name (str): The work pool name
        x_prefect_api_version (str | Unset):
        body (WorkQueueCreate): Data used by the Prefect REST API to create a work queue.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | WorkQueue]
    """

    kwargs = build_request(
        work_pool_name=work_pool_name,
        body=body,
        x_prefect_api_version=x_prefect_api_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    work_pool_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkQueueCreate,
    x_prefect_api_version: str | Unset = UNSET,
) -> HTTPValidationError | WorkQueue | None:
    """Create Work Queue

     Creates a new work pool queue. If a work pool queue with the same
    name already exists, an error will be raised.

    For more information, see https://docs.prefect.io/v3/concepts/work-pools#work-queues.

    Args:
        work_pool_name (str): The work pool name
        x_prefect_api_version (str | Unset):
        body (WorkQueueCreate): Data used by the Prefect REST API to create a work queue.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | WorkQueue
    """

    return sync_detailed(
        work_pool_name=work_pool_name,
        client=client,
        body=body,
        x_prefect_api_version=x_prefect_api_version,
    ).parsed


async def asyncio_detailed(
    work_pool_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkQueueCreate,
    x_prefect_api_version: str | Unset = UNSET,
) -> Response[HTTPValidationError | WorkQueue]:
    """Create Work Queue

     Creates a new work pool queue. If a work pool queue with the same
    name already exists, an error will be raised.

    For more information, see https://docs.prefect.io/v3/concepts/work-pools#work-queues.

    Args:
        work_pool_name (str): The work pool name
        x_prefect_api_version (str | Unset):
        body (WorkQueueCreate): Data used by the Prefect REST API to create a work queue.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | WorkQueue]
    """

    kwargs = build_request(
        work_pool_name=work_pool_name,
        body=body,
        x_prefect_api_version=x_prefect_api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    work_pool_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkQueueCreate,
    x_prefect_api_version: str | Unset = UNSET,
) -> HTTPValidationError | WorkQueue | None:
    """Create Work Queue

     Creates a new work pool queue. If a work pool queue with the same
    name already exists, an error will be raised.

    For more information, see https://docs.prefect.io/v3/concepts/work-pools#work-queues.

    Args:
        work_pool_name (str): The work pool name
        x_prefect_api_version (str | Unset):
        body (WorkQueueCreate): Data used by the Prefect REST API to create a work queue.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | WorkQueue
    """

    return (
        await asyncio_detailed(
            work_pool_name=work_pool_name,
            client=client,
            body=body,
            x_prefect_api_version=x_prefect_api_version,
        )
    ).parsed
