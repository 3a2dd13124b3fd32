"""A yardstick for the machine the benchmarks ran on, printed with their figures.

The machines that run these benchmarks are shared and not all alike: the same `cmcert demo` took
99.6 s on one 2-core machine and 43-45 s on another, with the same code. A figure alone cannot say
whether the code or the machine changed; printed beside a fixed workload's time on the same machine,
it can (a ratio of the two carries across machines far better than either).

The workload is pure Python on one core (dicts, strings, integers, sorting: what grading's own
process spends its time on), best of five, so another process's burst costs less than a median would.
"""

from __future__ import annotations

import os
import time


def _workload() -> int:
    table: dict[str, int] = {}
    for i in range(200_000):
        key = f"cellule-{i % 5_000}"
        table[key] = table.get(key, 0) + i * 7 % 13
    words = sorted(str(v) + k for k, v in table.items())
    return sum(len(w) for w in words)


def reference_ms(repeat: int = 5) -> float:
    """Best wall time, in milliseconds, of the fixed workload on this machine."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        _workload()
        best = min(best, time.perf_counter() - start)
    return best * 1000


def describe() -> str:
    """One line for a benchmark's header: cores, load, and the yardstick."""
    return (f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}, yardstick "
            f"{reference_ms():.0f} ms (benchmarks/machine.py: a fixed pure-Python workload, one core; "
            f"lower is a faster machine)")


if __name__ == "__main__":
    print(describe())
