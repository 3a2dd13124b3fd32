"""Competency statuses, bloc validation and the jury proposal, computed from the evidence.

:func:`assess` is a pure function of plain data (see :mod:`cmcert_lib.report.sources`):
for each candidate, each of the referential's competencies gets a status and the
evidence behind it; each bloc is validated or not by the rule of
``course/validation.toml`` (:mod:`cmcert_lib.report.rule`); the candidate can be
proposed to the jury when the five blocs are validated.

A status is decided as soon as it is certain: a competency whose autograded share
cannot reach the threshold, whatever the trainer's pending judgement, is « non
acquise » already; it is « en attente de correction » only while the pending
evidence can still change the outcome.

A bloc evaluated at an oral too (:mod:`cmcert_lib.facts.soutenance`) has one more
rubric-graded question, the oral, judged by the jury: its criteria evidence their
competencies like a notebook rubric's.  A competency, or a bloc, whose only pending
evidence is the oral is « en attente de la soutenance », not of a trainer's correction.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING

from cmcert_lib.authoring.rubrics import Criterion, Rubric
from cmcert_lib.facts import french, referential
from cmcert_lib.grading.gradebook import Candidate, CellScore, GradebookData
from cmcert_lib.report.rule import ALL, THRESHOLDS, Rule
from cmcert_lib.report.sources import Question, RubricSource, oral_question

if TYPE_CHECKING:
    from cmcert_lib.marking.store import Judgement
    from cmcert_lib.report.sources import OralRecords

# Competency statuses (French: they are printed as is)
ACQUIRED = "acquise"
NOT_ACQUIRED = "non acquise"
PENDING = "en attente de correction"
ORAL_PENDING = "en attente de la soutenance"  # the only evidence still pending is the jury's
NOT_TAKEN = "bloc non présenté"
NOT_ASSESSED = "non évaluée"
COMPETENCY_STATUSES = (ACQUIRED, PENDING, ORAL_PENDING, NOT_ACQUIRED, NOT_TAKEN, NOT_ASSESSED)

# Bloc statuses
VALIDATED = "validé"
FAILED = "non validé"
BLOC_PENDING = "en attente de correction"
BLOC_ORAL_PENDING = "en attente de la soutenance"
BLOC_NOT_TAKEN = "non présenté"
BLOC_NOT_ASSESSED = "non évalué"
BLOC_STATUSES = (VALIDATED, BLOC_PENDING, BLOC_ORAL_PENDING, FAILED, BLOC_NOT_TAKEN, BLOC_NOT_ASSESSED)

# Evidence notes
NOT_HANDED_IN = "notebook non rendu"
BLANK = "réponse laissée vide"
TO_GRADE = "à corriger par le formateur"
TO_REVIEW = "grille modifiée depuis la correction : à revoir"
NO_GRADE = "aucune note enregistrée : à vérifier"
ORAL_NOT_YET = "soutenance non passée"  # when the jury's records give no other reason
ORAL_TO_REVIEW = "grille de soutenance modifiée depuis la notation : à revoir par le jury"
ORAL_ONLY = "Le bloc n’attend plus que sa soutenance orale"

# Shares are compared in percent; points are decimals such as 3.33, so a tiny tolerance
# keeps 60 % of 5 points (3.0) from failing a 60 % threshold by rounding.
EPSILON = 1e-9

OK, FAIL, WAIT = "ok", "échec", "attente"


@dataclass(frozen=True)
class Evidence:
    """One piece of evidence of a competency: a question scored by points, or a rubric criterion."""

    question: Question
    kind: str  # "points" or "grille"
    points: float | None  # earned; None while pending
    max_points: float
    criterion: Criterion | None = None
    level: str | None = None  # rubric level key (shown even when pending review)
    level_label: str = ""
    remark: str = ""
    note: str = ""  # French, why the evidence is what it is
    pending: bool = False
    meets_level: bool | None = None  # rubric: level at or above the rule's minimal level
    grader: str = ""  # who judged a rubric criterion: a trainer, or « jury : <names> » for the oral

    @property
    def share(self) -> float | None:
        if self.points is None or not self.max_points:
            return None
        return self.points / self.max_points

    @property
    def oral(self) -> bool:
        """Evidence from the oral defence, judged by the jury."""
        return self.question.kind == "oral"


@dataclass
class CompetencyResult:
    code: str
    text: str
    bloc: int
    status: str
    evidence: list[Evidence] = field(default_factory=list)
    points: float = 0.0  # earned, on the evidence the rule counts in points
    max_points: float = 0.0
    pending_points: float = 0.0  # part of max_points still waiting for a trainer
    explanation: str = ""

    @property
    def share(self) -> float | None:
        return self.points / self.max_points if self.max_points else None


@dataclass
class BlocResult:
    number: int
    title: str
    assignment: str | None  # the course's assignment for this bloc, None if the course has none yet
    status: str
    competencies: list[CompetencyResult]
    explanation: str = ""

    @property
    def acquired(self) -> int:
        return sum(c.status == ACQUIRED for c in self.competencies)


@dataclass
class CandidateResult:
    candidate: Candidate
    blocs: list[BlocResult]
    proposable: bool
    jury_explanation: str

    def competency(self, code: str) -> CompetencyResult:
        for bloc in self.blocs:
            for comp in bloc.competencies:
                if comp.code == code:
                    return comp
        raise KeyError(code)

    def bloc(self, number: int) -> BlocResult:
        return next(b for b in self.blocs if b.number == number)


# Below this many graded copies of a question, one candidate's slip (half the mean of two copies) would
# decide its place among the « questions les moins réussies »: the report says so instead of ranking it.
MIN_COPIES_TO_RANK = 3


@dataclass
class QuestionStats:
    question: Question
    shares: dict[str, float | None]  # student -> share of the question's points (None: pending)

    @property
    def graded(self) -> list[float]:
        return [s for s in self.shares.values() if s is not None]

    @property
    def mean(self) -> float | None:
        graded = self.graded
        return sum(graded) / len(graded) if graded else None


@dataclass
class Cohort:
    candidates: list[CandidateResult]
    rule: Rule
    rule_lines: list[str]
    course_blocs: dict[int, str]
    questions: list[QuestionStats]
    generated_at: datetime
    level_labels: tuple[tuple[str, str], ...] = ()

    def competency_counts(self, code: str) -> Counter:
        return self._competency_counts.get(code, Counter())

    @cached_property
    def _competency_counts(self) -> dict[str, Counter]:
        # Every competency's counts in one pass: the tables and charts ask for each of them several times.
        counts: dict[str, Counter] = {}
        for result in self.candidates:
            for bloc in result.blocs:
                for comp in bloc.competencies:
                    counts.setdefault(comp.code, Counter())[comp.status] += 1
        return counts

    def bloc_counts(self, number: int) -> Counter:
        return Counter(c.bloc(number).status for c in self.candidates)

    def success_rate(self, code: str) -> float | None:
        """Share of the candidates who presented the competency's bloc and acquired it."""
        counts = self.competency_counts(code)
        presented = sum(n for status, n in counts.items() if status not in (NOT_TAKEN, NOT_ASSESSED))
        return counts[ACQUIRED] / presented if presented else None

    def assessed_competencies(self) -> list[referential.Competency]:
        return [c for c in referential.COMPETENCIES if c.bloc in self.course_blocs]

    def hardest_questions(self, limit: int = 10) -> list[QuestionStats]:
        """The questions with the lowest mean share of points, among those graded on enough copies."""
        scored = [q for q in self.questions if len(q.graded) >= MIN_COPIES_TO_RANK]
        return sorted(scored, key=lambda q: (q.mean, q.question.key))[:limit]

    def most_graded_copies(self) -> int:
        return max((len(q.graded) for q in self.questions), default=0)

    def waiting_for_oral(self) -> list[CandidateResult]:
        """The candidates with a bloc that waits only for its oral."""
        return [c for c in self.candidates if any(b.status == BLOC_ORAL_PENDING for b in c.blocs)]


