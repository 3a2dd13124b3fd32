"""Grading that cannot be gamed and a batch that never breaks.

One small assignment (one notebook, two autograded questions worth 2 and 3
points, one manual answer) and a cohort of hostile or broken hand-ins, graded
in ONE batch by the trainer's command (``grade_bloc``).  Each case asserts the
score it gets; the module also asserts that the submissions on disk are
unchanged, that the host and the honest candidates were unaffected, and that a
run killed midway and started again gives the same grades.

The attacks are written the way a candidate would write them, not as the
defences expect them: what is tested is that the candidate controls only
their answers, never the checking.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest
from nbgrader.api import Gradebook

from cmcert_lib.authoring import textformat as nf
from cmcert_lib.authoring.build import build_sources, generate_release
from cmcert_lib.checks import core
from cmcert_lib.grading import sandbox
from cmcert_lib.grading.batch import grade_bloc, notebook_grades
from cmcert_lib.layout import Course
from tests.conftest import ROOT

pytestmark = pytest.mark.skipif(sandbox.available() is not None, reason=f"no sandbox here: {sandbox.available()}")

BLOC = "blocz"
NAME = "01_essai.ipynb"
TEXT = '''\
# %% [markdown]
# # Essai (C1.2.2)

# %% [markdown]
# Donnez le nombre.

# %% solution id=nombre
### BEGIN SOLUTION
nombre = 42
### END SOLUTION

# %% tests id=nombre_tests points=2 competencies=C1.2.2
"""Le nombre."""
from cmcert_lib.checks import check, score
check("essai.nombre", nombre)
### BEGIN HIDDEN TESTS
score("essai.nombre", nombre, expected=42, points=2)
### END HIDDEN TESTS

# %% [markdown]
# Donnez le tableau.

# %% solution id=tableau
### BEGIN SOLUTION
tableau = {"a": 1, "b": 2}
### END SOLUTION

# %% tests id=tableau_tests points=3 competencies=C1.2.2
"""Le tableau."""
from cmcert_lib.checks import check, score
check("essai.tableau", tableau)
### BEGIN HIDDEN TESTS
score("essai.tableau", tableau, expected={"a": 1, "b": 2}, points=3)
### END HIDDEN TESTS

# %% manual id=avis points=2 competencies=C1.2.2 criteria=B1-03
# Un avis modèle.
'''


def _register_questions():
    if "essai.nombre" in core._VISIBLE:
        return

    @core.visible("essai.nombre")
    def _nombre(answer):
        core.as_number(answer, "Le nombre")
        return "Format correct."

    @core.scorer("essai.nombre")
    def _nombre_score(answer, expected):
        return core.Outcome(1.0 if core.is_close(answer, expected) else 0.0)

    @core.visible("essai.tableau")
    def _tableau(answer):
        core.as_mapping(answer, "Le tableau")
        return "Format correct."

    @core.scorer("essai.tableau")
    def _tableau_score(answer, expected):
        fraction, remarks = core.share_of_close_values(core.as_mapping(answer, "Le tableau"), expected)
        return core.Outcome(fraction, remarks)


# Shorter than the defaults so that the loops and bombs cost seconds, not minutes.
LIMITS = sandbox.Limits(cell_timeout=6, wall_seconds=90)
RIGHT = {"nombre": "nombre = 42", "tableau": 'tableau = {"a": 1, "b": 2}'}
WRONG = {"nombre": "nombre = 41", "tableau": 'tableau = {"a": 0, "b": 0}'}
HOST_CANARY = Path("/tmp/cmcert-adversarial-canary")
STARTUP = Path.home() / ".ipython" / "profile_default" / "startup"


def wrong_with(before: str = "", nombre: str = WRONG["nombre"], tableau: str = WRONG["tableau"]) -> dict:
    return {"nombre": before + nombre, "tableau": tableau}


def _forge(edit: str, text: str) -> str:
    """Answer code that rewrites the sandbox's result (the candidate's code runs as the runner's user),
    then kills the runner so that its own result never replaces the forged one."""
    return ("import json, os, signal\nnb = json.load(open('copie.ipynb'))\n" + (edit + "\n" if edit else "")
            + f"open('resultat.ipynb', 'w').write({text})\nos.kill(os.getppid(), signal.SIGKILL)\n")


ACTIVE_OUTPUTS = """\
from IPython.display import display, HTML, Markdown, SVG, Latex, Javascript
display(Markdown("[clic](javascript:alert(1)) <script>alert(2)</script> <img src=x onerror=alert(3)>"))
display({"image/svg+xml": '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(4)"/>',
         "text/latex": r"$\\href{javascript:alert(5)}{x}$", "application/javascript": "alert(6)",
         "application/vnd.jupyter.widget-view+json": {"model_id": "x", "version_major": 2, "version_minor": 0},
         "text/html": '<a href="&#106;avascript:alert(7)">a</a><div style="position:fixed" id="notebook">b</div>',
         "image/png": 'x" onerror="alert(8)', "text/plain": "texte"}, raw=True)
