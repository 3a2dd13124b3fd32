"""nbgrader's converters, run in this process with the course's configuration.

Each step (generate the candidates' copy, record pre-scored copies, write the
feedback) used to be an ``nbgrader`` subprocess that paid the Python start-up,
nbgrader's imports and nbformat's schema loading again. Here they run as the
converter objects nbgrader's own commands use, configured from the course's
``nbgrader_config.py`` and, for recording, from an explicit configuration
(:func:`prescored_config`) rather than a flag passed through the environment.

Every step returns a :class:`StepResult` with nbgrader's log: a failure is
reported to the trainer, never raised into the batch.
"""

from __future__ import annotations

import os
import sys
import warnings
from dataclasses import dataclass
from pathlib import Path

from nbgrader import utils
from nbgrader.api import Gradebook
from nbgrader.converters import Autograde, GenerateAssignment, GenerateFeedback
from nbgrader.coursedir import CourseDirectory
from nbgrader.preprocessors import SaveAutoGrades
from nbgrader.utils import capture_log
from sqlalchemy.exc import SAWarning
from traitlets.config import Config
from traitlets.config.loader import PyFileConfigLoader

from cmcert_lib.layout import NBGRADER_CONFIG, Course


@dataclass(frozen=True)
class StepResult:
    ok: bool
    log: str  # nbgrader's log and, on failure, its traceback


class SaveAutoGradesAtOnce(SaveAutoGrades):
    """nbgrader's ``SaveAutoGrades``, one transaction per notebook instead of a commit per cell.

    nbgrader commits after each grade and each comment: a disk sync each on SQLite, a round trip on
    PostgreSQL, some thirty a notebook. Here a notebook's grades and comments are written together
    with the ORM (any database SQLAlchemy serves), or not at all: a failure midway rolls the notebook
    back (its previous grades stay as they were) and leaves the notebooks and candidates already
    recorded untouched. The values written are nbgrader's own, cell by cell.
    """

    def preprocess(self, nb, resources):
        self.notebook_id = resources["nbgrader"]["notebook"]
        self.assignment_id = resources["nbgrader"]["assignment"]
        self.student_id = resources["nbgrader"]["student"]
        self.db_url = resources["nbgrader"]["db_url"]
        self.gradebook = Gradebook(self.db_url)
        with self.gradebook:
            try:
                for index, cell in enumerate(nb.cells):
                    nb.cells[index], resources = self.preprocess_cell(cell, resources, index)
                self.gradebook.db.commit()
            except BaseException:
                self.gradebook.db.rollback()
                raise
        return nb, resources

    def _add_score(self, cell, resources) -> None:
        # SaveAutoGrades._add_score, without its commit.
        grade = self.gradebook.find_grade(cell.metadata["nbgrader"]["grade_id"], self.notebook_id,
                                          self.assignment_id, self.student_id)
        grade.auto_score, _ = utils.determine_grade(cell, self.log)
        # A trainer's score, or no automatic one, leaves the cell for a trainer to review.
        grade.needs_manual_grade = grade.manual_score is not None or grade.auto_score is None

    def _add_comment(self, cell, resources) -> None:
        # SaveAutoGrades._add_comment, without its commit.
        comment = self.gradebook.find_comment(cell.metadata["nbgrader"]["grade_id"], self.notebook_id,
                                              self.assignment_id, self.student_id)
        unchanged = cell.metadata.nbgrader.get("checksum", None) == utils.compute_checksum(cell)
        comment.auto_comment = "No response." if unchanged and not utils.is_task(cell) else None


def prescored_config() -> Config:
    """Autograde that records copies already executed in the sandbox and scored by trusted code.

    nbgrader's default would execute each notebook again in a kernel of its own (the candidate's code,
    outside the sandbox) and take the test cells' outputs as scores; the copies staged by
    :mod:`cmcert_lib.grading.trusted` already carry the trusted scores, so nothing is executed.
    """
    from nbgrader.preprocessors import (
        AssignLatePenalties,
        CheckCellMetadata,
        DeduplicateIds,
        OverwriteCells,
        OverwriteKernelspec,
    )

    c = Config()
    c.Autograde.sanitize_preprocessors = [DeduplicateIds, OverwriteKernelspec, OverwriteCells, CheckCellMetadata]
    c.Autograde.autograde_preprocessors = [SaveAutoGradesAtOnce, AssignLatePenalties, CheckCellMetadata]
    return c


def course_config(root: Path) -> Config:
    """The course's nbgrader configuration (its ``nbgrader_config.py``), as nbgrader's commands load it."""
    _tools_on_path()
    return PyFileConfigLoader(NBGRADER_CONFIG, path=str(root)).load_config()


def generate_assignment(root: Path, bloc: str) -> StepResult:
    """``nbgrader generate_assignment --force``: release/<bloc>/ and the gradebook's record of its cells."""
    config = course_config(root)
    app = GenerateAssignment(coursedir=_coursedir(root, bloc, "*", config), config=config)
    app.force = True
    app.create_assignment = True
    return _run(app)


def autograde_prescored(root: Path, bloc: str, student: str, submitted: Path) -> StepResult:
    """Record one candidate's staged copies (``submitted/<student>/<bloc>/``) in the gradebook."""
    config = course_config(root)
    config.merge(prescored_config())
    coursedir = _coursedir(root, bloc, student, config)
    coursedir.submitted_directory = str(submitted)
    app = Autograde(coursedir=coursedir, config=config)
    app.force = True
    app.create_student = True
    return _run(app)


def generate_feedback(root: Path, bloc: str, student: str) -> StepResult:
    """``nbgrader generate_feedback --force`` for one candidate (the course's French template)."""
    config = course_config(root)
    config.HTMLExporter.template_name = "feedback"
    app = GenerateFeedback(coursedir=_coursedir(root, bloc, student, config), config=config)
    app.force = True
    return _run(app)


def prepare_exchange(root: Path) -> Path:
    """The course's exchange folder, writable by everyone as nbgrader's exchange requires.

    The sticky bit keeps one user from removing another's files, as on /tmp.
    """
    exchange = Course(root).exchange_root
    exchange.mkdir(parents=True, exist_ok=True)
    exchange.chmod(0o1777)
    return exchange


def _coursedir(root: Path, bloc: str, student: str, config: Config) -> CourseDirectory:
    coursedir = CourseDirectory(config=config)
    coursedir.root = str(root)
    coursedir.assignment_id = bloc
    coursedir.student_id = student
    return coursedir


def _run(app) -> StepResult:
    with warnings.catch_warnings():
        # nbgrader 0.9.6 under SQLAlchemy 2.1 warns about autoflushing rows it adds the line after
        # (api.py, add_submission and the autograder's grade rows); the rows are written all the same.
        warnings.filterwarnings("ignore", category=SAWarning)
        result = capture_log(app)
    log = result.get("log", "") + result.get("error", "")
    return StepResult(bool(result["success"]), log)


def _tools_on_path() -> None:
    # Creating a gradebook runs the `alembic` command of nbgrader's environment (nbgrader/api.py).
    tools = str(Path(sys.executable).parent)
    if tools not in os.environ.get("PATH", "").split(os.pathsep):
        os.environ["PATH"] = tools + os.pathsep + os.environ.get("PATH", "")
