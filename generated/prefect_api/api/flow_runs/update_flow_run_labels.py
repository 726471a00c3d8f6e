# Generated from openapi.json by `make generate`. Do not edit by hand.
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.update_flow_run_labels_body import UpdateFlowRunLabelsBody
from ...types import UNSET, Response, Unset

#: This operation's HTTP method and path template, as in openapi.json.
METHOD = "PATCH"
PATH = "/flow_runs/{id}/labels"


def build_request(
    id: UUID,
    *,
    body: UpdateFlowRunLabelsBody,
    x_prefect_api_version: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_prefect_api_version, Unset):
        headers["x-prefect-api-version"] = x_prefect_api_version

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/flow_runs/{id}/labels".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    *, response: httpx.Response, raise_on_unexpected_status: bool = True
) -> Any | HTTPValidationError | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | HTTPValidationError]:
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
    body: UpdateFlowRunLabelsBody,
    x_prefect_api_version: str | Unset = UNSET,
) -> Response[Any | HTTPValidationError]:
    """Update Flow Run Labels

     Update the labels of a flow run.

    Args:
        id (UUID): The flow run id
        x_prefect_api_version (str | Unset):
        body (UpdateFlowRunLabelsBody): The labels to update

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError]
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
    body: UpdateFlowRunLabelsBody,
    x_prefect_api_version: str | Unset = UNSET,
) -> Any | HTTPValidationError | None:
    """Update Flow Run Labels

     Update the labels of a flow run.

    Args:
        id (UUID): The flow run id
        x_prefect_api_version (str | Unset):
        body (UpdateFlowRunLabelsBody): The labels to update

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError
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
    body: UpdateFlowRunLabelsBody,
    x_prefect_api_version: str | Unset = UNSET,
) -> Response[Any | HTTPValidationError]:
    """Update Flow Run Labels

     Update the labels of a flow run.

    Args:
        id (UUID): The flow run id
        x_prefect_api_version (str | Unset):
        body (UpdateFlowRunLabelsBody): The labels to update

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError]
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
    body: UpdateFlowRunLabelsBody,
    x_prefect_api_version: str | Unset = UNSET,
) -> Any | HTTPValidationError | None:
    """Update Flow Run Labels

     Update the labels of a flow run.

    Args:
        id (UUID): The flow run id
        x_prefect_api_version (str | Unset):
        body (UpdateFlowRunLabelsBody): The labels to update

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            x_prefect_api_version=x_prefect_api_version,
        )
    ).parsed
