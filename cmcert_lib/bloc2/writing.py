"""Web writing, measured: what a reader on a screen meets in an article or a post (C2.1.1, C2.2.1).

People scan a page before they read it (F-shaped reading): they need short sentences and
paragraphs, titles that build an outline, lists and a few bold words to hold on to, and the
point first. This module measures exactly that on a Markdown text, plus what the brand's charter
rules out, so a candidate sees what to fix and the grading judges the same figures:

- :func:`measure` parses the Markdown (headings, paragraphs, list items, bold) and returns an
  :class:`ArticleMeasures`;
- :func:`article_findings` turns it into the charter's rules (:data:`ARTICLE_RULES`), each with
  a French message when it fails; :func:`post_findings` does the same for a platform post;
- :func:`show_report` prints them in a notebook.

French readability is the Kandel-Moles adaptation of Flesch's reading ease
(207 − 1,015 × words per sentence − 73,6 × syllables per word), computed by ``textstat``.
Spelling is ``pyspellchecker``'s French dictionary, with the trade's and the brand's words
(:data:`LEXICON`) and elisions split (« l'avoine » → « avoine »). Every text is read with bounds:
a candidate's answer longer than :data:`MAX_TEXT_CHARS` is cut there.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from cmcert_lib.bloc2 import brief
from cmcert_lib.checks.content import SAME_TEXT_OVERLAP, is_filler, overlap
from cmcert_lib.checks.core import CheckFailed, as_mapping, canonical_label, label_key
from cmcert_lib.domain import posts
from cmcert_lib.domain.words import tokenize
from cmcert_lib.facts import brand, platforms
from cmcert_lib.facts.claims import CONDITIONAL_CLAIMS, FORBIDDEN_CLAIMS

__all__ = [
    "ARTICLE_RULES",
    "KANDEL_MOLES_MIN",
    "LEXICON",
    "MAX_PARAGRAPH_WORDS",
    "MAX_SENTENCE_WORDS",
    "MEAN_SENTENCE_WORDS",
    "ArticleMeasures",
    "article_findings",
    "charter_problems",
    "kandel_moles",
    "measure",
    "misspelled",
    "post_findings",
    "show_posts_report",
    "show_report",
]

# A blog article is a few thousand characters; beyond this the text is cut (a hostile answer can be huge).
MAX_TEXT_CHARS = 60_000

# Reading ease on the Kandel-Moles scale (« standard » 60-70, « assez facile » 70-80, « facile »
# 80-90): a parent reading on a phone should find the text at least « assez facile ».
KANDEL_MOLES_MIN = 70
# Sentence length in words: 15 to 20 on average is the web writer's rule; a sentence of more than
# 30 words is read twice on a phone.
MEAN_SENTENCE_WORDS = 20
MAX_SENTENCE_WORDS = 30
# A paragraph on a screen: three or four sentences, about 80 words at most.
MAX_PARAGRAPH_WORDS = 80
# The standfirst (chapô), right under the title, says the point first: short enough to be read whole.
MAX_STANDFIRST_WORDS = 60
MIN_SECTIONS = 3  # level-2 titles: an outline a reader can scan
MIN_LIST_ITEMS = 3
MIN_BOLD = 2
# Words the dictionary does not know that are let through: a rare but right term, a product name
# the lexicon forgot. More than this is a text that was not proofread.
SPELLING_TOLERANCE = 2

# Words the French dictionary lacks but the trade and the brand use: they are not mistakes.
_LEXICON_TEXT = """
shampoing shampoings shampooing shampooings après-shampoing démêlant démêlants démêlage tensioactif
tensioactifs sulfate sulfates silicone silicones dermatologique dermatologiques ophtalmologique
ophtalmologiques hypoallergénique hypoallergéniques cosmétique cosmétiques lavant lavante lavants
lavantes allergène allergènes saponifié saponifiés saponification surgras ph avoine glycérine karité
coco malouin malouine malouins malouines rance bretagne breton bretonne saint-malo ondine petite
vague revendeur revendeurs boutique-atelier atelier e-shop instagram facebook tiktok linkedin reels
reel story stories hashtag hashtags podcast infographie blog newsletter influenceur influenceuse
"""
LEXICON = frozenset(w.lower() for w in _LEXICON_TEXT.split())

_TUTOIEMENT = re.compile(r"\b(?:tu|toi|tes)\b|\bt'(?=[aeiouyhéèê])", re.IGNORECASE)
_HEADING = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t]*#*[ \t]*$")
_SETEXT = re.compile(r"^(=+|-+)[ \t]*$")
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-*+•–]|\d{1,3}[.)])[ \t]+(.*)$")
_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*|__(?=\S)(.+?)(?<=\S)__")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"[*_`]+")
_SENTENCE_END = re.compile(r"(?<=[.!?…])[»\"')]*\s+(?=(?:«\s?|[\"(])?[A-ZÀ-ÖØ-Þ0-9])")
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


def _clean(text: object) -> str:
    """The answer as text, bounded, with one kind of line break, space and apostrophe."""
    if not isinstance(text, str):
        return ""
    text = unicodedata.normalize("NFC", text[:MAX_TEXT_CHARS])
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("ʼ", "'")


def _inline(text: str) -> str:
    """Markdown inline markup removed: links keep their words, bold and italics their text."""
    return _EMPHASIS.sub("", _LINK.sub(r"\1", text)).strip()


def words(text: str) -> list[str]:
    """The words a word processor counts: « l'avoine » and « 12 » are one word each."""
    return _WORD.findall(text)


