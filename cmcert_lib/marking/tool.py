"""The trainer's rubric grading tool, in JupyterLab: question by question, across candidates.

Open ``formateur/correction.ipynb`` and run it.  Pick a bloc and a question; the
candidates who handed that notebook in come one by one, in an order shuffled once
per question (the same every time, and not alphabetical, so that the first names of
the list are not always read first and tired last), optionally as « Copie 1 »,
« Copie 2 »... instead of their names.  For each criterion one click picks the
level; a remark per criterion, a comment from the question's bank or typed; save,
next.

:class:`GradingSession` holds all the logic and knows nothing of widgets (the tests
drive it directly); :class:`GradingApp` is the thin ipywidgets layer over it.  Why
ipywidgets rather than a JupyterLab extension: see ``docs/rubrics.md``.
"""

from __future__ import annotations

import functools
import getpass
import html
import random
from pathlib import Path

import nbformat
from nbgrader.api import Gradebook

from cmcert_lib.authoring import cells
from cmcert_lib.authoring.rubrics import LEVEL_KEYS, LEVELS, Rubric, load_rubrics
from cmcert_lib.facts import french
from cmcert_lib.grading import gradebook
from cmcert_lib.layout import Course
from cmcert_lib.marking import store as rubric_store

# The answer box scrolls past this height, so a long answer never pushes the criteria out of sight.
ANSWER_MAX_HEIGHT = "22em"
# The chosen level's colour, from not acquired (red) to mastered (green).
LEVEL_COLOURS = {"non_acquis": "#c62828", "en_cours": "#b26a00", "acquis": "#2e7d32", "maitrise": "#1b5e20"}
# Wide enough for « En cours d'acquisition (0,75) » on one line.
LEVEL_BUTTON_WIDTH = "17em"

NO_ANSWER = "(Pas de réponse : la cellule est restée vierge.)"
MISSING_CELL = "(Réponse introuvable : la cellule manque dans la copie corrigée.)"


def _fr(number: float) -> str:
    return french.number(number, 4)


@functools.cache
def _markdown():
    """Markdown to HTML with the typed HTML escaped; built once, the tool renders an answer at each click."""
    import mistune

    return mistune.create_markdown(escape=True, plugins=["table", "strikethrough"])


def answer_html(text: str) -> str:
    """A candidate's Markdown answer as the trainer should read it: formatted, and inert.

    Raw HTML the candidate typed is escaped (shown as text), links keep only web and mail addresses,
    and images are dropped (an image address would make the trainer's browser fetch it).
    """
    import bleach

    from cmcert_lib.grading.inert import SAFE_ATTRIBUTES, SAFE_TAGS

    rendered = _markdown()(text)
    return bleach.clean(rendered, tags=SAFE_TAGS - {"img"}, attributes=SAFE_ATTRIBUTES,
                        protocols={"http", "https", "mailto"}, strip=True, strip_comments=True)


