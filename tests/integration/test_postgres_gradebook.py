"""The gradebook on PostgreSQL: `cmcert grade`, two trainers' rubric saves at once, `cmcert rapport`.

A throw-away cluster (cmcert_lib.deploy.postgres, as `cmcert postgres start` makes it) runs for the
session in a temporary folder, on a free port, and is stopped at the end whatever happened; each test
that writes gets a database of its own. Skipped, saying why, where PostgreSQL's server is not installed.
"""

from __future__ import annotations

import csv
import json
import multiprocessing
import os
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path

import pytest
from nbgrader.api import Gradebook

from cmcert_lib.authoring.rubrics import load_rubrics
from cmcert_lib.deploy import ports, postgres
from cmcert_lib.grading.gradebook import read_gradebook
from cmcert_lib.layout import GRADEBOOK_URL_VARIABLE, Course
from cmcert_lib.marking import store
from tests.conftest import CMCERT, ROOT, demo_copy

BLOC = "bloc1"
STUDENT = "demo_partiel"  # graded again on PostgreSQL (right and wrong answers); the demo's other three are not
COMMAND_TIMEOUT = 300  # seconds: `cmcert grade` of two candidates, `cmcert rapport`


@pytest.fixture(scope="session")
def cluster():
    reason = postgres.unavailable()
    if reason:
        pytest.skip(f"PostgreSQL gradebook tests: {reason}")
    # Under /tmp, not pytest's 0700 base temp: the system user `postgres` must reach the folder.
    folder = Path(tempfile.mkdtemp(prefix="cmcert-pg-"))
    folder.chmod(0o755)
    try:
        yield postgres.start(folder / "serveur", port=ports.free_port())
    finally:
        try:
            if (folder / "serveur" / postgres.SETTINGS_FILE).is_file():
                postgres.stop(folder / "serveur")
        finally:
            shutil.rmtree(folder, ignore_errors=True)


def _database(cluster, name: str) -> str:
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    return postgres.create_database(cluster, f"{name}_{worker}_{os.getpid()}")


def _cmcert(course: Course, url: str, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PATH=f"{CMCERT.parent}{os.pathsep}{os.environ['PATH']}")
    env[GRADEBOOK_URL_VARIABLE] = url
    env.pop("CMCERT_COURSE", None)
    return subprocess.run([str(CMCERT), *args], cwd=course.root, env=env, capture_output=True, text=True,
                          check=False, timeout=COMMAND_TIMEOUT)


@pytest.fixture(scope="module")
def graded(cluster, demo_template, tmp_path_factory):
    """A copy of the graded demo whose bloc1 is graded again, for one candidate, into PostgreSQL."""
    course = demo_copy(demo_template, tmp_path_factory.mktemp("postgres"))
    url = _database(cluster, "grade")
    started = time.monotonic()
    proc = _cmcert(course, url, "grade", BLOC, "--student", STUDENT, "--json")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    print(f"cmcert grade {BLOC} --student {STUDENT}, PostgreSQL: {time.monotonic() - started:.1f} s")
    return course, url, json.loads(proc.stdout)


def test_grading_into_postgres_gives_the_sqlite_scores(graded):
    course, url, summary = graded
    assert course.gradebook_file is not None  # this process: the demo's own SQLite gradebook
    on_sqlite = read_gradebook(course.gradebook_url, [BLOC], course.root)
    on_postgres = read_gradebook(url, [BLOC], course.root)
    assert [c.id for c in on_postgres.candidates] == [STUDENT]
    assert on_postgres.submissions == {(BLOC, STUDENT)}
    # Every graded cell, automatic and manual (the demo's trainer graded another candidate), alike.
    cells = {key: score for key, score in on_sqlite.cells.items() if key[1] == STUDENT}
    assert on_postgres.cells == cells and len(cells) > 0
    assert any(s.auto_score for s in cells.values()) and any(s.auto_score == 0 for s in cells.values())
    [graded_student] = summary["students"]
    assert graded_student["student"] == STUDENT and graded_student["auto_score"] == pytest.approx(
        sum(s.auto_score or 0 for s in cells.values()), abs=0.01)


