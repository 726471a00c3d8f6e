# Generated from openapi.json by `make generate`. Do not edit by hand.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.count_account_events_body import CountAccountEventsBody
from ...models.countable import Countable
from ...models.event_count import EventCount
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset

#: This operation's HTTP method and path template, as in openapi.json.
METHOD = "POST"
PATH = "/events/count-by/{countable}"


def build_request(
    countable: Countable,
    *,
    body: CountAccountEventsBody,
    x_prefect_api_version: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_prefect_api_version, Unset):
        headers["x-prefect-api-version"] = x_prefect_api_version

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/events/count-by/{countable}".format(
            countable=quote(str(countable), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    *, response: httpx.Response, raise_on_unexpected_status: bool = True
) -> HTTPValidationError | list[EventCount] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = EventCount.from_dict(response_200_item_data)

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
) -> Response[HTTPValidationError | list[EventCount]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(response=response, raise_on_unexpected_status=client.raise_on_unexpected_status),
    )


def sync_detailed(
    countable: Countable,
    *,
    client: AuthenticatedClient | Client,
    body: CountAccountEventsBody,
    x_prefect_api_version: str | Unset = UNSET,
) -> Response[HTTPValidationError | list[EventCount]]:
    """Count Account Events

     Returns distinct objects and the count of events associated with them.  Objects
    that can be counted include the day the event occurred, the type of event, or
    the IDs of the resources associated with the event.

    Args:
        countable (Countable):
        x_prefect_api_version (str | Unset):
        body (CountAccountEventsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[EventCount]]
    """

    kwargs = build_request(
        countable=countable,
        body=body,
        x_prefect_api_version=x_prefect_api_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    countable: Countable,
    *,
    client: AuthenticatedClient | Client,
    body: CountAccountEventsBody,
    x_prefect_api_version: str | Unset = UNSET,
) -> HTTPValidationError | list[EventCount] | None:
    """Count Account Events

     Returns distinct objects and the count of events associated with them.  Objects
    that can be counted include the day the event occurred, the type of event, or
    the IDs of the resources associated with the event.

    Args:
        countable (Countable):
        x_prefect_api_version (str | Unset):
        body (CountAccountEventsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[EventCount]
    """

    return sync_detailed(
        countable=countable,
        client=client,
        body=body,
        x_prefect_api_version=x_prefect_api_version,
    ).parsed


async def asyncio_detailed(
    countable: Countable,
    *,
    client: AuthenticatedClient | Client,
    body: CountAccountEventsBody,
    x_prefect_api_version: str | Unset = UNSET,
) -> Response[HTTPValidationError | list[EventCount]]:
    """Count Account Events

     Returns distinct objects and the count of events associated with them.  Objects
    that can be counted include the day the event occurred, the type of event, or
    the IDs of the resources associated with the event.

    Args:
        countable (Countable):
        x_prefect_api_version (str | Unset):
        body (CountAccountEventsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[EventCount]]
    """

    kwargs = build_request(
        countable=countable,
        body=body,
        x_prefect_api_version=x_prefect_api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    countable: Countable,
    *,
    client: AuthenticatedClient | Client,
    body: CountAccountEventsBody,
    x_prefect_api_version: str | Unset = UNSET,
) -> HTTPValidationError | list[EventCount] | None:
    """Count Account Events

     Returns distinct objects and the count of events associated with them.  Objects
    that can be counted include the day the event occurred, the type of event, or
    the IDs of the resources associated with the event.

    Args:
        countable (Countable):
        x_prefect_api_version (str | Unset):
        body (CountAccountEventsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[EventCount]
    """

    return (
        await asyncio_detailed(
            countable=countable,
            client=client,
            body=body,
            x_prefect_api_version=x_prefect_api_version,
        )
    ).parsed
