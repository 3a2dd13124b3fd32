"""The course directory: :class:`Course` says where every file of a course is.

Nothing else in the library builds a path inside the course from folder names.
"""

from __future__ import annotations

import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

BIN = Path(sys.executable).parent

# Files the authors write beside a bloc's texts (course/<bloc>/) and beside the blocs (course/).
RUBRIC_FILE = "rubriques.toml"
RULE_FILE = "validation.toml"
ORAL_RUBRIC_FILE = "soutenance.toml"
JURY_DIR = "jury"
JURY_SESSIONS_FILE = "sessions.toml"
NBGRADER_CONFIG = "nbgrader_config.py"
EXCHANGE_DIR = "echange"
# Folders a notebook writes beside itself when it runs (deliverables; Bloc 1's re-contact key, personal
# data). Run in place in source/, they must never reach a release, a course copy or git.
RUN_OUTPUT_DIRS = ("livrables", "donnees_confidentielles")
# The one setting that moves the gradebook to a database server (an SQLAlchemy URL, e.g.
# postgresql+psycopg://cmcert@/cmcert?host=/srv/cours/build/postgres/socket&port=5433); unset, the
# gradebook is the embedded SQLite file gradebook.db at the course root. Read here and nowhere else.
GRADEBOOK_URL_VARIABLE = "CMCERT_GRADEBOOK_URL"
SQLITE_FILE = "gradebook.db"
_SQLITE_PREFIX = "sqlite:///"


class CourseError(RuntimeError):
    """A course-level failure; the message is meant for the trainer (French)."""


