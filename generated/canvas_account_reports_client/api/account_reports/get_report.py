from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.report import Report
from ...types import RateLimitExceeded, Response


def _get_kwargs(
    account_id: str,
    report: str,
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/accounts/{account_id}/reports/{report}/{id}".format(
            account_id=quote(str(account_id), safe=""),
            report=quote(str(report), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _decode_response(response: httpx.Response) -> ErrorResponse | RateLimitExceeded | Report:
    """Parse a response by its status and Content-Type, or raise an errors.UnexpectedResponse subclass."""
    media_type = response.headers.get("content-type", "").partition(";")[0].strip().lower()
    try:
        if response.status_code == 200:
            if media_type == "application/json" or not media_type:
                response_200 = Report.from_dict(response.json())

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
) -> ErrorResponse | RateLimitExceeded | Report | None:
    try:
        return _decode_response(response)
    except errors.UnexpectedResponse:
        if client.raise_on_unexpected_status:
            raise
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | RateLimitExceeded | Report]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    report: str,
    id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | RateLimitExceeded | Report]:
    """Get the status of a report

     One report with its current `status`, `progress` and, once `complete`, its `attachment` and
    `file_url`. 404 when the id is unknown, belongs to another account or report type, or the report
    was deleted. Poll this until `status` is final (`complete`, `error`, `aborted`).

    `file_url` is a Canvas download URL (not an API URL); fetch it with the same token.

    Args:
        account_id (str):
        report (str): A report type name. Free-form (hosted Canvas adds types, installations
            disable some); the
            `examples` are Canvas's built-in types, in the order listAvailableReports returns them.
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If a documented status comes with an undocumented Content-Type or a body that
            does not match its schema, and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RateLimitExceeded | Report]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        report=report,
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    report: str,
    id: int,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | RateLimitExceeded | Report | None:
    """Get the status of a report

     One report with its current `status`, `progress` and, once `complete`, its `attachment` and
    `file_url`. 404 when the id is unknown, belongs to another account or report type, or the report
    was deleted. Poll this until `status` is final (`complete`, `error`, `aborted`).

    `file_url` is a Canvas download URL (not an API URL); fetch it with the same token.

    Args:
        account_id (str):
        report (str): A report type name. Free-form (hosted Canvas adds types, installations
            disable some); the
            `examples` are Canvas's built-in types, in the order listAvailableReports returns them.
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If a documented status comes with an undocumented Content-Type or a body that
            does not match its schema, and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RateLimitExceeded | Report
    """

    return sync_detailed(
        account_id=account_id,
        report=report,
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    report: str,
    id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | RateLimitExceeded | Report]:
    """Get the status of a report

     One report with its current `status`, `progress` and, once `complete`, its `attachment` and
    `file_url`. 404 when the id is unknown, belongs to another account or report type, or the report
    was deleted. Poll this until `status` is final (`complete`, `error`, `aborted`).

    `file_url` is a Canvas download URL (not an API URL); fetch it with the same token.

    Args:
        account_id (str):
        report (str): A report type name. Free-form (hosted Canvas adds types, installations
            disable some); the
            `examples` are Canvas's built-in types, in the order listAvailableReports returns them.
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If a documented status comes with an undocumented Content-Type or a body that
            does not match its schema, and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RateLimitExceeded | Report]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        report=report,
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    report: str,
    id: int,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | RateLimitExceeded | Report | None:
    """Get the status of a report

     One report with its current `status`, `progress` and, once `complete`, its `attachment` and
    `file_url`. 404 when the id is unknown, belongs to another account or report type, or the report
    was deleted. Poll this until `status` is final (`complete`, `error`, `aborted`).

    `file_url` is a Canvas download URL (not an API URL); fetch it with the same token.

    Args:
        account_id (str):
        report (str): A report type name. Free-form (hosted Canvas adds types, installations
            disable some); the
            `examples` are Canvas's built-in types, in the order listAvailableReports returns them.
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If a documented status comes with an undocumented Content-Type or a body that
            does not match its schema, and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RateLimitExceeded | Report
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            report=report,
            id=id,
            client=client,
        )
    ).parsed
