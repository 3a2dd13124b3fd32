"""`make test`'s pytest, timed: the suite's wall time, what each bloc costs it, and five blocs projected.

Runs the suite as `make test` does (pytest on every core, in this checkout; the install is not timed) with
benchmarks/suite_plugin.py recording each test's phases. Prints, never asserts: the wall time, the
workers' busy time, the machine's busy CPU (/proc/stat), the yardstick (benchmarks/machine.py); the slowest
test modules; what each bloc costs in worker time — the tests that name it (under ``tests/<bloc>/`` or with a
``[<bloc>…]`` parameter) plus its share of the session's demo (its notebooks' share of the demo's run) — and
the wall time projected to the five blocs of the certification: today's, plus the mean cost of a present
bloc, divided by the workers, for each bloc still to write. Issue 15's target: under 15 minutes on 2 cores.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: machine.py is a module of benchmarks/
    sys.path.insert(0, str(ROOT))

from benchmarks import machine  # noqa: E402
from benchmarks.suite_plugin import TIMELINE  # noqa: E402
from cmcert_lib.layout import Course  # noqa: E402

BLOCS_OF_THE_CERTIFICATION = 5
TARGET_SECONDS = 15 * 60  # issue 15: the whole `make test` on a 2-core machine with five blocs
_PARAMETER_BLOC = re.compile(r"\[(bloc\d+)\b")
_PATH_BLOC = re.compile(r"^tests/(bloc\d+)/")


@dataclass(frozen=True)
class Phase:
    nodeid: str
    when: str  # setup, call, teardown
    seconds: float
    worker: str
    demo: bool  # the test asked for the session's demo


def bloc_of(nodeid: str) -> str | None:
    """The bloc a test is about: named by its parameter (a notebook of tests/bloc1/test_notebooks.py may be
    Bloc 2's), else by its folder; None for the infrastructure's tests."""
    found = _PARAMETER_BLOC.search(nodeid) or _PATH_BLOC.match(nodeid)
    return found.group(1) if found else None


def read_timeline(path: Path) -> list[Phase]:
    return [Phase(**json.loads(line)) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def demo_seconds(phases: list[Phase]) -> float:
    """The demo's run: the slowest setup of a test that asked for it (the first one runs it, the others wait
    at most as long, or find it done)."""
    return max((p.seconds for p in phases if p.demo and p.when == "setup"), default=0.0)


def bloc_costs(phases: list[Phase], notebooks: dict[str, int]) -> dict[str, tuple[float, float]]:
    """Bloc -> (worker seconds of the tests naming it, its share of the demo's run by notebooks)."""
    demo = demo_seconds(phases)
    tests: dict[str, float] = defaultdict(float)
    for phase in phases:
        bloc = bloc_of(phase.nodeid)
        if bloc in notebooks and not (phase.demo and phase.when == "setup"):
            tests[bloc] += phase.seconds
    total = sum(notebooks.values()) or 1
    return {bloc: (tests[bloc], demo * count / total) for bloc, count in sorted(notebooks.items())}


def projected_wall(wall: float, costs: dict[str, tuple[float, float]], workers: int,
                   blocs: int = BLOCS_OF_THE_CERTIFICATION) -> float:
    """Today's wall time plus, for each bloc still to write, a present bloc's mean cost spread on the workers."""
    if not costs or len(costs) >= blocs:
        return wall
    mean = statistics.mean(sum(cost) for cost in costs.values())
    return wall + (blocs - len(costs)) * mean / max(workers, 1)


def slowest_modules(phases: list[Phase], count: int = 12) -> list[tuple[str, float]]:
    per_module: dict[str, float] = defaultdict(float)
    for phase in phases:
        per_module[phase.nodeid.split("::")[0]] += phase.seconds
    return sorted(per_module.items(), key=lambda item: -item[1])[:count]


def run_suite(timeline: Path, log: Path, extra: list[str]) -> tuple[float, float, int]:
    """pytest as `make test` runs it: (wall seconds, machine busy CPU seconds, exit code)."""
    env = dict(os.environ, **{TIMELINE: str(timeline)})
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    busy, start = machine.busy_cpu_seconds(), time.monotonic()
    with log.open("w", encoding="utf-8") as out:
        code = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "benchmarks.suite_plugin", *extra],
                              cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, check=False).returncode
    return time.monotonic() - start, machine.busy_cpu_seconds() - busy, code


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pytest_args", nargs="*", help="passed to pytest (e.g. -n 0); the whole suite without")
    args = parser.parse_args()
    course = Course(ROOT)
    notebooks = {bloc: len(course.texts(bloc)) for bloc in course.blocs()}
    print(machine.describe(), flush=True)
    with tempfile.TemporaryDirectory(prefix="cmcert-bench-suite-") as tmp:
        timeline, log = Path(tmp) / "timeline.jsonl", Path(tmp) / "pytest.log"
        print("Running the test suite as `make test` does (install not timed)…", flush=True)
        wall, busy, code = run_suite(timeline, log, args.pytest_args)
        summary = log.read_text(encoding="utf-8").strip().splitlines()[-1:]
        if code:
            raise SystemExit(f"the suite failed ({code}):\n{log.read_text(encoding='utf-8')[-3000:]}")
        phases = read_timeline(timeline)
    workers = len({p.worker for p in phases})
    busy_workers = sum(p.seconds for p in phases)
    print(f"pytest: {summary[0] if summary else ''}")
    print(f"wall {wall:.1f} s on {workers} worker(s); workers busy {busy_workers:.1f} s; machine busy "
          f"{busy:.1f} s of CPU ({os.cpu_count()} cores)")
    print(machine.describe())
    print("\nslowest test modules (worker seconds, setup and teardown included)")
    for module, seconds in slowest_modules(phases):
        print(f"  {seconds:7.1f} s  {module}")
    costs = bloc_costs(phases, notebooks)
    print(f"\n{'bloc':8} {'notebooks':>9} {'tests s':>8} {'demo share s':>13} {'total s':>8}")
    print("-" * 50)
    for bloc, (tests, share) in costs.items():
        print(f"{bloc:8} {notebooks[bloc]:9d} {tests:8.1f} {share:13.1f} {tests + share:8.1f}")
    print(f"(the demo's run: {demo_seconds(phases):.1f} s, shared by notebooks)")
    projected = projected_wall(wall, costs, workers)
    print(f"\n{len(costs)} bloc(s) present: wall {wall:.0f} s; five blocs projected: {projected:.0f} s "
          f"(target {TARGET_SECONDS} s on 2 cores: {'met' if projected < TARGET_SECONDS else 'NOT met'} on this "
          "machine)")


if __name__ == "__main__":
    main()
