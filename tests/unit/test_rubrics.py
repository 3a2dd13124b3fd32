"""The rubrics: every manual cell of every bloc has one, they agree with the referential, errors are clear."""

from __future__ import annotations

import dataclasses
import os

import nbformat
import pytest

from cmcert_lib.authoring import textformat as nf
from cmcert_lib.authoring.build import build_sources
from cmcert_lib.authoring.rubrics import (
    LEVELS,
    MASTERED_FROM,
    RubricError,
    load_rubrics,
    manual_cells,
    rubric_errors,
)
from cmcert_lib.cli import main
from cmcert_lib.facts import referential
from tests.conftest import ROOT, copy_course

BLOC = "bloc1"


def test_level_scale():
    assert [lvl.key for lvl in LEVELS] == ["non_acquis", "en_cours", "acquis", "maitrise"]
    assert [lvl.label for lvl in LEVELS] == ["Non acquis", "En cours d'acquisition", "Acquis", "Maîtrisé"]
    assert MASTERED_FROM in [lvl.key for lvl in LEVELS]


def test_every_manual_cell_of_every_bloc_has_a_valid_rubric(real_course):
    blocs = real_course.blocs()
    assert BLOC in blocs
    for bloc in blocs:
        cells = manual_cells(real_course.source(bloc))
        rubrics = load_rubrics(real_course.root, bloc)  # raises with every problem listed
        assert list(rubrics) == list(cells), f"{bloc}: rubrics and manual cells differ"
        for key, rubric in rubrics.items():
            assert rubric.max_points == pytest.approx(cells[key].points)
            assert 1 <= len(rubric.criteria) <= 6 and rubric.comments


def test_bloc1_has_its_sixteen_manual_cells():
    assert len(load_rubrics(ROOT, BLOC)) == 16  # notebook 08 adds the jury's questions and the opening minute


def test_every_criterion_names_competencies_and_criteria_of_the_referential(real_course):
    for bloc in real_course.blocs():
        for rubric in load_rubrics(real_course.root, bloc).values():
            cell = manual_cells(real_course.source(bloc))[rubric.key]
            for crit in rubric.criteria:
                assert crit.competencies
                for code in crit.competencies:
                    assert referential.is_competency_code(code), code
                    assert code in cell.competencies
                assert referential.criterion(crit.referential).id in cell.criteria
                assert crit.points[0] == 0 and list(crit.points) == sorted(crit.points)
                assert len(crit.descriptors) == len(LEVELS)


def test_score_of_a_judgement():
    rubric = load_rubrics(ROOT, BLOC)[("02_benchmark_ecoute", "lecture_benchmark")]
    levels = {"criteres": "maitrise", "positionnement": "en_cours", "hypotheses": "acquis", "etude_marche": "acquis"}
    assert rubric.score(levels) == pytest.approx(2 + 0.5 + 1.5 + 0.75)
    assert rubric.max_points == 7


def test_fingerprint_ignores_points_only():
    crit = load_rubrics(ROOT, BLOC)[("01_brief", "reformulation")].criteria[0]
    same = dataclasses.replace(crit, points=(0, 0.5, 0.75, 2))
    assert same.fingerprint == crit.fingerprint
    for change in ({"title": "Autre titre"}, {"referential": "B1-02"}, {"competencies": ("C1.2.1",)},
                   {"descriptors": ("a", "b", "c", "d")}):
        assert dataclasses.replace(crit, **change).fingerprint != crit.fingerprint


# --- what the candidate sees ------------------------------------------------------


def test_the_guide_shows_the_rubric_table_but_not_the_comment_bank():
    rubrics = load_rubrics(ROOT, BLOC)
    for folder in ("source", "release"):
        for path in sorted((ROOT / folder / BLOC).glob("*.ipynb")):
            nb = nbformat.read(path, as_version=4)
            guides = {c.metadata["nbgrader"]["grade_id"]: c.source for c in nb.cells
                      if c.metadata.get("nbgrader", {}).get("grade_id", "").endswith("_grille")}
            for (notebook, cell), rubric in rubrics.items():
                if notebook != path.stem:
                    continue
                guide = guides[f"{cell}_grille"]
                assert "| Critère | Non acquis | En cours d'acquisition | Acquis | Maîtrisé |" in guide
                for crit in rubric.criteria:
                    assert f"**{crit.title}**" in guide
                    for descriptor in crit.descriptors:
                        assert descriptor in guide
                text = path.read_text(encoding="utf-8")
                for comment in rubric.comments:
                    assert comment not in text, f"{folder}/{path.name} shows the trainer's comment bank"


def test_build_with_a_rubric_that_disagrees_with_the_cell_fails():
    rubric = load_rubrics(ROOT, BLOC)[("01_brief", "reformulation")]
    text = "# %% manual id=reformulation points=4 competencies=C1.1.1 criteria=B1-01\n# Réponse.\n"
    with pytest.raises(nf.FormatError, match="totalisent 3 points, la cellule en vaut 4"):
        nf.build(text, "01_brief.py", rubrics={rubric.key: rubric})
    with pytest.raises(nf.FormatError, match="has no rubric"):
        nf.build(text, "02_autre.py", rubrics={rubric.key: rubric})
    # Without rubrics (unit tests, a bloc without rubric file) the build still works.
    assert "Grille détaillée" not in nf.build(text, "01_brief.py").cells[0].source


