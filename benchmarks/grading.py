"""Grading a cohort: `cmcert grade` against stock `nbgrader autograde`, and the floor under both.

A synthetic cohort of N candidates (the demo's profiles in turn: complete, partial, blank, broken;
their hand-ins written by the demo's own ``write_submissions``) over every bloc of the course, in
two temporary copies of the course, graded in the same run:

- ``cmcert grade <bloc> <bloc> ... --quiet`` (sandbox, trusted scoring, nbgrader recording in process),
  every bloc as one batch, in the first copy, notebooks in parallel (one per core);
- ``nbgrader autograde <bloc> --force`` as shipped, once per bloc (it takes one assignment): one
  subprocess that executes every hand-in in a kernel of its own, candidates one after another, with
  the course's ``nbgrader_config.py`` (20 s per cell, interrupted on timeout), in the second copy;
- the floor: the same hand-ins' code cells as handed in (answers, the course's cells, visible
  tests), sent to ONE IPython kernel started and warmed up once (the course's heavy imports), with
  ``%reset -f`` between notebooks, the same per-cell timeout, no isolation, no scoring, no
  recording. Only the execution is timed, not the warm-up.

Printed, never asserted: total time, seconds per notebook handed in, peak memory, and, per
candidate, whether both graders gave the same automatic points per notebook. Memory is measured
two ways for each command: the peak RSS of its largest single process (``os.wait4``'s rusage,
children and sandboxes included once reaped), and the peak of the RSS summed over its whole process
tree (``/proc`` sampled every 0.2 s, so a shorter peak can be missed).

Run with ``make bench`` (as root, like grading), or ``python benchmarks/grading.py --candidates 30``.
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: machine.py is a module of benchmarks/
    sys.path.insert(0, str(ROOT))

from benchmarks import machine  # noqa: E402

BIN = Path(sys.executable).parent
PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024
WARM_UP = ("import pandas, matplotlib, matplotlib.pyplot, ipywidgets, IPython.display\n"
           "import cmcert_lib.checks, cmcert_lib.domain.kpi, cmcert_lib.facts.brand\n"
           "import importlib, pkgutil\n"
           "for _blocs in {blocs!r}:\n"
           "    _pkg = importlib.import_module('cmcert_lib.' + _blocs)\n"
           "    for _m in pkgutil.walk_packages(_pkg.__path__, _pkg.__name__ + '.'):\n"
           "        if '.demo' not in _m.name and '.datagen' not in _m.name:\n"
           "            importlib.import_module(_m.name)\n")


@dataclass
class Measure:
    seconds: float
    process_peak_kb: int  # largest single process of the tree (wait4)
    tree_peak_kb: int  # the tree's summed RSS, sampled
    stdout: str


# --- the cohort -----------------------------------------------------------------------


def copy_course(dest: Path):
    from cmcert_lib.layout import Course

    return Course(ROOT).copy_to(dest)


def write_cohort(course, size: int) -> dict[str, str]:
    """N candidates, the demo's four profiles in turn; returns candidate -> profile (demo id)."""
    from cmcert_lib.authoring.build import ensure_release
    from cmcert_lib.demo import CANDIDATES, write_submissions

    cohort = {f"bench_{i + 1:02d}_{CANDIDATES[i % len(CANDIDATES)].student_id.removeprefix('demo_')}":
              CANDIDATES[i % len(CANDIDATES)].student_id for i in range(size)}
    for bloc in course.blocs():
        ensure_release(course, bloc)
        write_submissions(course, bloc)
        for student, profile in cohort.items():
            shutil.copytree(course.submitted(profile, bloc), course.submitted(student, bloc))
    for cand in CANDIDATES:
        shutil.rmtree(course.submitted_root / cand.student_id)
    return cohort


# --- measuring a command --------------------------------------------------------------


def _tree_rss_kb(root_pid: int) -> int:
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", encoding="ascii", errors="replace") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry.name))
    total, todo = 0, [root_pid]
    while todo:
        pid = todo.pop()
        todo += children.get(pid, [])
        try:
            with open(f"/proc/{pid}/statm", encoding="ascii") as handle:
                total += int(handle.read().split()[1]) * PAGE_KB
        except (OSError, IndexError, ValueError):
            continue
    return total


