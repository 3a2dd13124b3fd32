"""Notebook 07 (the « cahier de préconisations »): checks and scorers.

The sections are judged on presence and substance (a word count per section,
partial credit per section), the executive summary on the limits the statement
sets, the assembled HTML on what makes it a deliverable: complete, French,
readable offline.  What the text says is the trainer's part (manual cells).
"""

from __future__ import annotations

import html
import re

import pandas as pd

from cmcert_lib.bloc1 import recommendations as rec
from cmcert_lib.checks import content
from cmcert_lib.checks.core import (
    CheckFailed,
    Outcome,
    as_mapping,
    as_text,
    expect,
    label_key,
    scorer,
    visible,
)

SUPPORTED = "un texte, une liste de textes, un dictionnaire ou un tableau pandas"


def _sections(answer) -> dict:
    sections = rec.canonical_sections(as_mapping(answer, "sections"))
    for key, value in sections.items():
        if not isinstance(value, (str, list, tuple, dict, pd.DataFrame, pd.Series)):
            raise CheckFailed(
                f"sections[{key!r}] est un objet de type {type(value).__name__} : donnez {SUPPORTED}."
            )
    return sections


@visible("bloc1.cahier_sections")
def check_sections(answer) -> str:
    sections = _sections(answer)
    filled = [k for k in rec.SECTION_TITLES if rec.word_count(sections.get(k)) > 0]
    missing = [k for k in rec.SECTION_TITLES if k not in filled]
    line = f"{len(filled)} section(s) remplie(s) sur {len(rec.SECTION_TITLES)}"
    line += f" ; à écrire : {', '.join(missing)}." if missing else "."
    annexes = [str(k) for k in sections if k not in rec.SECTION_TITLES]
    if annexes:
        line += (f" Clé(s) hors du référentiel, placée(s) en annexe du document : {', '.join(annexes)} "
                 f"(les clés attendues sont {', '.join(rec.SECTION_TITLES)}).")
    return line


@scorer("bloc1.cahier_sections", form=f"un dictionnaire {{clé de section: {SUPPORTED}}}")
def score_sections(answer, expected) -> Outcome:
    """Per section: its share when it has the words asked for, half when thinner, nothing when it only
    holds a place (« à compléter ») or repeats another section."""
    sections = _sections(answer)
    keys = list(expected["sections"])
    minimum = int(expected["min_mots"])
    repeats = content.repeated([rec.section_text(sections.get(k)) for k in keys])
    credit, remarks = 0.0, []
    for index, key in enumerate(keys):
        value = sections.get(key)
        words = rec.word_count(value)
        title = rec.SECTION_TITLES.get(key, key)
        if words == 0:
            remarks.append(f"« {title} » manque.")
        elif rec.says_nothing(value) or index in repeats:
            remarks.append(f"« {title} » ne dit rien qui lui soit propre (texte d'attente, phrase répétée ou "
                           "texte repris d'une autre section) : elle ne rapporte rien.")
        elif words >= minimum:
            credit += 1
        else:
            credit += 0.5
            remarks.append(f"« {title} » est trop mince ({words} mots) : développez-la.")
    return Outcome(credit / len(keys), remarks)


def _words(text: str) -> int:
    return len(text.split())


_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")


def _substance(text: str) -> float:
    """The share of the text's sentences that are not a repeat of an earlier one (0 for filler)."""
    if content.is_filler(text):
        return 0.0
    sentences = [s for s in _SENTENCE_END.split(text) if s.strip()]
    return 1 - len(content.repeated(sentences)) / len(sentences)


@visible("bloc1.synthese")
def check_summary(answer) -> str:
    text = as_text(answer, "La synthèse")
    return f"Synthèse lisible : {_words(text)} mots."


@scorer("bloc1.synthese", form="un texte entre guillemets")
def score_summary(answer, expected) -> Outcome:
    """Length (60 %), the brand named (20 %), the campaign's year (20 %), times the share of sentences
    that say something new (a padded or copied-out text earns little)."""
    text = as_text(answer, "La synthèse")
    words = _words(text)
    low, high = int(expected["min_mots"]), int(expected["max_mots"])
    remarks = []
    if low <= words <= high:
        length = 1.0
    elif 0.8 * low <= words <= 1.2 * high:
        length = 0.5
        remarks.append(f"La synthèse fait {words} mots, hors des limites de l'énoncé.")
    else:
        length = 0.0
        remarks.append(f"La synthèse fait {words} mots, très loin des limites de l'énoncé.")
    brand = label_key(expected["marque"]) in label_key(text)
    if not brand:
        remarks.append("La synthèse ne nomme pas la marque.")
    year = re.search(rf"\b{re.escape(str(expected['annee']))}\b", text) is not None
    if not year:
        remarks.append("La synthèse ne situe pas la campagne dans le temps.")
    substance = _substance(text)
    if substance < 1:
        remarks.append("La synthèse se répète ou remplit la place sans rien dire (phrase redite, mots de "
                       "remplissage) : la note est multipliée par la part des phrases qui apportent "
                       "quelque chose.")
    return Outcome((0.6 * length + 0.2 * brand + 0.2 * year) * substance, remarks)


