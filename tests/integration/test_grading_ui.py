"""The rubric grading tool's logic, without a browser (and its widget layer, headless)."""

from __future__ import annotations

import os
import warnings

import nbformat
import pytest
from nbgrader.api import Gradebook
from sqlalchemy.exc import SAWarning

from cmcert_lib.authoring.cells import TEXT_STUB
from cmcert_lib.authoring.rubrics import manual_cells
from cmcert_lib.authoring.textformat import dumps
from cmcert_lib.layout import BIN
from cmcert_lib.marking import store as rubric_store
from cmcert_lib.marking.tool import MISSING_CELL, NO_ANSWER, GradingApp, GradingSession
from tests.conftest import copy_course

BLOC = "bloc1"
PEOPLE = {  # id -> (first name, last name, answer to 01_brief/reformulation)
    "achille": ("Achille", "Bernard", "Maison Ondine doit regagner la confiance de sa communauté."),
    "beatrice": ("Béatrice", "Colin", "La problématique : comment <b>relancer</b> les ventes ?"),
    "cedric": ("Cédric", "Dumas", None),  # handed the notebook in blank
    "delphine": ("Delphine", "Esnault", "Réponse de Delphine."),
    "etienne": ("Étienne", "Faure", "Réponse d'Étienne."),
    "fanny": ("Fanny", "Garnier", "Réponse de Fanny."),
}
NOT_HANDED_IN = "gaspard"  # in the gradebook, no 01_brief in autograded/