display(HTML('<details open ontoggle=alert(9)><table class="dataframe"><tr><td>1</td></tr></table>'))
display(Javascript("alert(10)"))
"""
ACTIVE_MARKDOWN = """\
Mon avis. <script>alert(11)</script> <iframe src="javascript:alert(12)"></iframe> <style>*{display:none}</style>
[clic](javascript:alert(13)) [clic](JaVa&#x09;ScRiPt&colon;alert(14)) [clic](data:text/html,<script>alert(15)</script>)
![image](attachment:x.png) <img src=x onerror=alert(16)> [ref][1]

[1]: vbscript:alert(17)
"""


def _attacks(root: Path) -> dict[str, tuple[dict | bytes | None, float]]:
    """student -> (answers by grade_id, or raw file bytes, or None for no file; expected autograded points)."""
    gradebook = root / "gradebook.db"
    source = root / "source" / BLOC / NAME
    return {
        "honnete_juste": (RIGHT, 5),
        "honnete_faux": (WRONG, 0),
        "partiel": ({"nombre": "nombre = 42", "tableau": 'tableau = {"a": 1, "b": 5}'}, 3.5),
        # Turn every later cell (the checks included) into `pass`.
        "transformateur": (wrong_with("get_ipython().input_transformers_cleanup.append(lambda lines: ['pass\\n'])\n"), 0),
        "transformateur_ast": (wrong_with(
            "import ast\nclass Vide(ast.NodeTransformer):\n    def visit_Module(self, node):\n"
            "        return ast.Module(body=[ast.Pass()], type_ignores=[])\n"
            "get_ipython().ast_transformers.append(Vide())\n"), 0),
        # Answers that claim to equal anything.
        "egalite_truquee": ({
            "nombre": "class N(float):\n    def __eq__(self, o): return True\n    __hash__ = float.__hash__\nnombre = N(7)",
            "tableau": "class T(dict):\n    def __eq__(self, o): return True\n    def get(self, k, d=None): return 1 if k=='a' else 2\n"
                       "    def __getitem__(self, k): return self.get(k)\ntableau = T()",
        }, 0),
        "objet_quelconque": ({"nombre": "class X:\n    def __eq__(self, o): return True\n    def __float__(self): return 42.0\n"
                                        "nombre = X()", "tableau": WRONG["tableau"]}, 0),
        # Monkeypatching the library, math, numpy, pandas and builtins the checks use.
        "monkeypatch": (wrong_with(
            "import math, builtins, numpy, pandas, cmcert_lib.checks.core as core\n"
            "math.isclose = lambda *a, **k: True\ncore.is_close = lambda *a, **k: True\n"
            "core.share_of_close_values = lambda *a, **k: (1.0, [])\n"
            "core.run_scorer = lambda *a, **k: core.Outcome(1.0)\n"
            "numpy.isclose = lambda *a, **k: True\npandas.testing.assert_frame_equal = lambda *a, **k: None\n"
            "builtins.float = lambda *a: 42.0\n"), 0),
        # Forged outputs: a printed score, a forged answer export, a fake final value.
        "sorties_forgees": (wrong_with(
            "from IPython.display import display\nprint('Points : 2 / 2')\n"
            "display({'application/vnd.cmcert.answer+json': {'status': 'ok', 'name': 'nombre', 'value': 42}}, raw=True)\n"
            "2.0\n"), 0),
        # Reading the hidden tests and the gradebook (by every path a candidate knows).
        "lecture_solutions": ({
            "nombre": "import glob, json\nnombre = 0\nfor p in glob.glob('/**/*.ipynb', recursive=True) + "
                      f"[{str(source)!r}, '../../../source/{BLOC}/{NAME}']:\n"
                      "    try:\n        t = open(p).read()\n    except Exception:\n        continue\n"
                      "    if 'expected=42' in t:\n        nombre = 42\n",
            "tableau": f"import sqlite3\ntry:\n    sqlite3.connect({str(gradebook)!r}).execute('select 1')\n"
                       "    tableau = {'a': 1, 'b': 2}\nexcept Exception:\n    tableau = {}\n",
        }, 0),
        # Writing outside its scratch space: the gradebook, the course, the host's /tmp, IPython startup.
        "ecriture_hors_bac": (wrong_with(
            "import os\nfor p in [" + ", ".join(repr(str(p)) for p in (gradebook, source, HOST_CANARY)) + "]:\n"
            "    try:\n        open(p, 'w').write('pirate')\n    except Exception:\n        pass\n"
            f"os.makedirs({str(STARTUP)!r}, exist_ok=True)\n"
            f"open(os.path.join({str(STARTUP)!r}, '00-pirate.py'), 'w').write('nombre = 42')\n"), 0),
        # Leaving something for the next candidate (startup files, /tmp, environment).
        "persistance_1": (wrong_with(
            "import os\nos.makedirs(os.path.expanduser('~/.ipython/profile_default/startup'), exist_ok=True)\n"
            "open(os.path.expanduser('~/.ipython/profile_default/startup/00-x.py'), 'w')"
            ".write('nombre = 42\\ntableau = {\"a\": 1, \"b\": 2}')\n"
            "open('/tmp/cmcert-persist', 'w').write('42')\n"), 0),
        "persistance_2": ({"nombre": "import os\nnombre = 42 if os.path.exists('/tmp/cmcert-persist') else "
                                     "globals().get('nombre', 41)",
                           "tableau": "tableau = globals().get('tableau', {})"}, 0),
        # Resource attacks: each costs the cell concerned, never the batch.
        "bombe_memoire": (wrong_with("", RIGHT["nombre"] + "\nx = bytearray(64 * 1024**3)", RIGHT["tableau"]), 5),
        # Memory filled and kept: the export needs almost none (preloaded), the answers still count.
        "bombe_memoire_liste": (wrong_with("", RIGHT["nombre"] + "\nl = []\nwhile True:\n    l.append(' ' * 10**7)",
                                           RIGHT["tableau"]), 5),
        "bombe_fichier": (wrong_with("", RIGHT["nombre"] + "\nwith open('gros', 'wb') as f:\n    while True:\n"
                                     "        f.write(b'x' * 10**7)", RIGHT["tableau"]), 5),
        "bombe_fork": (wrong_with("", RIGHT["nombre"] + "\nimport os, time\nfor _ in range(100000):\n"
                                  "    if os.fork() == 0:\n        time.sleep(3600)\n", RIGHT["tableau"]), 5),
        "boucle_infinie": (wrong_with("", RIGHT["nombre"] + "\nwhile True:\n    pass", RIGHT["tableau"]), 5),
        "sortie_enorme": (wrong_with("", RIGHT["nombre"] + "\nprint('x' * 30_000_000)", RIGHT["tableau"]), 5),
        "reseau": ({"nombre": "import socket\ntry:\n    socket.create_connection(('pypi.org', 443), timeout=3)\n"
                              "    nombre = 42\nexcept OSError:\n    nombre = 0",
                    "tableau": WRONG["tableau"]}, 0),
        "noyau_mort": ({"nombre": RIGHT["nombre"], "tableau": "import os\nos._exit(1)"}, 2),
        "html_js": ({"nombre": RIGHT["nombre"] + "\nfrom IPython.display import HTML, Javascript, display\n"
                               "display(HTML('<script>alert(\"pirate\")</script><img src=x onerror=alert(1)>'))\n"
                               "display(Javascript('alert(2)'))",
                     "tableau": RIGHT["tableau"],
                     "avis": "Mon avis <script>alert('pirate')</script> <img src=x onerror=alert(3)>"}, 5),
        # Content that runs where a trainer or a candidate looks (formgrader, feedback): stored inert.
        "contenus_actifs": ({"nombre": RIGHT["nombre"] + "\n" + ACTIVE_OUTPUTS, "tableau": RIGHT["tableau"],
                             "avis": ACTIVE_MARKDOWN}, 5),
        # The executed notebook comes back forged (the runner killed, its result rewritten): 0, never a crash.
        "resultat_profond": (wrong_with("", _forge("", "'[' * 60000 + ']' * 60000"), RIGHT["tableau"]), 0),
        "resultat_entier": (wrong_with("", _forge("nb['metadata']['x'] = 'N'",
                                                  "json.dumps(nb).replace('\"N\"', '9' * 5000)"), RIGHT["tableau"]), 0),
        "resultat_infini": (wrong_with("", _forge("nb['metadata']['x'] = 'N'",
                                                  "json.dumps(nb).replace('\"N\"', '1e400')"), RIGHT["tableau"]), 0),
        "resultat_schema": (wrong_with("", _forge("", "json.dumps({'cells': 'rien', 'nbformat': 4})"),
                                       RIGHT["tableau"]), 0),
        "resultat_40mo": (wrong_with("", _forge(
            "for c in nb['cells']:\n    if c['cell_type'] == 'code':\n        c['outputs'] = [{'output_type': "
            "'stream', 'name': 'stdout', 'text': 'x' * 8_000_000}]", "json.dumps(nb)"), RIGHT["tableau"]), 0),
        # Broken files and structures.
        "gros_notebook": (b'{"cells": [], "x": "' + b"x" * (100 * 1024 * 1024) + b'"}', 0),
        "cellules_50000": (json.dumps({"cells": [{"cell_type": "code", "source": "pass", "metadata": {},
                                                  "outputs": [], "execution_count": None}] * 50_000,
                                       "metadata": {}, "nbformat": 4, "nbformat_minor": 5}).encode(), 0),
        "nbformat_3": (json.dumps({"nbformat": 3, "nbformat_minor": 0, "metadata": {},
                                   "worksheets": [{"cells": []}]}).encode(), 0),
        "nbformat_5": (json.dumps({"nbformat": 5, "nbformat_minor": 0, "metadata": {}, "cells": []}).encode(), 0),
        "json_invalide": (b'{"cells": [', 0),
        "fichier_vide": (b"", 0),
        "sans_notebook": (None, 0),
    }


def _structural(release_nb: nbformat.NotebookNode) -> dict[str, tuple[nbformat.NotebookNode, float]]:
    """Hand-ins whose structure is damaged; answers are right so the points say what survived."""

    def answered():
        nb = nbformat.from_dict(json.loads(nf.dumps(release_nb)))
        for cell in nb.cells:
            gid = cell.metadata.get("nbgrader", {}).get("grade_id")
            if gid in RIGHT:
                cell.source = RIGHT[gid]
        return nb

    def cells(nb, gid):
        return next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == gid)

    cases = {}
    nb = answered()
    nb.cells.remove(cells(nb, "nombre_tests"))
    cases["test_supprime"] = (nb, 5)
    nb = answered()
    cells(nb, "tableau_tests").source = "pass"
    cases["test_modifie"] = (nb, 5)
    nb = answered()
    dup = nbformat.from_dict(json.loads(json.dumps(cells(nb, "nombre"))))
    dup.source = "nombre = 41"
    nb.cells.insert(nb.cells.index(cells(nb, "nombre")), dup)
    cases["id_duplique"] = (nb, 5)  # pasted cells run in order: the answer checked is the last one, 42
    nb = answered()
    cells(nb, "nombre").metadata = {}
    cases["metadonnees_effacees"] = (nb, 5)
    nb = answered()
    cell = cells(nb, "tableau")
    cell.cell_type = "markdown"
    cell.pop("outputs")
    cell.pop("execution_count")
    cases["type_change"] = (nb, 5)  # the dict literal still runs once its type is restored
    nb = answered()
    cells(nb, "nombre").source = "raise ValueError('oups')"
    cases["erreur"] = (nb, 3)
    return cases


def _digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _write_cohort(course: Course) -> dict[str, float]:
    release_nb = nbformat.read(course.release(BLOC) / NAME, as_version=4)
    expected = {}
    for student, (content, points) in _attacks(course.root).items():
        folder = course.submitted(student, BLOC)
        folder.mkdir(parents=True)
        if isinstance(content, bytes):
            (folder / NAME).write_bytes(content)
        elif isinstance(content, dict):
            nb = nbformat.from_dict(json.loads(nf.dumps(release_nb)))
            for cell in nb.cells:
                gid = cell.metadata.get("nbgrader", {}).get("grade_id")
                if gid in content:
                    cell.source = content[gid]
            (folder / NAME).write_text(nf.dumps(nb), encoding="utf-8")
        expected[student] = points
    for student, (nb, points) in _structural(release_nb).items():
        folder = course.submitted(student, BLOC)
        folder.mkdir(parents=True)
        (folder / NAME).write_text(nf.dumps(nb), encoding="utf-8")
        expected[student] = points
    # Renamed notebook plus extra files.
    folder = course.submitted("renomme_et_extras", BLOC)
    folder.mkdir(parents=True)
    nb = _structural(release_nb)["test_supprime"][0]
    nb.cells.insert(2, nbformat.v4.new_code_cell("pass"))
    (folder / "01_essai-Copy1.ipynb").write_text(nf.dumps(_structural(release_nb)["test_modifie"][0]))
    (folder / "brouillon.ipynb").write_text(nf.dumps(nbformat.v4.new_notebook()))
    (folder / "notes.txt").write_text("mes notes")
    expected["renomme_et_extras"] = 5
    expected.update(_odd_hand_ins(course, release_nb))
    for student in REFUSED_IDS:
        folder = course.submitted(student, BLOC)
        folder.mkdir(parents=True)
        (folder / NAME).write_text(nf.dumps(_right(release_nb)), encoding="utf-8")
    return expected


def _right(release_nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    return _structural(release_nb)["test_modifie"][0]


# Candidate ids that are spreadsheet formulas, or no file name at all: refused before grading.
REFUSED_IDS = ["=2+5", "+cmd", "-", "@SUM(A1)", ".cache"]
# Refused or unreadable hand-ins: nothing is staged, so no feedback page either.
NOT_STAGED = {"json_invalide", "fichier_vide", "sans_notebook", "gros_notebook", "cellules_50000", "nbformat_3",
              "nbformat_5", "lien_corrige", "lien_corrige_relatif", "dossier_lien", "lien_dur", "copie_corrige",
              "corrige_retouche"}


def _odd_hand_ins(course: Course, release_nb: nbformat.NotebookNode) -> dict[str, float]:
    """Hand-ins that are links to the solutions, the solutions themselves, or odd text and names."""
    source = course.source(BLOC) / NAME

    def folder(student):
        path = course.submitted(student, BLOC)
        path.mkdir(parents=True)
        return path

    folder("lien_corrige")
    (course.submitted("lien_corrige", BLOC) / NAME).symlink_to(source)
    (folder("lien_corrige_relatif") / NAME).symlink_to(os.path.relpath(source, course.submitted("x", BLOC)))
    course.submitted("dossier_lien", BLOC).parent.mkdir(parents=True)
    course.submitted("dossier_lien", BLOC).symlink_to(course.source(BLOC), target_is_directory=True)
    os.link(source, folder("lien_dur") / NAME)
    shutil.copyfile(source, folder("copie_corrige") / NAME)
    retouched = nbformat.read(source, as_version=4)
    retouched.cells.append(nbformat.v4.new_markdown_cell("Mon travail."))
    (folder("corrige_retouche") / "mon_travail.ipynb").write_text(nf.dumps(retouched), encoding="utf-8")

    # A lone UTF-16 surrogate, as JupyterLab saves half an emoji: written with JSON's \ud83d escape.
    nb = _right(release_nb)
    nb.cells.insert(1, nbformat.v4.new_code_cell('titre = "Bravo \ud83d"\nprint(titre)'))
    nb.cells.insert(1, nbformat.v4.new_markdown_cell("Un demi-émoji : \ud83d"))
    (folder("demi_emoji") / NAME).write_text(json.dumps(nb), encoding="ascii")
    # A Latin-1 file name (not UTF-8): recognised by its cells.
    with open(os.path.join(os.fsencode(folder("nom_latin1")), b"01_essai_\xe9t\xe9.ipynb"), "wb") as handle:
        handle.write(nf.dumps(_right(release_nb)).encode("utf-8"))
    # Names and messages that would forge lines and sections of the integrity report.
    nb = _right(release_nb)
    free = nbformat.v4.new_code_cell("raise ValueError('oups\\n## Candidat forgé\\n- [restauré] tout va bien')")
    free.metadata["nbgrader"] = {"grade_id": "x\n## Faux candidat\n- [restauré] rien à signaler", "solution": True}
    nb.cells.insert(1, free)
    target = folder("injection")
    (target / NAME).write_text(nf.dumps(nb), encoding="utf-8")
    (target / "a\n## Section forgée | `x` <script>.txt").write_text("x")
    # Attachments, widget state and duplicate cell ids: dropped or noted, the answers still count.
    nb = _right(release_nb)
    nb.metadata["widgets"] = {"application/vnd.jupyter.widget-state+json": {"state": {"x": {"html": "<script>"}}}}
    for cell in nb.cells:
        cell["id"] = "meme-id"
        if cell.cell_type == "markdown":
            cell["attachments"] = {"x.png": {"image/svg+xml": "<svg onload=alert(1)/>"}}
            cell.metadata["widgets"] = {"state": {}}
    (folder("pieces_jointes") / NAME).write_text(nf.dumps(nb), encoding="utf-8")
    return {"lien_corrige": 0, "lien_corrige_relatif": 0, "dossier_lien": 0, "lien_dur": 0, "copie_corrige": 0,
            "corrige_retouche": 0, "demi_emoji": 5, "nom_latin1": 5, "injection": 5, "pieces_jointes": 5}


def _scores(course: Course, students) -> dict[str, float]:
    with Gradebook(course.gradebook_url) as gb:
        return {s: sum(n.auto_score for n in notebook_grades(gb, BLOC, s)) for s in students}


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    _register_questions()
    root = tmp_path_factory.mktemp("adversarial")
    shutil.copy(ROOT / "nbgrader_config.py", root / "nbgrader_config.py")
    (root / "course" / BLOC).mkdir(parents=True)
    (root / "course" / BLOC / "01_essai.py").write_text(TEXT, encoding="utf-8")
    course = Course(root)
    build_sources(course, BLOC)
    generate_release(course, BLOC)
    expected = _write_cohort(course)
    HOST_CANARY.unlink(missing_ok=True)
    startup_before = sorted(STARTUP.glob("*")) if STARTUP.exists() else []
    submitted_before = _digest(root / "submitted")
    source_before = _digest(root / "source")
    started = time.monotonic()
    report = grade_bloc(course, BLOC, sorted(expected) + REFUSED_IDS, limits=LIMITS)
    seconds = time.monotonic() - started
    return course, expected, report, submitted_before, source_before, startup_before, seconds


def test_every_case_gets_exactly_what_its_answers_deserve(graded):
    course, expected, _report, *_ = graded
    scores = _scores(course, expected)
    wrong = {s: (scores[s], expected[s]) for s in expected if scores[s] != pytest.approx(expected[s])}
    assert not wrong, f"(obtained, deserved): {wrong}"


def test_the_batch_graded_everyone(graded):
    course, expected, report, *_ = graded
    assert sorted(r.student for r in report.results) == sorted(expected)
    for student in expected:
        if student not in NOT_STAGED:
            assert (course.feedback(student, BLOC) / NAME.replace(".ipynb", ".html")).is_file(), student


def test_submissions_on_disk_are_unchanged(graded):
    course, _, _, submitted_before, *_ = graded
    assert _digest(course.root / "submitted") == submitted_before


def test_host_and_course_are_unaffected(graded):
    course, _, _, _, source_before, startup_before, _ = graded
    assert not HOST_CANARY.exists()
    assert (sorted(STARTUP.glob("*")) if STARTUP.exists() else []) == startup_before
    assert _digest(course.root / "source") == source_before
    with Gradebook(course.gradebook_url) as gb:  # still a readable gradebook
        assert gb.find_assignment(BLOC).name == BLOC


def test_huge_output_is_capped_by_bytes_and_the_trainer_told(graded):
    course, _, report, *_ = graded
    notes = {r.student: " ".join(str(n) for n in r.integrity) for r in report.results}
    assert (course.autograded("sortie_enorme", BLOC) / NAME).stat().st_size < 5 * 1024 * 1024
    assert "sorties trop volumineuses" in notes["sortie_enorme"]


def test_candidate_html_and_javascript_never_reach_a_browser(graded):
    course, *_ = graded
    # The feedback page, and what formgrader renders: the autograded copy's markdown and outputs.
    feedback = (course.feedback("html_js", BLOC) / NAME.replace(".ipynb", ".html")).read_text(encoding="utf-8")
    autograded = nbformat.read(course.autograded("html_js", BLOC) / NAME, as_version=4)
    rendered = [c.source for c in autograded.cells if c.cell_type == "markdown"]
    rendered += [json.dumps(o.get("data", {})) for c in autograded.cells if c.cell_type == "code" for o in c.outputs]
    live = re.compile(r"<script|<[^>]*\son\w+\s*=", re.IGNORECASE)  # a script or an event handler
    for text in (feedback.split("<body>")[-1], *rendered):
        assert not live.search(text), live.search(text).group(0)
        assert "application/javascript" not in text
    answer = next(c for c in autograded.cells if c.metadata.get("nbgrader", {}).get("grade_id") == "avis")
    assert answer.source.startswith("Mon avis")  # the answer's text stays readable


def test_integrity_summary_names_what_happened(graded):
    _course, _, report, *_ = graded
    notes = {r.student: " ".join(str(n) for n in r.integrity) for r in report.results}
    assert "« nombre_tests » absente" in notes["test_supprime"]
    assert "modifiée" in notes["test_modifie"] and "⚠" in notes["test_modifie"]
    assert "en double" in notes["id_duplique"]
    assert "métadonnées" in notes["metadonnees_effacees"]
    assert "changée de type" in notes["type_change"]
    assert "JSON invalide" in notes["json_invalide"]
    assert "vide" in notes["fichier_vide"]
    assert "reconnu par ses cellules" in notes["renomme_et_extras"]
    assert "brouillon.ipynb" in notes["renomme_et_extras"] and "notes.txt" in notes["renomme_et_extras"]
    assert "interrompue après 6 s" in notes["boucle_infinie"]
    assert "arrêtée en cours de route" in notes["noyau_mort"]
    assert "erreur ValueError (oups)" in notes["erreur"]
    assert "MemoryError" in notes["bombe_memoire"]
    report_text = report.integrity_report.read_text(encoding="utf-8")
    assert "## test_modifie" in report_text


def test_regrading_keeps_manual_grades_and_gives_the_same_scores(graded):
    course, _expected, *_ = graded
    with Gradebook(course.gradebook_url) as gb:
        grade = gb.find_grade("avis", NAME[:-6], BLOC, "partiel")
        grade.manual_score = 1.5
        gb.db.commit()
    before = _scores(course, ["partiel", "honnete_faux"])
    grade_bloc(course, BLOC, ["partiel", "honnete_faux"], limits=LIMITS)
    assert _scores(course, ["partiel", "honnete_faux"]) == before
    with Gradebook(course.gradebook_url) as gb:
        assert gb.find_grade("avis", NAME[:-6], BLOC, "partiel").manual_score == 1.5


def test_a_run_killed_midway_then_restarted_gives_the_same_grades(graded):
    course, _expected, *_ = graded
    students = ["honnete_juste", "partiel", "egalite_truquee", "bombe_memoire"]
    reference = _scores(course, students)
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
               PYTHONPATH=str(ROOT))
    # The trainer's command, in a process of its own (with this test's questions registered).
    command = [sys.executable, "-c", ("import sys, tests.integration.test_adversarial as t; t._register_questions(); "
               "from cmcert_lib.cli import main; sys.exit(main(sys.argv[1:]))"), "grade", BLOC]
    command += [f"--student={s}" for s in students]
    proc = subprocess.Popen(command, cwd=course.root, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    time.sleep(12)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    done = subprocess.run(command, cwd=course.root, env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert _scores(course, students) == reference


def test_isolation_cost_is_reported(graded):
    _, _, report, *_, seconds = graded
    runs = [s for r in report.results for s in r.run_seconds]
    print(f"\nisolated runs: {len(runs)}, mean {sum(runs) / len(runs):.2f} s, max {max(runs):.2f} s; "
          f"batch of {len(report.results)} candidates in {seconds:.0f} s")
    assert "Exécution isolée" in report.summary()


# --- issue 10, round two: classes 1, 2, 3, 4 and 7 ---------------------------------------------------


def _formgrader_page(course: Course, student: str) -> str:
    """The page formgrader serves for a submission (nbgrader's own exporter and template)."""
    from nbconvert.exporters import HTMLExporter
    from nbgrader.server_extensions.formgrader import handlers
    from traitlets.config import Config

    config = Config()
    config.HTMLExporter.template_name = "formgrade"
    config.HTMLExporter.extra_template_basedirs = [handlers.template_path]
    resources = {"assignment_id": BLOC, "notebook_id": NAME[:-6], "submission_id": "x", "index": 0, "total": 1,
                 "base_url": "", "student": student, "last_name": "", "first_name": "", "notebook_path": ""}
    html, _ = HTMLExporter(config=config).from_filename(str(course.autograded(student, BLOC) / NAME),
                                                        resources=resources)
    return html


def test_stored_copies_are_inert_wherever_they_are_opened(graded):
    from collections import Counter

    from tests.unit.test_security_inert import live_parts

    course, *_ = graded
    for student in ("contenus_actifs", "html_js", "pieces_jointes"):
        copy = nbformat.read(course.autograded(student, BLOC) / NAME, as_version=4)
        assert "widgets" not in copy.metadata
        for cell in copy.cells:
            assert "attachments" not in cell and "widgets" not in cell.metadata
            for output in cell.get("outputs", []):
                assert set(output.get("data", {})) <= {"text/plain", "text/html", "image/png", "image/jpeg"}
                assert live_parts(output.get("data", {}).get("text/html", "")) == []
        # formgrader and the feedback page render the same template's own scripts, and nothing of the candidate's.
        reference = Counter(live_parts(_formgrader_page(course, "honnete_juste")))
        assert Counter(live_parts(_formgrader_page(course, student))) - reference == Counter(), student
        page = NAME.replace(".ipynb", ".html")
        reference = Counter(live_parts((course.feedback("honnete_juste", BLOC) / page).read_text(encoding="utf-8")))
        feedback = (course.feedback(student, BLOC) / page).read_text(encoding="utf-8")
        assert Counter(live_parts(feedback)) - reference == Counter(), student
    copy = nbformat.read(course.autograded("contenus_actifs", BLOC) / NAME, as_version=4)
    answer = next(c for c in copy.cells if c.metadata.get("nbgrader", {}).get("grade_id") == "avis")
    assert answer.source.startswith("Mon avis. &lt;script>") and "javascript :alert(13)" in answer.source
    shown = [o for c in copy.cells for o in c.get("outputs", []) if c.metadata.get("nbgrader", {}).get("grade_id")
             == "nombre"]
    data = [o.get("data", {}) for o in shown]
    assert {"text/plain": "texte"} in [{k: v for k, v in d.items() if k == "text/plain"} for d in data]
    assert any('<table class="dataframe"><tbody><tr><td>1</td></tr></tbody></table>' in d.get("text/html", "")
               for d in data)


def test_links_to_the_solutions_and_the_solutions_themselves_score_0_and_are_flagged(graded):
    _course, _, report, *_ = graded
    notes = {r.student: " ".join(str(n) for n in r.integrity) for r in report.results}
    for student in ("lien_corrige", "lien_corrige_relatif"):
        assert "lien symbolique : refusé, 0 point" in notes[student] and "⚠" in notes[student]
    assert "dossier « blocz » de la copie est un lien symbolique" in notes["dossier_lien"]
    assert "lien physique" in notes["lien_dur"]
    assert "notebook source du formateur" in notes["copie_corrige"]
    assert "marques du corrigé" in notes["corrige_retouche"] and "mon_travail.ipynb" in notes["corrige_retouche"]


def test_forged_results_score_0_with_a_french_note_and_the_batch_goes_on(graded):
    course, _, report, *_ = graded
    notes = {r.student: " ".join(str(n) for n in r.integrity) for r in report.results}
    assert "le résultat de l'exécution a été refusé (structure JSON trop imbriquée)" in notes["resultat_profond"]
    assert "le résultat de l'exécution a été refusé (contenu hors limites" in notes["resultat_entier"]
    assert "le résultat de l'exécution a été refusé (nombre hors limites" in notes["resultat_infini"]
    assert "le résultat de l'exécution a été refusé (le résultat n'est pas un notebook" in notes["resultat_schema"]
    assert "sorties trop volumineuses" in notes["resultat_40mo"]
    assert (course.autograded("resultat_40mo", BLOC) / NAME).stat().st_size < 10 * 1024 * 1024


def test_odd_text_and_names_are_graded_with_a_note(graded):
    _course, _, report, *_ = graded
    notes = {r.student: " ".join(str(n) for n in r.integrity) for r in report.results}
    assert "caractère invalide (moitié d'émoji)" in notes["demi_emoji"]
    assert "01_essai_\\xe9t\\xe9.ipynb" in notes["nom_latin1"] and "reconnu par ses cellules" in notes["nom_latin1"]
    assert "pièces jointes ignorées" in notes["pieces_jointes"] and "en double" in notes["pieces_jointes"]
    assert "trop volumineux" in notes["gros_notebook"]
    assert "50000 cellules" in notes["cellules_50000"]
    assert "pas un notebook" in notes["nbformat_3"] and "format de notebook « 5 »" in notes["nbformat_5"]


def test_nothing_a_candidate_writes_forges_the_integrity_report(graded):
    _course, _, report, *_ = graded
    text = report.integrity_report.read_text(encoding="utf-8")
    headings = [line for line in text.split("\n") if line.startswith("#")]
    students = sorted(r.student for r in report.results)
    assert headings == [f"# Rapport d'intégrité de la correction — {BLOC}", "## Copies non corrigées",
                        *[f"## {s}" for s in students]]
    assert all(line == "" or line.startswith(("#", "- ", "Pour chaque")) for line in text.split("\n"))
    section = text.split("## injection\n")[1].split("\n## ")[0]
    assert "Faux candidat" in section and "Section forgée" in section and "Candidat forgé" in section
    assert not re.search(r"(?<!\\)[<`|]", section)


def test_impossible_candidate_ids_are_refused_never_tabled(graded):
    course, _, report, *_ = graded
    assert len(report.refused) == len(REFUSED_IDS)
    for student in REFUSED_IDS:
        assert any(f"« {student} »" in line for line in report.refused)
        assert not course.grading_record(student, BLOC).exists()
    with course.grades_table(BLOC).open(encoding="utf-8-sig") as handle:
        cells = [cell for row in csv.reader(handle, delimiter=";") for cell in row]
    assert not [c for c in cells if c.startswith(("=", "+", "-", "@"))]
    assert "identifiant de candidat refusé" in report.summary()
