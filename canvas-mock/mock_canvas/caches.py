"""The one cache type the mock uses; ARCHITECTURE.md lists every cache, its key and what invalidates it.

The mock meets its speed target by not redoing work whose answer cannot have changed (routing, the
checks, rendering a finished report). Each such memo is a `BoundedCache`: a dict (so a hit is one C-level
`get`) that forgets everything when it reaches its limit, which bounds memory against clients that
invent tokens or hosts without per-hit bookkeeping; built with `enabled=False` (`Settings(caches=False)`,
`MOCK_CACHES=0`) it never holds anything, so every answer is computed afresh.
"""

from __future__ import annotations

from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")


class BoundedCache(dict[K, V]):
    """A named memo of at most `limit` entries; read it with `get`, fill it with `put`."""

    __slots__ = ("enabled", "limit", "name")

    def __init__(self, name: str, limit: int, *, enabled: bool = True) -> None:
        super().__init__()
        self.name = name
        self.limit = limit
        self.enabled = enabled

    def put(self, key: K, value: V) -> V:
        """Remember `value` under `key` (unless caching is off); returns `value`."""
        if self.enabled:
            if len(self) >= self.limit:
                self.clear()
            self[key] = value
        return value