def measure(command: list[str], cwd: Path) -> Measure:
    env = dict(os.environ, PATH=f"{BIN}{os.pathsep}{os.environ['PATH']}", CMCERT_COURSE=str(cwd))
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.monotonic()
        proc = subprocess.Popen(command, cwd=cwd, env=env, stdout=out, stderr=err)
        peaks: queue.Queue[int] = queue.Queue()
        stop = threading.Event()

        def sample() -> None:
            peak = 0
            while not stop.wait(0.2):
                peak = max(peak, _tree_rss_kb(proc.pid))
            peaks.put(peak)

        sampler = threading.Thread(target=sample)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.monotonic() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        stop.set()
        sampler.join()
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        if proc.returncode != 0:
            raise SystemExit(f"{' '.join(command)} failed ({proc.returncode}):\n{stdout[-2000:]}"
                             f"{err.read().decode('utf-8', 'replace')[-3000:]}")
    return Measure(seconds, usage.ru_maxrss, peaks.get(), stdout)


def add(measures: list[Measure]) -> Measure:
    return Measure(sum(m.seconds for m in measures), max(m.process_peak_kb for m in measures),
                   max(m.tree_peak_kb for m in measures), "".join(m.stdout for m in measures))


# --- the floor: one warm kernel, no isolation ------------------------------------------


def floor_worker(submitted: Path, blocs: list[str], cell_timeout: int) -> None:
    """Run in a subprocess of its own; prints {"seconds": ..., "notebooks": ..., "errors": ...}."""
    import nbformat
    from jupyter_client.manager import start_new_kernel

    km, kc = start_new_kernel(kernel_name="python3")
    quiet = {"output_hook": lambda msg: None, "stdin_hook": lambda msg: None}
    try:
        kc.execute_interactive(WARM_UP.format(blocs=blocs), timeout=300, **quiet)
        notebooks = errors = 0
        seconds = 0.0
        for path in sorted(submitted.glob("*/*/*.ipynb")):
            if path.parent.name not in blocs:
                continue
            nb = nbformat.read(path, as_version=4)
            with tempfile.TemporaryDirectory() as cwd:
                # Into the fresh folder first: IPython's reset fails in a deleted working directory.
                kc.execute_interactive(f"import os\nos.chdir({cwd!r})", timeout=60, **quiet)
                kc.execute_interactive("%reset -f", timeout=60, **quiet)
                start = time.monotonic()
                for cell in nb.cells:
                    if cell.cell_type != "code" or not cell.source.strip():
                        continue
                    try:
                        reply = kc.execute_interactive(cell.source, timeout=cell_timeout, **quiet)
                        errors += reply["content"]["status"] != "ok"
                    except TimeoutError:
                        km.interrupt_kernel()
                        kc.execute_interactive("pass", timeout=60, **quiet)  # idle again after the interrupt
                        errors += 1
                seconds += time.monotonic() - start
            notebooks += 1
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    print(json.dumps({"seconds": seconds, "notebooks": notebooks, "errors": errors}))


# --- scores -----------------------------------------------------------------------------


def scores(course, cohort: dict[str, str]) -> dict[str, dict[str, float]]:
    """candidate -> "<bloc>/<notebook>" -> automatic points, from the copy's gradebook."""
    from nbgrader.api import Gradebook

    from cmcert_lib.grading.gradebook import notebook_grades

    found: dict[str, dict[str, float]] = {student: {} for student in cohort}
    with Gradebook(course.gradebook_url) as gb:
        for bloc in course.blocs():
            for student in cohort:
                for nb in notebook_grades(gb, bloc, student):
                    found[student][f"{bloc}/{nb.notebook}"] = nb.auto_score
    return found


# --- the run ------------------------------------------------------------------------------