@pytest.fixture
def course(tmp_path):
    course = copy_course(tmp_path)
    os.environ["PATH"] = f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"
    with Gradebook(course.gradebook_url) as gb:
        gb.add_assignment(BLOC)
        cells = manual_cells(course.source(BLOC))
        for notebook in sorted({nb for nb, _ in cells}):
            gb.add_notebook(notebook, BLOC)
        for (notebook, cell), info in cells.items():
            gb.add_grade_cell(cell, notebook, BLOC, max_score=info.points, cell_type="markdown")
            gb.add_solution_cell(cell, notebook, BLOC)
        for student, (first, last, _answer) in [*PEOPLE.items(), (NOT_HANDED_IN, ("Gaspard", "Hamon", ""))]:
            gb.add_student(student, first_name=first, last_name=last)
            with warnings.catch_warnings():
                # nbgrader 0.9.6 under SQLAlchemy 2.1 warns on its own autoflush; rows are created.
                warnings.filterwarnings("ignore", category=SAWarning, message=".*not in session.*")
                gb.add_submission(BLOC, student)
    release = nbformat.read(course.release(BLOC) / "01_brief.ipynb", as_version=4)
    for student, (_first, _last, answer) in PEOPLE.items():
        nb = nbformat.from_dict(release)
        for cell in nb.cells:
            if cell.metadata.get("nbgrader", {}).get("grade_id") == "reformulation":
                cell.source = answer or TEXT_STUB
        if student == "fanny":  # a copy where the answer cell went missing
            nb.cells = [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") != "reformulation"]
        dest = course.autograded(student, BLOC)
        dest.mkdir(parents=True)
        (dest / "01_brief.ipynb").write_text(dumps(nb), encoding="utf-8")
    (course.autograded(NOT_HANDED_IN, BLOC)).mkdir(parents=True)
    return course


@pytest.fixture
def session(course):
    s = GradingSession(course, "formatrice")
    s.open(BLOC, "01_brief", "reformulation")
    return s


def course_blocs_with_rubrics(session) -> list[str]:
    return [b for b in session.course.blocs() if session.course.rubric_file(b).is_file()]


def test_blocs_and_questions_follow_the_notebooks(session):
    assert session.blocs() == course_blocs_with_rubrics(session)
    assert BLOC in session.blocs()
    keys = [(r.notebook, r.cell) for r in session.questions(BLOC)]
    assert keys[:3] == [("01_brief", "reformulation"), ("01_brief", "contexte"),
                        ("02_benchmark_ecoute", "lecture_benchmark")]
    assert len(keys) == 16  # notebook 08 adds the jury's questions and the opening minute


def test_candidates_who_submitted_in_a_stable_shuffled_order(course, session):
    assert sorted(session.students) == sorted(PEOPLE)  # gaspard handed nothing in for 01_brief
    assert session.students != sorted(PEOPLE)  # not alphabetical
    again = GradingSession(course, "autre formateur")
    again.open(BLOC, "01_brief", "reformulation")
    assert again.students == session.students  # same order every time for this question
    # The order depends on the question, not on the names: renaming nobody changes nothing, and
    # another question gets another order over the same candidates.
    other = GradingSession.order(list(PEOPLE), BLOC, "01_brief", "contexte")
    assert sorted(other) == sorted(PEOPLE) and other != session.students
    assert GradingSession.order(list(reversed(PEOPLE)), BLOC, "01_brief", "reformulation") == session.students


def test_names_hidden_on_request(session):
    first = session.student
    first_name, last_name, _ = PEOPLE[first]
    assert session.display_name() == f"{first_name} {last_name} ({first})"
    session.anonymous = True
    assert session.display_name() == "Copie 1"
    session.next()
    assert session.display_name() == "Copie 2" and session.position() == "2 / 6"


def test_the_answer_is_the_markdown_the_candidate_wrote(session):
    answers = {}
    for index in range(len(session.students)):
        session.go(index)
        answers[session.student] = session.answer()
    assert answers["achille"] == PEOPLE["achille"][2]
    assert answers["beatrice"] == "La problématique : comment <b>relancer</b> les ventes ?"  # raw text
    assert answers["cedric"] == NO_ANSWER
    assert answers["fanny"] == MISSING_CELL


def test_choose_levels_comment_save_and_next(course, session):
    student = session.student
    assert session.save() is False and session.message.startswith("Choisissez un niveau pour")
    session.set_level("situation", "acquis")
    session.set_level("problematique", "maitrise")
    assert session.score() is None and session.missing() == ["Enjeux et attentes de la cliente"]
    session.set_level("enjeux_attentes", "en_cours")
    assert session.score() == pytest.approx(2.0)
    session.set_remark("problematique", "Question bien posée.")
    session.add_comment(session.rubric.comments[0])
    session.add_comment("Pensez aux échéances.")
    assert session.comment == f"{session.rubric.comments[0]}\nPensez aux échéances."
    assert session.save() is True
    assert session.message.startswith("Enregistré") and session.revision == 1
    assert "enregistrée par formatrice" in session.status()
    with Gradebook(course.gradebook_url) as gb:
        grade = gb.find_grade("reformulation", "01_brief", BLOC, student)
        assert grade.manual_score == pytest.approx(2.0)
    assert session.next() is True and session.student != student and session.levels == {}
    assert session.previous() is True and session.student == student
    assert session.levels["problematique"] == "maitrise"  # reloaded from the gradebook
    session.go(len(session.students) - 1)
    assert session.next() is False and "dernière copie" in session.message


def test_a_conflicting_save_shows_the_french_message_and_reloads(course, session):
    other = GradingSession(course, "collègue")
    other.open(BLOC, "01_brief", "reformulation")
    for s, level in ((session, "acquis"), (other, "maitrise")):
        for crit in s.rubric.criteria:
            s.set_level(crit.id, level)
    assert other.save() is True
    assert session.save() is False
    assert "enregistrée par quelqu'un d'autre" in session.message
    # Reloaded: the colleague's grade is now on screen, ready to be amended from its revision.
    assert set(session.levels.values()) == {"maitrise"} and session.revision == 1
    session.set_level("situation", "acquis")
    assert session.save() is True and session.revision == 2


def test_a_flagged_cell_says_it_must_be_reviewed(course, session):
    for crit in session.rubric.criteria:
        session.set_level(crit.id, "acquis")
    session.save()
    path = course.root / "course" / BLOC / "rubriques.toml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        'titre = "Situation de la marque résumée"', 'titre = "Situation résumée"'), encoding="utf-8")
    rubric_store.recompute(course.gradebook_url, course.root, BLOC)
    session.open(BLOC, "01_brief", "reformulation")
    assert "à revoir" in session.status() and session.levels  # old judgements still shown


def test_widget_layer_headless(course):
    app = GradingApp(GradingSession(course, "formatrice"))
    assert app.question.value == (BLOC, "01_brief", "reformulation")
    assert len(app.toggles) == 3
    app.anonymous.value = True
    assert "Copie 1 sur" in app.header.value and "— copie" not in app.header.value
    first = app.session.student
    # One click per criterion, then « Enregistrer et suivante ».
    assert all("Niveau à choisir" in d.value for d in app.descriptors.values())
    for toggle in app.toggles.values():
        toggle.value = "acquis"
    assert "2,25 / 3" in app.score.value
    assert all("● Acquis" in d.value and "#2e7d32" in d.value for d in app.descriptors.values())
    app.save_next_button.click()
    assert app.session.index == 1 and "Enregistré" in app.message.value
    assert rubric_store.cell_revision(course.gradebook_url, BLOC, "01_brief", "reformulation", first) == 1
    # The candidate's text is escaped, never rendered.
    app.prev_button.click()
    assert app.session.student == "beatrice"  # first in this question's order
    assert "&lt;b&gt;relancer&lt;/b&gt;" in app.answer.value and "<b>relancer" not in app.answer.value


def test_the_trainer_notebook_opens_the_tool(course, monkeypatch):
    from tests.conftest import ROOT

    nb = nbformat.read(ROOT / "formateur" / "correction.ipynb", as_version=4)
    assert [c.cell_type for c in nb.cells] == ["markdown", "code"]
    assert all(not c.get("outputs") and not c.get("execution_count") for c in nb.cells if c.cell_type == "code")
    monkeypatch.chdir(course.root)
    monkeypatch.delenv("CMCERT_COURSE", raising=False)
    assert nb.cells[1].source == ("from cmcert_lib.marking.tool import open_grading\n"
                                  "from cmcert_lib.publish import publish\n\nopen_grading(publish=publish)")
    from cmcert_lib.marking.tool import open_grading
    from cmcert_lib.publish import publish

    widget = open_grading(publish=publish)  # what the cell runs, from the course folder
    assert "(beatrice)" in widget.children[2].value  # names shown unless hidden on request


def test_the_answer_is_formatted_markdown_and_stays_inert():
    from cmcert_lib.marking.tool import answer_html

    page = answer_html("## Plan\n\n- **Instagram** d'abord\n- <script>alert(1)</script> <b>relancer</b>\n\n"
                       "[voir](javascript:alert(1)) [site](https://example.org) ![x](http://evil.example/x.png)\n\n"
                       "<img src=x onerror=alert(1)> <a href='javascript:alert(2)'>clic</a>")
    assert "<h2>Plan</h2>" in page and "<strong>Instagram</strong>" in page and "<li>" in page
    assert "&lt;script&gt;" in page and "&lt;b&gt;relancer" in page
    assert 'href="javascript' not in page and "<img" not in page and "<script" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page  # typed HTML is shown as text
    assert 'href="https://example.org"' in page