def sentences(text: str) -> list[str]:
    """The sentences of a paragraph or a list item (a heading or an item without a full stop is one)."""
    return [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]


@dataclass
class ArticleMeasures:
    """What a reader meets in a Markdown text; every figure the rules read."""

    text: str
    headings: list[tuple[int, str]] = field(default_factory=list)  # (level, title) in order
    paragraphs: list[str] = field(default_factory=list)  # plain text, markup removed
    list_items: list[str] = field(default_factory=list)
    bold: list[str] = field(default_factory=list)
    standfirst: str = ""  # the first paragraph after the first title

    @property
    def body(self) -> list[str]:
        """Paragraphs and list items: the text a reader reads."""
        return [*self.paragraphs, *self.list_items]

    @property
    def plain(self) -> str:
        return "\n".join(t for _, t in self.headings) + "\n" + "\n".join(self.body)

    @property
    def word_count(self) -> int:
        return len(words(self.plain))

    @property
    def sentences(self) -> list[str]:
        return [s for block in self.body for s in sentences(block)]

    @property
    def sentence_lengths(self) -> list[int]:
        return [len(words(s)) for s in self.sentences]

    @property
    def mean_sentence_words(self) -> float:
        lengths = self.sentence_lengths
        return sum(lengths) / len(lengths) if lengths else 0.0

    @property
    def long_sentences(self) -> list[str]:
        return [s for s in self.sentences if len(words(s)) > MAX_SENTENCE_WORDS]

    @property
    def long_paragraphs(self) -> list[str]:
        return [p for p in self.paragraphs if len(words(p)) > MAX_PARAGRAPH_WORDS]

    @property
    def readability(self) -> float:
        return kandel_moles(self.body)


def measure(text: object) -> ArticleMeasures:
    """Parse a Markdown text: ATX (``#``) and Setext (underlined) titles, lists, bold, paragraphs."""
    text = _clean(text)
    result = ArticleMeasures(text)
    lines = text.split("\n")
    paragraph: list[str] = []

    def close_paragraph() -> None:
        if paragraph:
            joined = " ".join(paragraph)
            result.paragraphs.append(_inline(joined))
            if not result.standfirst and result.headings:
                result.standfirst = result.paragraphs[-1]
            paragraph.clear()

    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else ""
        result.bold += [a or b for a, b in _BOLD.findall(line)]
        heading = _HEADING.match(line)
        if heading:
            close_paragraph()
            result.headings.append((len(heading.group(1)), _inline(heading.group(2))))
        elif line.strip() and _SETEXT.match(following) and not _LIST_ITEM.match(line) and not paragraph:
            result.headings.append((1 if following.lstrip().startswith("=") else 2, _inline(line)))
        elif _SETEXT.match(line) and index > 0 and result.headings and result.headings[-1][1] == _inline(
                lines[index - 1]):
            continue
        elif _LIST_ITEM.match(line):
            close_paragraph()
            result.list_items.append(_inline(_LIST_ITEM.match(line).group(1)))
        elif not line.strip():
            close_paragraph()
        elif line.startswith(("    ", "\t")) and result.list_items and not paragraph:
            result.list_items[-1] += " " + _inline(line)  # an item's continuation line
        else:
            paragraph.append(line.strip().lstrip(">").strip())
    close_paragraph()
    return result


