"""Checks of notebook 01, web writing (C2.1.1, C2.2.1): the blog article and its platform posts.

Both answers are texts; the scorers measure them with :mod:`cmcert_lib.bloc2.writing`, the module
the candidate's notebook shows its report with, so the check cell and the grading see the same
figures. Shape alone earns little: every rule is multiplied by the share of the text that is real
French content (not a paragraph said twice, not filler, not words no dictionary knows).
"""

from __future__ import annotations

from typing import Any

from cmcert_lib.bloc2 import writing
from cmcert_lib.checks.content import is_filler, repeated
from cmcert_lib.checks.core import (
    CheckFailed,
    Outcome,
    as_mapping,
    canonical_label,
    expect,
    scorer,
    visible,
)
from cmcert_lib.facts.platforms import NETWORKS

# A paragraph counts as French content when most of its words are known to the dictionary.
FRENCH_SHARE = 0.8
# A post that says nothing, or the text of another platform, earns nothing whatever its other rules.
GATES = ("contenu", "adapte")


def _text(answer: Any, what: str) -> str:
    if not isinstance(answer, str):
        raise CheckFailed(f"{what} doit être un texte (entre trois guillemets \"\"\" … \"\"\") ; "
                          f"vous avez donné un objet de type {type(answer).__name__}.")
    expect(answer.strip() != "", f"{what} est vide.")
    return answer


def _french_share(text: str) -> float:
    tokens = [w for w in writing.words(text) if w.isalpha()]
    if not tokens:
        return 0.0
    unknown = set(writing.misspelled(text))
    return sum(1 for w in tokens if w.lower() not in unknown) / len(tokens)


def substance(measures: writing.ArticleMeasures) -> float:
    """Share of the body's blocks (paragraphs, list items) that are real content, weighted by words."""
    blocks = measures.body
    if not blocks:
        return 0.0
    twice = repeated(blocks)
    sizes = [len(writing.words(b)) for b in blocks]
    real = sum(size for i, (block, size) in enumerate(zip(blocks, sizes, strict=True))
               if i not in twice and not is_filler(block) and _french_share(block) >= FRENCH_SHARE)
    return real / sum(sizes) if sum(sizes) else 0.0


# --- 1. the blog article ----------------------------------------------------------------------


@visible("bloc2.redaction_article")
def check_article(answer: Any) -> str:
    text = _text(answer, "article")
    measures = writing.measure(text)
    expect(measures.headings, "L'article n'a aucun titre : écrivez-le en Markdown, le titre sur une ligne "
                              "qui commence par « # », les intertitres par « ## ».")
    return (f"Article lu : {measures.word_count} mots, {len(measures.headings)} titre(s), "
            f"{len(measures.paragraphs)} paragraphe(s). Le rapport ci-dessus dit ce qui reste à corriger.")


@scorer("bloc2.redaction_article", form="un texte en Markdown (titre « # », intertitres « ## », listes « - »)")
def score_article(answer: Any, expected: dict) -> Outcome:
    text = _text(answer, "article")
    low, high = expected["mots"]
    product = expected["produit"]
    findings = writing.article_findings(text, (low, high), product)
    remarks = [f"{f.title} : {f.detail}." for f in findings if not f.ok]
    passed = sum(f.ok for f in findings) / len(findings)
    real = substance(writing.measure(text))
    if real < 1:
        remarks.append(f"{round((1 - real) * 100)} % du texte n'est pas du contenu (paragraphe répété, texte "
                       "d'attente ou mots qu'aucun dictionnaire ne connaît) : la note des règles est "
                       "multipliée par la part du texte qui en est.")
    return Outcome(passed * real, remarks)


# --- 2. the platform posts --------------------------------------------------------------------


def _posts(answer: Any) -> dict:
    posts = as_mapping(answer, "publications")
    keyed = {canonical_label(k, NETWORKS): v for k, v in posts.items()}
    unknown = [str(k) for k in keyed if k not in NETWORKS]
    if unknown:
        raise CheckFailed(f"« {unknown[0]} » n'est pas un réseau : les clés sont les noms des plateformes "
                          f"({', '.join(NETWORKS)}).")
    not_text = [k for k, v in keyed.items() if not isinstance(v, str)]
    expect(not not_text, f"La publication pour {not_text[0] if not_text else ''} doit être un texte.")
    return keyed


@visible("bloc2.redaction_publications")
def check_posts(answer: Any) -> str:
    posts = _posts(answer)
    expect(posts, "publications est vide : une entrée par plateforme.")
    return f"{len(posts)} publication(s) lue(s) : {', '.join(posts)}."


@scorer("bloc2.redaction_publications", form=(
    "un dictionnaire {plateforme: texte de la publication}, les plateformes écrites comme "
    "« Instagram », « Facebook », « LinkedIn », « TikTok »"))
def score_posts(answer: Any, expected: dict) -> Outcome:
    posts = _posts(answer)
    wanted = list(expected["plateformes"])
    product = expected["produit"]
    fractions, remarks = [], []
    for name in wanted:
        text = posts.get(name)
        if not isinstance(text, str) or not text.strip():
            fractions.append(0.0)
            remarks.append(f"{name} : publication manquante.")
            continue
        others = {k: v for k, v in posts.items() if k != name and isinstance(v, str)}
        findings = {f.rule: f for f in writing.post_findings(name, text, others, product)}
        gate = next((findings[g] for g in GATES if not findings[g].ok), None)
        if gate is not None:
            fractions.append(0.0)
            remarks.append(f"{name} — {gate.title} : {gate.detail} ; la publication ne compte pas.")
            continue
        rules = [f for rule, f in findings.items() if rule not in GATES]
        fractions.append(sum(f.ok for f in rules) / len(rules))
        remarks += [f"{name} — {f.title} : {f.detail}." for f in rules if not f.ok]
    return Outcome(sum(fractions) / len(wanted), remarks)
