"""A bloc from outside the library, end to end: the bloc layout holds without touching the infrastructure.

The fixture bloc « essai » (``tests/fixtures/bloc_essai/``) is the folder pair of a real bloc: its
notebook's text source and rubric in ``course/essai/``, its package (checks, a loader over its own
CSV, the partly-right candidate's answers) in ``cmcert_lib/essai/``. Putting the fixture's folder
on ``PYTHONPATH`` after the library's plugs that package into ``cmcert_lib``, as a plugin would be
installed; the real ``cmcert`` commands then build, grade, feed back and report the bloc on a
course that holds nothing else.
"""

from __future__ import annotations

import csv
import html
import os
import runpy
import shutil
import subprocess
from pathlib import Path

import nbformat
import pytest
from nbgrader.api import Gradebook

import cmcert_lib
from cmcert_lib import blocs
from cmcert_lib.demo import WEAK_MANUAL_ANSWER, fill
from cmcert_lib.grading import sandbox
from tests.conftest import CMCERT, ROOT

pytestmark = pytest.mark.skipif(sandbox.available() is not None,
                                reason=f"grading needs the sandbox, unavailable here: {sandbox.available()}")

FIXTURE = ROOT / "tests" / "fixtures" / "bloc_essai"
LIBRARY = Path(cmcert_lib.__file__).resolve().parent
BLOC = "essai"
NOTEBOOK = "01_essai"
TEST_CELL = "cout_par_clic_tests"
MANUAL_CELL = "recommandation"
POINTS = 3.0
COMPETENCY = "C5.2.3"
PARTIAL = runpy.run_path(str(FIXTURE / "cmcert_lib" / BLOC / "demo" / "notebook_01.py"))
# The candidates and the automatic points each must get.
EXPECTED_POINTS = {"essai_complet": POINTS, "essai_partiel": PARTIAL["PARTIAL_EXPECTED_POINTS"],
                   "essai_vide": 0.0}


def plugin_env() -> dict[str, str]:
    """The environment of a trainer who installed the fixture bloc: its folder after the library's."""
    env = {k: v for k, v in os.environ.items() if k != "CMCERT_COURSE"}
    env["PYTHONPATH"] = os.pathsep.join([str(LIBRARY.parent), str(FIXTURE)])
    env["PATH"] = f"{CMCERT.parent}{os.pathsep}{os.environ['PATH']}"
    return env


def cmcert(root: Path, *args: str) -> str:
    proc = subprocess.run([str(CMCERT), *args], cwd=root, env=plugin_env(), capture_output=True, text=True,
                          check=False)
    assert proc.returncode == 0, f"cmcert {' '.join(args)}:\n{proc.stdout}\n{proc.stderr}"
    assert "Traceback" not in proc.stdout + proc.stderr
    return proc.stdout


def write_submissions(root: Path) -> None:
    """The three hand-ins in submitted/<student>/essai/, as nbgrader collect leaves them."""
    release = nbformat.read(root / "release" / BLOC / f"{NOTEBOOK}.ipynb", as_version=4)
    source = nbformat.read(root / "source" / BLOC / f"{NOTEBOOK}.ipynb", as_version=4)
    notebooks = {
        "essai_complet": fill(release, source),
        "essai_partiel": fill(release, source, PARTIAL["PARTIAL_ANSWERS"], WEAK_MANUAL_ANSWER),
        "essai_vide": release,
    }
    for student, nb in notebooks.items():
        folder = root / "submitted" / student / BLOC
        folder.mkdir(parents=True)
        nbformat.write(nb, folder / f"{NOTEBOOK}.ipynb")
        (folder / "timestamp.txt").write_text("2027-02-01 18:00:00.000000 UTC\n", encoding="utf-8")


@pytest.fixture(scope="module")
def course(tmp_path_factory) -> Path:
    """A course with the fixture bloc only, built, handed in, graded and reported by the real commands."""
    root = tmp_path_factory.mktemp("bloc_essai")
    shutil.copy(ROOT / "nbgrader_config.py", root / "nbgrader_config.py")
    (root / "course").mkdir()
    shutil.copy(ROOT / "course" / "validation.toml", root / "course" / "validation.toml")
    shutil.copytree(FIXTURE / "course" / BLOC, root / "course" / BLOC)
    cmcert(root, "build", BLOC)
    write_submissions(root)
    graded = cmcert(root, "grade", BLOC)
    for student, points in EXPECTED_POINTS.items():
        assert f"{student} : {points:g} / {POINTS:g} points automatiques" in graded
    cmcert(root, "rapport")
    return root


