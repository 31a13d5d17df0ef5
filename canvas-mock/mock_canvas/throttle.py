"""Canvas's request throttle: one leaky bucket per client, as in Canvas's RequestThrottle middleware.

Canvas charges an up-front cost when a request starts (so many concurrent requests from one token
overflow quickly), corrects it to the real cost (CPU + database time) when the request ends, and drains
each bucket at a fixed outflow. A request that finds its bucket at or above the high-water mark is
refused without running: 429 as hosted Canvas answers, or the text/plain 403 of self-hosted Canvas (the
app picks). Buckets live in process memory; like Canvas's Redis counters they are transient: a restart
empties them.
"""

from __future__ import annotations

import time


def ruby_float(value: float) -> str:
    """Format like Ruby's Float#to_s, which Canvas uses for the throttle headers: `0.0`, `599.981737`,
    `1.2e-05`. Python's repr has the same digits and exponent form, except that it writes `1e-05` where
    Ruby writes `1.0e-05`."""
    text = repr(float(value))
    if "e" in text and "." not in text:
        return text.replace("e", ".0e")
    return text


class Bucket:
    __slots__ = ("level", "updated")

    def __init__(self, level: float, updated: float) -> None:
        self.level = level
        self.updated = updated


class Throttle:
    """Leaky buckets keyed by client identity (the token, else the peer address)."""

    def __init__(
        self,
        *,
        high_water_mark: float,
        maximum: float,
        outflow: float,
        up_front_cost: float,
        enabled: bool = True,
    ) -> None:
        self.high_water_mark = high_water_mark
        self.maximum = maximum
        self.outflow = outflow
        self.up_front_cost = up_front_cost
        self.enabled = enabled
        self.buckets: dict[bytes | str, Bucket] = {}

    def _leak(self, key: bytes | str, now: float) -> Bucket:
        bucket = self.buckets.get(key)
        if bucket is None:
            bucket = self.buckets[key] = Bucket(0.0, now)
            return bucket
        if bucket.level:
            bucket.level = max(0.0, bucket.level - (now - bucket.updated) * self.outflow)
        bucket.updated = now
        return bucket

    def admit(self, key: bytes | str, now: float) -> Bucket | None:
        """Charge the up-front cost and return the bucket, or None when the request must be refused.
        `now` is any monotonic clock reading in seconds (the app passes its perf_counter start)."""
        bucket = self.buckets.get(key)
        if bucket is None:
            if len(self.buckets) > 100_000:  # fuzzers invent tokens; forget idle buckets rather than grow
                self.buckets.clear()
            bucket = self.buckets[key] = Bucket(0.0, now)
        else:
            level = bucket.level
            if level:
                level -= (now - bucket.updated) * self.outflow
                bucket.level = max(0.0, level)
            bucket.updated = now
        if bucket.level >= self.high_water_mark and self.enabled:
            return None
        level = bucket.level + self.up_front_cost
        bucket.level = min(self.maximum, level)
        return bucket

    def settle(self, bucket: Bucket, cost: float) -> float:
        """Replace the up-front charge by the real cost; returns the units remaining below the mark."""
        bucket.level = min(self.maximum, max(0.0, bucket.level - self.up_front_cost + cost))
        return max(0.0, self.high_water_mark - bucket.level)

    def seconds_until_admitted(self, key: bytes | str, now: float) -> float:
        """How long until the bucket has drained below the high-water mark (what `Retry-After` says)."""
        bucket = self.buckets.get(key)
        if bucket is None or self.outflow <= 0:
            return 0.0
        level = max(0.0, bucket.level - (now - bucket.updated) * self.outflow)
        return max(0.0, (level - self.high_water_mark) / self.outflow) + 1.0 / self.outflow

    def set_level(self, key: bytes | str, level: float) -> None:
        bucket = self._leak(key, time.perf_counter())
        bucket.level = max(0.0, min(self.maximum, level))

    def snapshot(self) -> dict[str, float]:
        now = time.perf_counter()
        return {
            (k.decode("latin-1") if isinstance(k, bytes) else k): round(self._leak(k, now).level, 6)
            for k in list(self.buckets)
        }

    def reset(self) -> None:
        self.buckets.clear()
