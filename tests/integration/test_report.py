"""The competency report on the demo cohort, against numbers computed by hand.

A copy of the session's demo course (``cmcert demo``, see tests/conftest.py), then a
trainer's rubric grades saved through ``rubric_store.save_cell``:

- demo_complet: every rubric cell of bloc 1 at « Acquis », except 01_brief/contexte at
  « Maîtrisé »;
- demo_partiel: 01_brief/reformulation at « Acquis » on its 3 criteria;
  05_charte_editoriale/regles_ecriture: ton « Acquis », regles « Maîtrisé »,
  formats_exemples « Acquis »;
- demo_perturbateur: 02_benchmark_ecoute/lecture_benchmark: criteres « Acquis »,
  positionnement « En cours d'acquisition », hypotheses « Maîtrisé »;
- demo_vide: nothing (its answers are blank: nbgrader scored them 0 by itself).

The autograded points per cell are the demo's (see cmcert_lib/demo/bloc1_NN.py for the
partly-right candidate's arithmetic); the rubric points per level are those of
course/bloc1/rubriques.toml.  Default rule (course/validation.toml): a competency is
acquired with >= 60 % of its autograded points AND every rubric criterion at « Acquis »
or above; a bloc is validated when its 12 competencies are acquired.
"""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook

from cmcert_lib.authoring import rubrics
from cmcert_lib.marking import store as rubric_store
from cmcert_lib.report import assess_course, build_reports, model
from tests.conftest import demo_copy

BLOC1 = ("C1.1.1", "C1.2.1", "C1.2.2", "C1.2.3", "C1.3.1", "C1.4.1", "C1.5.1", "C1.5.2", "C1.5.3",
         "C1.6.1", "C1.6.2", "C1.7.1")


def _save(root: Path, student: str, notebook: str, cell: str, levels, remarks=None) -> None:
    url = f"sqlite:///{root / 'gradebook.db'}"
    rubric = rubrics.load_rubrics(root, "bloc1")[(notebook, cell)]
    if isinstance(levels, str):
        levels = {c.id: levels for c in rubric.criteria}
    revision = rubric_store.cell_revision(url, "bloc1", notebook, cell, student)
    rubric_store.save_cell(url, rubric, student, levels, remarks or {}, "", "formatrice", revision)


@pytest.fixture(scope="module")
def demo(demo_template, tmp_path_factory):
    # The hand computations start from the demo's autograded points: a demo graded otherwise
    # (a notebook timing out on a loaded machine...) must fail here, not in the report's numbers.
    for total in ("demo_complet : 106 / 106", "demo_partiel : 64,86 / 106", "demo_perturbateur : 95 / 106",
                  "demo_vide : 0 / 106"):
        assert f"{total} points automatiques" in demo_template.stdout, demo_template.stdout
    root = tmp_path_factory.mktemp("rapport")
    demo_copy(demo_template, root)
    for notebook, cell in rubrics.load_rubrics(root, "bloc1"):
        _save(root, "demo_complet", notebook, cell, "maitrise" if cell == "contexte" else "acquis")
    _save(root, "demo_partiel", "01_brief", "reformulation", "acquis")
    _save(root, "demo_partiel", "05_charte_editoriale", "regles_ecriture",
          {"ton": "acquis", "regles": "maitrise", "formats_exemples": "acquis", "boutique_accessible": "en_cours"},
          {"ton": "Ton chaleureux <b>et</b> précis, fidèle à la marque."})
    _save(root, "demo_perturbateur", "02_benchmark_ecoute", "lecture_benchmark",
          {"criteres": "acquis", "positionnement": "en_cours", "etude_marche": "acquis", "hypotheses": "maitrise"},
          {"positionnement": "Le positionnement n'est pas relié à l'e-réputation mesurée."})
    return root


@pytest.fixture(scope="module")
def cohort(demo):
    return assess_course(demo)


def statuses(cohort, student: str) -> dict[str, str]:
    result = next(c for c in cohort.candidates if c.candidate.id == student)
    return {code: result.competency(code).status for code in BLOC1}


