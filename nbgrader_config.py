"""nbgrader configuration of the cmcert course (the course root is this folder)."""

import os
from pathlib import Path

from cmcert_lib.authoring.cells import CODE_STUB, TEXT_STUB
from cmcert_lib.grading.feedback import configure as configure_feedback
from cmcert_lib.grading.sandbox import Limits
from cmcert_lib.layout import RUN_OUTPUT_DIRS, Course

c = get_config()  # noqa: F821 (injected by traitlets)

c.CourseDirectory.root = os.path.dirname(os.path.abspath(__file__))
# Release, fetch, submit and collect pass through the course's own exchange (created by `cmcert build`); a
# JupyterHub deployment shared by several users sets its own.
c.Exchange.root = str(Course(Path(c.CourseDirectory.root)).exchange_root)
# Collect copies the candidates' own regular files only: no link, no hard link, no file of another user.
c.ExchangeFactory.collect = "cmcert_lib.grading.collect.SafeCollect"
c.CourseDirectory.course_id = "cmcert"
# One gradebook for formgrader, `nbgrader collect` and every cmcert tool: the course's SQLite file, or the
# server $CMCERT_GRADEBOOK_URL names (see cmcert_lib.layout.Course.gradebook_url).
c.CourseDirectory.db_url = Course(Path(c.CourseDirectory.root)).gradebook_url
# One assignment per bloc; the submissions of the demo cohort live in submitted/. What a notebook run in
# place wrote beside itself is never released.
c.CourseDirectory.ignore = [".ipynb_checkpoints", "*.pyc", "__pycache__", "feedback", "*.bak", *RUN_OUTPUT_DIRS]

# Candidates are French speakers: stubs and notices in French.
c.ClearSolutions.code_stub = {"python": CODE_STUB}
c.ClearSolutions.text_stub = TEXT_STUB
c.ClearHiddenTests.begin_test_delimeter = "BEGIN HIDDEN TESTS"
c.ClearHiddenTests.end_test_delimeter = "END HIDDEN TESTS"

# A candidate who deletes a test cell must not escape it: the cell comes back.
c.OverwriteCells.add_missing_cells = True
c.OverwriteCells.missing_cell_notification = (
    "Cette cellule (id : {cell_id}) manquait dans la copie rendue ; "
    "le correcteur automatique l'a rétablie.\n\n"
)

# When nbgrader itself executes (the candidate's « Validate » button, `nbgrader validate`): the same
# time per cell as grading's sandbox; every notebook runs top to bottom in seconds. (nbgrader's Execute
# always goes on after a failing cell: its allow_errors is not an option one can set.)
c.Execute.timeout = Limits().cell_timeout
c.Execute.interrupt_on_timeout = True
c.LimitOutput.max_lines = 500

# Feedback pages in French, without test code or tracebacks, candidate HTML sanitised.
configure_feedback(c)

# `cmcert grade` records copies already executed in the sandbox and scored by trusted code: it runs
# nbgrader's converters in process with cmcert_lib.nbgrader_steps.prescored_config() on top of this file.

# --- formgrader in French (cmcert_lib/marking/formgrader, docs/formgrader.md) ---------------------------------
# The grading page of a submission: our French « formgrade » template first.  The other pages are replaced by
# the cmcert_lib.marking.formgrader server extension, which installing cmcert_lib enables.
from cmcert_lib.marking.formgrader import configure as configure_formgrader  # noqa: E402

configure_formgrader(c)
