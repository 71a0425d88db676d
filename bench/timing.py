"""Shared measuring for the scripts in bench/: medians over several runs, ratios to a same-run baseline.

Run a benchmark as `python -m bench.NAME` from the repository root (inside `.venv`).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Measurement:
    name: str
    samples_s: tuple[float, ...]

    @property
    def median_s(self) -> float:
        return statistics.median(self.samples_s)

    @property
    def median_ms(self) -> float:
        return self.median_s * 1000

    def ratio_to(self, baseline: Measurement) -> float:
        return self.median_s / baseline.median_s


def measure(name: str, fn: Callable[[], object], *, runs: int = 7, warmup: int = 1) -> Measurement:
    """Time `fn` `runs` times after `warmup` untimed calls; each sample is one call."""
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return Measurement(name, tuple(samples))


def report(measurement: Measurement, baseline: Measurement | None = None, *, unit: str = "ms") -> str:
    value = measurement.median_ms if unit == "ms" else measurement.median_s
    line = f"{measurement.name}: median {value:.3f} {unit} over {len(measurement.samples_s)} runs"
    if baseline is not None:
        line += f"; ratio to {baseline.name} = {measurement.ratio_to(baseline):.2f}x"
    print(line, flush=True)
    return line
