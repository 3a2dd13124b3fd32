"""The equivalence suite through the real grading path: sandbox, answers export, trusted scoring, gradebook.

Correct answers written differently get every point; hollow or wrong-but-plausible ones get less than
half, with a remark on every test cell that lost points (see tests/equivalence.py).
"""

from __future__ import annotations

import pytest

from cmcert_lib.grading import sandbox
from cmcert_lib.layout import Course
from tests.conftest import ROOT, copy_course
from tests.equivalence import run, table

BLOCS = Course(ROOT).blocs()


@pytest.mark.parametrize("bloc", BLOCS)
def test_correct_variants_get_full_marks_and_hollow_ones_below_half(bloc, tmp_path):
    reason = sandbox.available()
    if reason:
        pytest.skip(f"grading needs the sandbox: {reason}")
    results = run(copy_course(tmp_path), bloc)
    assert results, "no variant graded"
    failures = [r.describe() for r in results if not r.ok]
    assert not failures, "\n".join(failures) + "\n" + table(results)
