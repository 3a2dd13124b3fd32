"""The deck builds headless from the demo's complete candidate: notebooks 07 and 08 run in one folder, so the
plan is drafted from the real « cahier », and the PDF on disk is read back and looked at."""

from __future__ import annotations

import os

import nbformat
import numpy as np
import pytest
from matplotlib import image as mpimg

from cmcert_lib.authoring.static_run import StaticClient
from cmcert_lib.bloc1 import soutenance
from cmcert_lib.checks.core import run_scorer
from cmcert_lib.demo import fill
from cmcert_lib.domain import deck
from tests.conftest import ROOT

NOTEBOOKS = ("07_cahier_preconisations", "08_soutenance")


def _complete_candidate(name: str) -> nbformat.NotebookNode:
    release = nbformat.read(ROOT / "release" / "bloc1" / f"{name}.ipynb", as_version=4)
    source = nbformat.read(ROOT / "source" / "bloc1" / f"{name}.ipynb", as_version=4)
    return fill(release, source)


def _outputs(nb) -> str:
    return "\n".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []))


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    here = tmp_path_factory.mktemp("candidat")
    env = {"MPLBACKEND": "Agg", "DISPLAY": ""}
    saved = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        ran = {}
        for name in NOTEBOOKS:
            nb = _complete_candidate(name)
            StaticClient(nb, timeout=180, kernel_name="python3",
                         resources={"metadata": {"path": str(here)}}).execute()
            ran[name] = nb
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    return here, ran


@pytest.mark.slow
def test_the_draft_comes_from_the_candidates_own_cahier(folder):
    here, ran = folder
    assert (here / "livrables" / soutenance.CAHIER).is_file()
    said = _outputs(ran["08_soutenance"])
    assert "Brouillon tiré de votre cahier" in said
    # Notebooks 01-06 did not run here: their charts are named, with the notebook that makes them.
    assert "Graphiques absents" in said and "notebook 2 (benchmark et écoute sociale)" in said


@pytest.mark.slow
def test_the_pdf_on_disk_has_the_title_page_and_one_page_per_slide(folder):
    here, _ = folder
    facts = deck.pdf_facts((here / "livrables" / soutenance.DECK_PDF).read_bytes())
    notes = (here / "livrables" / soutenance.DECK_NOTES).read_text(encoding="utf-8")
    slots = deck.notes_facts(notes).slots
    assert len(slots) == 11 and facts.pages == 12
    assert abs(facts.ratio - 16 / 9) < 0.01
    assert slots[-1][3] == 1200 and "dans le temps imparti" in notes
    # The images of the notebooks that did not run are a visible note, not a crash.
    assert "Image introuvable" in _outputs(folder[1]["08_soutenance"])
    answer = soutenance.read_back(here / "livrables")
    assert run_scorer("bloc1.soutenance_deck", answer, {"ratio": 1.7778, "page_titre": 1}).fraction == 1


@pytest.mark.slow
def test_a_page_rendered_to_png_shows_a_slide(folder, tmp_path):
    here, _ = folder
    source = next(c.source for c in _complete_candidate("08_soutenance").cells
                  if c.get("metadata", {}).get("nbgrader", {}).get("grade_id") == "plan_soutenance")
    namespace = {"soutenance": soutenance, "display": lambda *args, **kwargs: None}
    exec(source, namespace)  # noqa: S102 (the model answer of the course)
    png = soutenance.preview(namespace["plan_soutenance"], 3, livrables=here / "livrables", png=tmp_path / "p3.png")
    pixels = mpimg.imread(png)
    height, width = pixels.shape[:2]
    assert abs(width / height - 16 / 9) < 0.01
    # Not blank: the title band, the text and the footer make dark pixels on a white page.
    dark = (pixels[..., :3].mean(axis=2) < 0.5).mean()
    assert 0.005 < dark < 0.5
    assert np.unique(pixels[..., :3].reshape(-1, 3), axis=0).shape[0] > 20
