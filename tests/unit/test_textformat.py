"""The text format of course notebooks and its conversion to nbgrader notebooks."""

import pytest

from cmcert_lib.authoring import textformat as nf
from cmcert_lib.facts import referential

SAMPLE = '''\
# %% [markdown]
# # Titre
#
# Un paragraphe.

# %% solution id=engagement
### BEGIN SOLUTION
taux = 0.04
### END SOLUTION

# %% tests id=engagement_tests points=3 competencies=C1.2.2,C1.2.1
"""Vérifie le taux."""
assert taux > 0

# %% manual id=reformulation points=4 competencies=C1.1.1 criteria=B1-01,B1-02
# Réponse **modèle**.

# %% readonly id=setup
import pandas as pd

# %%
x = 1
'''


def test_cells_kinds_and_metadata():
    nb = nf.build(SAMPLE)
    kinds = [c.cell_type for c in nb.cells]
    assert kinds == ["markdown", "code", "code", "markdown", "markdown", "code", "code"]
    assert nb.cells[0].source == "# Titre\n\nUn paragraphe."
    sol, tests, _guide, manual, readonly, plain = nb.cells[1:]
    assert sol.metadata.nbgrader == {
        "grade": False, "solution": True, "locked": False,
        "grade_id": "engagement", "schema_version": 3,
    }
    assert tests.metadata.nbgrader["points"] == 3.0
    assert tests.metadata.nbgrader["locked"] is True
    assert tests.metadata.cmcert == {"competencies": ["C1.2.2", "C1.2.1"]}
    assert manual.metadata.nbgrader["grade"] and manual.metadata.nbgrader["solution"]
    assert manual.source == "Réponse **modèle**."
    assert manual.metadata.cmcert == {"competencies": ["C1.1.1"], "criteria": ["B1-01", "B1-02"]}
    assert readonly.metadata.nbgrader["locked"] and not readonly.metadata.nbgrader["grade"]
    assert "nbgrader" not in plain.metadata
    assert nb.metadata.kernelspec["name"] == "python3"


def test_manual_cell_is_preceded_by_the_referential_criteria():
    guide = nf.build(SAMPLE).cells[3]
    assert guide.metadata.nbgrader["locked"] and not guide.metadata.nbgrader["grade"]
    assert guide.metadata.nbgrader["grade_id"] == "reformulation_grille"
    assert "4 points, compétence C1.1.1" in guide.source
    for ident in ("B1-01", "B1-02"):
        crit = referential.criterion(ident)
        assert f"{crit.text} ({ident})" in guide.source


def test_dumps_is_stable():
    assert nf.dumps(nf.build(SAMPLE)) == nf.dumps(nf.build(SAMPLE))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("x = 1\n# %%\n", "before the first"),
        ("# %% weird id=abc\n", "unknown cell kind"),
        ("# %% solution\nx=1\n", "needs id="),
        ("# %% tests id=abc\nx=1\n", "needs points="),
        ("# %% tests id=abc points=0 competencies=C1.1.1\n", "positive"),
        ("# %% tests id=abc points=2\n", "needs competencies"),
        ("# %% tests id=abc points=2 competencies=C9.9.9\n", "not a competency"),
        ("# %% solution id=abc\n# %% solution id=abc\n", "duplicated id"),
        ("# %% solution id=abc oops\n", "key=value"),
        ("# %% manual id=abc points=2 competencies=C1.1.1\n", "needs criteria"),
        ("# %% manual id=abc points=2 competencies=C1.1.1 criteria=B1-99\n", "not a criterion"),
        ("# %% tests id=abc points=2 competencies=C1.1.1 criteria=B1-01\n", "manual cells only"),
        ("# %% manual id=abc points=2 competencies=C1.1.1 criteria=B1-01\n# %% readonly id=abc_grille\n",
         "duplicated id"),
    ],
)
def test_format_errors_say_where(text, message):
    with pytest.raises(nf.FormatError, match=message) as err:
        nf.build(text, "exemple.py")
    assert str(err.value).startswith("exemple.py:")