def competency(cohort, student: str, code: str):
    return next(c for c in cohort.candidates if c.candidate.id == student).competency(code)


A, N, P = model.ACQUIRED, model.NOT_ACQUIRED, model.PENDING


def test_complete_candidate_validates_bloc1_but_cannot_go_to_the_jury_yet(cohort):
    # 100 % of every autograded point, every criterion at « Acquis » or « Maîtrisé ».
    assert set(statuses(cohort, "demo_complet").values()) == {A}
    result = cohort.candidates[0]
    assert result.candidate.id == "demo_complet" and result.candidate.name == "Camille Durand"
    assert result.bloc(1).status == model.VALIDATED
    # Blocs 2 and 3 too: every autograded point, the demo's trainer put every criterion at « Maîtrisé », and
    # both jurors judged Bloc 3's oral « Acquis » or above.
    assert result.bloc(2).status == model.VALIDATED and result.bloc(3).status == model.VALIDATED
    assert not result.proposable
    assert result.jury_explanation == "Pas encore : blocs 4 et 5 non évalués."
    c111 = competency(cohort, "demo_complet", "C1.1.1")
    # objectifs_smart 4 + budget 3 = 7 autograded points; 3 + 3 criteria from reformulation and contexte.
    assert (c111.points, c111.max_points) == (7.0, 7.0)
    assert [e.level for e in c111.evidence if e.kind == "grille"] == ["acquis"] * 3 + ["maitrise"] * 3


def test_partial_candidate_statuses_computed_by_hand(cohort):
    assert statuses(cohort, "demo_partiel") == {
        "C1.1.1": P,  # 3.2 + 1.5 = 4.7 / 7 = 67.1 %; reformulation 3 x Acquis, contexte not graded yet
        # part de voix 1 + sentiment 1.5 + bad buzz 1 + alerte 1.75 = 5.25 / 9 = 58.3 % < 60 %: failed already
        "C1.2.1": N,
        "C1.2.2": P,  # engagement 1.5 + fréquence 2 + positionnement 2.5 = 6 / 8 = 75 %; lecture_benchmark not graded
        "C1.2.3": N,  # fiabilité 0.8 + sélection 1.63 + règle 0.75 + hashtags 1 = 4.18 / 7 = 59.7 %
        # pseudo 2.55 + correspondance 1.2 + choix 1 + segments 0.38 + usages 0.62 + brief 1.5 + entretiens 0
        # + persona 1.07 = 8.32 / 17 = 48.9 %
        "C1.3.1": N,
        "C1.4.1": N,  # top_reseaux 1.33 (two networks swapped) + parcours 1.6 = 2.93 / 6 = 48.8 %
        # relecture 3.07 + cadre juridique 1.88 + formats 1.6 = 6.55 / 11 = 59.5 %, and the accessible shop
        # « En cours d'acquisition »
        "C1.5.1": N,
        "C1.5.2": P,  # champ sémantique 1.6 + piliers 1.7 = 3.3 / 5 = 66 %; ligne_editoriale not graded
        "C1.5.3": P,  # usage 3 + canaux 1.5 = 4.5 / 5 = 90 %; leviers_canaux not graded
        "C1.6.1": N,  # calendrier 1.78 + export 0.71 + ics 0.76 = 3.25 / 10 = 32.5 %: template texts, a banned claim
        "C1.6.2": N,  # charge 1.38 (production only) + raci 2.1 = 3.48 / 6 = 58 %
        # sections 3.56 + synthèse 1.4 + html 1.5 + plan 3.94 + deck 2 = 12.4 / 15 = 82.7 %, but the jury put
        # three oral criteria at « En cours d'acquisition » (the fourth is to deliberate)
        "C1.7.1": N,
    }
    c151 = competency(cohort, "demo_partiel", "C1.5.1")
    assert c151.points == pytest.approx(6.55) and c151.max_points == 11
    assert "6,55 / 11 points (59,5 %, seuil 60 %)" in c151.explanation
    oral = [e for e in competency(cohort, "demo_partiel", "C1.7.1").evidence if e.question.cell == "oral"]
    assert [(e.criterion.id, e.level, e.pending) for e in oral] == [
        ("charte_expliquee", "en_cours", False), ("plan_diffusion_explique", None, True),
        ("posture_presentation", "en_cours", False), ("echanges_jury", "en_cours", False)]
    assert "à délibérer" in oral[1].note
    bloc1 = next(c for c in cohort.candidates if c.candidate.id == "demo_partiel").bloc(1)
    assert bloc1.status == model.FAILED  # 8 competencies not acquired: the bloc cannot be validated
    assert bloc1.explanation == ("0 compétence(s) acquise(s) sur 12, 4 en attente de correction "
                                 "(toutes requises).")


