"""What one API request means once routed and checked: `Target` (the request line), `Admitted` (the
outcome of the shared checks, immutable so the app may cache it) and `Call` (what a handler gets, built
fresh per request from an `Admitted`, the mock clock's `now` and the request body)."""

from __future__ import annotations

from typing import Any, NamedTuple
from urllib.parse import quote

from mock_canvas.spec_model import OperationSpec
from mock_canvas.store import Account, Token

NO_BODY: tuple[dict[str, Any], bool] = ({}, False)


class Target(NamedTuple):
    """The meaning of one request line: the operation (None: not an API route), its raw and validated
    parameters, and the first validation problem (None when the request matches the spec)."""

    op: OperationSpec | None
    segments: list[str] | None
    raw_params: list[str]
    query: list[tuple[str, str]]
    query_problem: str | None
    params: dict[str, Any]
    problem: str | None


UNROUTED = Target(None, None, [], [], None, {}, None)


class Admitted(NamedTuple):
    """A request that passed every shared check: the operation to run, for whom, on which account."""

    target: Target
    op: OperationSpec
    token: Token
    user_id: int
    account: Account
    base_url: str


class Call:
    """One API request after the shared checks: what a handler needs and nothing more."""

    __slots__ = ("account", "base_url", "body", "now", "op", "params", "target", "token", "user_id")

    def __init__(self, admitted: Admitted, now: float, body: tuple[dict[str, Any], bool] = NO_BODY) -> None:
        self.target, self.op, self.token, self.user_id, self.account, self.base_url = admitted
        self.params = self.target.params
        self.now = now
        # startReport's `parameters` and whether any were sent
        self.body = body

    @property
    def query(self) -> list[tuple[str, str]]:
        return self.target.query

    def query_values(self, name: str) -> list[str]:
        return [value for key, value in self.target.query if key == name]

    @property
    def request_path(self) -> str:
        """The path as requested (percent-encoded again, without a `.json` suffix), for Link URLs."""
        return "/" + "/".join(quote(s, safe=":~@!$&'()*+,;=") for s in self.target.segments or ())