class GradingSession:
    """Grading one question across candidates, without any widget."""

    def __init__(self, course: Course, grader: str, db_url: str | None = None):
        self.course = course
        self.grader = grader
        self.db_url = db_url or course.gradebook_url
        self.anonymous = False
        self.rubric: Rubric | None = None
        self.students: list[str] = []
        self.index = 0
        self.message = ""  # French, for the trainer: saved, conflict, what is missing
        self._names: dict[str, str] = {}
        self._clear()

    # --- choosing the question ------------------------------------------------------

    def blocs(self) -> list[str]:
        return [b for b in self.course.blocs() if self.course.rubric_file(b).is_file()]

    def questions(self, bloc: str) -> list[Rubric]:
        return list(load_rubrics(self.course.root, bloc).values())

    def submitted(self, bloc: str, notebook: str) -> list[str]:
        """Candidates whose graded copy of the notebook exists (autograded/<student>/<bloc>/)."""
        base = self.course.autograded_root
        if not base.is_dir():
            return []
        return sorted(p.name for p in base.iterdir()
                      if (self.course.autograded(p.name, bloc) / f"{notebook}.ipynb").is_file())

    @staticmethod
    def order(students: list[str], bloc: str, notebook: str, cell: str) -> list[str]:
        """A shuffled order that depends on the question only, never on the candidates' names."""
        ordered = sorted(students)
        random.Random(f"{bloc}/{notebook}/{cell}").shuffle(ordered)
        return ordered

    def open(self, bloc: str, notebook: str, cell: str) -> None:
        self.rubric = load_rubrics(self.course.root, bloc)[(notebook, cell)]
        self.students = self.order(self.submitted(bloc, notebook), bloc, notebook, cell)
        self._names = self._real_names()
        self.index = 0
        self.message = "" if self.students else "Aucune copie corrigée pour ce notebook : lancez cmcert grade."
        self.load()

    def _real_names(self) -> dict[str, str]:
        with Gradebook(self.db_url) as gb:
            known = {c.id: c for c in gradebook.candidates(gb)}
        names = {}
        for student in self.students:
            full = known[student].full_name if student in known else ""
            names[student] = f"{full} ({student})" if full else student
        return names

    # --- the current candidate ------------------------------------------------------

    @property
    def student(self) -> str | None:
        return self.students[self.index] if self.students else None

    def display_name(self, student: str | None = None) -> str:
        student = student or self.student
        if student is None:
            return ""
        if self.anonymous:
            return f"Copie {self.students.index(student) + 1}"
        return self._names.get(student, student)

    def position(self) -> str:
        if not self.students:
            return "0 / 0"
        return f"{self.index + 1} / {len(self.students)}"

    def heading(self) -> str:
        """« Copie 2 sur 4 » when names are hidden, « Nom (id) — copie 2 sur 4 » otherwise."""
        if not self.students:
            return "Aucune copie"
        where = f"{self.index + 1} sur {len(self.students)}"
        return f"Copie {where}" if self.anonymous else f"{self.display_name()} — copie {where}"

    def answer(self) -> str:
        """The candidate's answer, as the markdown text they wrote (to show as inert text)."""
        rubric, student = self.rubric, self.student
        if rubric is None or student is None:
            return ""
        path = self.course.autograded(student, rubric.bloc) / f"{rubric.notebook}.ipynb"
        nb = nbformat.read(path, as_version=4)
        for cell in nb.cells:
            if cells.grade_id(cell) == rubric.cell:
                text = cell.source.strip()
                return text if text and not cells.is_stub(cell) else NO_ANSWER
        return MISSING_CELL

    def _clear(self) -> None:
        self.levels: dict[str, str] = {}
        self.remarks: dict[str, str] = {}
        self.comment = ""
        self.revision = 0
        self.saved: rubric_store.SavedCell | None = None

    def load(self) -> None:
        """(Re)load the current candidate's saved grade, or a blank one."""
        self._clear()
        if self.rubric is None or self.student is None:
            return
        saved = rubric_store.load_cell(self.db_url, self.rubric.bloc, self.rubric.notebook,
                                       self.rubric.cell, self.student)
        if saved is None:
            return
        self.saved = saved
        self.revision = saved.revision
        current = {c.id for c in self.rubric.criteria}
        # Judgements on criteria that still exist are proposed again; the trainer confirms them.
        self.levels = {k: v for k, v in saved.levels.items() if k in current}
        self.remarks = {k: v for k, v in saved.remarks.items() if k in current}
        self.comment = saved.comment

    def status(self) -> str:
        if self.saved is None:
            return "non corrigée"
        when = self.saved.saved_at.replace("T", " ")[:16]
        text = f"enregistrée par {self.saved.grader} le {when} UTC (version {self.saved.revision})"
        if self.saved.needs_review:
            text += f" — à revoir : {self.saved.review_reason}"
        return text

    # --- judging -------------------------------------------------------------------

    def set_level(self, criterion: str, level: str | None) -> None:
        self.rubric.criterion(criterion)
        if level is None:
            self.levels.pop(criterion, None)
        elif level not in LEVEL_KEYS:
            raise ValueError(f"Niveau inconnu : {level!r}.")
        else:
            self.levels[criterion] = level

    def set_remark(self, criterion: str, text: str) -> None:
        self.rubric.criterion(criterion)
        self.remarks[criterion] = text

    def add_comment(self, text: str) -> None:
        """Append a remark (from the bank or typed) to the free comment."""
        text = text.strip()
        if text and text not in self.comment:
            self.comment = f"{self.comment.rstrip()}\n{text}".strip()

    def missing(self) -> list[str]:
        return [c.title for c in self.rubric.criteria if c.id not in self.levels] if self.rubric else []

    def score(self) -> float | None:
        """The cell's points with the levels chosen so far (None until every criterion has one)."""
        if self.rubric is None or self.missing():
            return None
        return self.rubric.score(self.levels)

    def save(self) -> bool:
        """Save through the store with the revision loaded; on a conflict, say so and reload."""
        if self.rubric is None or self.student is None:
            return False
        if self.missing():
            self.message = f"Choisissez un niveau pour : {', '.join(self.missing())}."
            return False
        try:
            rubric_store.save_cell(self.db_url, self.rubric, self.student, dict(self.levels),
                                   {k: v for k, v in self.remarks.items() if v.strip()}, self.comment,
                                   self.grader, self.revision)
        except rubric_store.ConcurrentEdit as exc:
            self.load()
            self.message = str(exc)
            return False
        score = self.score()
        self.load()
        self.message = f"Enregistré : {self.display_name()}, {_fr(score)} / {_fr(self.rubric.max_points)} points."
        return True

    # --- moving ------------------------------------------------------------------

    def go(self, index: int) -> bool:
        if not 0 <= index < len(self.students):
            return False
        self.index = index
        self.message = ""
        self.load()
        return True

    def next(self) -> bool:
        moved = self.go(self.index + 1)
        if not moved and self.students:
            self.message = "C'était la dernière copie pour cette question."
        return moved

    def previous(self) -> bool:
        moved = self.go(self.index - 1)
        if not moved and self.students:
            self.message = "C'est la première copie pour cette question."
        return moved