def test_disruptive_candidate_statuses_computed_by_hand(cohort):
    assert statuses(cohort, "demo_perturbateur") == {
        "C1.1.1": N,  # NameError in 01: objectifs_smart 0 + budget 3 = 3 / 7 = 42.9 %
        "C1.2.1": N,  # 9 / 9 points, but positionnement « En cours d'acquisition »
        "C1.2.2": N,  # 8 / 8 points, but positionnement (which also evidences C1.2.2) is below
        "C1.2.3": P,  # 7 / 7 points, note_veille not graded
        "C1.3.1": P, "C1.4.1": P, "C1.5.1": P, "C1.5.2": P, "C1.5.3": P, "C1.6.1": P, "C1.6.2": P,
        # 08 not handed in: 8 / 15 = 53.3 % and its criteria at the lowest level
        "C1.7.1": N,
    }
    c171 = competency(cohort, "demo_perturbateur", "C1.7.1")
    assert {e.note for e in c171.evidence if e.question.notebook == "08_soutenance"} == {model.NOT_HANDED_IN}
    # One juror's sheet only: the oral waits for the second one.
    assert {e.note for e in c171.evidence if e.question.cell == "oral"} == {
        "1 fiche sur 2 reçue (fiche de Thomas Le Gall attendue)"}
    positionnement = next(e for e in competency(cohort, "demo_perturbateur", "C1.2.1").evidence
                          if e.criterion and e.criterion.id == "positionnement")
    assert (positionnement.level_label, positionnement.points, positionnement.max_points) == \
        ("En cours d'acquisition", 0.5, 2.0)
    assert positionnement.remark == "Le positionnement n'est pas relié à l'e-réputation mesurée."


def test_blank_candidate_acquires_nothing_and_waits_for_no_one(cohort):
    assert set(statuses(cohort, "demo_vide").values()) == {N}
    grid = [e for e in competency(cohort, "demo_vide", "C1.1.1").evidence if e.kind == "grille"]
    assert len(grid) == 6 and {(e.level, e.note) for e in grid} == {("non_acquis", model.BLANK)}


def test_blocs_4_and_5_are_not_assessed(cohort):
    for result in cohort.candidates:
        for number in (2, 3):  # the demo hands Blocs 2 and 3 in too
            assert result.bloc(number).status != model.BLOC_NOT_ASSESSED
        for number in (4, 5):
            bloc = result.bloc(number)
            assert bloc.status == model.BLOC_NOT_ASSESSED
            assert {c.status for c in bloc.competencies} == {model.NOT_ASSESSED}
        assert sum(len(b.competencies) for b in result.blocs) == 38