def test_build_reads_the_rubric_beside_the_text_source(tmp_path):
    course = copy_course(tmp_path)
    path = course.root / "course" / BLOC / "rubriques.toml"
    path.write_text(path.read_text(encoding="utf-8").replace("points = [0, 0.25, 0.75, 1]",
                                                             "points = [0, 0.25, 0.75, 2]", 1))
    with pytest.raises(nf.FormatError, match="totalisent 4 points, la cellule en vaut 3"):
        build_sources(course, BLOC)


# --- validation errors --------------------------------------------------------------


@pytest.fixture
def broken(tmp_path):
    course = copy_course(tmp_path)
    path = course.root / "course" / BLOC / "rubriques.toml"
    original = path.read_text(encoding="utf-8")

    def apply(old: str, new: str, count: int = 1) -> list[str]:
        assert old in original, old
        path.write_text(original.replace(old, new, count), encoding="utf-8")
        return rubric_errors(course.root, BLOC)[1]

    return apply


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('cellule = "reformulation"', 'cellule = "reformulations"',
         "01_brief/reformulations : aucune cellule corrigée à la main de ce nom"),
        ("points = [0, 0.25, 0.75, 1]", "points = [0, 0.25, 0.75, 1.5]",
         "01_brief/reformulation : les critères totalisent 3,5 points, la cellule en vaut 3"),
        ('referentiel = "B1-01"', 'referentiel = "B1-99"', "« B1-99 » n'est pas un critère d'évaluation"),
        ('referentiel = "B1-01"', 'referentiel = "B1-02"',
         "critère « situation » : B1-02 n'est pas un critère de la cellule (B1-01)"),
        ('competences = ["C1.1.1"]', 'competences = ["C9.9.9"]', "« C9.9.9 » n'est pas une compétence"),
        ('competences = ["C1.1.1"]', 'competences = ["C1.2.1"]',
         "critère « situation » : la compétence C1.2.1 n'est pas évaluée par la cellule (C1.1.1)"),
        ("points = [0, 0.25, 0.75, 1]", "points = [0, 0.75, 1]", "3 valeurs de points pour 4 niveaux"),
        ("points = [0, 0.25, 0.75, 1]", "points = [0, 0.75, 0.25, 1]", "les points doivent croître"),
        ("points = [0, 0.25, 0.75, 1]", "points = [0.25, 0.5, 0.75, 1]", "le premier niveau (« Non acquis »)"),
        ('  "Situation absente ou recopiée du brief sans tri.",\n', "", "3 descripteurs pour 4 niveaux"),
        ('id = "problematique"', 'id = "situation"', "l'id de critère « situation » est employé deux fois"),
        ('id = "situation"', 'id = "Situation Marque"', "id doit être en minuscules"),
        ('titre = "Problématique posée"', 'intitule = "Problématique posée"', "titre manquant"),
    ],
)
def test_validation_errors_say_what_and_where(broken, old, new, message):
    errors = broken(old, new)
    assert any(message in e for e in errors), errors
    assert all(e.startswith("course/bloc1/rubriques.toml") for e in errors)


def test_a_manual_cell_without_rubric_is_reported(broken):
    errors = broken('cellule = "contexte"', 'cellule = "contexte_bis"')
    assert any("la cellule 01_brief/contexte n'a pas de rubrique" in e for e in errors)


def test_unreadable_or_missing_file(tmp_path, broken):
    assert "TOML illisible" in broken('notebook = "01_brief"', 'notebook = 01_brief')[0]
    course = copy_course(tmp_path / "autre")
    (course.root / "course" / BLOC / "rubriques.toml").unlink()
    errors = rubric_errors(course.root, BLOC)[1]
    assert errors == [("course/bloc1/rubriques.toml : fichier introuvable, alors que le bloc compte "
                      "16 réponse(s) corrigée(s) à la main.")]
    with pytest.raises(RubricError, match="fichier introuvable"):
        load_rubrics(course.root, BLOC)


# --- the command line -----------------------------------------------------------------


def _run(argv, cwd, monkeypatch):
    """The `cmcert` command itself, as a trainer types it."""
    monkeypatch.chdir(cwd)
    monkeypatch.delenv("CMCERT_COURSE", raising=False)
    return main(argv)


def test_cli_verifier(tmp_path, monkeypatch, capsys):
    course = copy_course(tmp_path)
    assert _run(["rubriques", "verifier"], course.root, monkeypatch) == 0
    assert "bloc1 : 16 grille(s), 51 critère(s), conformes" in capsys.readouterr().out
    path = course.root / "course" / BLOC / "rubriques.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('competences = ["C1.1.1"]', 'competences = ["C1.5.1"]', 1))
    assert _run(["rubriques", "verifier", "bloc1"], course.root, monkeypatch) == 1
    assert "la compétence C1.5.1 n'est pas évaluée par la cellule" in capsys.readouterr().out


@pytest.mark.slow  # creates a gradebook with nbgrader's migrations
def test_cli_recalculer(tmp_path, monkeypatch, capsys):
    from tests.unit.test_marking_store import minimal_gradebook

    course = copy_course(tmp_path)
    minimal_gradebook(course.root / "gradebook.db", course.root)
    from cmcert_lib.marking.store import save_cell

    rubric = load_rubrics(course.root, BLOC)[("01_brief", "contexte")]
    save_cell(course.gradebook_url, rubric, "alice", dict.fromkeys(("contexte", "opportunites", "contraintes"),
                                                                   "acquis"), {}, "", "f", 0)
    assert _run(["rubriques", "recalculer", "bloc1"], course.root, monkeypatch) == 0
    assert "0 note(s) recalculée(s), 0 réponse(s) à revoir, 1 inchangée(s)" in capsys.readouterr().out
    assert os.path.exists(course.root / "gradebook.db")