# --- the widgets -------------------------------------------------------------------


class GradingApp:
    """The ipywidgets face of a :class:`GradingSession`: it shows the session and forwards clicks.

    ``publish``, when given (``cmcert_lib.publish.publish``), is run on the course by the « Publier »
    button: the candidates' feedback and the jury's reports then show the grades just saved.
    """

    def __init__(self, session: GradingSession, publish=None):
        import ipywidgets as w

        self.w = w
        self.session = session
        self._syncing = False
        self.grader = w.Text(value=session.grader, description="Correcteur")
        self.bloc = w.Dropdown(options=session.blocs(), description="Bloc")
        self.question = w.Dropdown(description="Question", layout=w.Layout(width="40em"))
        self.anonymous = w.Checkbox(value=session.anonymous, description="Masquer les noms")
        self.header = w.HTML()
        self.answer = w.HTML(layout=w.Layout(border="1px solid #ccc", padding="0 1em", max_height=ANSWER_MAX_HEIGHT,
                                             overflow_y="auto"))
        self.criteria_box = w.VBox()
        self.bank = w.Dropdown(description="Banque", layout=w.Layout(width="50em"))
        self.add_bank = w.Button(description="Ajouter au commentaire")
        self.comment = w.Textarea(description="Commentaire", layout=w.Layout(width="50em", height="6em"))
        self.score = w.HTML()
        self.message = w.HTML()
        self.prev_button = w.Button(description="◀ Précédente")
        self.save_button = w.Button(description="Enregistrer", button_style="primary")
        self.save_next_button = w.Button(description="Enregistrer et suivante ▶", button_style="success")
        self.next_button = w.Button(description="Suivante ▶")
        self._publish = publish
        self.publish_button = w.Button(description="Publier les retours et les rapports", button_style="warning",
                                       layout=w.Layout(width="auto"),
                                       tooltip="Régénère les retours des candidats et les rapports du jury")
        self.publish_button.disabled = publish is None
        self.toggles: dict[str, object] = {}
        self.remark_fields: dict[str, object] = {}
        self.descriptors: dict[str, object] = {}

        self.grader.observe(self._on_grader, "value")
        self.bloc.observe(lambda _c: self._fill_questions(), "value")
        self.question.observe(lambda _c: self._open(), "value")
        self.anonymous.observe(self._on_anonymous, "value")
        self.add_bank.on_click(lambda _b: self._forward(self.session.add_comment, self.bank.value or ""))
        self.comment.observe(self._on_comment, "value")
        self.prev_button.on_click(lambda _b: self._forward(self.session.previous))
        self.next_button.on_click(lambda _b: self._forward(self.session.next))
        self.save_button.on_click(lambda _b: self._forward(self.session.save))
        self.save_next_button.on_click(lambda _b: self._forward(self._save_and_next))
        self.publish_button.on_click(lambda _b: self._run_publish())
        self.widget = w.VBox([
            w.HBox([self.grader, self.bloc, self.anonymous]), self.question, self.header, self.answer,
            self.criteria_box, w.HBox([self.bank, self.add_bank]), self.comment, self.score,
            w.HBox([self.prev_button, self.save_button, self.save_next_button, self.next_button]),
            self.message, self.publish_button,
        ])
        self._fill_questions()

    # --- events -------------------------------------------------------------------

    def _forward(self, action, *args) -> None:
        action(*args)
        self.refresh()

    def _save_and_next(self) -> None:
        if self.session.save():
            saved = self.session.message
            if self.session.next():
                self.session.message = saved

    def _run_publish(self) -> None:
        self.publish_button.disabled = True
        self.message.value = "<p>Publication en cours…</p>"
        try:
            report = self._publish(self.session.course)
        finally:
            self.publish_button.disabled = False
        self.message.value = "<p>" + html.escape(report.summary()).replace("\n", "<br>") + "</p>"

    def _on_grader(self, change) -> None:
        self.session.grader = change["new"].strip() or self.session.grader

    def _on_anonymous(self, change) -> None:
        self.session.anonymous = change["new"]
        self.refresh()

    def _on_comment(self, change) -> None:
        if not self._syncing:
            self.session.comment = change["new"]

    def _fill_questions(self) -> None:
        if not self.bloc.value:
            return
        options = [
            (f"{r.notebook} · {r.cell} ({_fr(r.max_points)} pts)", (r.bloc, r.notebook, r.cell))
            for r in self.session.questions(self.bloc.value)
        ]
        self.question.options = options
        if options and self.question.value != options[0][1]:
            self.question.value = options[0][1]  # its observer opens the question
        else:
            self._open()

    def _open(self) -> None:
        if self.question.value is None:
            return
        self.session.open(*self.question.value)
        self._build_criteria()
        self.refresh()

    def _build_criteria(self) -> None:
        w = self.w
        rows = []
        self.toggles, self.remark_fields, self.descriptors = {}, {}, {}
        for crit in self.session.rubric.criteria:
            toggle = w.ToggleButtons(
                options=[(f"{lvl.label} ({_fr(p)})", lvl.key) for lvl, p in zip(LEVELS, crit.points, strict=True)],
                value=None, tooltips=list(crit.descriptors), style={"button_width": LEVEL_BUTTON_WIDTH},
                layout=w.Layout(flex_flow="row wrap"),
            )
            toggle.observe(lambda change, ident=crit.id: self._on_level(ident, change["new"]), "value")
            remark = w.Text(placeholder="Remarque sur ce critère (facultative)", layout=w.Layout(width="50em"))
            remark.observe(lambda change, ident=crit.id: self._on_remark(ident, change["new"]), "value")
            descriptor = w.HTML()
            self.toggles[crit.id], self.remark_fields[crit.id], self.descriptors[crit.id] = toggle, remark, descriptor
            rows.append(w.VBox([
                w.HTML(f"<b>{html.escape(crit.title)}</b> ({crit.referential} ; "
                       f"{html.escape(', '.join(crit.competencies))})"),
                toggle, descriptor, remark,
            ]))
        self.criteria_box.children = rows
        self.bank.options = [("— choisir un commentaire —", "")] + [(c, c) for c in self.session.rubric.comments]

    def _on_level(self, ident: str, level: str | None) -> None:
        if not self._syncing:
            self.session.set_level(ident, level)
            self.refresh()

    def _on_remark(self, ident: str, text: str) -> None:
        if not self._syncing:
            self.session.set_remark(ident, text)

    # --- showing the session -------------------------------------------------------

    def refresh(self) -> None:
        s = self._syncing
        self._syncing = True
        try:
            session = self.session
            self.header.value = (f"<h3>{html.escape(session.heading())}</h3>"
                                 f"<p>{html.escape(session.status())}</p>")
            # The candidate's Markdown is formatted, their HTML shown as text (answer_html).
            self.answer.value = f"<div class='cmcert-answer'>{answer_html(session.answer())}</div>"
            for crit in session.rubric.criteria if session.rubric else ():
                level = session.levels.get(crit.id)
                self.toggles[crit.id].value = level
                self.remark_fields[crit.id].value = session.remarks.get(crit.id, "")
                # The chosen level, said in words and colour: the pressed button alone is hard to see.
                chosen = LEVELS[LEVEL_KEYS.index(level)].label if level else ""
                colour = LEVEL_COLOURS.get(level, "#777")
                self.descriptors[crit.id].value = (
                    f"<span style='color:{colour}'><b>● {html.escape(chosen)}</b> — "
                    f"<i>{html.escape(crit.descriptors[LEVEL_KEYS.index(level)])}</i></span>" if level
                    else "<span style='color:#777'>Niveau à choisir</span>")
            self.comment.value = session.comment
            score = session.score()
            total = _fr(session.rubric.max_points) if session.rubric else "0"
            self.score.value = (f"<b>Note : {_fr(score)} / {total}</b>" if score is not None
                                else f"Note : niveaux à choisir ({len(session.missing())} critère(s))")
            self.message.value = f"<p>{html.escape(session.message)}</p>" if session.message else ""
        finally:
            self._syncing = s


def open_grading(course_root: str | Path | None = None, grader: str | None = None, publish=None):
    """Build the grading tool for the course around the current folder; display the returned widget.

    ``publish``: what the « Publier » button runs (``cmcert_lib.publish.publish``; the button is off
    without it).
    """
    course = Course(Path(course_root).resolve()) if course_root else Course.find()
    app = GradingApp(GradingSession(course, grader or getpass.getuser()), publish=publish)
    return app.widget