@dataclass(frozen=True)
class Course:
    root: Path

    def copy_to(self, dest: Path) -> Course:
        """A working copy of the course's own files (texts, source, release, configuration), nothing graded.

        Tests and benchmarks grade such copies, never the course itself.
        """
        dest = Path(dest)
        for part in (self.texts_root, self.source_root, self.release_root):
            shutil.copytree(part, dest / part.name, ignore=shutil.ignore_patterns(*RUN_OUTPUT_DIRS, "__pycache__"))
        shutil.copy(self.nbgrader_config, dest / NBGRADER_CONFIG)
        return Course(dest)

    @classmethod
    def find(cls, start: Path | None = None) -> Course:
        """The course whose nbgrader_config.py is in ``start`` or a parent (or $CMCERT_COURSE)."""
        env = os.environ.get("CMCERT_COURSE")
        here = Path(env) if env else (start or Path.cwd())
        for folder in (here, *here.resolve().parents):
            course = cls(folder.resolve())
            if course.nbgrader_config.is_file() and course.texts_root.is_dir():
                return course
        raise CourseError(
            f"Aucun cours cmcert trouvé depuis {here} : placez-vous dans le dossier du cours "
            "(celui qui contient nbgrader_config.py) ou définissez CMCERT_COURSE."
        )

    # --- what the authors write: course/ ---------------------------------------
    @property
    def texts_root(self) -> Path:
        return self.root / "course"

    def texts(self, bloc: str) -> list[Path]:
        return sorted((self.texts_root / bloc).glob("[0-9][0-9]_*.py"))

    def blocs(self) -> list[str]:
        return sorted(p.name for p in self.texts_root.iterdir() if p.is_dir() and self.texts(p.name))

    def rubric_file(self, bloc: str) -> Path:
        """The marking rubrics of a bloc's manual answers (:mod:`cmcert_lib.authoring.rubrics`)."""
        return self.texts_root / bloc / RUBRIC_FILE

    def oral_rubric_file(self, bloc: str) -> Path:
        """The rubric of a bloc's oral defence, filled by each juror (:mod:`cmcert_lib.authoring.soutenance`)."""
        return self.texts_root / bloc / ORAL_RUBRIC_FILE

    @property
    def rule_file(self) -> Path:
        """The jury's validation rule (:mod:`cmcert_lib.report.rule`)."""
        return self.texts_root / RULE_FILE

    # --- nbgrader's folders --------------------------------------------------
    @property
    def source_root(self) -> Path:
        return self.root / "source"

    def source(self, bloc: str) -> Path:
        return self.source_root / bloc

    @property
    def release_root(self) -> Path:
        return self.root / "release"

    def release(self, bloc: str) -> Path:
        return self.release_root / bloc

    @property
    def submitted_root(self) -> Path:
        return self.root / "submitted"

    def submitted(self, student: str, bloc: str) -> Path:
        return self.submitted_root / student / bloc

    @property
    def autograded_root(self) -> Path:
        return self.root / "autograded"

    def autograded(self, student: str, bloc: str) -> Path:
        return self.autograded_root / student / bloc

    @property
    def feedback_root(self) -> Path:
        return self.root / "feedback"

    def feedback(self, student: str, bloc: str) -> Path:
        return self.feedback_root / student / bloc

    # --- what grading and the report write --------------------------------------
    @property
    def notes_root(self) -> Path:
        """The trainer's tables: grades and integrity report per bloc, and the grading records."""
        return self.root / "notes"

    def grading_records(self, bloc: str) -> Path:
        """One JSON record per candidate of a bloc: the last grading's problems and integrity notes."""
        return self.notes_root / bloc

    def grading_record(self, student: str, bloc: str) -> Path:
        return self.grading_records(bloc) / f"{student}.json"

    def grades_table(self, bloc: str) -> Path:
        return self.notes_root / f"{bloc}_notes.csv"

    def integrity_report(self, bloc: str) -> Path:
        return self.notes_root / f"{bloc}_integrite.md"

    @property
    def reports_root(self) -> Path:
        """The jury's competency reports (``cmcert rapport``), unless told otherwise."""
        return self.root / "rapports"

    @property
    def jury_root(self) -> Path:
        """What the school writes about its juries: the oral sessions (``cmcert jury``)."""
        return self.root / JURY_DIR

    @property
    def jury_sessions_file(self) -> Path:
        """The oral sessions: date, place, jurors and candidates (:mod:`cmcert_lib.marking.jury`)."""
        return self.jury_root / JURY_SESSIONS_FILE

    def oral_deck(self, student: str, bloc: str) -> Path:
        """The slide deck a candidate hands in for the oral, as the jury page offers it."""
        return self.submitted(student, bloc) / "livrables" / "soutenance.pdf"

    @property
    def gradebook_url(self) -> str:
        """The gradebook every tool opens (nbgrader's too, through nbgrader_config.py): $CMCERT_GRADEBOOK_URL,
        or the course's embedded SQLite file."""
        return os.environ.get(GRADEBOOK_URL_VARIABLE, "").strip() or f"{_SQLITE_PREFIX}{self.root / SQLITE_FILE}"

    @property
    def gradebook_file(self) -> Path | None:
        """The SQLite file the gradebook is, or None when it lives on a database server."""
        url = self.gradebook_url
        return Path(url.removeprefix(_SQLITE_PREFIX)) if url.startswith(_SQLITE_PREFIX) else None

    @property
    def gradebook_label(self) -> str:
        """Where the gradebook is, for a trainer to read: the file, or the server's URL without its password."""
        if self.gradebook_file is not None:
            return str(self.gradebook_file)
        from sqlalchemy.engine import make_url

        try:
            return make_url(self.gradebook_url).render_as_string(hide_password=True)
        except Exception:  # noqa: BLE001 (an unreadable URL is reported by has_gradebook, not here)
            return "(adresse illisible)"

    def has_gradebook(self) -> bool:
        """The gradebook was created: its SQLite file exists, or nbgrader's tables are on the server."""
        if self.gradebook_file is not None:
            return self.gradebook_file.is_file()
        from sqlalchemy import create_engine, inspect
        from sqlalchemy.exc import ArgumentError, SQLAlchemyError

        try:
            engine = create_engine(self.gradebook_url)
        except (ArgumentError, ImportError, ValueError) as exc:
            raise CourseError(f"{GRADEBOOK_URL_VARIABLE} n'est pas une adresse de base de données utilisable "
                              f"({self.gradebook_label}) : {exc}") from None
        try:
            return inspect(engine).has_table("assignment")  # nbgrader's first table
        except SQLAlchemyError as exc:
            raise CourseError(f"Le carnet de notes ({self.gradebook_label}) est injoignable : "
                              f"{str(exc).splitlines()[0]}") from None
        finally:
            engine.dispose()

    @property
    def exchange_root(self) -> Path:
        """nbgrader's exchange: where released copies and hand-ins pass.

        The course's own folder on a one-person machine; a deployment shared by several users (JupyterHub,
        :mod:`cmcert_lib.deploy.hub`) names its exchange in $CMCERT_EXCHANGE.
        """
        shared = os.environ.get("CMCERT_EXCHANGE")
        return Path(shared) if shared else self.root / EXCHANGE_DIR

    @property
    def nbgrader_config(self) -> Path:
        return self.root / NBGRADER_CONFIG

    def release_stamp(self, bloc: str) -> Path:
        """What the release of ``bloc`` was generated from (see :mod:`cmcert_lib.authoring.build`)."""
        return self.root / ".cmcert" / f"release-{bloc}.json"
