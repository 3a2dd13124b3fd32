"""The grades a feedback page shows, with what nbgrader's own preprocessor leaves out.

nbgrader's ``GetGrades`` writes each graded cell's score and points into the notebook the feedback
template renders; a judgement answer not yet graded by a trainer then reads « 0 / 3 », as if it had
earned nothing. :class:`GradesWithPending` also marks such a cell ``pending``, and the template says
« en attente de correction » instead.
"""

from __future__ import annotations

from nbgrader import utils
from nbgrader.preprocessors import GetGrades


class GradesWithPending(GetGrades):
    def _get_score(self, cell, resources) -> None:
        # GetGrades._get_score's two fields, and ``pending``, from one look-up of the grade.
        grade = self.gradebook.find_grade(
            cell.metadata["nbgrader"]["grade_id"], self.notebook_id, self.assignment_id, self.student_id)
        cell.metadata.nbgrader["score"] = grade.score
        cell.metadata.nbgrader["points"] = grade.max_score
        cell.metadata.nbgrader["pending"] = bool(grade.needs_manual_grade and grade.manual_score is None
                                                 and utils.is_solution(cell))