# --- two trainers at once ----------------------------------------------------------------------------


def _trainer(url: str, grader: str, rounds: list, barrier, results) -> None:
    """One trainer's process: each round, wait for the other, then save (in a process of its own)."""
    rubrics = load_rubrics(ROOT, BLOC)
    for notebook, cell, student, level, expected in rounds:
        rubric = rubrics[(notebook, cell)]
        barrier.wait(timeout=60)
        try:
            store.save_cell(url, rubric, student, {c.id: level for c in rubric.criteria}, {}, f"avis de {grader}",
                            grader, expected)
            results.put((grader, notebook, cell, student, "ok"))
        except store.ConcurrentEdit as exc:
            results.put((grader, notebook, cell, student, str(exc)))


def test_two_trainers_saving_at_once_lose_nothing(graded):
    _course, url, _summary = graded
    rubrics = sorted(load_rubrics(ROOT, BLOC).values(), key=lambda r: (r.notebook, r.cell))
    same, one, other = rubrics[0], rubrics[1], rubrics[2]
    student = STUDENT
    rounds = {  # per trainer: (notebook, cell, student, level, revision the trainer loaded)
        "A": [(same.notebook, same.cell, student, "acquis", 0), (same.notebook, same.cell, student, "acquis", 1),
              (one.notebook, one.cell, student, "acquis", 0)],
        "B": [(same.notebook, same.cell, student, "maitrise", 0), (same.notebook, same.cell, student, "maitrise", 1),
              (other.notebook, other.cell, student, "en_cours", 0)],
    }
    ctx = multiprocessing.get_context("spawn")
    barrier, results = ctx.Barrier(2), ctx.Queue()
    trainers = [ctx.Process(target=_trainer, args=(url, grader, todo, barrier, results))
                for grader, todo in rounds.items()]
    try:
        for process in trainers:
            process.start()
        outcomes = [results.get(timeout=120) for _ in range(6)]
        for process in trainers:
            process.join(timeout=30)
            assert process.exitcode == 0
    finally:
        for process in trainers:
            if process.is_alive():  # a trainer that failed leaves the other waiting at the barrier
                process.kill()
                process.join(timeout=10)
    # Each round ends before the next begins (the barrier): the queue holds the rounds in order.
    same_cell = [o for o in outcomes if o[1:3] == (same.notebook, same.cell)]
    assert len(same_cell) == 4
    winners = []
    for round_ in (same_cell[:2], same_cell[2:]):
        # From the same revision, on one cell: exactly one trainer saved, the other was told, in French.
        saved_by = [o[0] for o in round_ if o[4] == "ok"]
        told = [o[4] for o in round_ if o[4] != "ok"]
        assert len(saved_by) == 1 and len(told) == 1, round_
        assert "enregistrée par quelqu'un d'autre" in told[0]
        winners += saved_by
    saved = store.load_cell(url, BLOC, same.notebook, same.cell, student)
    assert saved.revision == 2
    last = winners[-1]
    assert saved.grader == last and saved.comment == f"avis de {last}"
    with Gradebook(url) as gb:
        grade = gb.find_grade(same.cell, same.notebook, BLOC, student)
        comment = gb.find_comment(same.cell, same.notebook, BLOC, student)
        assert grade.manual_score == pytest.approx(saved.score)
        assert comment.manual_comment.endswith(f"avis de {last}")
    # Different cells at once: both saved, each whole.
    assert [o[4] for o in outcomes if o[1:3] != (same.notebook, same.cell)] == ["ok", "ok"]
    for rubric, grader, level in ((one, "A", "acquis"), (other, "B", "en_cours")):
        cell = store.load_cell(url, BLOC, rubric.notebook, rubric.cell, student)
        assert (cell.revision, cell.grader, set(cell.levels.values())) == (1, grader, {level})


