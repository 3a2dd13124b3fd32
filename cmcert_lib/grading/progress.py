"""What the trainer sees while ``cmcert grade`` runs: a progress bar with the time left, one line
per candidate graded, then the batch's summary.

:class:`Progress` is the :class:`~cmcert_lib.grading.batch.GradingListener` of the command: the
batch calls it, it prints. Three modes:

- ``"normal"``: on a terminal, a bar rewritten in place on ``bar_stream`` (« 3/8 copies ... reste
  environ 1 min 05 s »), redrawn every second by a small thread; one French line per candidate
  finished and the summary on ``stream``. Off a terminal (a log file), the lines and the summary only.
- ``"quiet"``: the summary only.
- ``"json"``: one JSON document and nothing else: the bloc's (:func:`report_json`), or
  ``{"blocs": [...]}`` with one per bloc when a batch grades several.

The clock and the streams are parameters, so that tests drive them.
"""

from __future__ import annotations

import json
import shutil
import sys
import threading
import time
from collections.abc import Callable
from typing import TextIO

from cmcert_lib.facts import french
from cmcert_lib.grading.batch import GradingReport, StudentResult

MODES = ("normal", "quiet", "json")
BAR_WIDTH = 24
CLEAR_LINE = "\r\x1b[K"


def duration(seconds: float) -> str:
    """A duration as a trainer reads it: « 42 s », « 3 min 05 s », « 1 h 02 min »."""
    total = max(0, round(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours} h {minutes:02d} min"
    if minutes:
        return f"{minutes} min {secs:02d} s"
    return f"{secs} s"


def candidate_line(result: StudentResult, with_bloc: bool = False) -> str:
    """« demo_partiel : 52,43 / 77 points automatiques, 4,2 s », and the candidate's problems; ``with_bloc``
    (a batch of several blocs): « bloc2 · demo_partiel : ... »."""
    where = f"{result.bloc} · " if with_bloc and result.bloc else ""
    line = (f"{where}{result.student} : {french.number(result.auto_total())} / {french.number(result.auto_max())} "
            f"points automatiques, {french.number(round(result.seconds, 1))} s")
    return "\n".join([line] + [f"  ⚠ {problem}" for problem in result.problems])


def report_json(report: GradingReport) -> dict:
    """The batch as data: per candidate, the grades per notebook, the problems (French) and the time."""
    return {
        "bloc": report.bloc,
        "students": [
            {
                "student": res.student,
                "auto_score": res.auto_total(),
                "auto_max": res.auto_max(),
                "notebooks": [
                    {"notebook": nb.notebook, "auto_score": nb.auto_score, "auto_max": nb.auto_max,
                     "manual_score": nb.manual_score, "manual_max": nb.manual_max,
                     "manual_pending": nb.manual_pending}
                    for nb in res.notebooks
                ],
                "problems": res.problems,
                "integrity": [{"kind": n.kind, "text": n.text, "suspicious": n.suspicious} for n in res.integrity],
                "seconds": round(res.seconds, 3),
                "run_seconds": [round(s, 3) for s in res.run_seconds],
            }
            for res in report.results
        ],
        "grades_csv": str(report.grades_csv),
        "integrity_report": str(report.integrity_report),
        "feedback_dir": str(report.feedback_dir),
    }


class Progress:
    """Follows a grading batch (see the module's docstring for the modes)."""

    def __init__(self, mode: str = "normal", stream: TextIO | None = None, bar_stream: TextIO | None = None,
                 clock: Callable[[], float] = time.monotonic, bar: bool | None = None,
                 refresh_seconds: float = 1.0, width: int | None = None, with_bloc: bool = False) -> None:
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r}; one of {MODES}")
        self.mode = mode
        self.stream = stream or sys.stdout
        self.bar_stream = bar_stream or sys.stderr
        self.clock = clock
        if bar is None:
            bar = self.bar_stream.isatty()
        self.show_bar = bar and mode == "normal"
        self.refresh_seconds = refresh_seconds
        self.width = width  # the terminal's columns; None: asked at each redraw
        self.with_bloc = with_bloc  # each candidate's line names its bloc (a batch of several blocs)
        self.total = 0
        self.done = 0
        self.began: float | None = None
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._ticker: threading.Thread | None = None

    # --- GradingListener -------------------------------------------------------------

    def started(self, total: int) -> None:
        with self._lock:
            self.total, self.done, self.began = total, 0, self.clock()
            self._draw()
        if self.show_bar and self.refresh_seconds > 0:
            self._ticker = threading.Thread(target=self._tick_until_stopped, daemon=True)
            self._ticker.start()

    def finished(self, result: StudentResult) -> None:
        with self._lock:
            self.done += 1
            if self.mode == "normal":
                self._clear()
                print(candidate_line(result, self.with_bloc), file=self.stream, flush=True)
                self._draw()

    # --- the end ------------------------------------------------------------------------

    def close(self, report: GradingReport | list[GradingReport] | None = None) -> None:
        """Stop the bar, erase it, then print the summary (or the JSON document) of ``report``, or of each
        report of a batch of several blocs."""
        self._stop.set()
        if self._ticker:
            self._ticker.join()
            self._ticker = None
        with self._lock:
            self._clear()
            if report is None:
                return
            reports = report if isinstance(report, list) else [report]
            if self.mode == "json":
                document = (report_json(reports[0]) if len(reports) == 1
                            else {"blocs": [report_json(one) for one in reports]})
                json.dump(document, self.stream, ensure_ascii=False, indent=1)
                self.stream.write("\n")
            else:
                print("\n\n".join(one.summary() for one in reports), file=self.stream)
            self.stream.flush()

    # --- the bar ----------------------------------------------------------------------

    def bar_text(self) -> str:
        """« Correction : [██████░░░░] 3/8 copies, 1 min 12 s écoulées, reste environ 2 min 00 s »."""
        elapsed = self.clock() - self.began if self.began is not None else 0.0
        filled = BAR_WIDTH * self.done // self.total if self.total else BAR_WIDTH
        bar = "█" * filled + "░" * (BAR_WIDTH - filled)
        if self.done == 0:
            left = "temps restant estimé après la première copie"
        elif self.done >= self.total:
            left = "terminé"
        else:
            left = f"reste environ {duration(self.eta(elapsed))}"
        return f"Correction : [{bar}] {self.done}/{self.total} copies, {duration(elapsed)} écoulées, {left}"

    def eta(self, elapsed: float) -> float:
        """Seconds left: the mean time per candidate so far (candidates run in parallel) times those left."""
        if not self.done:
            return float("nan")
        return elapsed / self.done * (self.total - self.done)

    def tick(self) -> None:
        """Redraw the bar (the elapsed time moves even when no candidate finishes)."""
        with self._lock:
            self._draw()

    def _tick_until_stopped(self) -> None:
        while not self._stop.wait(self.refresh_seconds):
            self.tick()

    def _draw(self) -> None:
        if self.show_bar and not self._stop.is_set():
            # A bar wider than the terminal would wrap, and "\r" would no longer rewrite it.
            columns = self.width or shutil.get_terminal_size().columns
            self.bar_stream.write(CLEAR_LINE + self.bar_text()[: max(columns - 1, 1)])
            self.bar_stream.flush()

    def _clear(self) -> None:
        if self.show_bar:
            self.bar_stream.write(CLEAR_LINE)
            self.bar_stream.flush()