@lru_cache(maxsize=1)
def _readability():
    from textstat.textstat import textstatistics

    # Our own instance: textstat's module-level one is shared, and its language is global state. Made
    # without __init__, which only sets the language to English: that would read the English pronunciation
    # dictionary (3 s) that French never uses.
    stats = textstatistics.__new__(textstatistics)
    stats.set_lang("fr")
    return stats


def kandel_moles(blocks: list[str]) -> float:
    """Kandel-Moles reading ease of the text's blocks (each closed as a sentence), rounded to 0.1."""
    text = " ".join(b if b.rstrip().endswith((".", "!", "?", "…", ":")) else b + "." for b in blocks if b.strip())
    if not words(text):
        return 0.0
    return round(float(_readability().flesch_reading_ease(text)), 1)


@lru_cache(maxsize=1)
def _dictionary():
    from spellchecker import SpellChecker

    return SpellChecker(language="fr")


# Loaded once by the grading's pre-warmed interpreter (cmcert_lib.grading.zygote), not in each sandbox:
# textstat's French setup reads two pronunciation dictionaries (4 s), the spelling dictionary 0.4 s.
WARM_UP = (_readability, _dictionary)


def misspelled(text: object) -> list[str]:
    """Words of the text the French dictionary and the lexicon do not know, in order, once each.

    Names are left alone (a word the text never writes in lower case), as are words with digits, links,
    hashtags and handles; a plural is known when its singular is (« sulfates »).
    """
    measures = measure(text)
    # A name is a word the text never writes in lower case (« Léna », « Dinard »); a typo at the
    # start of a sentence goes unseen, the price of never flagging a name.
    written = words(measures.plain)
    lower = {w for w in written if not w[:1].isupper()}
    proper = {w.lower() for w in written if w[:1].isupper() and w.lower() not in lower}
    candidates: list[str] = []
    for token in tokenize(measures.plain):
        if token.endswith("'"):  # an elided word (« l' », « jusqu' »)
            continue
        word = token.strip("-")
        if len(word) < 2 or word in proper or word in LEXICON:
            continue
        if "-" in word and all(part in LEXICON or not _unknown(part) for part in word.split("-")):
            continue
        if word not in candidates:
            candidates.append(word)
    return [w for w in candidates if _unknown(w)]


def _unknown(word: str) -> bool:
    if word in LEXICON:
        return False
    dictionary = _dictionary()
    # The dictionary writes « noeud » for « nœud ».
    word = word.replace("œ", "oe").replace("æ", "ae")
    if dictionary.known([word]):
        return False
    singular = word[:-1] if word.endswith(("s", "x")) else None
    return not (singular and (singular in LEXICON or dictionary.known([singular])))


