"""A yardstick for the machine the benchmarks ran on, printed with their figures.

The machines that run these benchmarks are shared and not all alike: the same `cmcert demo` took
99.6 s on one 2-core machine and 43-45 s on another, with the same code. A figure alone cannot say
whether the code or the machine changed; printed beside a fixed workload's time on the same machine,
it can (a ratio of the two carries across machines far better than either).

The workload is pure Python on one core (dicts, strings, integers, sorting: what grading's own
process spends its time on), best of five, so another process's burst costs less than a median would.
The machine's busy CPU time (every core, every process) is read here too, for the benchmarks that time a
command whose processes escape its own accounting.
"""

from __future__ import annotations

import os
import time
from pathlib import Path


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


def busy_cpu_seconds() -> float:
    """CPU time the whole machine has spent busy since boot, every core (/proc/stat).

    The demo's sandboxes are forked by a zygote and reaped by it, not by the command: its rusage misses
    them (21 s counted for a run whose infinite loop alone costs 20 s). The machine's busy time catches
    every process; on an idle machine, it is the demo's.
    """
    fields = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle + iowait
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def describe() -> str:
    """One line for a benchmark's header: cores, load, and the yardstick."""
    return (f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}, yardstick "
            f"{reference_ms():.0f} ms (benchmarks/machine.py: a fixed pure-Python workload, one core; "
            f"lower is a faster machine)")


if __name__ == "__main__":
    print(describe())
