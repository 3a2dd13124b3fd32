"""The validation rule and the status computation of the competency report, on small hand-made cases.

One fake bloc 1 notebook ``01_x`` evidences C1.1.1 with two autograded cells (4 and 6
points) and one manual cell graded with a two-criterion rubric (« fond » 2 points,
« forme » 1 point, four levels).  Every other competency of bloc 1 has no exercice.
"""

from __future__ import annotations

import pytest

from cmcert_lib.authoring.rubrics import Criterion, Rubric
from cmcert_lib.grading.gradebook import Candidate, CellScore, GradebookData
from cmcert_lib.marking.store import Judgement
from cmcert_lib.report import model
from cmcert_lib.report.model import BlocResult, CompetencyResult, assess, assess_bloc
from cmcert_lib.report.rule import Rule, RuleError, load_rule, rule_from_dict
from cmcert_lib.report.sources import Question, RubricSource
from tests.conftest import ROOT

LEVELS = (("non_acquis", "Non acquis"), ("en_cours", "En cours d'acquisition"), ("acquis", "Acquis"),
          ("maitrise", "Maîtrisé"))
CRITERIA = (Criterion("fond", "Fond", "B1-01", ("C1.1.1",), (0.0, 0.5, 1.5, 2.0), ("-", "~", "+", "++")),
            Criterion("forme", "Forme", "B1-01", ("C1.1.1",), (0.0, 0.5, 0.75, 1.0), ("-", "~", "+", "++")))
RUBRICS = {"bloc1": {("01_x", "analyse"): Rubric("bloc1", "01_x", "analyse", CRITERIA, ())}}
QUESTIONS = {"bloc1": [
    Question("bloc1", "01_x", "q1_tests", "auto", 4.0, ("C1.1.1",), title="Question 1"),
    Question("bloc1", "01_x", "q2_tests", "auto", 6.0, ("C1.1.1",), title="Question 2"),
    Question("bloc1", "01_x", "analyse", "manual", 3.0, ("C1.1.1",), ("B1-01",), title="Question 3"),
]}
SOURCE = RubricSource(LEVELS, "acquis", lambda root, bloc: {}, lambda url, bloc: [])
DEFAULT = Rule()  # frozen: safe as a default argument


def judge(criterion: str, level: str, student: str = "ana", review: bool = False) -> Judgement:
    crit = next(c for c in CRITERIA if c.id == criterion)
    return Judgement(student=student, bloc="bloc1", notebook="01_x", cell="analyse", criterion=criterion,
                     level=level, remark="", points=crit.points_for(level), max_points=crit.max_points,
                     competencies=crit.competencies, grader="formatrice", saved_at="2027-02-02T09:00:00+00:00",
                     needs_review=review, title=crit.title, referential=crit.referential)


def gradebook(q1: float, q2: float, manual: CellScore | None = None, handed_in: bool = True,
              submitted: bool = True) -> GradebookData:
    data = GradebookData(candidates=[Candidate("ana", "Ana", "Roux")])
    if submitted:
        data.submissions.add(("bloc1", "ana"))
        data.notebooks[("bloc1", "ana")] = {"01_x"} if handed_in else set()
        data.cells[("bloc1", "ana", "01_x", "q1_tests")] = CellScore(q1, 4.0, False, q1)
        data.cells[("bloc1", "ana", "01_x", "q2_tests")] = CellScore(q2, 6.0, False, q2)
        data.cells[("bloc1", "ana", "01_x", "analyse")] = manual or CellScore(0.0, 3.0, True)
    return data


def run(data: GradebookData, judgements: list[Judgement], rule: Rule = DEFAULT):
    cohort = assess({1: "bloc1"}, QUESTIONS, data, RUBRICS,
                    {"bloc1": judgements}, SOURCE, rule)
    return cohort.candidates[0]


def c111(data, judgements, rule: Rule = DEFAULT) -> CompetencyResult:
    return run(data, judgements, rule).competency("C1.1.1")


# --- method « seuils » (default: 60 % of the autograded points AND every criterion >= Acquis) ---


def test_threshold_reached_exactly_and_every_criterion_at_level():
    # 2.5 + 3.5 = 6 of 10 points: exactly 60 %; fond Acquis, forme Maîtrisé.
    comp = c111(gradebook(2.5, 3.5), [judge("fond", "acquis"), judge("forme", "maitrise")])
    assert comp.status == model.ACQUIRED
    assert (comp.points, comp.max_points) == (6.0, 10.0)
    assert "6 / 10 points (60 %, seuil 60 %)" in comp.explanation