def fmt_mb(kb: int) -> str:
    return f"{kb / 1024:,.0f} MB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--candidates", type=int, default=8, help="cohort size (default 8)")
    parser.add_argument("--floor-worker", nargs=2, metavar=("SUBMITTED", "BLOCS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    from cmcert_lib.grading import sandbox
    from cmcert_lib.grading.sandbox import Limits

    if args.floor_worker:
        floor_worker(Path(args.floor_worker[0]), args.floor_worker[1].split(","), Limits().cell_timeout)
        return
    reason = sandbox.available()
    if reason:
        raise SystemExit(f"the sandbox is unavailable here: {reason}")

    with tempfile.TemporaryDirectory(prefix="cmcert-bench-") as tmp:
        print(f"Preparing {args.candidates} candidates in two copies of the course (not timed)…", flush=True)
        ours = copy_course(Path(tmp) / "cmcert")
        stock = copy_course(Path(tmp) / "nbgrader")
        cohort = write_cohort(ours, args.candidates)
        shutil.copytree(ours.submitted_root, stock.submitted_root, dirs_exist_ok=True)
        from cmcert_lib.authoring.build import ensure_release

        blocs = ours.blocs()
        for bloc in blocs:
            ensure_release(stock, bloc)  # the gradebook knows the cells
        handed_in = sum(1 for _ in ours.submitted_root.glob("*/*/*.ipynb"))

        print("Grading with cmcert grade…", flush=True)
        ran_ours = measure([str(BIN / "cmcert"), "grade", *blocs, "--quiet"], ours.root)
        print("Grading with stock nbgrader autograde…", flush=True)
        ran_stock = add([measure([str(BIN / "nbgrader"), "autograde", bloc, "--force"], stock.root)
                         for bloc in blocs])
        print("Executing the same hand-ins in one warm kernel (the floor)…", flush=True)
        ran_floor = measure([sys.executable, __file__, "--floor-worker", str(ours.submitted_root),
                             ",".join(blocs)], ours.root)
        floor = json.loads(ran_floor.stdout.strip().splitlines()[-1])
        ours_scores, stock_scores = scores(ours, cohort), scores(stock, cohort)

    cores = os.cpu_count() or 1
    profiles = {p: sum(1 for v in cohort.values() if v == p) for p in dict.fromkeys(cohort.values())}
    print()
    print(f"Cohort: {len(cohort)} candidates ({', '.join(f'{n} {p}' for p, n in profiles.items())}), "
          f"blocs: {', '.join(blocs)}, {handed_in} notebooks handed in; {cores} cores, load average "
          f"{os.getloadavg()[0]:.1f} at the end.")
    print(machine.describe())
    print()
    header = f"{'grader':44} {'total':>8} {'s/notebook':>11} {'peak RSS, 1 process':>20} {'peak RSS, tree':>15}"
    print(header)
    print("-" * len(header))
    rows = [
        (f"cmcert grade (sandbox, jobs={cores})", ran_ours.seconds, ran_ours),
        ("nbgrader autograde (stock, executes)", ran_stock.seconds, ran_stock),
        ("floor: one warm kernel, cells only", floor["seconds"], ran_floor),
    ]
    for name, seconds, ran in rows:
        print(f"{name:44} {seconds:7.1f}s {seconds / handed_in:10.2f}s "
              f"{fmt_mb(ran.process_peak_kb):>20} {fmt_mb(ran.tree_peak_kb):>15}")
    print()
    print(f"stock nbgrader / cmcert grade: {ran_stock.seconds / ran_ours.seconds:.2f}x the time")
    print(f"cmcert grade over the floor: {(ran_ours.seconds - floor['seconds']) / handed_in:+.2f} s per notebook "
          f"(wall time of a parallel batch against a serial floor)")
    print(f"floor: {floor['notebooks']} notebooks, {floor['errors']} cells in error or interrupted "
          f"(the broken hand-ins); its memory includes the warm-up")
    print()
    print("Automatic points per candidate, cmcert grade vs stock nbgrader:")
    same_where_expected = True
    for student, profile in cohort.items():
        mine, theirs = ours_scores[student], stock_scores[student]
        diffs = [f"{nb} {mine.get(nb, 0):g} vs {theirs.get(nb, 0):g}" for nb in sorted(set(mine) | set(theirs))
                 if abs(mine.get(nb, 0) - theirs.get(nb, 0)) > 1e-6]
        expected = "may differ (hostile)" if profile == "demo_perturbateur" else "should be identical"
        if diffs and profile != "demo_perturbateur":
            same_where_expected = False
        verdict = "identical" if not diffs else "DIFFERENT: " + "; ".join(diffs)
        print(f"  {student:26} {sum(mine.values()):7.2f} vs {sum(theirs.values()):7.2f}  "
              f"[{expected}] {verdict}")
    print(f"Identical wherever they should be: {'yes' if same_where_expected else 'NO'}")


if __name__ == "__main__":
    main()
