"""The trainer's « publier »: one action that brings every page a candidate or the jury reads up to date.

After rubric grades are saved (the grading tool, formgrader), the feedback pages, the grades table and
the jury's reports still show the old grades until they are written again. :func:`publish` rewrites
them all from the gradebook: each graded candidate's feedback, each bloc's grades table and integrity
report, then the competency reports. ``cmcert publier`` runs it; the grading tool has a button for it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from cmcert_lib import nbgrader_steps
from cmcert_lib.layout import Course, CourseError


@dataclass
class PublishReport:
    feedback: int = 0  # (candidate, bloc) feedback folders written
    blocs: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # French, for the trainer
    reports: Path | None = None

    def summary(self) -> str:
        lines = [f"Retours régénérés : {self.feedback} copie(s) ({', '.join(self.blocs) or 'aucun bloc corrigé'})."]
        lines += [f"  ⚠ {p}" for p in self.problems]
        if self.reports is not None:
            lines.append(f"Rapports du jury : {self.reports}")
        return "\n".join(lines)


def publish(course: Course, blocs: list[str] | None = None,
            on_progress: Callable[[str], None] | None = None) -> PublishReport:
    """Write again, from the gradebook, everything candidates and the jury read (see the module)."""
    from cmcert_lib.grading.batch import recorded_students, write_tables
    from cmcert_lib.report import ReportError, build_reports

    unknown = [b for b in blocs or () if b not in course.blocs()]
    if unknown:
        raise CourseError(f"Bloc inconnu : « {unknown[0]} ». Blocs du cours : {', '.join(course.blocs())}.")
    report = PublishReport()
    for bloc in blocs or course.blocs():
        students = recorded_students(course, bloc)
        if not students:
            continue
        report.blocs.append(bloc)
        for student in students:
            if on_progress:
                on_progress(f"{bloc} : retour de {student}")
            step = nbgrader_steps.generate_feedback(course.root, bloc, student)
            if step.ok:
                report.feedback += 1
            else:
                report.problems.append(f"{bloc}, {student} : le retour HTML n'a pas pu être régénéré.")
        write_tables(course, bloc)
    if report.blocs:
        try:
            report.reports = build_reports(course.root).folder
        except ReportError as exc:
            report.problems.append(f"rapports du jury non régénérés : {exc}")
    return report