# --- evidence ----------------------------------------------------------------------------


def _points_evidence(question: Question, handed_in: bool, score: CellScore | None) -> Evidence:
    if not handed_in:
        return Evidence(question, "points", 0.0, question.points, note=NOT_HANDED_IN)
    if score is None:
        return Evidence(question, "points", None, question.points, note=NO_GRADE, pending=True)
    if score.needs_manual_grade:
        return Evidence(question, "points", None, question.points, note=TO_GRADE, pending=True)
    note = BLANK if question.kind == "manual" and score.blank else ""
    return Evidence(question, "points", min(score.score, question.points), question.points, note=note)


def _rubric_evidence(question: Question, criterion: Criterion, handed_in: bool,
                     score: CellScore | None, judgement: Judgement | None,
                     source: RubricSource, min_rank: int) -> Evidence:
    lowest, lowest_label = source.levels[0]
    if judgement is not None:
        rank = source.rank(judgement.level)
        return Evidence(
            question, "grille",
            None if judgement.needs_review else judgement.points, criterion.max_points,
            criterion=criterion, level=judgement.level, level_label=source.label(judgement.level),
            remark=judgement.remark, note=TO_REVIEW if judgement.needs_review else "",
            pending=judgement.needs_review, meets_level=rank >= min_rank, grader=judgement.grader,
        )
    if not handed_in or (score is not None and score.blank):
        return Evidence(question, "grille", 0.0, criterion.max_points, criterion=criterion,
                        level=lowest, level_label=lowest_label,
                        note=NOT_HANDED_IN if not handed_in else BLANK, meets_level=min_rank <= 0)
    return Evidence(question, "grille", None, criterion.max_points, criterion=criterion,
                    note=TO_GRADE if score is not None else NO_GRADE, pending=True)


