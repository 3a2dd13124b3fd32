"""The jury's oral grades in the competency report, on hand-made cases (pure model, fake records).

A fake bloc 1 has one autograded cell per competency (2 points each, C1.1.1 to C1.7.1) and one
manual cell ``01_x/analyse`` evidencing C1.1.1 with a one-criterion rubric; its oral
(notebook "soutenance", cell "oral", as :mod:`cmcert_lib.marking.jury` records it) has two
criteria evidencing C1.7.1: « parti pris » (B1-16, 3 points) and « posture » (B1-17, 3 points).
A fake bloc 2 has one autograded cell evidencing C2.1.1 and no oral.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from cmcert_lib.authoring.rubrics import Criterion, Rubric
from cmcert_lib.facts import referential
from cmcert_lib.grading.gradebook import Candidate, CellScore, GradebookData
from cmcert_lib.marking.store import Judgement
from cmcert_lib.report import model
from cmcert_lib.report.model import assess
from cmcert_lib.report.rule import Rule
from cmcert_lib.report.sources import ORAL_TITLE, NoOral, Question, RubricSource, oral_records
from tests.unit.test_report_rule import LEVELS

JURY = "jury : Mme Le Gall, M. Diallo"
BLOC1 = [c.code for c in referential.bloc(1).competencies]
AUTO = [Question("bloc1", "01_x", f"q_{code}", "auto", 2.0, (code,), title=f"Question {code}") for code in BLOC1]
ANALYSE = Question("bloc1", "01_x", "analyse", "manual", 2.0, ("C1.1.1",), ("B1-01",), title="Analyse")
FOND = Criterion("fond", "Fond", "B1-01", ("C1.1.1",), (0.0, 1.0, 1.5, 2.0), ("-", "~", "+", "++"))
ORAL_CRITERIA = (
    Criterion("parti_pris", "Parti pris éditorial expliqué", "B1-16", ("C1.7.1",), (0.0, 1.0, 2.0, 3.0),
              ("-", "~", "+", "++")),
    Criterion("posture", "Posture professionnelle", "B1-17", ("C1.7.1",), (0.0, 1.0, 2.0, 3.0),
              ("-", "~", "+", "++")),
)
ORAL = Rubric("bloc1", "soutenance", "oral", ORAL_CRITERIA, ())
QUESTIONS = {"bloc1": [*AUTO, ANALYSE],
             "bloc2": [Question("bloc2", "01_y", "q_c211", "auto", 2.0, ("C2.1.1",), title="Question")]}
RUBRICS = {"bloc1": {("01_x", "analyse"): Rubric("bloc1", "01_x", "analyse", (FOND,), ())}}
SOURCE = RubricSource(LEVELS, "acquis", lambda root, bloc: {}, lambda url, bloc: [])


@dataclass(frozen=True)
class Oral:
    """The records of :class:`cmcert_lib.marking.jury.OralEvidence`, built by hand."""

    rubric: Rubric | None
    judgements: tuple[Judgement, ...] = ()
    notes: dict[str, str] = field(default_factory=dict)


def jury(criterion: str, level: str, student: str = "ana", review: bool = False, remark: str = "") -> Judgement:
    crit = next(c for c in ORAL_CRITERIA if c.id == criterion)
    return Judgement(student=student, bloc="bloc1", notebook="soutenance", cell="oral", criterion=criterion,
                     level=level, remark=remark, points=crit.points_for(level), max_points=crit.max_points,
                     competencies=crit.competencies, grader=JURY, saved_at="2026-12-17T15:00:00+00:00",
                     needs_review=review, title=crit.title, referential=crit.referential)


def trainer(level: str, student: str = "ana") -> Judgement:
    return Judgement(student=student, bloc="bloc1", notebook="01_x", cell="analyse", criterion="fond",
                     level=level, remark="", points=FOND.points_for(level), max_points=2.0,
                     competencies=("C1.1.1",), grader="formatrice", saved_at="2026-12-10T09:00:00+00:00",
                     needs_review=False)


def gradebook(*students: str, presented: tuple[str, ...] | None = None) -> GradebookData:
    """Every autograded cell at full marks for the candidates who presented bloc 1 (and bloc 2)."""
    students = students or ("ana",)
    data = GradebookData(candidates=[Candidate(s, s.capitalize(), "Roux") for s in students])
    for student in students if presented is None else presented:
        data.submissions |= {("bloc1", student), ("bloc2", student)}
        data.notebooks[("bloc1", student)] = {"01_x"}
        data.notebooks[("bloc2", student)] = {"01_y"}
        for q in AUTO:
            data.cells[("bloc1", student, "01_x", q.cell)] = CellScore(2.0, 2.0, False, 2.0)
        data.cells[("bloc1", student, "01_x", "analyse")] = CellScore(0.0, 2.0, True)
        data.cells[("bloc2", student, "01_y", "q_c211")] = CellScore(2.0, 2.0, False, 2.0)
    return data


def run(oral: Oral | None, data: GradebookData | None = None, judgements: list[Judgement] | None = None,
        rule: Rule | None = None):
    orals = {"bloc1": oral} if oral is not None else {}
    return assess({1: "bloc1", 2: "bloc2"}, QUESTIONS, data or gradebook(), RUBRICS,
                  {"bloc1": [trainer("acquis")] if judgements is None else judgements},
                  SOURCE, rule or Rule(), orals=orals)


def candidate(cohort, student: str = "ana"):
    return next(c for c in cohort.candidates if c.candidate.id == student)


def oral_evidence(comp: model.CompetencyResult) -> list[model.Evidence]:
    return [ev for ev in comp.evidence if ev.oral]


# --- one competency ------------------------------------------------------------------------------


def test_a_jury_grade_at_acquis_moves_c171_from_pending_to_acquired():
    before = candidate(run(Oral(ORAL, notes={"ana": "soutenance non passée"}))).competency("C1.7.1")
    assert before.status == model.ORAL_PENDING
    assert [(ev.pending, ev.note) for ev in oral_evidence(before)] == [(True, "soutenance non passée")] * 2
    assert "2 / 2 points" in before.explanation
    assert "0 critère(s) de grille sur 2 au niveau « Acquis » ou au-dessus, 2 en attente de la soutenance orale" \
        in before.explanation

    after = candidate(run(Oral(ORAL, (jury("parti_pris", "acquis"), jury("posture", "maitrise"))))) \
        .competency("C1.7.1")
    assert after.status == model.ACQUIRED
    evidence = oral_evidence(after)
    assert [(ev.question.title, ev.question.kind, ev.criterion.id, ev.level_label, ev.points, ev.grader)
            for ev in evidence] == [(ORAL_TITLE, "oral", "parti_pris", "Acquis", 2.0, JURY),
                                    (ORAL_TITLE, "oral", "posture", "Maîtrisé", 3.0, JURY)]
    assert "2 critère(s) de grille sur 2" in after.explanation


def test_a_jury_grade_at_non_acquis_fails_c171_whatever_the_notebooks_say():
    comp = candidate(run(Oral(ORAL, (jury("parti_pris", "maitrise"), jury("posture", "non_acquis"))))) \
        .competency("C1.7.1")
    assert comp.status == model.NOT_ACQUIRED
    assert (comp.points, comp.max_points) == (2.0, 2.0)  # the autograded cell is at full marks
    assert [ev.meets_level for ev in oral_evidence(comp)] == [True, False]


def test_the_oral_counts_its_points_under_the_points_share_rule():
    # autograded 2 + parti pris 1 (En cours) + posture 0 (Non acquis) = 3 of 8: 37.5 % < 60 %.
    rule = Rule(method="part_des_points", share_threshold=60)
    comp = candidate(run(Oral(ORAL, (jury("parti_pris", "en_cours"), jury("posture", "non_acquis"))),
                         rule=rule)).competency("C1.7.1")
    assert comp.status == model.NOT_ACQUIRED and (comp.points, comp.max_points) == (3.0, 8.0)
    # No oral yet: 2 of 8 now, 8 of 8 at best: it waits for the jury, and says how many points.
    comp = candidate(run(Oral(ORAL), rule=rule)).competency("C1.7.1")
    assert comp.status == model.ORAL_PENDING and comp.pending_points == 6.0
    assert "dont 6 point(s) en attente de la soutenance orale" in comp.explanation


def test_a_jury_grade_to_review_waits_for_the_jury():
    comp = candidate(run(Oral(ORAL, (jury("parti_pris", "acquis"), jury("posture", "acquis", review=True))))) \
        .competency("C1.7.1")
    assert comp.status == model.ORAL_PENDING
    posture = oral_evidence(comp)[1]
    assert (posture.level, posture.points, posture.note) == ("acquis", None, model.ORAL_TO_REVIEW)


def test_the_settled_criteria_count_and_the_one_to_deliberate_waits_with_the_reason():
    note = "critère « Posture professionnelle » à délibérer (Mme Le Gall : Non acquis / M. Diallo : Maîtrisé)"
    comp = candidate(run(Oral(ORAL, (jury("parti_pris", "acquis"),), {"ana": note}))).competency("C1.7.1")
    assert comp.status == model.ORAL_PENDING
    assert [(ev.criterion.id, ev.level, ev.pending, ev.note) for ev in oral_evidence(comp)] == \
        [("parti_pris", "acquis", False, ""), ("posture", None, True, note)]
    assert "1 critère(s) de grille sur 2" in comp.explanation
    # A settled criterion below the level decides already: nothing left to wait for.
    comp = candidate(run(Oral(ORAL, (jury("parti_pris", "non_acquis"),), {"ana": note}))).competency("C1.7.1")
    assert comp.status == model.NOT_ACQUIRED


def test_without_a_reason_an_unjudged_oral_is_not_passed_yet():
    comp = candidate(run(Oral(ORAL))).competency("C1.7.1")
    assert {ev.note for ev in oral_evidence(comp)} == {model.ORAL_NOT_YET}


def test_a_competency_waiting_for_the_trainer_and_the_jury_waits_for_correction():
    comp = candidate(run(Oral(ORAL, notes={"ana": "soutenance non passée"}), judgements=[])).competency("C1.1.1")
    assert comp.status == model.PENDING  # the oral does not evidence C1.1.1
    questions = [Question("bloc1", "07_x", "synthese", "manual", 2.0, ("C1.7.1",), ("B1-15",), title="Synthèse")]
    data = gradebook()
    data.cells[("bloc1", "ana", "07_x", "synthese")] = CellScore(0.0, 2.0, True)
    data.notebooks[("bloc1", "ana")].add("07_x")
    cohort = assess({1: "bloc1"}, {"bloc1": [*AUTO, *questions]}, data, {}, {"bloc1": []}, SOURCE, Rule(),
                    orals={"bloc1": Oral(ORAL)})
    c171 = candidate(cohort).competency("C1.7.1")
    assert c171.status == model.PENDING  # the trainer's correction can still decide it
    assert "dont 2 point(s) en attente de correction" in c171.explanation


# --- the bloc and the jury ---------------------------------------------------------------------------


def test_a_bloc_graded_but_for_its_oral_says_it_waits_only_for_the_oral():
    result = candidate(run(Oral(ORAL, notes={"ana": "soutenance non passée"})))
    bloc1 = result.bloc(1)
    assert [c.status for c in bloc1.competencies] == [model.ACQUIRED] * 11 + [model.ORAL_PENDING]
    assert bloc1.status == model.BLOC_ORAL_PENDING
    assert bloc1.explanation == ("11 compétence(s) acquise(s) sur 12, 1 en attente de la soutenance orale "
                                 "(toutes requises). Le bloc n’attend plus que sa soutenance orale "
                                 "(soutenance non passée).")
    # Bloc 2 has one competency with an exercise: it cannot be validated.
    assert result.jury_explanation == ("Pas encore : bloc 1 en attente de la soutenance ; bloc 2 non validé ; "
                                       "blocs 3, 4 et 5 non évalués.")
    graded = candidate(run(Oral(ORAL, (jury("parti_pris", "acquis"), jury("posture", "acquis")))))
    assert graded.bloc(1).status == model.VALIDATED


def test_a_bloc_also_waiting_for_a_trainer_waits_for_correction():
    bloc1 = candidate(run(Oral(ORAL, notes={"ana": "soutenance non passée"}), judgements=[])).bloc(1)
    assert bloc1.status == model.BLOC_PENDING
    assert bloc1.explanation == ("10 compétence(s) acquise(s) sur 12, 1 en attente de correction et "
                                 "1 en attente de la soutenance orale (toutes requises).")


def test_a_failed_bloc_does_not_wait_for_its_oral():
    data = gradebook()
    data.cells[("bloc1", "ana", "01_x", "q_C1.2.1")] = CellScore(0.0, 2.0, False, 0.0)
    bloc1 = candidate(run(Oral(ORAL), data)).bloc(1)
    assert bloc1.status == model.FAILED and model.ORAL_ONLY not in bloc1.explanation


def test_a_candidate_who_did_not_present_the_bloc_has_not_presented_it():
    data = gradebook("ana", "paul", presented=("ana",))
    cohort = run(Oral(ORAL, notes={"ana": "soutenance non passée", "paul": "soutenance non passée"}), data)
    paul = candidate(cohort, "paul")
    assert paul.bloc(1).status == model.BLOC_NOT_TAKEN
    assert {c.status for c in paul.bloc(1).competencies} == {model.NOT_TAKEN}
    assert paul.competency("C1.7.1").evidence == []
    assert [c.candidate.id for c in cohort.waiting_for_oral()] == ["ana"]
    assert "paul" not in next(q for q in cohort.questions if q.question.kind == "oral").shares


def test_a_bloc_without_oral_is_unaffected():
    with_oral = candidate(run(Oral(ORAL, (jury("parti_pris", "non_acquis"), jury("posture", "non_acquis")))))
    without = candidate(run(None))
    for result in (with_oral, without):
        c211 = result.competency("C2.1.1")
        assert c211.status == model.ACQUIRED and [ev.question.cell for ev in c211.evidence] == ["q_c211"]
        assert not any(ev.oral for comp in result.bloc(2).competencies for ev in comp.evidence)
    assert [c.status for c in with_oral.bloc(2).competencies] == [c.status for c in without.bloc(2).competencies]
    # Without records, bloc 1 is decided by its notebooks as before.
    assert without.competency("C1.7.1").status == model.ACQUIRED and not oral_evidence(without.competency("C1.7.1"))


def test_a_bloc_whose_oral_has_no_rubric_shows_no_oral():
    result = candidate(run(Oral(None, notes={"ana": "soutenance non passée"})))
    assert not oral_evidence(result.competency("C1.7.1")) and result.bloc(1).status == model.VALIDATED


# --- the cohort ------------------------------------------------------------------------------------


def test_the_oral_is_a_question_of_the_cohort():
    data = gradebook("ana", "paul", "zoe")
    oral = Oral(ORAL, (jury("parti_pris", "acquis"), jury("posture", "maitrise"),
                       jury("parti_pris", "acquis", "paul"), jury("posture", "acquis", "paul", review=True)),
                {"zoe": "soutenance non passée"})
    cohort = run(oral, data, [trainer("acquis", s) for s in ("ana", "paul", "zoe")])
    stats = next(q for q in cohort.questions if q.question.kind == "oral")
    assert (stats.question.title, stats.question.points, stats.question.competencies) == (ORAL_TITLE, 6.0, ("C1.7.1",))
    assert stats.question.criteria == ("B1-16", "B1-17")
    # ana: (2 + 3) / 6; paul: a criterion to review; zoe: not passed yet.
    assert stats.shares == {"ana": pytest.approx(5 / 6), "paul": None, "zoe": None}
    # After bloc 1's notebook questions, before bloc 2's.
    assert [q.question.cell for q in cohort.questions] == [*(q.cell for q in QUESTIONS["bloc1"]), "oral", "q_c211"]
    assert [c.candidate.id for c in cohort.waiting_for_oral()] == ["paul", "zoe"]


# --- which blocs have an oral ----------------------------------------------------------------------------


def test_only_the_blocs_with_an_oral_ask_for_the_jury_records(tmp_path: Path):
    asked = []

    def orals(root, url, bloc):
        asked.append((root, url, bloc))
        return Oral(ORAL)

    source = RubricSource(LEVELS, "acquis", lambda root, bloc: {}, lambda url, bloc: [], orals)
    found = oral_records(source, tmp_path, "sqlite:///gb.db", {1: "bloc1", 2: "bloc2", 3: "bloc3"})
    assert asked == [(tmp_path, "sqlite:///gb.db", "bloc1"), (tmp_path, "sqlite:///gb.db", "bloc3")]
    assert set(found) == {"bloc1", "bloc3"}
    # A source built without jury records has no oral for any bloc.
    assert SOURCE.orals(tmp_path, "sqlite:///gb.db", "bloc1") == NoOral()