def test_one_criterion_below_the_level_fails_the_competency():
    comp = c111(gradebook(4, 6), [judge("fond", "maitrise"), judge("forme", "en_cours")])
    assert comp.status == model.NOT_ACQUIRED
    assert [e.meets_level for e in comp.evidence if e.kind == "grille"] == [True, False]


def test_ungraded_rubric_leaves_the_competency_pending():
    comp = c111(gradebook(4, 6), [])
    assert comp.status == model.PENDING
    assert [e.note for e in comp.evidence if e.kind == "grille"] == [model.TO_GRADE] * 2


def test_a_certain_failure_does_not_wait_for_the_trainer():
    # 2 + 3 = 5 of 10 points (50 % < 60 %): whatever the rubric says, not acquired.
    comp = c111(gradebook(2, 3), [])
    assert comp.status == model.NOT_ACQUIRED


def test_a_judgement_to_review_counts_as_pending():
    comp = c111(gradebook(4, 6), [judge("fond", "acquis"), judge("forme", "acquis", review=True)])
    assert comp.status == model.PENDING
    forme = comp.evidence[-1]
    assert forme.note == model.TO_REVIEW and forme.level == "acquis" and forme.points is None


def test_blank_manual_answer_is_the_lowest_level():
    # nbgrader scored the unchanged answer 0 by itself: no trainer needed.
    comp = c111(gradebook(4, 6, CellScore(0.0, 3.0, False, auto_score=0.0)), [])
    assert comp.status == model.NOT_ACQUIRED
    grid = [e for e in comp.evidence if e.kind == "grille"]
    assert {(e.level, e.note, e.points) for e in grid} == {("non_acquis", model.BLANK, 0.0)}


def test_notebook_not_handed_in_is_zero_and_lowest_level():
    comp = c111(gradebook(0, 0, CellScore(0.0, 3.0, False, auto_score=0.0), handed_in=False), [])
    assert comp.status == model.NOT_ACQUIRED
    assert {e.note for e in comp.evidence} == {model.NOT_HANDED_IN}


def test_minimal_level_from_the_rule():
    rule = Rule(min_level="maitrise")
    comp = c111(gradebook(4, 6), [judge("fond", "acquis"), judge("forme", "maitrise")], rule)
    assert comp.status == model.NOT_ACQUIRED
    assert "au niveau « Maîtrisé » ou au-dessus" in comp.explanation


# --- method « part_des_points » -----------------------------------------------------------------


def test_points_share_counts_the_rubric_points():
    # autograded 2.5 + 3.5 = 6, fond Acquis 1.5, forme En cours 0.5: 8 of 13 = 61.5 % >= 60 %,
    # although forme is below Acquis (which the « seuils » method would fail).
    rule = Rule(method="part_des_points", share_threshold=60)
    comp = c111(gradebook(2.5, 3.5), [judge("fond", "acquis"), judge("forme", "en_cours")], rule)
    assert comp.status == model.ACQUIRED
    assert (comp.points, comp.max_points) == (8.0, 13.0)
    assert c111(gradebook(2.5, 3.5), [judge("fond", "acquis"), judge("forme", "en_cours")]).status \
        == model.NOT_ACQUIRED


def test_points_share_pending_while_the_missing_points_can_change_the_outcome():
    # 6 + fond 1.5 = 7.5 earned, forme (1 point) pending, 13 in all: 57.7 % now, 65.4 % at best.
    judged = [judge("fond", "acquis")]
    comp = c111(gradebook(2.5, 3.5), judged, Rule(method="part_des_points", share_threshold=60))
    assert comp.status == model.PENDING
    assert comp.pending_points == 1.0
    # At 70 %, even a perfect forme (65.4 %) is not enough: failed already.
    comp = c111(gradebook(2.5, 3.5), judged, Rule(method="part_des_points", share_threshold=70))
    assert comp.status == model.NOT_ACQUIRED


# --- blocs and jury ---------------------------------------------------------------------------


def test_competencies_without_exercise_keep_the_bloc_from_validation():
    result = run(gradebook(4, 6), [judge("fond", "acquis"), judge("forme", "acquis")])
    bloc1 = result.bloc(1)
    assert bloc1.competencies[0].status == model.ACQUIRED
    assert {c.status for c in bloc1.competencies[1:]} == {model.NOT_ASSESSED}
    assert bloc1.status == model.FAILED
    assert "11 sans exercice dans le cours" in bloc1.explanation


