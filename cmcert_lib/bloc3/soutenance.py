"""Notebook 05: the oral defence of Bloc 3 (C3.4.1, « présenter à l'oral et à l'écrit au client »).

The candidate presents the set-up before the client's committee, a jury of professionals. The talk's
parts follow the referential's « Présentation » criteria (B3-09: the strategy clearly explained) and
what C3.4.1 asks to present; the deck and the speaker notes are built by
:mod:`cmcert_lib.domain.oral`, against the time budget of :mod:`cmcert_lib.facts.soutenance`.
"""

from __future__ import annotations

from cmcert_lib.domain.oral import OPENING, OralPlan
from cmcert_lib.facts import brand

PARTS: tuple[tuple[str, str], ...] = (
    ("problematique", "Problématique du client"),
    ("strategie", "Objectifs et stratégie"),
    ("dispositif", "Dispositif et leviers POEM"),
    ("communaute", "Animation, modération et crise"),
    ("diffusion", "Diffusion automatisée et plateformes"),
    ("pilotage", "KPI et pilotage"),
    ("planning_budget", "Planning et budget"),
    ("decisions", "Décisions attendues du client"),
)
TALK = OralPlan(bloc=3, parts=PARTS, pitch_date=brand.PLAN_DEFENCE_DATE, place=brand.BRAND_CITY,
                deck_title="Notre dispositif social media, septembre 2027 – février 2028")
ORAL, BUDGET = TALK.oral, TALK.budget
plan_table = TALK.plan_table
timing_line = TALK.timing_line
build = TALK.build
preview = TALK.preview
read_back = TALK.read_back

__all__ = ["BUDGET", "OPENING", "ORAL", "PARTS", "TALK", "build", "plan_table", "preview", "read_back",
           "timing_line"]
