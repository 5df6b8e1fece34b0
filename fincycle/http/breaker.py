"""A per-account circuit breaker: stop hammering a provider that keeps failing."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

CLOSED, OPEN, HALF_OPEN = "closed", "open", "half_open"


@dataclass
class CircuitBreaker:
    """Opens after ``failure_threshold`` consecutive failures; after ``reset_timeout`` seconds one
    trial call is let through (half-open): success closes the circuit, failure opens it again."""

    failure_threshold: int = 5
    reset_timeout: float = 60.0
    clock: Callable[[], float] = time.monotonic
    failures: int = 0
    opened_at: float | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def state(self) -> str:
        if self.opened_at is None:
            return CLOSED
        if self.clock() - self.opened_at >= self.reset_timeout:
            return HALF_OPEN
        return OPEN

    def reopen_in(self) -> float:
        if self.opened_at is None:
            return 0.0
        return max(0.0, self.reset_timeout - (self.clock() - self.opened_at))

    def allow(self) -> bool:
        return self.state != OPEN

    def record_success(self) -> None:
        with self._lock:
            self.failures = 0
            self.opened_at = None

    def record_failure(self) -> None:
        with self._lock:
            if self.state == HALF_OPEN:
                self.opened_at = self.clock()  # the trial failed: a new cool-down
                return
            self.failures += 1
            if self.failures >= self.failure_threshold:
                self.opened_at = self.clock()


class BreakerRegistry:
    """One breaker per key (typically ``"<provider>:<account id>"``), shared by the process."""

    def __init__(self, **defaults):
        self._defaults = defaults
        self._breakers: dict[str, CircuitBreaker] = {}
        self._lock = threading.Lock()

    def get(self, key: str) -> CircuitBreaker:
        with self._lock:
            if key not in self._breakers:
                self._breakers[key] = CircuitBreaker(**self._defaults)
            return self._breakers[key]

    def reset(self, key: str | None = None) -> None:
        with self._lock:
            if key is None:
                self._breakers.clear()
            else:
                self._breakers.pop(key, None)


BREAKERS = BreakerRegistry()