def _claim(session, insert: str, update: str, row: dict, outcome: list) -> None:
    outcome.append(store.claim_revision(session, insert, update, row, row["expected"]))


def test_a_waiting_claim_fails_once_the_first_commits(graded):
    """On PostgreSQL the first write locks a row, not the database: the second claim waits, then fails."""
    _course, url, _summary = graded
    key = {"bloc": BLOC, "notebook": "attente", "cell": "c", "student": STUDENT}
    insert = (f"INSERT INTO {store.GRADE_TABLE} (bloc, notebook, cell, student, revision, score, max_points, "
              "comment, grader, saved_at) VALUES (:bloc, :notebook, :cell, :student, 1, 0, 1, '', :grader, '')")
    update = (f"UPDATE {store.GRADE_TABLE} SET revision = revision + 1, grader = :grader WHERE bloc = :bloc "
              "AND notebook = :notebook AND cell = :cell AND student = :student AND revision = :expected")
    for expected in (0, 1):  # a first save (insert), then a later one (update)
        with Gradebook(url) as first, Gradebook(url) as second:
            assert store.claim_revision(first.db, insert, update, dict(key, grader="A", expected=expected),
                                        expected)
            outcome: list[bool] = []
            # The session itself (second.db is thread-local): used by the thread while this one waits.
            waiting = threading.Thread(target=_claim, args=(second.db(), insert, update,
                                                            dict(key, grader="B", expected=expected), outcome))
            waiting.start()
            waiting.join(timeout=1.0)
            assert waiting.is_alive(), "the second claim did not wait for the first transaction"
            first.db.commit()
            waiting.join(timeout=30)
            assert outcome == [False]
            second.db.rollback()
        assert store.cell_revision(url, BLOC, "attente", "c", STUDENT) == expected + 1


def test_the_report_reads_postgres(graded, tmp_path):
    course, url, _summary = graded
    # The demo's oral sessions name its four candidates; PostgreSQL knows one: the report would refuse them.
    course.jury_sessions_file.rename(tmp_path / "sessions.toml")
    try:
        proc = _cmcert(course, url, "rapport", "--sortie", str(tmp_path / "rapports"))
    finally:
        (tmp_path / "sessions.toml").rename(course.jury_sessions_file)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    # PostgreSQL holds one candidate; the course's SQLite gradebook beside it, the demo's four.
    assert sorted(p.stem for p in (tmp_path / "rapports").rglob("demo_*.html")) == [STUDENT], proc.stdout
    on_postgres = _export(tmp_path / "rapports")
    assert {row["Identifiant"] for row in on_postgres} == {STUDENT}

    def points(rows):
        return [(r["Compétence"], r["Points obtenus"], r["Points maximum"]) for r in rows
                if r["Identifiant"] == STUDENT and r["Bloc"] == "1"]

    assert sum(float(earned.replace(",", ".") or 0) for _code, earned, _max in points(on_postgres)) > 0


def _export(folder: Path) -> list[dict[str, str]]:
    with open(folder / "competences.csv", encoding="utf-8-sig", newline="") as table:
        return list(csv.DictReader(table, delimiter=";"))


def test_an_empty_database_and_its_reset(cluster, demo_template, tmp_path):
    course = Course(demo_template.course.root)
    url = _database(cluster, "vide")
    proc = _cmcert(course, url, "rapport", "--sortie", str(tmp_path / "rapports"))
    assert proc.returncode == 2 and "Aucun carnet de notes" in proc.stderr, proc.stderr
    with Gradebook(url) as gb:  # nbgrader creates its tables on first use
        gb.add_student("alice")
    names = postgres.reset_gradebook(url)
    assert {"assignment", "student", "alembic_version"} <= set(names)
    with Gradebook(url) as gb:
        assert gb.students == []