def _html(answer) -> str:
    expect(
        isinstance(answer, str) and "<html" in answer[:500].lower(),
        "cahier_html doit être le texte HTML du document (le résultat de render_html(...)).",
    )
    return answer


@visible("bloc1.cahier_html")
def check_html(answer) -> str:
    page = _html(answer)
    return f"Document HTML lisible : {len(page.encode('utf-8')) // 1024} Ko."


EXTERNAL = re.compile(r"<(?:script|link|iframe)\b|\bsrc\s*=\s*[\"']?https?:|@import", re.IGNORECASE)


_H2 = re.compile(r"<h2\b[^>]*>(.*?)</h2>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


_BLOCK_END = re.compile(r"</section\b|<footer\b|</body\b", re.IGNORECASE)


def _blocks(page: str) -> dict[str, str]:
    """Each second-level title of the page (numbering kept) -> the HTML under it, up to the next
    title or the end of its section (the page's footer is no section's content)."""
    found = list(_H2.finditer(page))
    blocks = {}
    for here, after in zip(found, [*found[1:], None], strict=True):
        title = html.unescape(_TAG.sub("", here.group(1))).strip()
        block = page[here.end():after.start() if after else len(page)]
        end = _BLOCK_END.search(block)
        blocks[title] = block[:end.start()] if end else block
    return blocks


def _block_for(blocks: dict[str, str], title: str) -> str | None:
    """The block under the title that is ``title``, numbered or not (« 3. Benchmark … »)."""
    for found, block in blocks.items():
        if found == title or re.fullmatch(rf"\d+\.\s*{re.escape(title)}", found):
            return block
    return None


def _block_says_nothing(block: str) -> bool:
    text = html.unescape(_TAG.sub(" ", block))
    if "<table" in block.lower():
        return len(set(content.words(text))) < rec.MIN_DISTINCT_WORDS
    return content.is_filler(text, rec.MIN_DISTINCT_WORDS)


@scorer("bloc1.cahier_html", form="le texte HTML du document (le résultat de render_html(...))")
def score_html(answer, expected) -> Outcome:
    """A complete French page, offline, every title and the summary, times the share of those parts
    that carry text of their own (titles over empty or placeholder blocks earn little)."""
    page = _html(answer)
    french = page.lstrip().lower().startswith("<!doctype html") and 'lang="fr"' in page[:300]
    offline = EXTERNAL.search(page) is None
    blocks = _blocks(page)
    parts = [_block_for(blocks, t) for t in [expected["synthese"], *expected["titres"]]]
    titles = [t for t, block in zip(expected["titres"], parts[1:], strict=True) if block is not None]
    summary = parts[0] is not None
    texts = [html.unescape(_TAG.sub(" ", block)) if block is not None else "" for block in parts]
    repeats = content.repeated(texts)
    real = [i for i, block in enumerate(parts)
            if block is not None and i not in repeats and not _block_says_nothing(block)]
    remarks = []
    if not french:
        remarks.append("Le document doit être une page HTML complète déclarée en français.")
    if not offline:
        remarks.append("Le document appelle des ressources externes ou des scripts : il doit "
                       "s'ouvrir hors ligne, sans rien exécuter.")
    if len(titles) < len(expected["titres"]):
        remarks.append(f"{len(expected['titres']) - len(titles)} section(s) attendue(s) "
                       "absente(s) du document.")
    if not summary:
        remarks.append("La synthèse manque en tête du document.")
    if len(real) < len(parts):
        remarks.append(f"{len(parts) - len(real)} partie(s) sur {len(parts)} (synthèse et sections) n'ont "
                       "pas de contenu propre sous leur titre (vide, texte d'attente ou texte répété) : la "
                       "note est multipliée par la part des parties rédigées.")
    fraction = (french + offline + len(titles) / len(expected["titres"]) + summary) / 4
    return Outcome(fraction * len(real) / len(parts), remarks)