def test_cohort_numbers(cohort):
    assert [c.candidate.id for c in cohort.candidates] == ["demo_complet", "demo_partiel",
                                                          "demo_perturbateur", "demo_vide"]
    assert cohort.bloc_counts(1) == {model.VALIDATED: 1, model.FAILED: 3}
    assert cohort.bloc_counts(4) == {model.BLOC_NOT_ASSESSED: 4}
    assert cohort.success_rate("C1.5.1") == 0.25  # complet only
    assert cohort.success_rate("C1.2.1") == 0.25  # complet only
    assert cohort.success_rate("C4.1.1") is None  # nobody could present bloc 4
    every = {(q.question.bloc, q.question.notebook, q.question.cell): q for q in cohort.questions}
    # Bloc 1: 40 autograded + 16 manual cells and the oral; bloc 2: 16 + 6; bloc 3: 18 + 6 and the oral.
    assert len(every) == 57 + 22 + 25
    stats = {cell: q for (bloc, _notebook, cell), q in every.items() if bloc == "bloc1"}
    # reformulation: complet 3 x Acquis = 0.75 x 3 = 2.25 / 3; partiel the same; perturbateur not
    # graded yet (left out); vide blank = 0.  Mean (0.75 + 0.75 + 0) / 3 = 0.5.
    assert stats["reformulation"].shares == {"demo_complet": 0.75, "demo_partiel": 0.75,
                                             "demo_perturbateur": None, "demo_vide": 0.0}
    assert stats["reformulation"].mean == pytest.approx(0.5)
    # parcours_tests: 4/4, 1.6/4, 4/4, 0 -> (1 + 0.4 + 1 + 0) / 4 = 0.6
    assert stats["parcours_tests"].mean == pytest.approx(0.6)
    # Hardest: the two manual cells of 08, which perturbateur did not hand in and partiel awaits:
    # complet at Acquis, perturbateur 0, vide 0: minute_ouverture (0.5 + 1 + 0.5 = 2 / 3) / 3 = 0.2222,
    # questions_jury (1 + 1 + 0.75 = 2.75 / 4 = 0.6875) / 3 = 0.2292.
    hardest = cohort.hardest_questions(2)
    assert [q.question.cell for q in hardest] == ["minute_ouverture", "questions_jury"]
    assert [q.mean for q in hardest] == pytest.approx([2 / 3 / 3, 0.6875 / 3])


