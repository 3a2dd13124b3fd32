"""Notebook 08 (preparing the oral defence): its questions, judged as every bloc's oral is
(:mod:`cmcert_lib.checks.oral`) against Bloc 1's talk (:data:`cmcert_lib.bloc1.soutenance.TALK`)."""

from __future__ import annotations

from cmcert_lib.bloc1 import soutenance
from cmcert_lib.checks import oral
from cmcert_lib.checks.core import Outcome, scorer, visible


@visible("bloc1.plan_soutenance", form=oral.PLAN_FORM)
def check_plan(answer) -> str:
    return oral.check_slide_plan(answer, soutenance.TALK)


@scorer("bloc1.plan_soutenance", form=oral.PLAN_FORM)
def score_plan(answer, expected) -> Outcome:
    return oral.score_slide_plan(answer, expected, soutenance.TALK)


@visible("bloc1.soutenance_deck", form=oral.DECK_FORM)
def check_deck(answer) -> str:
    return oral.check_deck_files(answer)


@scorer("bloc1.soutenance_deck", form=oral.DECK_FORM)
def score_deck(answer, expected) -> Outcome:
    return oral.score_deck_files(answer, expected)
