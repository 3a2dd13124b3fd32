"""One house style for every Bloc 1 notebook: title, headings, spellings, points, journey stages."""

from __future__ import annotations

import re

import pytest

from cmcert_lib.authoring.textformat import parse
from cmcert_lib.bloc1.journey import STAGES
from tests.conftest import ROOT

NOTEBOOKS = sorted((ROOT / "course" / "bloc1").glob("[0-9][0-9]_*.py"))

TITLE = re.compile(r"^# Bloc 1 · Notebook (?P<n>[1-9]\d*) — \S.*$")
CODES = r"\(C\d\.\d\.\d(?:, C\d\.\d\.\d)*\)"
EXERCISE = re.compile(rf"^## Exercice (?P<n>[1-9]\d*) — \S.* {CODES}$")
QUESTION = re.compile(r"^### Question (?P<n>[1-9]\d*)\.(?P<m>[1-9]\d*) — \S.*$")
DELIVERABLE = re.compile(r"^#{2,3} Livrable — \S.*$")
# A context heading has no number and none of the numbered words (« ## Les données »).
NUMBERED = re.compile(r"^#{2,3} (?:Partie|Question|Exercice|Étape|Livrable|\d|[a-z]\.|[IVX]+\b)", re.IGNORECASE)

FORBIDDEN = {
    r"\bpoints de contacts\b": "« points de contact » (sans s à contact)",
    r"\btouch ?points?\b": "« points de contact », pas « touchpoint »",
}
# « 2 points », « 1 pts », « 0,5 pts », « 2.5 pts »: points are written « 2 pts », « 1 pt », « 0,5 pt ».
POINTS_WORD = re.compile(r"\b\d+(?:[,.]\d+)?\s+points?\b(?! de pourcentage)")
POINT_NUMBER = re.compile(r"\b(?P<n>\d+(?:[,.]\d+)?)\s*(?P<unit>pts?)\b")
# Names a journey stage is sometimes given elsewhere: the course says STAGES only.
OTHER_STAGES = ("Conversion", "Notoriété", "Awareness", "Fidélité", "Advocacy", "Rétention", "Intention")


def _text_cells(path):
    return [c for c in parse(path.read_text(encoding="utf-8"), str(path)) if c.kind in ("markdown", "manual")]


def _code_cells(path):
    return [c for c in parse(path.read_text(encoding="utf-8"), str(path)) if c.kind not in ("markdown", "manual")]


def _lines(path):
    return [line for cell in _text_cells(path) for line in cell.text.splitlines()]


def style_problems(path) -> list[str]:
    """Every departure from the house style in one notebook's text source, in French."""
    problems = []
    number = int(path.name[:2])
    lines = _lines(path)
    title = TITLE.match(lines[0]) if lines else None
    if not title or int(title["n"]) != number:
        problems.append(f"titre : « {lines[0] if lines else ''} » au lieu de « # Bloc 1 · Notebook {number} — … »")
    exercise, question = 0, 0
    for line in lines:
        if not line.startswith("##"):
            continue
        if (match := EXERCISE.match(line)):
            exercise, question = exercise + 1, 0
            if int(match["n"]) != exercise:
                problems.append(f"« {line} » : exercice {match['n']} attendu {exercise}")
        elif (match := QUESTION.match(line)):
            question += 1
            if (int(match["n"]), int(match["m"])) != (exercise, question):
                problems.append(f"« {line} » : question {exercise}.{question} attendue")
        elif DELIVERABLE.match(line):
            continue
        elif line.startswith(("## Exercice", "### Question")):
            problems.append(f"« {line} » : « ## Exercice N — Titre (C1.x.y) » ou « ### Question N.M — Titre »")
        elif NUMBERED.match(line) or line.startswith("####"):
            problems.append(f"« {line} » : titre numéroté hors du style (Exercice N, Question N.M, Livrable)")
    text = "\n".join(lines)
    for pattern, advice in FORBIDDEN.items():
        for match in re.finditer(pattern, text, re.IGNORECASE):
            problems.append(f"« {match.group(0)} » : écrire {advice}")
    for match in POINTS_WORD.finditer(text):
        problems.append(f"« {match.group(0)} » : écrire les points « N pts »")
    for match in POINT_NUMBER.finditer(text):
        value = float(match["n"].replace(",", "."))
        if "." in match["n"]:
            problems.append(f"« {match.group(0)} » : virgule décimale française")
        if (match["unit"] == "pts") != (value > 1):
            problems.append(f"« {match.group(0)} » : « 1 pt », « 0,5 pt », « 2 pts »")
    for line in lines:
        if sum(stage in line for stage in STAGES) >= 2:
            problems += [f"« {other} » parmi les étapes du parcours : {', '.join(STAGES)}"
                         for other in OTHER_STAGES if re.search(rf"\b{other}\b", line)]
    for cell in _code_cells(path):
        source = "\n".join(cell.lines)
        problems += [f"étape « {other} » dans le code : {', '.join(STAGES)}"
                     for other in OTHER_STAGES if re.search(rf"[\"']{other}[\"']", source)]
    return problems


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_follows_the_house_style(path):
    assert style_problems(path) == []


def test_the_style_check_finds_each_departure(tmp_path):
    bad = tmp_path / "04_essai.py"
    bad.write_text(
        "# %% [markdown]\n"
        "# # 04 — Un titre\n"
        "#\n"
        "# ## Partie 1 — Où trouver Claire ?\n"
        "# ### Question 1 — Les réseaux\n"
        "# ## Exercice 2 — Sans compétence\n"
        "# Les points de contacts, les touchpoints, 6 points, 1 pts, 2 pt, 0.5 pt, 5 points de pourcentage.\n"
        "# Étapes : Découverte, Considération, Conversion, Fidélisation, Recommandation.\n"
        "\n"
        "# %%\n"
        "etapes = ['Découverte', 'Conversion']\n",
        encoding="utf-8",
    )
    found = "\n".join(style_problems(bad))
    for expected in ("titre", "Partie 1", "Question 1 —", "Exercice 2 — Sans compétence", "points de contacts",
                     "touchpoints", "« 6 points »", "« 1 pts »", "« 2 pt »", "virgule décimale",
                     "« Conversion » parmi les étapes", "étape « Conversion » dans le code"):
        assert expected in found, expected
    assert "5 points de pourcentage" not in found
    good = tmp_path / "03_essai.py"
    good.write_text(
        "# %% [markdown]\n"
        "# # Bloc 1 · Notebook 3 — Un titre\n"
        "# ## Les données\n"
        "# ## Exercice 1 — Le segment (C1.3.1)\n"
        "# ### Question 1.1 — Les réseaux\n"
        "# ### Question 1.2 — Les usages\n"
        "# Barème : 2 pts, 1 pt, 0,5 pt ; les points de contact du parcours.\n"
        "# ## Livrable — La fiche\n",
        encoding="utf-8",
    )
    assert style_problems(good) == []
