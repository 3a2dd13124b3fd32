"""`cmcert rapport` at scale: a synthetic cohort of N candidates (1,000 by default) over the five blocs.

The cohort is built by :mod:`benchmarks.report_cohort` in a temporary folder (timed apart: it is not
the report's work), then reported twice:

- in process, in a fresh interpreter: ``build_reports`` with each phase timed (reading the records,
  computing the statuses, writing the HTML, drawing the charts, writing the CSV and the workbook),
  the exports written in the same process after the pages (``parallel=False``, so that the phases
  add up), and its peak memory (``ru_maxrss``: the interpreter, imports included);
- as the trainer runs it: ``cmcert rapport --sortie …`` in the course's folder, the exports written
  by a child process while the pages are (time, and the peak RSS and CPU time of the process and its
  child, from ``os.wait4``).

Printed, never asserted, in a table: candidates, blocs, seconds in all and per phase, peak memory,
files written and their size. The machine's load average is printed with them: on a shared machine
the seconds are those of the CPU the report was given; the CPU seconds (user + system) say what the
work costs whatever the load.

Run with ``make bench``, or ``python benchmarks/report.py --candidates 200``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: the generator and machine.py are modules of benchmarks/
    sys.path.insert(0, str(ROOT))

from benchmarks import machine  # noqa: E402

PHASES = ("lecture des données", "calcul des statuts", "HTML", "graphiques", "CSV et Excel")


def _timed(owner, name: str, totals: dict[str, float], phase: str) -> None:
    """Replace ``owner.name`` by the same function adding its time to ``totals[phase]``."""
    original = getattr(owner, name)

    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            totals[phase] += time.perf_counter() - start

    setattr(owner, name, wrapper)


def measure_in_process(course: Path, folder: Path) -> dict:
    """``build_reports`` with its phases timed; run in an interpreter of its own for ``ru_maxrss``."""
    from cmcert_lib import report
    from cmcert_lib.report import charts, export, profile

    totals = dict.fromkeys([*PHASES, "assess_course", "write_reports"], 0.0)
    _timed(report, "assess_course", totals, "assess_course")
    _timed(report, "assess", totals, "calcul des statuts")
    _timed(report, "write_reports", totals, "write_reports")
    for name in ("candidates_by_bloc", "competency_rates", "question_distribution", "hardest_questions"):
        _timed(charts, name, totals, "graphiques")
    _timed(profile, "candidate_profile", totals, "graphiques")
    for name in ("competency_values", "write_csv", "write_xlsx"):
        _timed(export, name, totals, "CSV et Excel")
    start = time.perf_counter()
    # One process: each phase's time is its own (the command writes the exports in a child meanwhile).
    files = report.build_reports(course, folder=folder, parallel=False)
    total = time.perf_counter() - start
    totals["lecture des données"] = totals["assess_course"] - totals["calcul des statuts"]
    totals["HTML"] = totals["write_reports"] - totals["graphiques"] - totals["CSV et Excel"]
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {"seconds": total, "phases": {p: totals[p] for p in PHASES}, "candidates": len(files.candidates),
            "peak_kb": usage.ru_maxrss, "cpu": usage.ru_utime + usage.ru_stime}


def run_command(course: Path, folder: Path) -> tuple[float, float, int]:
    """``cmcert rapport --sortie folder`` in the course: seconds, CPU seconds, peak RSS (KiB)."""
    cmcert = Path(sys.executable).parent / "cmcert"
    start = time.perf_counter()
    proc = subprocess.Popen([str(cmcert), "rapport", "--sortie", str(folder)], cwd=course,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    output = proc.stdout.read()
    _pid, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"cmcert rapport failed:\n{output}")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def files_written(folder: Path) -> tuple[int, int]:
    paths = [p for p in folder.rglob("*") if p.is_file()]
    return len(paths), sum(p.stat().st_size for p in paths)


def mb(kb: float) -> str:
    return f"{kb / 1024:,.0f} MB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--candidates", type=int, default=1000)
    parser.add_argument("--keep", type=Path, help="build the cohort in this folder and keep it")
    parser.add_argument("--measure", nargs=2, type=Path, metavar=("COURSE", "SORTIE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure_in_process(*args.measure)))
        return

    from benchmarks.report_cohort import build

    with tempfile.TemporaryDirectory(prefix="cmcert-bench-rapport-") as tmp:
        base = args.keep or Path(tmp)
        course = base / "cours"
        course.mkdir(parents=True)
        print(f"Building a synthetic cohort of {args.candidates} candidates over the five blocs…", flush=True)
        start = time.perf_counter()
        cohort = build(course, args.candidates)
        built = time.perf_counter() - start
        load_before = os.getloadavg()
        print("Reporting in process, phases timed…", flush=True)
        proc = subprocess.run([sys.executable, __file__, "--measure", str(course), str(base / "rapports")],
                              capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            raise SystemExit(f"the in-process report failed:\n{proc.stdout}{proc.stderr}")
        inside = json.loads(proc.stdout.splitlines()[-1])
        count, size = files_written(base / "rapports")
        print("Reporting with the command cmcert rapport…", flush=True)
        command_seconds, command_cpu, command_kb = run_command(course, base / "rapports-commande")
        load_after = os.getloadavg()

    print()
    print(f"Cohort: {cohort.candidates} candidates × {cohort.blocs} blocs, {cohort.questions} graded cells, "
          f"{cohort.grades:,} nbgrader grades, {cohort.rubric_grades:,} rubric grades, "
          f"{cohort.sheets:,} jurors' sheets; built in {built:.1f} s (not part of the report)")
    print(machine.describe())
    print(f"Load average around the runs (a machine shared with other work): {load_before[0]:.1f} before, "
          f"{load_after[0]:.1f} after")
    print()
    header = f"{'run':34} {'candidates':>10} {'blocs':>5} {'seconds':>8} {'CPU s':>7} {'peak memory':>12}"
    print(header)
    print("-" * len(header))
    print(f"{'build_reports, in process':34} {inside['candidates']:>10} {cohort.blocs:>5} "
          f"{inside['seconds']:>8.1f} {inside['cpu']:>7.1f} {mb(inside['peak_kb']):>12}")
    for phase in PHASES:
        print(f"{'  ' + phase:34} {'':>10} {'':>5} {inside['phases'][phase]:>8.1f}")
    print(f"{'cmcert rapport (command)':34} {cohort.candidates:>10} {cohort.blocs:>5} {command_seconds:>8.1f} "
          f"{command_cpu:>7.1f} {mb(command_kb):>12}")
    print()
    print("CPU s: user + system time of the process (imports included), what the report costs on a core of its "
          "own; seconds: wall time, as long as the shared machine made it.")
    print(f"Files written: {count:,}, {size / 1e6:,.1f} MB in all (per run)")


if __name__ == "__main__":
    main()
