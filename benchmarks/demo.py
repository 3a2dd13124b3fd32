"""`make demo`, timed: the main job on a fresh copy of the course, several times, with the machine's yardstick.

Each run copies the course into a temporary folder (release/, submitted/ and the gradebook start as a
fresh clone has them) and runs `cmcert demo` there, as `make demo` does once installed. Printed, never
asserted: each run's wall time and the CPU time the machine spent meanwhile (every core, every process:
the sandboxes too; the load average says whether anything else ran), the median, and the issue's target
beside it (90 s on a 2-core machine); the yardstick (benchmarks/machine.py) says how fast this machine was while it ran.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: machine.py is a module of benchmarks/
    sys.path.insert(0, str(ROOT))

from benchmarks import machine  # noqa: E402
from cmcert_lib.layout import Course  # noqa: E402

CMCERT = Path(sys.executable).parent / "cmcert"
TARGET_SECONDS = 90  # issue 15, on a 2-core machine


def one_run(base: Path) -> tuple[float, float]:
    """Wall seconds of `cmcert demo` on a fresh copy of the course under ``base``, and the machine's CPU seconds
    spent meanwhile."""
    course = Course(ROOT).copy_to(base / "cours")
    env = dict(os.environ, PATH=f"{CMCERT.parent}{os.pathsep}{os.environ['PATH']}")
    busy = machine.busy_cpu_seconds()
    start = time.monotonic()
    proc = subprocess.run([str(CMCERT), "demo"], cwd=course.root, env=env, capture_output=True, text=True,
                          check=False)
    wall = time.monotonic() - start
    cpu = machine.busy_cpu_seconds() - busy
    if proc.returncode:
        raise SystemExit(f"cmcert demo failed ({proc.returncode}):\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}")
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    print(machine.describe())
    print()
    header = f"{'run':>4} {'wall':>8} {'machine CPU':>12}"
    print(header)
    print("-" * len(header))
    walls = []
    for n in range(1, runs + 1):
        with tempfile.TemporaryDirectory(prefix="cmcert-bench-demo-") as tmp:
            wall, cpu = one_run(Path(tmp))
        walls.append(wall)
        print(f"{n:>4} {wall:7.1f}s {cpu:11.1f}s", flush=True)
    print()
    median = statistics.median(walls)
    print(f"cmcert demo, median of {runs}: {median:.1f} s (target: under {TARGET_SECONDS} s on 2 cores; "
          f"{'met' if median < TARGET_SECONDS else 'NOT met'} on this machine)")
    print(machine.describe())


if __name__ == "__main__":
    main()