def _oral_evidence(question: Question, criterion: Criterion, judgement: Judgement | None, not_yet: str,
                   source: RubricSource, min_rank: int) -> Evidence:
    if judgement is None:
        return Evidence(question, "grille", None, criterion.max_points, criterion=criterion,
                        note=not_yet or ORAL_NOT_YET, pending=True)
    review = judgement.needs_review
    return Evidence(
        question, "grille", None if review else judgement.points, criterion.max_points,
        criterion=criterion, level=judgement.level, level_label=source.label(judgement.level),
        remark=judgement.remark, note=ORAL_TO_REVIEW if review else "", pending=review,
        meets_level=source.rank(judgement.level) >= min_rank, grader=judgement.grader,
    )


def _by_student(judgements) -> dict[str, list[Judgement]]:
    found: dict[str, list[Judgement]] = {}
    for j in judgements:
        found.setdefault(j.student, []).append(j)
    return found


@dataclass(frozen=True)
class _OralOf:
    """One candidate's part of a bloc's oral records (an OralRecords): the rubric, their judgements, the notes."""

    rubric: Rubric | None
    judgements: tuple[Judgement, ...]
    notes: dict[str, str]


def _oral_judgements(oral: OralRecords, candidate: str) -> dict[str, Judgement]:
    """Criterion id -> the jury's combined judgement of the candidate's oral."""
    rubric = oral.rubric
    return {j.criterion: j for j in oral.judgements
            if j.student == candidate and (j.notebook, j.cell) == (rubric.notebook, rubric.cell)}


def bloc_evidence(candidate: str, bloc: str, questions: list[Question], data: GradebookData,
                  rubrics: dict[tuple[str, str], Rubric],
                  judgements: list[Judgement], source: RubricSource,
                  min_level: str, oral: OralRecords | None = None) -> dict[str, list[Evidence]]:
    """Competency code -> the candidate's evidence in one presented bloc, its oral included."""
    handed = data.notebooks.get((bloc, candidate), set())
    judged = {(j.notebook, j.cell, j.criterion): j for j in judgements if j.student == candidate}
    min_rank = source.rank(min_level)
    found: dict[str, list[Evidence]] = {}
    for question in questions:
        handed_in = question.notebook in handed
        score = data.cells.get((bloc, candidate, question.notebook, question.cell))
        rubric = rubrics.get((question.notebook, question.cell)) if question.kind == "manual" else None
        criteria = rubric.criteria if rubric else ()
        if not criteria:
            evidence = _points_evidence(question, handed_in, score)
            for code in question.competencies:
                found.setdefault(code, []).append(evidence)
            continue
        for criterion in criteria:
            evidence = _rubric_evidence(
                question, criterion, handed_in, score,
                judged.get((question.notebook, question.cell, criterion.id)), source, min_rank,
            )
            for code in criterion.competencies or question.competencies:
                found.setdefault(code, []).append(evidence)
    if oral is not None and oral.rubric is not None:
        question = oral_question(oral.rubric)
        judged_oral = _oral_judgements(oral, candidate)
        # The criteria the jury settled count; the others wait, with the records' reason
        # (« 1 fiche sur 2 reçue » before any is settled, « critère … à délibérer » after).
        not_yet = oral.notes.get(candidate, "")
        for criterion in oral.rubric.criteria:
            evidence = _oral_evidence(question, criterion, judged_oral.get(criterion.id), not_yet,
                                      source, min_rank)
            for code in criterion.competencies or question.competencies:
                found.setdefault(code, []).append(evidence)
    return found


