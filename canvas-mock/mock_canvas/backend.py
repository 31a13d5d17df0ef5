"""Everything the operations, the control API and file downloads work with, built once per app.

The ASGI app (app.py) owns the request pipeline and nothing else; handlers, control and downloads take
this object instead, so what they may use is listed here rather than spread over the app.
"""

from __future__ import annotations

from typing import Any

from mock_canvas.access import Access
from mock_canvas.lifecycle import Lifecycle
from mock_canvas.replies import CannedReplies
from mock_canvas.settings import Settings
from mock_canvas.spec_model import SpecModel
from mock_canvas.store import Store
from mock_canvas.throttle import Throttle


class Backend:
    """The mock's state (store, throttle, lifecycle) and its facts from the spec (catalogue, states)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.spec_model = spec_model = SpecModel(settings.spec_path)
        self.states = spec_model.states
        self.replies = CannedReplies(spec_model, settings.throttle_status)
        self.store = Store(
            settings.db_path,
            get_scopes={"GET": spec_model.scopes_for(lambda op: op.method == "GET")},
            freeze_clock=settings.freeze_clock,
            seed_users=settings.seed_users,
            caches=settings.caches,
        )
        self.access = Access(self.store, self.replies)
        self.lifecycle = Lifecycle(self.store, spec_model, settings)
        self.throttle = Throttle(
            high_water_mark=settings.throttle_high_water_mark,
            maximum=settings.throttle_maximum,
            outflow=settings.throttle_outflow,
            up_front_cost=settings.throttle_up_front_cost,
            enabled=settings.throttle_enabled,
        )
        self.catalogue = spec_model.catalogue
        self.available_reports = frozenset(entry["report"] for entry in self.catalogue)
        # Responses that failed strict-mode validation (GET /__mock__/violations).
        self.violations: list[dict[str, Any]] = []

    def close(self) -> None:
        self.store.close()
