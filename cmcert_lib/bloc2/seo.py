"""SEO tools of Bloc 2 (C2.2.2, C2.2.3): snippet widths in pixels, slugs, keyword presence and density,
and the measures of an article's HTML (title, meta description, headings, paragraphs, links, images).

The norms (limits, Arial's widths, the export's columns) live in :mod:`cmcert_lib.facts.seo`; this module
only measures. The HTML is read with the standard library's ``html.parser``, bounded: a page longer than
``MAX_HTML_CHARS`` is refused with a French message, and every list of the measures is capped.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urlsplit

from cmcert_lib.domain.words import STOPWORDS
from cmcert_lib.facts import seo as norms

__all__ = [
    "DEFAUTS", "Article", "analyser_article", "contient_mot_cle", "densite_mot_cle", "description_problems",
    "largeur_px", "occurrences", "position_mot_cle", "show_tags_report", "slug_problems", "slugifier",
    "title_problems",
]

MAX_HTML_CHARS = 500_000
MAX_ITEMS = 2_000
MAX_TEXT_CHARS = 5_000
# A description says something: this many distinct meaningful words at least.
DESCRIPTION_MIN_WORDS = 8

# The faults an audit of the article can find: code -> what it means (French, shown to the candidate).
DEFAUTS: dict[str, str] = {
    "titre_trop_long": f"la balise <title> dépasse {norms.TITLE_MAX_PX} px en Arial {norms.TITLE_FONT_PX} px "
                       "(Google la coupera)",
    "titre_sans_mot_cle": "le mot-clé principal n'est pas dans la balise <title>",
    "meta_description_absente": "la page n'a pas de meta description",
    "meta_description_trop_longue": f"la meta description dépasse {norms.DESCRIPTION_MAX_PX} px en Arial "
                                    f"{norms.DESCRIPTION_FONT_PX} px",
    "meta_description_trop_courte": f"la meta description a moins de {norms.DESCRIPTION_MIN_CHARS} caractères",
    "h1_absent": "la page n'a pas de titre <h1>",
    "h1_multiple": "la page a plus d'un titre <h1>",
    "niveau_de_titre_saute": "un intertitre descend de plus d'un niveau (par exemple un <h4> juste après un <h2>)",
    "mot_cle_absent_introduction": "le mot-clé principal n'est pas dans le premier paragraphe",
    "densite_excessive": f"le mot-clé principal dépasse {norms.DENSITY_MAX:.0%} des mots (sur-optimisation)",
    "article_trop_court": f"l'article compte moins de {norms.ARTICLE_WORDS[0]} mots (le brief en demande "
                          f"{norms.ARTICLE_WORDS[0]} à {norms.ARTICLE_WORDS[1]})",
    "article_trop_long": f"l'article compte plus de {norms.ARTICLE_WORDS[1]} mots",
    "aucun_lien_interne": "l'article ne renvoie vers aucune autre page du site",
    "lien_interne_casse": "un lien interne mène à une page qui n'existe pas dans le plan du site",
    "image_sans_alt": "une image n'a pas de texte alternatif (attribut alt absent ou vide)",
    "slug_non_conforme": "l'adresse de la page (URL canonique) a un slug non conforme",
}


# --- pixels -------------------------------------------------------------------------------------

def largeur_px(text: Any, taille: float = norms.TITLE_FONT_PX) -> float:
    """The width of ``text`` in pixels, in Arial of ``taille`` px (Google's result font), to 0.1 px.

    Each character counts its advance width in Arial; a character outside the table (an emoji) counts as
    a wide one. Spaces are folded as a browser shows them (several spaces show as one).
    """
    text = " ".join(str(text).split())[:MAX_TEXT_CHARS]
    units = sum(norms.ARIAL_WIDTHS.get(c, norms.DEFAULT_WIDTH) for c in text)
    return round(units * float(taille) / 1000, 1)


# --- keywords -----------------------------------------------------------------------------------

def _bare(text: Any) -> str:
    """Lower case, no accents, straight apostrophes, the two spellings of « shampoing » as one."""
    decomposed = unicodedata.normalize("NFKD", str(text)[:MAX_HTML_CHARS].replace("\u2019", "'"))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return bare.replace("shampooing", "shampoing")


def _tokens(text: Any) -> list[str]:
    return re.findall(r"[a-z0-9]+", _bare(text))


def _stem(word: str) -> str:
    """A word without its plural mark (enfants → enfant, cheveux → cheveu)."""
    return word[:-1] if len(word) > 3 and word[-1] in "sx" else word


_BARE_STOPWORDS = frozenset(_bare(w).strip("'") for w in STOPWORDS)


def _content_words(text: Any) -> list[str]:
    return [_stem(w) for w in _tokens(text) if w not in _BARE_STOPWORDS]


def contient_mot_cle(texte: Any, mot_cle: Any) -> bool:
    """True when every meaningful word of ``mot_cle`` is in ``texte``.

    Case, accents, plurals and the spelling « shampooing » are set aside, and so are small words
    (« pour », « les »): « Shampoing solide : pour les enfants » contains « shampoing solide enfant ».
    """
    wanted = set(_content_words(mot_cle))
    return bool(wanted) and wanted <= set(_content_words(texte))


def position_mot_cle(texte: Any, mot_cle: Any) -> float | None:
    """Where the keyword starts in ``texte``, as a share of its length (0 = at the start), or None if absent.

    The start is the first word of the keyword found after which all the keyword's words appear.
    """
    if not contient_mot_cle(texte, mot_cle):
        return None
    text = _bare(texte)
    wanted = set(_content_words(mot_cle))
    for match in re.finditer(r"[a-z0-9]+", text):
        if _stem(match.group()) in wanted and wanted <= set(_content_words(text[match.start():])):
            return match.start() / max(len(text), 1)
    return None


def occurrences(texte: Any, expression: Any) -> int:
    """How many times the exact ``expression`` appears in ``texte`` (case, accents and « shampooing » aside)."""
    words = _tokens(expression)
    if not words:
        return 0
    tokens = _tokens(texte)
    size = len(words)
    return sum(1 for i in range(len(tokens) - size + 1) if tokens[i:i + size] == words)


def densite_mot_cle(texte: Any, expression: Any) -> float:
    """Occurrences of the exact ``expression`` divided by the number of words of ``texte`` (0 to 1)."""
    total = len(str(texte).split())
    return occurrences(texte, expression) / total if total else 0.0


# --- snippet and slug rules ---------------------------------------------------------------------

def title_problems(title: Any, mot_cle: Any) -> list[str]:
    """What is wrong with a page title for ``mot_cle`` (French, empty when it is fine)."""
    if not isinstance(title, str) or not title.strip():
        return ["la balise <title> est vide"]
    problems = []
    width = largeur_px(title, norms.TITLE_FONT_PX)
    if width > norms.TITLE_MAX_PX:
        problems.append(f"le titre mesure {width:.0f} px, plus que {norms.TITLE_MAX_PX} px : Google le coupera")
    if len(title.strip()) < norms.TITLE_MIN_CHARS:
        problems.append(f"le titre a moins de {norms.TITLE_MIN_CHARS} caractères : il n'exploite pas la ligne")
    where = position_mot_cle(title, mot_cle)
    if where is None:
        problems.append("le mot-clé principal n'est pas dans le titre")
    elif where > 0.5:
        problems.append("le mot-clé principal arrive dans la seconde moitié du titre : placez-le au début")
    if occurrences(title, mot_cle) > 1:
        problems.append("le mot-clé est répété dans le titre (bourrage de mots-clés)")
    elif len(set(_content_words(title)) - set(_content_words(mot_cle))) < 2:
        problems.append("le titre ne dit rien de plus que le mot-clé : donnez une promesse au lecteur")
    return problems


def description_problems(description: Any, mot_cle: Any) -> list[str]:
    """What is wrong with a meta description for ``mot_cle`` (French, empty when it is fine)."""
    if not isinstance(description, str) or not description.strip():
        return ["la meta description est vide"]
    problems = []
    width = largeur_px(description, norms.DESCRIPTION_FONT_PX)
    if width > norms.DESCRIPTION_MAX_PX:
        problems.append(f"la description mesure {width:.0f} px, plus que {norms.DESCRIPTION_MAX_PX} px : "
                        "Google la coupera")
    if len(description.strip()) < norms.DESCRIPTION_MIN_CHARS:
        problems.append(f"la description a moins de {norms.DESCRIPTION_MIN_CHARS} caractères")
    if not contient_mot_cle(description, mot_cle):
        problems.append("le mot-clé principal n'est pas dans la description")
    if occurrences(description, mot_cle) > 2:
        problems.append("le mot-clé est répété dans la description (bourrage de mots-clés)")
    elif len(set(_content_words(description))) < DESCRIPTION_MIN_WORDS:
        problems.append(f"la description compte moins de {DESCRIPTION_MIN_WORDS} mots porteurs de sens")
    return problems


_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def slugifier(texte: Any) -> str:
    """A slug from a text: lower case, no accents, hyphens, the small words removed."""
    words = [w for w in re.findall(r"[a-z0-9]+", _bare(texte).replace("'", " ")) if w not in _BARE_STOPWORDS]
    return "-".join(words)


def slug_problems(slug: Any, mot_cle: Any = None) -> list[str]:
    """What is wrong with a slug (French, empty when it is fine): format, small words, length, keyword."""
    if not isinstance(slug, str) or not slug.strip():
        return ["le slug est vide"]
    slug = slug.strip()
    if len(slug) > 200:
        return ["le slug est beaucoup trop long"]
    problems = []
    if not _SLUG.fullmatch(slug):
        problems.append("le slug ne s'écrit qu'en minuscules sans accents, chiffres et tirets simples "
                        "(ni espace, ni apostrophe, ni barre oblique)")
    words = [w for w in re.split(r"[^a-z0-9]+", _bare(slug)) if w]
    small = [w for w in words if w in _BARE_STOPWORDS]
    if small:
        problems.append("le slug contient des mots vides (" + ", ".join(dict.fromkeys(small)) + ")")
    if len(words) > norms.SLUG_MAX_WORDS:
        problems.append(f"le slug compte {len(words)} mots, plus que {norms.SLUG_MAX_WORDS}")
    if mot_cle is not None and not contient_mot_cle(" ".join(words), mot_cle):
        problems.append("le mot-clé principal n'est pas dans le slug")
    return problems


# --- the article's HTML -------------------------------------------------------------------------

@dataclass
class Article:
    """The measures of an article's HTML page, as an SEO crawler reads them."""

    title: str | None = None
    meta_description: str | None = None
    canonical: str | None = None
    titres: list[tuple[int, str]] = field(default_factory=list)  # (level 1-6, text), in page order
    paragraphes: list[str] = field(default_factory=list)
    liens: list[tuple[str, str]] = field(default_factory=list)  # (href, anchor text)
    images: list[tuple[str, str | None]] = field(default_factory=list)  # (src, alt or None)
    texte: str = ""  # the visible text of <body>

    @property
    def mots(self) -> int:
        """The number of words of the visible text (separated by spaces)."""
        return len(self.texte.split())

    @property
    def slug(self) -> str | None:
        """The last part of the canonical URL's path."""
        if not self.canonical:
            return None
        return urlsplit(self.canonical).path.rstrip("/").rsplit("/", 1)[-1]

    def resume(self) -> str:
        """A short French report of the measures (what an SEO extension would show)."""
        lines = [
            f"<title> : {self.title!r}"
            + (f" ({len(self.title)} caractères, {largeur_px(self.title, norms.TITLE_FONT_PX):.0f} px)"
               if self.title else ""),
            f"meta description : {self.meta_description!r}"
            + (f" ({len(self.meta_description)} caractères, "
               f"{largeur_px(self.meta_description, norms.DESCRIPTION_FONT_PX):.0f} px)"
               if self.meta_description else ""),
            f"URL canonique : {self.canonical}",
            f"mots : {self.mots}",
            "titres :",
            *(f"{'  ' * (level - 1)}h{level} {text}" for level, text in self.titres),
            f"liens ({len(self.liens)}) :",
            *(f"  {href} « {text} »" for href, text in self.liens),
            f"images ({len(self.images)}) :",
            *(f"  {src} alt={alt!r}" for src, alt in self.images),
        ]
        return "\n".join(lines)


_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_HIDDEN = {"script", "style", "template", "noscript"}


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.article = Article()
        self._in_title = False
        self._in_body = False
        self._hidden = 0
        self._open: list[tuple[str, list[str], Any]] = []  # (tag, text parts, extra) for h*, p, a
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {k.lower(): (v or "") for k, v in attrs}
        a = self.article
        if tag == "title":
            self._in_title = True
            a.title = a.title or ""
        elif tag == "meta" and attributes.get("name", "").lower() == "description":
            a.meta_description = " ".join(attributes.get("content", "").split())[:MAX_TEXT_CHARS]
        elif tag == "link" and "canonical" in attributes.get("rel", "").lower().split():
            a.canonical = attributes.get("href", "")[:MAX_TEXT_CHARS]
        elif tag == "body":
            self._in_body = True
        elif tag in _HIDDEN:
            self._hidden += 1
        elif tag == "img" and len(a.images) < MAX_ITEMS:
            alt = _alt(attrs)
            a.images.append((attributes.get("src", "")[:MAX_TEXT_CHARS], alt))
        elif (tag in _HEADINGS or tag in ("p", "a")) and len(self._open) < MAX_ITEMS:
            self._open.append((tag, [], attributes.get("href", "")[:MAX_TEXT_CHARS]))
        if tag in ("p", "br", "li", "div", "section", "article") or tag in _HEADINGS:
            self._text.append(" ")

    def handle_endtag(self, tag: str) -> None:
        a = self.article
        if tag == "title":
            self._in_title = False
        elif tag in _HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in _HEADINGS or tag in ("p", "a"):
            for index in range(len(self._open) - 1, -1, -1):
                if self._open[index][0] == tag:
                    _, parts, href = self._open.pop(index)
                    text = " ".join("".join(parts).split())[:MAX_TEXT_CHARS]
                    if tag == "p" and len(a.paragraphes) < MAX_ITEMS:
                        a.paragraphes.append(text)
                    elif tag == "a" and len(a.liens) < MAX_ITEMS:
                        a.liens.append((href, text))
                    elif tag in _HEADINGS and len(a.titres) < MAX_ITEMS:
                        a.titres.append((_HEADINGS[tag], text))
                    break
        if tag in ("p", "li", "div", "section", "article") or tag in _HEADINGS:
            self._text.append(" ")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.article.title = (self.article.title or "") + data
            return
        if self._hidden:
            return
        for _, parts, _ in self._open:
            parts.append(data)
        if self._in_body:
            self._text.append(data)

    def close(self) -> None:
        super().close()
        a = self.article
        if a.title is not None:
            a.title = " ".join(a.title.split())[:MAX_TEXT_CHARS]
        a.texte = " ".join("".join(self._text).split())


def _alt(attrs: list[tuple[str, str | None]]) -> str | None:
    """The alt attribute of an image: None when it is absent, its text (maybe empty) otherwise."""
    for key, value in attrs:
        if key.lower() == "alt":
            return " ".join((value or "").split())
    return None


def analyser_article(html: Any) -> Article:
    """The SEO measures of an HTML page (a text): see :class:`Article`."""
    if not isinstance(html, str):
        raise TypeError("Le code HTML doit être un texte (str) : lisez le fichier avec .read_text().")
    if len(html) > MAX_HTML_CHARS:
        raise ValueError(f"Page trop longue ({len(html)} caractères) : au plus {MAX_HTML_CHARS} sont lus.")
    reader = _Reader()
    reader.feed(html)
    reader.close()
    return reader.article


# The three tags of question 2.1 and the function that judges each.
TAGS = (("title", title_problems), ("meta_description", description_problems), ("slug", slug_problems))


def show_tags_report(tags: Any, mot_cle: Any) -> None:
    """Print, for the title, the meta description and the slug of a ``{tag: text}`` dict, what the tool finds."""
    if not isinstance(tags, dict):
        print("❌ Les balises doivent être un dictionnaire {\"title\": …, \"meta_description\": …, \"slug\": …}.")
        return
    for name, problems_of in TAGS:
        problems = problems_of(tags.get(name), mot_cle)
        print(f"{'❌' if problems else '✅'} {name} → " + ("; ".join(problems) if problems else "rien à redire"))