# --- the rule ------------------------------------------------------------------------------


def _fr(number: float) -> str:
    return french.number(number, 2)


def _pct(share: float) -> str:
    return french.number(share * 100, 1) + " %"


def _waiting(count: str, trainer: float, oral: float) -> str:
    """« 2 en attente de correction et 1 en attente de la soutenance orale » (``count`` formats each number)."""
    parts = []
    if trainer:
        parts.append(f"{count.format(_fr(trainer))} en attente de correction")
    if oral:
        parts.append(f"{count.format(_fr(oral))} en attente de la soutenance orale")
    return " et ".join(parts)


def _points_verdict(evidence: list[Evidence], threshold: float) -> tuple[str | None, float, float, float]:
    """(verdict, earned, maximum, pending maximum) of a points share against ``threshold`` %."""
    total = sum(e.max_points for e in evidence)
    earned = sum(e.points for e in evidence if not e.pending and e.points is not None)
    waiting = sum(e.max_points for e in evidence if e.pending)
    if not total:
        return None, earned, total, waiting
    if (earned + waiting) / total * 100 < threshold - EPSILON:
        return FAIL, earned, total, waiting
    if earned / total * 100 >= threshold - EPSILON:
        return OK, earned, total, waiting
    return WAIT, earned, total, waiting


def assess_competency(code: str, evidence: list[Evidence], rule: Rule, min_label: str) -> CompetencyResult:
    comp = referential.competency(code)
    result = CompetencyResult(code, comp.text, comp.bloc, NOT_ASSESSED, list(evidence))
    if not evidence:
        result.explanation = "Aucun exercice du cours n’évalue cette compétence."
        return result
    verdicts = []
    parts = []
    counted = evidence if rule.method != THRESHOLDS else [e for e in evidence if e.kind == "points"]
    threshold = rule.points_threshold if rule.method == THRESHOLDS else rule.share_threshold
    verdict, earned, total, waiting = _points_verdict(counted, threshold)
    result.points, result.max_points, result.pending_points = earned, total, waiting
    if verdict is not None:
        verdicts.append(verdict)
        text = (f"{_fr(earned)} / {_fr(total)} points ({_pct(earned / total)}, "
                f"seuil {_fr(threshold)} %)")
        if waiting:
            trainer = sum(e.max_points for e in counted if e.pending and not e.oral)
            text += ", dont " + _waiting("{} point(s)", trainer, waiting - trainer)
        parts.append(text)
    if rule.method == THRESHOLDS:
        criteria = [e for e in evidence if e.kind == "grille"]
        if criteria:
            waiting_n = sum(e.pending for e in criteria)
            ok_n = sum(bool(e.meets_level) for e in criteria if not e.pending)
            below = len(criteria) - waiting_n - ok_n
            verdicts.append(FAIL if below else WAIT if waiting_n else OK)
            text = f"{ok_n} critère(s) de grille sur {len(criteria)} au niveau « {min_label} » ou au-dessus"
            if waiting_n:
                oral_n = sum(e.pending and e.oral for e in criteria)
                text += ", " + _waiting("{}", waiting_n - oral_n, oral_n)
            parts.append(text)
    if FAIL in verdicts:
        result.status = NOT_ACQUIRED
    elif WAIT in verdicts:
        pending = [e for e in evidence if e.pending]
        result.status = ORAL_PENDING if all(e.oral for e in pending) else PENDING
    else:
        result.status = ACQUIRED
    result.explanation = " ; ".join(parts) + "."
    return result


