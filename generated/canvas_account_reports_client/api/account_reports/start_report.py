from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.report import Report
from ...models.start_report_form import StartReportForm
from ...models.start_report_multipart import StartReportMultipart
from ...models.start_report_request import StartReportRequest
from ...models.term_error import TermError
from ...types import UNSET, RateLimitExceeded, Response, Unset


def _get_kwargs(
    account_id: str,
    report: str,
    *,
    body: StartReportRequest | StartReportForm | StartReportMultipart | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/accounts/{account_id}/reports/{report}".format(
            account_id=quote(str(account_id), safe=""),
            report=quote(str(report), safe=""),
        ),
    }

    if isinstance(body, StartReportRequest):
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    elif isinstance(body, StartReportForm):
        if not isinstance(body, Unset):
            _kwargs["data"] = body.to_dict()

        headers["Content-Type"] = "application/x-www-form-urlencoded"
    elif isinstance(body, StartReportMultipart):
        if not isinstance(body, Unset):
            _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _decode_response(response: httpx.Response) -> ErrorResponse | RateLimitExceeded | Report | TermError:
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
                _response_400 = response.json()
                response_400: ErrorResponse | TermError
                if isinstance(_response_400, dict) and "error" in _response_400:
                    componentsschemas_bad_request_error_type_0 = TermError.from_dict(_response_400)

                    response_400 = componentsschemas_bad_request_error_type_0
                else:
                    componentsschemas_bad_request_error_type_1 = ErrorResponse.from_dict(_response_400)

                    response_400 = componentsschemas_bad_request_error_type_1

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

        if response.status_code == 409:
            if media_type == "application/json" or not media_type:
                response_409 = Report.from_dict(response.json())

                return response_409

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

        if response.status_code == 500:
            if media_type == "application/json" or not media_type:
                response_500 = ErrorResponse.from_dict(response.json())

                return response_500

            raise errors.UnexpectedResponseBody(
                response.status_code,
                media_type,
                response.content,
                "undocumented Content-Type; documented: application/json",
            )

    except (KeyError, TypeError, ValueError, AttributeError) as error:
        # JSONDecodeError and UnicodeDecodeError are ValueErrors; the others come from a body of the wrong shape.
        raise errors.UnexpectedResponseBody(
            response.status_code, media_type, response.content, f"{type(error).__name__}: {error}"
        ) from error
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RateLimitExceeded | Report | TermError | None:
    try:
        return _decode_response(response)
    except errors.UnexpectedResponse:
        if client.raise_on_unexpected_status:
            raise
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | RateLimitExceeded | Report | TermError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    report: str,
    *,
    client: AuthenticatedClient,
    body: StartReportRequest | StartReportForm | StartReportMultipart | Unset = UNSET,
) -> Response[ErrorResponse | RateLimitExceeded | Report | TermError]:
    """Start a report

     Queues a report of type `report` and answers **200** with it in status `created`; a background
    job then runs it (see the lifecycle above). Poll **getReport** with the returned `id`.

    Canvas reads only `parameters`, stores every key as sent (no allow-list; required flags are not
    enforced) and echoes them back. The encoding decides the value types: form and multipart values
    are stored as **strings** (`"true"`, `"12"`), JSON keeps JSON types. Canvas adds `locale` when the
    job starts and usually `extra_text` when it ends.

    Checks, in order: the report type must be one the account can run (else 404), a given
    `enrollment_term_id` must resolve to a term of the root account (else 400 with a single `error`
    string), and an identical report still in progress within the last 12 hours makes it a
    duplicate (409, `Location` points at the existing report).

    `parameters[skip_message]`: **any** string value, even `"false"` or `""`, and JSON `true`
    suppress the notification to the user; leave the key out to get the notification.

    Args:
        account_id (str):
        report (str): A report type name. Free-form (hosted Canvas adds types, installations
            disable some); the
            `examples` are Canvas's built-in types, in the order listAvailableReports returns them.
        body: The request body. Sent as application/json (StartReportRequest), application/x-www-form-urlencoded (StartReportForm), multipart/form-data (StartReportMultipart).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If a documented status comes with an undocumented Content-Type or a body that
            does not match its schema, and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RateLimitExceeded | Report | TermError]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        report=report,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    report: str,
    *,
    client: AuthenticatedClient,
    body: StartReportRequest | StartReportForm | StartReportMultipart | Unset = UNSET,
) -> ErrorResponse | RateLimitExceeded | Report | TermError | None:
    """Start a report

     Queues a report of type `report` and answers **200** with it in status `created`; a background
    job then runs it (see the lifecycle above). Poll **getReport** with the returned `id`.

    Canvas reads only `parameters`, stores every key as sent (no allow-list; required flags are not
    enforced) and echoes them back. The encoding decides the value types: form and multipart values
    are stored as **strings** (`"true"`, `"12"`), JSON keeps JSON types. Canvas adds `locale` when the
    job starts and usually `extra_text` when it ends.

    Checks, in order: the report type must be one the account can run (else 404), a given
    `enrollment_term_id` must resolve to a term of the root account (else 400 with a single `error`
    string), and an identical report still in progress within the last 12 hours makes it a
    duplicate (409, `Location` points at the existing report).

    `parameters[skip_message]`: **any** string value, even `"false"` or `""`, and JSON `true`
    suppress the notification to the user; leave the key out to get the notification.

    Args:
        account_id (str):
        report (str): A report type name. Free-form (hosted Canvas adds types, installations
            disable some); the
            `examples` are Canvas's built-in types, in the order listAvailableReports returns them.
        body: The request body. Sent as application/json (StartReportRequest), application/x-www-form-urlencoded (StartReportForm), multipart/form-data (StartReportMultipart).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If a documented status comes with an undocumented Content-Type or a body that
            does not match its schema, and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RateLimitExceeded | Report | TermError
    """

    return sync_detailed(
        account_id=account_id,
        report=report,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    report: str,
    *,
    client: AuthenticatedClient,
    body: StartReportRequest | StartReportForm | StartReportMultipart | Unset = UNSET,
) -> Response[ErrorResponse | RateLimitExceeded | Report | TermError]:
    """Start a report

     Queues a report of type `report` and answers **200** with it in status `created`; a background
    job then runs it (see the lifecycle above). Poll **getReport** with the returned `id`.

    Canvas reads only `parameters`, stores every key as sent (no allow-list; required flags are not
    enforced) and echoes them back. The encoding decides the value types: form and multipart values
    are stored as **strings** (`"true"`, `"12"`), JSON keeps JSON types. Canvas adds `locale` when the
    job starts and usually `extra_text` when it ends.

    Checks, in order: the report type must be one the account can run (else 404), a given
    `enrollment_term_id` must resolve to a term of the root account (else 400 with a single `error`
    string), and an identical report still in progress within the last 12 hours makes it a
    duplicate (409, `Location` points at the existing report).

    `parameters[skip_message]`: **any** string value, even `"false"` or `""`, and JSON `true`
    suppress the notification to the user; leave the key out to get the notification.

    Args:
        account_id (str):
        report (str): A report type name. Free-form (hosted Canvas adds types, installations
            disable some); the
            `examples` are Canvas's built-in types, in the order listAvailableReports returns them.
        body: The request body. Sent as application/json (StartReportRequest), application/x-www-form-urlencoded (StartReportForm), multipart/form-data (StartReportMultipart).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If a documented status comes with an undocumented Content-Type or a body that
            does not match its schema, and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RateLimitExceeded | Report | TermError]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        report=report,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    report: str,
    *,
    client: AuthenticatedClient,
    body: StartReportRequest | StartReportForm | StartReportMultipart | Unset = UNSET,
) -> ErrorResponse | RateLimitExceeded | Report | TermError | None:
    """Start a report

     Queues a report of type `report` and answers **200** with it in status `created`; a background
    job then runs it (see the lifecycle above). Poll **getReport** with the returned `id`.

    Canvas reads only `parameters`, stores every key as sent (no allow-list; required flags are not
    enforced) and echoes them back. The encoding decides the value types: form and multipart values
    are stored as **strings** (`"true"`, `"12"`), JSON keeps JSON types. Canvas adds `locale` when the
    job starts and usually `extra_text` when it ends.

    Checks, in order: the report type must be one the account can run (else 404), a given
    `enrollment_term_id` must resolve to a term of the root account (else 400 with a single `error`
    string), and an identical report still in progress within the last 12 hours makes it a
    duplicate (409, `Location` points at the existing report).

    `parameters[skip_message]`: **any** string value, even `"false"` or `""`, and JSON `true`
    suppress the notification to the user; leave the key out to get the notification.

    Args:
        account_id (str):
        report (str): A report type name. Free-form (hosted Canvas adds types, installations
            disable some); the
            `examples` are Canvas's built-in types, in the order listAvailableReports returns them.
        body: The request body. Sent as application/json (StartReportRequest), application/x-www-form-urlencoded (StartReportForm), multipart/form-data (StartReportMultipart).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If a documented status comes with an undocumented Content-Type or a body that
            does not match its schema, and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RateLimitExceeded | Report | TermError
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            report=report,
            client=client,
            body=body,
        )
    ).parsed
