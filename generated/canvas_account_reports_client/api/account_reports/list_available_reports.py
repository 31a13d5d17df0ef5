from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.available_report import AvailableReport
from ...models.available_reports_include import AvailableReportsInclude
from ...models.error_response import ErrorResponse
from ...types import UNSET, RateLimitExceeded, Response, Unset


def _get_kwargs(
    account_id: str,
    *,
    include: list[AvailableReportsInclude] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for include_item_data in include:
            include_item = include_item_data.value
            json_include.append(include_item)

    params["include[]"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/accounts/{account_id}/reports".format(
            account_id=quote(str(account_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _decode_response(response: httpx.Response) -> ErrorResponse | list[AvailableReport] | RateLimitExceeded:
    """Parse a response by its status and Content-Type, or raise an errors.UnexpectedResponse subclass."""
    media_type = response.headers.get("content-type", "").partition(";")[0].strip().lower()
    try:
        if response.status_code == 200:
            if media_type == "application/json" or not media_type:
                response_200 = [AvailableReport.from_dict(item) for item in response.json()]

                return response_200

            raise errors.UnexpectedResponseBody(
                response.status_code,
                media_type,
                response.content,
                "undocumented Content-Type; documented: application/json",
            )

        if response.status_code == 400:
            if media_type == "application/json" or not media_type:
                response_400 = ErrorResponse.from_dict(response.json())

                return response_400

            raise errors.UnexpectedResponseBody(
                response.status_code,
                media_type,
                response.content,
                "undocumented Content-Type; documented: application/json",
            )

        if response.status_code == 401:
            if media_type == "application/json" or not media_type:
                response_401 = ErrorResponse.from_dict(response.json())

                return response_401

            raise errors.UnexpectedResponseBody(
                response.status_code,
                media_type,
                response.content,
                "undocumented Content-Type; documented: application/json",
            )

        if response.status_code == 403:
            if media_type == "application/json" or not media_type:
                response_403 = ErrorResponse.from_dict(response.json())

                return response_403

            if media_type == "text/plain":
                return RateLimitExceeded(status_code=HTTPStatus(response.status_code), text=response.text)
            raise errors.UnexpectedResponseBody(
                response.status_code,
                media_type,
                response.content,
                "undocumented Content-Type; documented: application/json, text/plain",
            )

        if response.status_code == 404:
            if media_type == "application/json" or not media_type:
                response_404 = ErrorResponse.from_dict(response.json())

                return response_404

            raise errors.UnexpectedResponseBody(
                response.status_code,
                media_type,
                response.content,
                "undocumented Content-Type; documented: application/json",
            )

        if response.status_code == 429:
            if media_type == "text/plain" or not media_type:
                return RateLimitExceeded(status_code=HTTPStatus(response.status_code), text=response.text)
            raise errors.UnexpectedResponseBody(
                response.status_code,
                media_type,
                response.content,
                "undocumented Content-Type; documented: text/plain",
            )

    except (KeyError, TypeError, ValueError, AttributeError) as error:
        # JSONDecodeError and UnicodeDecodeError are ValueErrors; the others come from a body of the wrong shape.
        raise errors.UnexpectedResponseBody(
            response.status_code, media_type, response.content, f"{type(error).__name__}: {error}"
        ) from error
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[AvailableReport] | RateLimitExceeded | None:
    try:
        return _decode_response(response)
    except errors.UnexpectedResponse:
        if client.raise_on_unexpected_status:
            raise
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | list[AvailableReport] | RateLimitExceeded]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient,
    include: list[AvailableReportsInclude] | Unset = UNSET,
) -> Response[ErrorResponse | list[AvailableReport] | RateLimitExceeded]:
    """List available reports

     Every report type this account can run, **sorted by title** (plain code-point order, so
    `LTI Report` comes before `Last Enrollment Activity`), each with its parameters (`null` when it
    has none) and its newest non-deleted run as `last_run`.

    The whole list comes in one response: it is **not paginated** (no `Link` header; `page` and
    `per_page` are ignored), whatever the public documentation says. Installations can disable
    built-in reports and hosted Canvas adds its own, so use this list to discover report names.

    Args:
        account_id (str):
        include (list[AvailableReportsInclude] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If a documented status comes with an undocumented Content-Type or a body that
            does not match its schema, and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[AvailableReport] | RateLimitExceeded]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    *,
    client: AuthenticatedClient,
    include: list[AvailableReportsInclude] | Unset = UNSET,
) -> ErrorResponse | list[AvailableReport] | RateLimitExceeded | None:
    """List available reports

     Every report type this account can run, **sorted by title** (plain code-point order, so
    `LTI Report` comes before `Last Enrollment Activity`), each with its parameters (`null` when it
    has none) and its newest non-deleted run as `last_run`.

    The whole list comes in one response: it is **not paginated** (no `Link` header; `page` and
    `per_page` are ignored), whatever the public documentation says. Installations can disable
    built-in reports and hosted Canvas adds its own, so use this list to discover report names.

    Args:
        account_id (str):
        include (list[AvailableReportsInclude] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If a documented status comes with an undocumented Content-Type or a body that
            does not match its schema, and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[AvailableReport] | RateLimitExceeded
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        include=include,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient,
    include: list[AvailableReportsInclude] | Unset = UNSET,
) -> Response[ErrorResponse | list[AvailableReport] | RateLimitExceeded]:
    """List available reports

     Every report type this account can run, **sorted by title** (plain code-point order, so
    `LTI Report` comes before `Last Enrollment Activity`), each with its parameters (`null` when it
    has none) and its newest non-deleted run as `last_run`.

    The whole list comes in one response: it is **not paginated** (no `Link` header; `page` and
    `per_page` are ignored), whatever the public documentation says. Installations can disable
    built-in reports and hosted Canvas adds its own, so use this list to discover report names.

    Args:
        account_id (str):
        include (list[AvailableReportsInclude] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If a documented status comes with an undocumented Content-Type or a body that
            does not match its schema, and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[AvailableReport] | RateLimitExceeded]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    *,
    client: AuthenticatedClient,
    include: list[AvailableReportsInclude] | Unset = UNSET,
) -> ErrorResponse | list[AvailableReport] | RateLimitExceeded | None:
    """List available reports

     Every report type this account can run, **sorted by title** (plain code-point order, so
    `LTI Report` comes before `Last Enrollment Activity`), each with its parameters (`null` when it
    has none) and its newest non-deleted run as `last_run`.

    The whole list comes in one response: it is **not paginated** (no `Link` header; `page` and
    `per_page` are ignored), whatever the public documentation says. Installations can disable
    built-in reports and hosted Canvas adds its own, so use this list to discover report names.

    Args:
        account_id (str):
        include (list[AvailableReportsInclude] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If a documented status comes with an undocumented Content-Type or a body that
            does not match its schema, and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[AvailableReport] | RateLimitExceeded
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            include=include,
        )
    ).parsed