def _rule(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "regle.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_rule_variant_points_share(demo, tmp_path):
    rule = _rule(tmp_path, '[competence]\nmethode = "part_des_points"\nseuil_part_des_points = 60\n')
    variant = assess_course(demo, rule_file=rule)
    assert variant.rule.source.endswith("regle.toml")
    partiel = statuses(variant, "demo_partiel")
    # C1.2.1: 5.25 autograded of 9, lecture_benchmark's positionnement and hypotheses (2 + 2) pending:
    # 5.25 / 13 = 40.4 % now, (5.25 + 4) / 13 = 71.2 % at best -> pending (failed under « seuils »).
    assert partiel["C1.2.1"] == P
    # C1.5.1: 6.55 + ton 0.75 + regles 1 + formats 0.75 + boutique 0.25 = 9.3 / 15 = 62 % -> acquired.
    assert partiel["C1.5.1"] == A
    c151 = competency(variant, "demo_partiel", "C1.5.1")
    assert (c151.points, c151.max_points) == (pytest.approx(9.3), 15.0)
    # C1.1.1: 4.7 + reformulation 3 x 0.75 = 6.95 of 13, contexte (3) pending: 53.5 % now,
    # 76.5 % at best -> pending.
    assert partiel["C1.1.1"] == P
    # perturbateur C1.2.1: 9 + positionnement 0.5 + hypotheses 2 = 11.5 / 13 = 88.5 % -> acquired.
    assert statuses(variant, "demo_perturbateur")["C1.2.1"] == A


def test_rule_variant_lower_threshold_and_bloc_proportion(demo, tmp_path):
    rule = _rule(tmp_path, "[competence]\nseuil_points = 50\n[bloc]\nmethode = \"proportion\"\n"
                           "proportion_minimale = 50\n")
    variant = assess_course(demo, rule_file=rule)
    partiel = statuses(variant, "demo_partiel")
    # 58.3 %, 59.7 %, 66 % and 58 % now meet the threshold: the pending rubrics decide.
    assert partiel["C1.2.1"] == P and partiel["C1.2.3"] == P
    assert partiel["C1.5.2"] == P and partiel["C1.6.2"] == P
    # C1.3.1 at 48.9 %, C1.4.1 at 48.8 % and C1.6.1 at 32.5 % stay below even 50 %; C1.5.1 (59.5 %) and
    # C1.7.1 (82.7 %) fail on a criterion « En cours d'acquisition » (the accessible shop, the oral).
    assert partiel["C1.3.1"] == N and partiel["C1.4.1"] == N and partiel["C1.6.1"] == N
    assert partiel["C1.5.1"] == N and partiel["C1.7.1"] == N
    # 0 acquired + 7 pending of 12, 6 needed -> the bloc waits for the trainer.
    assert next(c for c in variant.candidates if c.candidate.id == "demo_partiel").bloc(1).status == \
        model.BLOC_PENDING
    # perturbateur: 0 acquired, 8 pending: 6 still possible -> pending; vide: none -> failed.
    by_id = {c.candidate.id: c for c in variant.candidates}
    assert by_id["demo_perturbateur"].bloc(1).status == model.BLOC_PENDING
    assert by_id["demo_vide"].bloc(1).status == model.FAILED


def test_a_changed_rubric_puts_the_judgement_back_to_review(demo, tmp_path):
    copy = tmp_path / "cours"
    shutil.copytree(demo, copy, ignore=shutil.ignore_patterns("rapports"))
    toml = copy / "course" / "bloc1" / "rubriques.toml"
    text = toml.read_text(encoding="utf-8")
    # Reword the first descriptor of note_veille's first criterion: its fingerprint changes.
    start = text.index('cellule = "note_veille"')
    first = text.index("descripteurs = [\n  \"", start) + len("descripteurs = [\n  \"")
    toml.write_text(text[:first] + "Reformulé : " + text[first:], encoding="utf-8")
    report = rubric_store.recompute(f"sqlite:///{copy / 'gradebook.db'}", copy, "bloc1")
    assert ("demo_complet", "02_benchmark_ecoute", "note_veille") in {f[:3] for f in report.flagged}
    again = assess_course(copy)
    c123 = competency(again, "demo_complet", "C1.2.3")
    assert c123.status == P
    assert {e.note for e in c123.evidence if e.kind == "grille"} == {model.TO_REVIEW}
    assert again.candidates[0].bloc(1).status == model.BLOC_PENDING


def test_reports_are_written_for_the_jury_and_the_certifier(demo, cohort, monkeypatch, capsys):
    from cmcert_lib.cli import main

    monkeypatch.delenv("CMCERT_COURSE", raising=False)
    monkeypatch.chdir(demo)
    assert main(["rapport"]) == 0  # the `cmcert` command itself
    out = capsys.readouterr().out
    folder = demo / "rapports"
    assert str(folder / "promotion.html") in out and str(folder / "competences.csv") in out
    pages = sorted(p.name for p in (folder / "candidats").glob("*.html"))
    assert pages == ["demo_complet.html", "demo_partiel.html", "demo_perturbateur.html", "demo_vide.html"]
    partiel = (folder / "candidats" / "demo_partiel.html").read_text(encoding="utf-8")
    assert "Yanis Benali" in partiel and "Proposition au jury : Non" in partiel
    assert "Ton chaleureux &lt;b&gt;et&lt;/b&gt; précis" in partiel
    assert partiel.count(">Non évaluée</span>") == 10  # the competencies of blocs 4 and 5
    assert '<svg xmlns="http://www.w3.org/2000/svg" role="img"' in partiel  # its chart, drawn inline
    promotion = (folder / "promotion.html").read_text(encoding="utf-8")
    assert promotion.count("data:image/png;base64,") == 4
    with (folder / "competences.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert len(rows) == 4 * 38
    row = next(r for r in rows if r["Identifiant"] == "demo_partiel" and r["Compétence"] == "C1.5.1")
    assert (row["Statut de la compétence"], row["Points obtenus"], row["Part des points (%)"]) == \
        ("non acquise", "6,55", "59,5")
    assert load_workbook(folder / "competences.xlsx")["Compétences"].max_row == 1 + 4 * 38


def test_build_reports_into_another_folder(demo, tmp_path):
    files = build_reports(demo, folder=tmp_path / "ailleurs")
    assert files.cohort.is_file() and files.xlsx.is_file() and len(files.candidates) == 4