def charter_problems(text: object) -> list[str]:
    """What the charter rules out in a text (French, one line each): claims, tone words, « tu »."""
    lowered = _clean(text).lower()
    found = [f"« {m.group(0)} » : {why}" for pattern, why in FORBIDDEN_CLAIMS
             for m in [re.search(pattern, lowered)] if m]
    found += [f"« {m.group(0)} » : {why}" for pattern, needed, why in CONDITIONAL_CLAIMS
              for m in [re.search(pattern, lowered)] if m and not re.search(needed, lowered)]
    tone = [w for w in brand.AVOIDED_TONE_WORDS if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", lowered)]
    if tone:
        found.append("mots que la charte écarte (superlatifs, vocabulaire anxiogène ou injonctions) : "
                     + ", ".join(f"« {w} »" for w in tone))
    tutoiement = _TUTOIEMENT.search(lowered)
    if tutoiement:
        found.append(f"« {tutoiement.group(0)} » : la marque vouvoie ses lecteurs ({brand.ADDRESS})")
    return found


@dataclass(frozen=True)
class Finding:
    rule: str  # id of the rule
    title: str  # French
    ok: bool
    detail: str  # French: the figure, and what to fix when the rule fails


# Each rule of an article: its id and the French title a candidate reads.
ARTICLE_RULES = {
    "longueur": "Longueur demandée par le brief",
    "lisibilite": f"Lisibilité (Kandel-Moles ≥ {KANDEL_MOLES_MIN})",
    "phrases": f"Phrases courtes (moyenne ≤ {MEAN_SENTENCE_WORDS} mots, aucune > {MAX_SENTENCE_WORDS})",
    "paragraphes": f"Paragraphes courts (≤ {MAX_PARAGRAPH_WORDS} mots) et chapô qui va droit au but",
    "orthographe": "Orthographe",
    "titres": "Titres hiérarchisés",
    "balayage": "Lecture en balayage : listes et mots en gras",
    "charte": "Charte : allégations, ton et vouvoiement",
    "faits": "Les faits du brief qu'un parent cherche",
}


def article_findings(text: object, word_range: tuple[int, int], product: str) -> list[Finding]:
    """Every rule of :data:`ARTICLE_RULES` on a Markdown article."""
    m = measure(text)
    low, high = word_range
    count = m.word_count
    found = [Finding("longueur", ARTICLE_RULES["longueur"], low <= count <= high,
                     f"{count} mots (le brief en demande de {low} à {high})")]
    score = m.readability
    found.append(Finding("lisibilite", ARTICLE_RULES["lisibilite"], score >= KANDEL_MOLES_MIN,
                         f"indice {score:.1f}".replace(".", ",")
                         + ("" if score >= KANDEL_MOLES_MIN else " : raccourcissez les phrases et préférez "
                            "les mots courts et courants")))
    mean, long = m.mean_sentence_words, m.long_sentences
    detail = f"{mean:.1f} mots par phrase en moyenne".replace(".", ",")
    if long:
        detail += f" ; {len(long)} phrase(s) de plus de {MAX_SENTENCE_WORDS} mots, dont « {long[0][:80]}… »"
    found.append(Finding("phrases", ARTICLE_RULES["phrases"],
                         bool(m.sentences) and mean <= MEAN_SENTENCE_WORDS and not long, detail))
    long_p = m.long_paragraphs
    standfirst_words = len(words(m.standfirst))
    problems = []
    if long_p:
        problems.append(f"{len(long_p)} paragraphe(s) de plus de {MAX_PARAGRAPH_WORDS} mots, "
                        f"dont « {long_p[0][:60]}… »")
    if not m.standfirst:
        problems.append("pas de chapô : un paragraphe sous le titre qui dit l'essentiel")
    elif standfirst_words > MAX_STANDFIRST_WORDS or not _names(m.standfirst, product):
        problems.append(f"le chapô ({standfirst_words} mots) doit tenir en {MAX_STANDFIRST_WORDS} mots "
                        f"et nommer {product}")
    found.append(Finding("paragraphes", ARTICLE_RULES["paragraphes"], bool(m.paragraphs) and not problems,
                         " ; ".join(problems) or f"{len(m.paragraphs)} paragraphes, chapô de {standfirst_words} mots"))
    unknown = misspelled(text)
    found.append(Finding("orthographe", ARTICLE_RULES["orthographe"], len(unknown) <= SPELLING_TOLERANCE,
                         ("mots inconnus du dictionnaire : " + ", ".join(unknown[:12])) if unknown
                         else "aucun mot inconnu du dictionnaire"))
    found.append(_headings_finding(m))
    items, bold = len(m.list_items), len(m.bold)
    found.append(Finding("balayage", ARTICLE_RULES["balayage"], items >= MIN_LIST_ITEMS and bold >= MIN_BOLD,
                         f"{items} élément(s) de liste (au moins {MIN_LIST_ITEMS}), {bold} passage(s) en gras "
                         f"(au moins {MIN_BOLD})"))
    problems = charter_problems(text)
    found.append(Finding("charte", ARTICLE_RULES["charte"], not problems,
                         " ; ".join(problems) or "rien que la charte écarte"))
    stated = set(brief.facts_mentioned(text))
    missing = [f for f in brief.ARTICLE_FACTS if f not in stated]
    found.append(Finding("faits", ARTICLE_RULES["faits"], len(missing) <= brief.ARTICLE_FACTS_FORGIVEN,
                         ("manquent : " + ", ".join(missing)) if missing else "tous donnés"))
    return found


def _headings_finding(m: ArticleMeasures) -> Finding:
    levels = [level for level, _ in m.headings]
    problems = []
    if levels.count(1) != 1 or (levels and levels[0] != 1):
        problems.append(f"{levels.count(1)} titre(s) de niveau 1 : un seul, en tête de l'article (le titre)")
    if levels.count(2) < MIN_SECTIONS:
        problems.append(f"{levels.count(2)} intertitre(s) de niveau 2 (au moins {MIN_SECTIONS})")
    skips = [f"niveau {b} après niveau {a}" for a, b in itertools.pairwise(levels) if b > a + 1]
    if skips:
        problems.append("niveau sauté (" + ", ".join(skips[:3]) + ")")
    empty = [t for _, t in m.headings if len(words(t)) < 2]
    if empty:
        problems.append(f"titre trop vague : « {empty[0]} »")
    outline = " > ".join(f"H{level}" for level in levels[:12]) or "aucun titre"
    return Finding("titres", ARTICLE_RULES["titres"], not problems, " ; ".join(problems) or f"plan : {outline}")


def _names(text: str, name: str) -> bool:
    """True when the text writes the name (case, accents, apostrophes and spaces set aside)."""
    return label_key(name) in label_key(text)


# Each rule of a platform post: its id and the French title.
POST_RULES = {
    "contenu": "Dit quelque chose (une phrase ou deux, pas un texte d'attente)",
    "limite": "Dans les limites de la plateforme (caractères, hashtags)",
    "produit": "Nomme le produit",
    "fait": "Donne une information concrète du brief (date, prix, âge, format, preuves)",
    "lien": "Lien là où il est cliquable, « lien en bio » ailleurs",
    "charte": "Charte : allégations, ton et vouvoiement",
    "adapte": "Écrit pour sa plateforme (un texte recopié d'un réseau à l'autre ne compte pas)",
}
# A post says something: a sentence or two, not « Découvrez Petite Vague ! ».
MIN_POST_WORDS = 12
# Where a link in the text is clickable; elsewhere it is dead text and the bio's link is the way.
CLICKABLE_LINKS = ("Facebook", "LinkedIn", "X")


def post_findings(platform: str, text: object, others: dict[str, str], product: str) -> list[Finding]:
    """Every rule of :data:`POST_RULES` on one post; ``others`` are the posts for the other platforms."""
    plat = platforms.platform(platform)
    text = _clean(text)
    length = posts.weighted_length(text, plat)
    tags = posts.hashtag_count(text)
    problems = []
    if length > plat.max_text_chars:
        problems.append(f"{length} caractères pour {plat.max_text_chars} au plus")
    if plat.max_hashtags is not None and tags > plat.max_hashtags:
        problems.append(f"{tags} hashtags pour {plat.max_hashtags} au plus")
    count = len(words(text))
    said = count >= MIN_POST_WORDS and not is_filler(text)
    found = [Finding("contenu", POST_RULES["contenu"], said, "" if said else f"{count} mot(s) : au moins "
                     f"{MIN_POST_WORDS}, qui disent quelque chose")]
    found.append(Finding("limite", POST_RULES["limite"], bool(text.strip()) and not problems,
                         " ; ".join(problems) or f"{length} caractères, {tags} hashtag(s)"))
    found.append(Finding("produit", POST_RULES["produit"], _names(text, product),
                         "" if _names(text, product) else f"le texte ne nomme pas {product}"))
    facts = brief.facts_mentioned(text)
    found.append(Finding("fait", POST_RULES["fait"], bool(facts), "" if facts else "aucune"))
    links = posts.urls(text)
    if plat.name in CLICKABLE_LINKS:
        ok, detail = bool(links), "" if links else "aucun lien vers l'article alors qu'il serait cliquable ici"
    else:
        ok = not links and "bio" in text.lower()
        detail = "" if ok else ("un lien n'est pas cliquable dans ce texte : renvoyez au « lien en bio »" if links
                                else "dites où trouver l'article (« lien en bio »)")
    found.append(Finding("lien", POST_RULES["lien"], ok, detail))
    problems = charter_problems(text)
    found.append(Finding("charte", POST_RULES["charte"], not problems, " ; ".join(problems)))
    same = any(overlap(text, _clean(other)) >= SAME_TEXT_OVERLAP for other in others.values())
    found.append(Finding("adapte", POST_RULES["adapte"], not same,
                         "le même texte qu'une autre plateforme : adaptez-le" if same else ""))
    return found


def show_report(findings: list[Finding]) -> None:
    """Print the findings as a French checklist (✅ / ❌) with the figures."""
    for f in findings:
        mark = "✅" if f.ok else "❌"
        print(f"{mark} {f.title}" + (f" — {f.detail}" if f.detail else ""))


def show_posts_report(posts: object, product: str) -> None:
    """Print the findings of every post of a {platform: text} mapping, each against the others."""
    try:
        posts = as_mapping(posts, "publications")
    except CheckFailed:
        posts = {}
    for name, text in posts.items():
        known = canonical_label(name, platforms.PLATFORMS)
        print(f"--- {known}")
        if known not in platforms.PLATFORMS:
            print(f"❌ « {name} » n'est pas une plateforme du tableau ({', '.join(platforms.PLATFORMS)})")
            continue
        others = {k: v for k, v in posts.items() if k != name and isinstance(v, str)}
        show_report(post_findings(known, text, others, product))