def assess_bloc(number: int, assignment: str | None, presented: bool,
                competencies: list[CompetencyResult], rule: Rule) -> BlocResult:
    title = referential.bloc(number).title
    if assignment is None:
        return BlocResult(number, title, None, BLOC_NOT_ASSESSED, competencies,
                          "Le cours n’évalue pas encore ce bloc.")
    if not presented:
        return BlocResult(number, title, assignment, BLOC_NOT_TAKEN, competencies,
                          "Le candidat n’a rendu aucune copie pour ce bloc.")
    statuses = Counter(c.status for c in competencies)
    n = len(competencies)
    acquired, waiting = statuses[ACQUIRED], statuses[PENDING] + statuses[ORAL_PENDING]
    summary = f"{acquired} compétence(s) acquise(s) sur {n}"
    if waiting:
        summary += ", " + _waiting("{}", statuses[PENDING], statuses[ORAL_PENDING])
    if statuses[NOT_ASSESSED]:
        summary += f", {statuses[NOT_ASSESSED]} sans exercice dans le cours"
    needed = n if rule.bloc_method == ALL else math.ceil(rule.bloc_proportion / 100 * n - EPSILON)
    if acquired >= needed:
        status = VALIDATED
    elif acquired + waiting >= needed:
        status = BLOC_PENDING if statuses[PENDING] else BLOC_ORAL_PENDING
    else:
        status = FAILED
    rule_text = "toutes requises" if rule.bloc_method == ALL else f"{needed} requise(s)"
    explanation = f"{summary} ({rule_text})."
    if status == BLOC_ORAL_PENDING:
        reasons = sorted({e.note for c in competencies for e in c.evidence if e.oral and e.pending and e.note})
        explanation += f" {ORAL_ONLY}" + (f" ({' ; '.join(reasons)})." if reasons else ".")
    return BlocResult(number, title, assignment, status, competencies, explanation)


def _jury(blocs: list[BlocResult]) -> tuple[bool, str]:
    if all(b.status == VALIDATED for b in blocs):
        return True, "Les cinq blocs sont validés : le candidat peut être proposé au jury."
    groups: dict[str, list[int]] = {}
    for b in blocs:
        if b.status != VALIDATED:
            groups.setdefault(b.status, []).append(b.number)
    parts = []
    for status in BLOC_STATUSES:
        numbers = groups.get(status)
        if numbers:
            blocs_text = ("bloc " if len(numbers) == 1 else "blocs ") + _enumerate(numbers)
            plural = "s" if len(numbers) > 1 and status not in (BLOC_PENDING, BLOC_ORAL_PENDING) else ""
            parts.append(f"{blocs_text} {status}{plural}")
    return False, "Pas encore : " + " ; ".join(parts) + "."


def _enumerate(numbers: list[int]) -> str:
    words = [str(n) for n in numbers]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " et " + words[-1]


def assess_candidate(candidate: Candidate, course_blocs: dict[int, str],
                     questions: dict[str, list[Question]], data: GradebookData,
                     rubrics: dict[str, dict[tuple[str, str], Rubric]],
                     judgements: dict[str, list[Judgement]], source: RubricSource,
                     rule: Rule, orals: dict[str, OralRecords] | None = None) -> CandidateResult:
    min_level = rule.min_level or source.mastered_from
    min_label = source.label(min_level)
    blocs = []
    for bloc in referential.BLOCS:
        assignment = course_blocs.get(bloc.number)
        presented = assignment is not None and (assignment, candidate.id) in data.submissions
        if assignment is None:
            comps = [CompetencyResult(c.code, c.text, c.bloc, NOT_ASSESSED,
                                      explanation="Le cours n’évalue pas encore ce bloc.")
                     for c in bloc.competencies]
        elif not presented:
            comps = [CompetencyResult(c.code, c.text, c.bloc, NOT_TAKEN,
                                      explanation="Aucune copie rendue pour ce bloc.")
                     for c in bloc.competencies]
        else:
            evidence = bloc_evidence(candidate.id, assignment, questions.get(assignment, []), data,
                                     rubrics.get(assignment, {}), judgements.get(assignment, []),
                                     source, min_level, (orals or {}).get(assignment))
            comps = [assess_competency(c.code, evidence.get(c.code, []), rule, min_label)
                     for c in bloc.competencies]
        blocs.append(assess_bloc(bloc.number, assignment, presented, comps, rule))
    proposable, why = _jury(blocs)
    return CandidateResult(candidate, blocs, proposable, why)


def _rubric_share(question: Question, criteria: tuple[Criterion, ...],
                  judged: dict[tuple[str, str, str], Judgement]) -> float | None:
    """Share of a rubric-graded answer's points; None while a criterion is unjudged or to review."""
    found = [judged.get((question.notebook, question.cell, c.id)) for c in criteria]
    if any(j is None or j.needs_review for j in found):
        return None
    total = sum(c.max_points for c in criteria)
    return sum(j.points for j in found) / total if total else None


