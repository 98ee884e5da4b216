"""Latency samples and their percentiles."""

from __future__ import annotations

import statistics
from collections.abc import Callable
from dataclasses import dataclass
from time import perf_counter


@dataclass(frozen=True)
class Latency:
    """Percentiles of a list of durations, in milliseconds."""

    count: int
    p50: float
    p95: float

    @classmethod
    def of(cls, samples_ms: list[float]) -> Latency:
        if len(samples_ms) < 2:
            only = samples_ms[0] if samples_ms else float("nan")
            return cls(len(samples_ms), only, only)
        cuts = statistics.quantiles(samples_ms, n=20, method="inclusive")
        return cls(len(samples_ms), statistics.median(samples_ms), cuts[18])

    def __str__(self) -> str:
        return f"p50 {self.p50:8.1f} ms   p95 {self.p95:8.1f} ms   (n={self.count})"


def time_calls(call: Callable[[], object], *, warmup: int, repeat: int) -> Latency:
    """Call `warmup` times untimed, then `repeat` times timed."""
    for _ in range(warmup):
        call()
    samples = []
    for _ in range(repeat):
        started = perf_counter()
        call()
        samples.append((perf_counter() - started) * 1000)
    return Latency.of(samples)
