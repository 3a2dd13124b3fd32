"""What `cmcert grade` shows while it runs: the bar and its ETA, one line per candidate, the quiet
and JSON modes (a fake clock and fake streams)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from cmcert_lib.grading.batch import GradingReport, StudentResult
from cmcert_lib.grading.gradebook import NotebookGrade
from cmcert_lib.grading.progress import CLEAR_LINE, Progress, candidate_line, duration, report_json
from cmcert_lib.grading.rebuild import Note


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True

    def screen(self) -> str:
        """What the terminal shows on its last line: the text after the last line rewrite."""
        return self.getvalue().rsplit(CLEAR_LINE, 1)[-1]


def result(student: str, scores: list[tuple[float, float]], seconds: float, problems=()) -> StudentResult:
    res = StudentResult(student, seconds=seconds, problems=list(problems), run_seconds=[1.5] * len(scores))
    res.notebooks = [NotebookGrade(f"0{i}_nb", score, top, 2.0, 1, 0.0) for i, (score, top) in enumerate(scores, 1)]
    return res


PARTIAL = result("demo_partiel", [(40.43, 60.0), (12.0, 17.0)], 4.2)
BROKEN = result("demo_perturbateur", [(3.0, 77.0)], 61.04, ["aucun notebook lisible : rien à noter automatiquement."])


def report(*results: StudentResult) -> GradingReport:
    return GradingReport("bloc1", list(results), Path("/c/notes/bloc1_notes.csv"), Path("/c/feedback"),
                         Path("/c/notes/bloc1_integrite.md"))


@pytest.mark.parametrize(("seconds", "text"), [(0, "0 s"), (42.4, "42 s"), (185, "3 min 05 s"),
                                                (3720, "1 h 02 min")])
def test_durations_read_as_a_trainer_reads_them(seconds, text):
    assert duration(seconds) == text


def test_a_candidate_line_in_french_with_the_problems_below():
    assert candidate_line(PARTIAL) == "demo_partiel : 52,43 / 77 points automatiques, 4,2 s"
    assert candidate_line(BROKEN).splitlines() == [
        "demo_perturbateur : 3 / 77 points automatiques, 61 s",
        "  ⚠ aucun notebook lisible : rien à noter automatiquement.",
    ]


def test_a_batch_of_several_blocs_names_the_bloc_on_each_line():
    graded = result("demo_partiel", [(40.43, 60.0), (12.0, 17.0)], 4.2)
    graded.bloc = "bloc2"
    assert candidate_line(graded, with_bloc=True) == "bloc2 · demo_partiel : 52,43 / 77 points automatiques, 4,2 s"
    assert candidate_line(graded) == candidate_line(PARTIAL)  # one bloc: the command's line as it was
    out = io.StringIO()
    progress = Progress(stream=out, bar=False, with_bloc=True)
    progress.started(1)
    progress.finished(graded)
    assert out.getvalue() == "bloc2 · demo_partiel : 52,43 / 77 points automatiques, 4,2 s\n"


def test_the_bar_shows_done_elapsed_and_the_time_left():
    clock, out, term = Clock(), io.StringIO(), Terminal()
    progress = Progress(stream=out, bar_stream=term, clock=clock, refresh_seconds=0, width=200)
    progress.started(4)
    assert term.screen() == ("Correction : [" + "░" * 24 + "] 0/4 copies, 0 s écoulées, "
                             "temps restant estimé après la première copie")
    clock.now += 30
    progress.tick()
    assert "0/4 copies, 30 s écoulées" in term.screen()
    clock.now += 10
    progress.finished(PARTIAL)
    # 40 s for one candidate out of four: three left, two minutes.
    assert term.screen() == ("Correction : [" + "█" * 6 + "░" * 18 + "] 1/4 copies, 40 s écoulées, "
                             "reste environ 2 min 00 s")
    assert out.getvalue() == "demo_partiel : 52,43 / 77 points automatiques, 4,2 s\n"
    clock.now += 20
    progress.finished(BROKEN)
    assert "2/4 copies, 1 min 00 s écoulées, reste environ 1 min 00 s" in term.screen()
    progress.finished(PARTIAL)
    progress.finished(PARTIAL)
    assert term.screen().endswith("] 4/4 copies, 1 min 00 s écoulées, terminé")
    progress.close(report(PARTIAL))
    assert term.screen() == ""  # erased before the summary
    assert out.getvalue().endswith(report(PARTIAL).summary() + "\n")
    assert out.getvalue().count("demo_partiel : 52,43 / 77 points automatiques, 4,2 s\n") == 3


def test_the_bar_is_erased_before_each_line_so_lines_stay_whole():
    out = term = Terminal()  # stdout and stderr on the same terminal
    progress = Progress(stream=out, bar_stream=term, clock=Clock(), refresh_seconds=0, width=200)
    progress.started(2)
    progress.finished(PARTIAL)
    before_line = out.getvalue().split("demo_partiel :")[0]
    assert before_line.endswith(CLEAR_LINE)


def test_the_bar_moves_on_its_own_while_nobody_finishes():
    clock, term = Clock(), Terminal()
    progress = Progress(stream=io.StringIO(), bar_stream=term, clock=clock, refresh_seconds=0.01, width=200)
    progress.started(3)
    clock.now += 7
    for _ in range(500):
        if "7 s écoulées" in term.getvalue():
            break
        progress._stop.wait(0.01)
    progress.close()
    assert "0/3 copies, 7 s écoulées" in term.getvalue()
    assert term.screen() == ""


def test_the_bar_never_wraps_on_a_narrow_terminal():
    term = Terminal()
    progress = Progress(stream=io.StringIO(), bar_stream=term, clock=Clock(), refresh_seconds=0, width=40)
    progress.started(5)
    assert term.screen() == progress.bar_text()[:39]


def test_off_a_terminal_no_bar_only_lines_and_the_summary():
    out, err = io.StringIO(), io.StringIO()
    progress = Progress(stream=out, bar_stream=err, clock=Clock())
    progress.started(2)
    progress.finished(PARTIAL)
    progress.finished(BROKEN)
    progress.close(report(PARTIAL, BROKEN))
    assert err.getvalue() == ""
    assert out.getvalue() == (candidate_line(PARTIAL) + "\n" + candidate_line(BROKEN) + "\n"
                              + report(PARTIAL, BROKEN).summary() + "\n")


def test_quiet_prints_the_summary_only_even_on_a_terminal():
    out, term = Terminal(), Terminal()
    progress = Progress("quiet", stream=out, bar_stream=term, clock=Clock())
    progress.started(1)
    progress.finished(PARTIAL)
    progress.close(report(PARTIAL))
    assert term.getvalue() == ""
    assert out.getvalue() == report(PARTIAL).summary() + "\n"


def test_json_prints_one_document_and_nothing_else():
    out, term = Terminal(), Terminal()
    restored = result("demo_partiel", [(40.43, 60.0), (12.0, 17.0)], 4.2)
    restored.integrity = [Note("cellule", "cellule de test rétablie", True)]
    progress = Progress("json", stream=out, bar_stream=term, clock=Clock())
    progress.started(2)
    progress.finished(restored)
    progress.finished(BROKEN)
    progress.close(report(restored, BROKEN))
    assert term.getvalue() == ""
    data = json.loads(out.getvalue())
    assert data == report_json(report(restored, BROKEN))
    partial, broken = data["students"]
    assert partial["student"] == "demo_partiel"
    assert partial["auto_score"] == pytest.approx(52.43) and partial["auto_max"] == 77
    assert [nb["auto_score"] for nb in partial["notebooks"]] == [40.43, 12.0]
    assert partial["notebooks"][0] == {"notebook": "01_nb", "auto_score": 40.43, "auto_max": 60.0,
                                       "manual_score": 0.0, "manual_max": 2.0, "manual_pending": 1}
    assert partial["integrity"] == [{"kind": "cellule", "text": "cellule de test rétablie", "suspicious": True}]
    assert partial["seconds"] == 4.2 and partial["run_seconds"] == [1.5, 1.5]
    assert broken["problems"] == ["aucun notebook lisible : rien à noter automatiquement."]
    assert data["grades_csv"] == "/c/notes/bloc1_notes.csv"


def test_an_unknown_mode_is_refused():
    with pytest.raises(ValueError):
        Progress("verbeux")


def _bloc_report(bloc: str, *results: StudentResult) -> GradingReport:
    return GradingReport(bloc, list(results), Path(f"/c/notes/{bloc}_notes.csv"), Path("/c/feedback"),
                         Path(f"/c/notes/{bloc}_integrite.md"))


def test_a_batch_of_several_blocs_prints_one_document_per_bloc():
    first, second = _bloc_report("bloc1", PARTIAL), _bloc_report("bloc3", BROKEN)
    out = io.StringIO()
    progress = Progress("json", stream=out, bar=False)
    progress.started(2)
    progress.close([first, second])
    assert json.loads(out.getvalue()) == {"blocs": [report_json(first), report_json(second)]}

    out = io.StringIO()
    progress = Progress("quiet", stream=out, bar=False)
    progress.started(2)
    progress.close([first, second])
    assert out.getvalue() == first.summary() + "\n\n" + second.summary() + "\n"
    assert "Correction automatique de bloc3 : 1 candidat(s)." in out.getvalue()


def test_a_batch_of_one_bloc_keeps_the_bloc_s_own_document():
    out = io.StringIO()
    progress = Progress("json", stream=out, bar=False)
    progress.close([report(PARTIAL)])
    assert json.loads(out.getvalue()) == report_json(report(PARTIAL))
