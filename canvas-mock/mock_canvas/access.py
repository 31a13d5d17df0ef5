"""Canvas's order of checks for a caller, written once and used by the API pipeline and file downloads.

Reference §1 steps 2-7: token (401 without one, 401 for an unknown, expired or revoked one) -> scopes
(401, before any lookup) -> user (`as_user_id` masquerade, 401) -> account (404) -> `read_reports` on it or
an ancestor (403). Step 6, elevated authentication, is off as in a default Canvas. File downloads are not
API routes: they skip the scope and masquerade steps and keep the rest in the same order.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from mock_canvas.replies import CannedReplies, Reply
from mock_canvas.store import Account, Store, Token


class Granted(NamedTuple):
    """Who may act on which account: the outcome when every check passed."""

    token: Token
    user_id: int
    account: Account


class Access:
    def __init__(self, store: Store, replies: CannedReplies) -> None:
        self.store = store
        self.replies = replies

    def check(
        self,
        token_value: str | None,
        account_key: str,
        *,
        scope: str | None = None,
        query: Sequence[tuple[str, str]] = (),
    ) -> Granted | Reply:
        """The reply of the first check that fails, else who is granted what. `scope` is the operation's
        OAuth scope (None: not an API route); `query` carries `as_user_id`."""
        replies = self.replies
        if token_value is None:
            return replies.canned(401, "unauthenticated", www_authenticate=True)
        store = self.store
        token = store.token(token_value)
        if token is None or token.state != "active":
            return replies.token_failure(token) or replies.not_found()
        if scope is not None and token.requires_scopes and scope not in token.scopes:
            return replies.canned(401, "insufficient_scopes")
        user_id = token.user_id
        if query and any(key == "as_user_id" for key, _ in query):
            masquerade = self._masquerade(token, query)
            if masquerade is None:
                return replies.canned(401, "invalid_as_user_id")
            user_id = masquerade
        account = store.account(account_key)
        if account is None:
            return replies.not_found()
        if not store.can_read_reports(user_id, account):
            return replies.canned(403, "unauthorized")
        return Granted(token, user_id, account)

    def _masquerade(self, token: Token, query: Sequence[tuple[str, str]]) -> int | None:
        """Canvas's `as_user_id`: root-account admins may act as an existing user; anything else is 401."""
        value = [v for k, v in query if k == "as_user_id"][-1]
        store = self.store
        root = store.account("self")
        if root is None or not store.can_read_reports(token.user_id, root):
            return None
        if value.startswith("sis_user_id:"):
            return store.user_id_by_sis_id(value[12:])
        if value.isascii() and value.isdigit() and store.user(int(value)) is not None:
            return int(value)
        return None