def test_the_fixture_bloc_lives_outside_the_library():
    # By construction: everything of the bloc is under tests/fixtures/, nothing of it in the library.
    assert not (LIBRARY / BLOC).exists() and not (ROOT / "course" / BLOC).exists()
    assert BLOC not in blocs.bloc_packages()  # this process was not given the plugin
    for path in LIBRARY.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "cmcert_lib.essai" not in text and "essai.cout_par_clic" not in text, path
    proc = subprocess.run(
        [str(CMCERT.parent / "python"), "-c",
         "from cmcert_lib import blocs; print(blocs.package_dir('essai')); print(blocs.data_dir('bloc1'))"],
        env=plugin_env(), capture_output=True, text=True, check=True)
    assert proc.stdout.split() == [str(FIXTURE / "cmcert_lib" / BLOC), str(LIBRARY / "bloc1" / "data")]


def test_build_writes_the_source_and_the_candidates_copy(course):
    source = nbformat.read(course / "source" / BLOC / f"{NOTEBOOK}.ipynb", as_version=4)
    tests = [c for c in source.cells if c.metadata.get("nbgrader", {}).get("grade_id") == TEST_CELL]
    assert len(tests) == 1 and tests[0].metadata["cmcert"]["competencies"] == [COMPETENCY]
    assert tests[0].metadata["nbgrader"]["points"] == POINTS
    copy = nbformat.read(course / "release" / BLOC / f"{NOTEBOOK}.ipynb", as_version=4)
    release = "\n".join(c.source for c in copy.cells)
    assert 'check("essai.cout_par_clic", cout_par_clic)' in release
    for hidden in ("BEGIN HIDDEN TESTS", "expected=", ".round(2)", "Je suivrai chaque semaine"):
        assert hidden not in release
    assert "Grille de correction" in release and "B5-05" in release  # the rubric, shown to the candidate


def test_grading_gives_the_exact_automatic_points(course):
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        for student, points in EXPECTED_POINTS.items():
            auto = gb.find_grade(TEST_CELL, NOTEBOOK, BLOC, student)
            assert auto.max_score == POINTS
            assert auto.auto_score == pytest.approx(points), student
            manual = gb.find_grade(MANUAL_CELL, NOTEBOOK, BLOC, student)
            # A written answer waits for the trainer; a blank one is 0 at once.
            assert manual.needs_manual_grade == (student != "essai_vide"), student
    assert 0 < EXPECTED_POINTS["essai_partiel"] < POINTS


def test_the_loader_ran_in_the_sandbox_on_the_fixture_data(course):
    nb = nbformat.read(course / "autograded" / "essai_complet" / BLOC / f"{NOTEBOOK}.ipynb", as_version=4)
    (loader,) = [c for c in nb.cells if c.cell_type == "code" and "load_campaign()" in c.source]
    outputs = "".join(str(o.get("data", {}).get("text/plain", "")) + str(o.get("ename", "")) for o in loader.outputs)
    assert "TikTok" in outputs and "61000" in outputs and "Error" not in outputs


def test_every_candidate_gets_french_feedback(course):
    # As a browser shows them: the page writes the apostrophe of « n'existe » as an entity.
    pages = {s: html.unescape((course / "feedback" / s / BLOC / f"{NOTEBOOK}.html").read_text(encoding="utf-8"))
             for s in EXPECTED_POINTS}
    for student, page in pages.items():
        assert 'lang="fr"' in page and "Vérification automatique" in page and "Grille de correction" in page
        points = f"{EXPECTED_POINTS[student]:g}".replace(".", ",")
        assert f"Points : {points} / {POINTS:g}" in page, student
        for leak in ("BEGIN HIDDEN TESTS", "expected=", "score(", "Traceback (most recent call last)"):
            assert leak not in page, f"{student} sees {leak}"
    assert "à revoir : Facebook." in pages["essai_partiel"]  # the scorer's remark, without the values
    assert "n'existe pas au moment de la vérification" in pages["essai_vide"]


def test_the_report_lists_the_fixture_competency_evidence(course):
    with (course / "rapports" / "competences.csv").open(encoding="utf-8-sig") as handle:
        rows = [r for r in csv.DictReader(handle, delimiter=";") if r["Compétence"] == COMPETENCY]
    by_student = {r["Identifiant"]: r for r in rows}
    assert sorted(by_student) == sorted(EXPECTED_POINTS)
    for student, points in EXPECTED_POINTS.items():
        row = by_student[student]
        assert row["Bloc"] == "5"
        assert row["Points obtenus"] == f"{points:g}" and row["Points maximum"] == f"{POINTS:g}"
        assert f"{NOTEBOOK}/{TEST_CELL} {points:g}/{POINTS:g}" in row["Preuves"]
        assert f"{NOTEBOOK}/{MANUAL_CELL} pilotage_couts" in row["Preuves"]
    assert by_student["essai_vide"]["Statut de la compétence"] == "non acquise"
    page = (course / "rapports" / "candidats" / "essai_partiel.html").read_text(encoding="utf-8")
    assert COMPETENCY in page and "Question 1 — Le coût par clic de chaque plateforme" in page
    assert "Pilotage des coûts de la campagne (B5-05)" in page