def _oral_stats(assignment: str, oral: OralRecords, data: GradebookData) -> QuestionStats:
    """Each presenting candidate's share of the oral's points; None while their oral does not count."""
    rubric = oral.rubric
    shares: dict[str, float | None] = {}
    by_student = _by_student(oral.judgements)
    for cand in data.candidates:
        if (assignment, cand.id) not in data.submissions:
            continue
        judged = _oral_judgements(_OralOf(rubric, tuple(by_student.get(cand.id, ())), oral.notes), cand.id)
        found = [judged.get(c.id) for c in rubric.criteria]
        if any(j is None or j.needs_review for j in found) or not rubric.max_points:
            shares[cand.id] = None
        else:
            shares[cand.id] = sum(j.points for j in found) / rubric.max_points
    return QuestionStats(oral_question(rubric), shares)


def question_stats(course_blocs: dict[int, str], questions: dict[str, list[Question]],
                   data: GradebookData,
                   rubrics: dict[str, dict[tuple[str, str], Rubric]] | None = None,
                   judgements: dict[str, list[Judgement]] | None = None,
                   orals: dict[str, OralRecords] | None = None) -> list[QuestionStats]:
    """Per question, each presenting candidate's share of its points (None while pending).

    A rubric-graded answer counts its rubric points (nbgrader's score of the cell is the
    same number, but re-autograding marks the cell « needs manual grade » again).  A bloc's
    oral comes after its notebooks' questions.
    """
    stats = []
    for assignment in course_blocs.values():
        bloc_rubrics = (rubrics or {}).get(assignment, {})
        judged_by: dict[str, dict] = {}
        for j in (judgements or {}).get(assignment, []):
            judged_by.setdefault(j.student, {})[(j.notebook, j.cell, j.criterion)] = j
        for question in questions.get(assignment, []):
            rubric = bloc_rubrics.get((question.notebook, question.cell)) if question.kind == "manual" else None
            criteria = rubric.criteria if rubric else ()
            shares: dict[str, float | None] = {}
            for cand in data.candidates:
                if (assignment, cand.id) not in data.submissions:
                    continue
                if question.notebook not in data.notebooks.get((assignment, cand.id), set()):
                    shares[cand.id] = 0.0
                    continue
                score = data.cells.get((assignment, cand.id, question.notebook, question.cell))
                if criteria and judged_by.get(cand.id):
                    share = _rubric_share(question, criteria, judged_by[cand.id])
                    if share is not None or score is None or not score.blank:
                        shares[cand.id] = share
                        continue
                if score is None or score.needs_manual_grade or not question.points:
                    shares[cand.id] = None
                else:
                    shares[cand.id] = min(score.score, question.points) / question.points
            stats.append(QuestionStats(question, shares))
        oral = (orals or {}).get(assignment)
        if oral is not None and oral.rubric is not None:
            stats.append(_oral_stats(assignment, oral, data))
    return stats


def assess(course_blocs: dict[int, str], questions: dict[str, list[Question]], data: GradebookData,
           rubrics: dict[str, dict[tuple[str, str], Rubric]],
           judgements: dict[str, list[Judgement]], source: RubricSource, rule: Rule,
           generated_at: datetime | None = None, orals: dict[str, OralRecords] | None = None) -> Cohort:
    """The whole cohort's report data; ``orals``: assignment -> the jury's records of its oral."""
    min_level = rule.min_level or source.mastered_from
    # Each candidate's own judgements, found once: filtering the whole cohort's for each candidate was
    # quadratic in the number of candidates.
    judged = {assignment: _by_student(listed) for assignment, listed in judgements.items()}
    orals_of = {assignment: (oral, _by_student(oral.judgements)) for assignment, oral in (orals or {}).items()}
    candidates = [assess_candidate(c, course_blocs, questions, data, rubrics,
                                   {a: by.get(c.id, []) for a, by in judged.items()}, source, rule,
                                   {a: _OralOf(oral.rubric, tuple(by.get(c.id, ())), oral.notes)
                                    for a, (oral, by) in orals_of.items()})
                  for c in data.candidates]
    return Cohort(
        candidates=candidates,
        rule=rule,
        rule_lines=rule.describe(source.label(min_level)),
        course_blocs=dict(course_blocs),
        questions=question_stats(course_blocs, questions, data, rubrics, judgements, orals),
        generated_at=generated_at or datetime.now().astimezone(),
        level_labels=source.levels,
    )