def test_blocs_absent_from_the_course_are_not_assessed_not_failed():
    result = run(gradebook(4, 6), [])
    for number in (2, 3, 4, 5):
        bloc = result.bloc(number)
        assert bloc.status == model.BLOC_NOT_ASSESSED
        assert {c.status for c in bloc.competencies} == {model.NOT_ASSESSED}
    assert len([c for b in result.blocs for c in b.competencies]) == 38


def test_candidate_without_a_hand_in_has_not_taken_the_bloc():
    result = run(gradebook(0, 0, submitted=False), [])
    assert result.bloc(1).status == model.BLOC_NOT_TAKEN
    assert {c.status for c in result.bloc(1).competencies} == {model.NOT_TAKEN}
    assert not result.proposable
    assert result.jury_explanation == "Pas encore : bloc 1 non présenté ; blocs 2, 3, 4 et 5 non évalués."


def _comps(acquired: int, pending: int, failed: int) -> list[CompetencyResult]:
    statuses = [model.ACQUIRED] * acquired + [model.PENDING] * pending + [model.NOT_ACQUIRED] * failed
    return [CompetencyResult(f"C1.1.{i}", "", 1, s) for i, s in enumerate(statuses)]


@pytest.mark.parametrize(("rule", "expected"), [
    (Rule(), model.FAILED),  # all required: one is not acquired
    (Rule(bloc_method="proportion", bloc_proportion=80), model.VALIDATED),  # ceil(9.6) = 10 <= 10
    (Rule(bloc_method="proportion", bloc_proportion=90), model.BLOC_PENDING),  # 11 needed, 10 + 1 pending
    (Rule(bloc_method="proportion", bloc_proportion=100), model.FAILED),  # 12 needed, 11 at best
])
def test_bloc_rule_variants(rule, expected):
    # 12 competencies: 10 acquired, 1 pending, 1 not acquired.
    assert assess_bloc(1, "bloc1", True, _comps(10, 1, 1), rule).status == expected


def test_jury_needs_the_five_blocs():
    blocs = [BlocResult(n, "", f"bloc{n}", model.VALIDATED, []) for n in range(1, 6)]
    assert model._jury(blocs) == (True, "Les cinq blocs sont validés : le candidat peut être proposé au jury.")
    blocs[2].status = model.BLOC_PENDING
    blocs[4].status = model.FAILED
    assert model._jury(blocs) == (False, "Pas encore : bloc 3 en attente de correction ; bloc 5 non validé.")


# --- the rule file ----------------------------------------------------------------------------


def test_the_course_rule_file_is_the_documented_default():
    rule = load_rule(ROOT, level_keys=tuple(k for k, _ in LEVELS))
    assert (rule.method, rule.points_threshold, rule.min_level, rule.bloc_method) == \
        ("seuils", 60.0, None, "toutes")
    assert rule.source == "course/validation.toml"
    text = " ".join(rule.describe("Acquis"))
    assert "au moins 60 % des points" in text and "« Acquis » ou au-dessus" in text
    assert "capitalisation des 5 blocs" in text


def test_rule_defaults_without_a_file(tmp_path):
    assert load_rule(tmp_path) == Rule()


@pytest.mark.parametrize(("data", "message"), [
    ({"competence": {"methode": "moyenne"}}, "methode = « moyenne »"),
    ({"competence": {"seuil_points": 120}}, "seuil_points doit être un pourcentage"),
    ({"competence": {"seuil_points": "60"}}, "seuil_points doit être un pourcentage"),
    ({"competence": {"seuil": 60}}, "clé(s) inconnue(s) dans [competence] : seuil"),
    ({"competence": {"niveau_minimal": "excellent"}}, "niveau_minimal = « excellent »"),
    ({"bloc": {"methode": "majorite"}}, "[bloc] methode = « majorite »"),
    ({"jury": {}}, "section(s) inconnue(s) : jury"),
])
def test_rule_errors_are_french(data, message):
    with pytest.raises(RuleError) as err:
        rule_from_dict(data, "validation.toml", tuple(k for k, _ in LEVELS))
    assert message in str(err.value)


def test_unreadable_and_missing_rule_files(tmp_path):
    bad = tmp_path / "regle.toml"
    bad.write_text("[competence\nmethode = 1", encoding="utf-8")
    with pytest.raises(RuleError, match="n’est pas un fichier TOML valide"):
        load_rule(tmp_path, bad)
    with pytest.raises(RuleError, match="introuvable"):
        load_rule(tmp_path, tmp_path / "absente.toml")
