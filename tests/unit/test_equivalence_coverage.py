"""Every autograded question of every bloc has its equivalence variants (tests/equivalence.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cmcert_lib.authoring import textformat
from cmcert_lib.layout import Course
from tests.equivalence import MIN_CORRECT, MIN_HOLLOW, Variant, autograded_questions, missing_variants, variant_module

ROOT = Path(__file__).resolve().parents[2]
COURSE = Course(ROOT)
NOTEBOOKS = [pytest.param(bloc, path, id=f"{bloc}:{path.stem}")
             for bloc in COURSE.blocs() for path in COURSE.texts(bloc)]


@pytest.mark.parametrize(("bloc", "path"), NOTEBOOKS)
def test_every_autograded_question_has_correct_and_hollow_variants(bloc, path):
    nb = textformat.build(path.read_text(encoding="utf-8"), str(path))
    assert missing_variants(bloc, path.stem + ".ipynb", nb) == []


@pytest.mark.parametrize(("bloc", "path"), NOTEBOOKS)
def test_variants_are_distinct_code_with_a_reason(bloc, path):
    module = variant_module(bloc, path.stem + ".ipynb")
    if module is None or not autograded_questions(textformat.build(path.read_text(encoding="utf-8"), str(path))):
        pytest.skip("no autograded question")
    for table in (module.CORRECT, module.HOLLOW):
        for answer, variants in table.items():
            assert all(isinstance(v, Variant) and v.why.strip() and v.source.strip() for v in variants), answer
            sources = [" ".join(v.source.split()) for v in variants]
            assert len(set(sources)) == len(sources), f"{answer}: two variants are the same code"
            compile("\n".join(v.source for v in variants), f"{path.stem}:{answer}", "exec")


def test_the_minimums_are_the_issue_s():
    assert (MIN_CORRECT, MIN_HOLLOW) == (3, 2)
