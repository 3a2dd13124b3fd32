"""The writing, legal and accessibility rules every post of the editorial charter respects.

A post is plain data, a dict with French keys (the candidate writes and reads them)::

    {
        "id": "P1",                          # optional, for the reader
        "plateforme": "Instagram",           # a key of platforms.PLATFORMS
        "format": "Carrousel",               # optional, not checked here
        "texte": "Le texte publié…",
        "visuels": [                         # optional: images and videos
            {"type": "image", "largeur": 1080, "hauteur": 1350,
             "texte_alternatif": "Trois savons posés sur un galet"},
            {"type": "vidéo", "largeur": 1080, "hauteur": 1920,
             "duree_s": 45, "sous_titres": True},
        ],
        "partenariat": False,                # made with a paid or gifted influencer
        "image_retouchee": False,            # a retouched body or face is shown
        "image_ia": False,                   # or "visage" (a face or body made by AI) or
                                             # "réaliste" (an AI image that could pass for a photo)
    }

Each rule is one function ``post -> list of French messages`` registered with its
French title and explanation; :func:`review_post` runs them all.  Every platform
figure (text length, hashtag limit, visual proportions, video length) is read from
:mod:`cmcert_lib.facts.platforms`, never written here; what a post's links,
hashtags, length and visual fit are is :mod:`cmcert_lib.domain.posts`'s to say.

The legal texts a French community manager applies in 2026 are :data:`LEGAL_RULES`:
each with its exact reference, what it covers and the mention it requires;
:func:`legal_rules_table` shows them.  :func:`pillar_name_problem` refuses an editorial
pillar named with a claim the charter forbids.

The notebooks also find here what a semantic-field analysis needs: a French :func:`tokenize`
that splits elisions (``l'``, ``d'``, ``qu'`` ...) and a French stopword list, :data:`STOPWORDS`
(both :mod:`cmcert_lib.domain.words`'s, shared with the other blocs). The forbidden claims are
:data:`cmcert_lib.facts.claims.FORBIDDEN_CLAIMS`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pandas as pd

from cmcert_lib.checks.content import ALT_MISSING, MEDIUM_WORDS, alt_text_problem
from cmcert_lib.domain import posts
from cmcert_lib.domain.words import ELISIONS, STOPWORDS, tokenize  # noqa: F401  (the notebooks' names)
from cmcert_lib.facts import platforms
from cmcert_lib.facts.claims import FORBIDDEN_CLAIMS

__all__ = [
    "LEGAL_RULES",
    "MAX_EMOJIS",
    "MEDIUM_WORDS",
    "RULES",
    "STOPWORDS",
    "Finding",
    "LegalRule",
    "Rule",
    "alt_text_problem",
    "emojis",
    "fancy_characters",
    "legal_rules_table",
    "pillar_name_problem",
    "review_post",
    "rules_table",
    "tokenize",
]

# The charter's own choice, not a platform limit: beyond three, emojis read as noise
# and a screen reader spells out every one of them.
MAX_EMOJIS = 3

DISCLOSURES = ("publicité", "collaboration commerciale")
# The law writes « Images retouchées » and « Images virtuelles » (loi n° 2023-451, art. 5, I), the code
# de la santé publique « Photographie retouchée » (art. L. 2133-2); the singular reads the same.
RETOUCH_DISCLOSURE = re.compile(r"\b(?:images? retouchées?|photographies? retouchées?)\b")
VIRTUAL_DISCLOSURE = re.compile(r"\bimages? virtuelles?\b")
# The AI Act sets no wording; the charter's is « Image générée par IA ».
AI_DISCLOSURE = re.compile(r"\b(?:générée?s? (?:par|avec) (?:l'|une )?(?:ia|intelligence artificielle)|"
                           r"contenu généré par (?:l'|une )?(?:ia|intelligence artificielle))\b")
AI_FACE, AI_REALISTIC = "visage", "réaliste"


@dataclass(frozen=True)
class Finding:
    """A broken rule in one post: the rule's id and a French message for the writer."""

    rule: str
    message: str

    def __str__(self) -> str:
        return f"[{self.rule}] {self.message}"


@dataclass(frozen=True)
class Rule:
    id: str
    family: str  # "Plateforme", "Accessibilité" or "Juridique"
    title: str  # French, one line
    why: str  # French explanation for the writer
    check: Callable[[dict], list[str]]


RULES: dict[str, Rule] = {}


def _rule(ident: str, family: str, title: str, why: str):
    def register(func: Callable[[dict], list[str]]) -> Callable[[dict], list[str]]:
        RULES[ident] = Rule(ident, family, title, why, func)
        return func

    return register


# --- reading a post -------------------------------------------------------------

_EMOJI_RANGES = (
    (0x1F1E6, 0x1F1FF),  # regional indicators (flags, in pairs)
    (0x1F300, 0x1F5FF),
    (0x1F600, 0x1F64F),
    (0x1F680, 0x1F6FF),
    (0x1F900, 0x1F9FF),
    (0x1FA70, 0x1FAFF),
    (0x2600, 0x26FF),
    (0x2700, 0x27BF),
    (0x2B00, 0x2BFF),
)
_SKIN_TONES = (0x1F3FB, 0x1F3FF)
_JOINERS = {"\u200d", "\ufe0f", "\ufe0e", "\u20e3"}

# Letters drawn from Unicode's mathematical, enclosed or small-capital sets to look
# like bold, italic or script: screen readers read their long names or nothing.
_FANCY_PREFIXES = (
    "MATHEMATICAL ",
    "FULLWIDTH LATIN ",
    "CIRCLED LATIN ",
    "PARENTHESIZED LATIN ",
    "SQUARED LATIN ",
    "NEGATIVE CIRCLED LATIN ",
    "NEGATIVE SQUARED LATIN ",
    "SCRIPT CAPITAL ",
    "SCRIPT SMALL ",
    "BLACK-LETTER CAPITAL ",
    "DOUBLE-STRUCK ",
    "LATIN LETTER SMALL CAPITAL ",
    "MODIFIER LETTER SMALL ",
    "MODIFIER LETTER CAPITAL ",
)


def _platform(post: dict) -> platforms.Platform:
    return platforms.platform(post.get("plateforme", ""))


def _text(post: dict) -> str:
    return post.get("texte") or ""


def _visuals(post: dict, kind: str) -> list[tuple[int, dict]]:
    """(position from 1, visual) of the post's images or videos."""
    wanted = {"image": {"image"}, "video": {"vidéo", "video"}}[kind]
    return [(n, v) for n, v in enumerate(post.get("visuels") or [], start=1)
            if str(v.get("type", "image")).lower() in wanted]


def _lower(text: str) -> str:
    return text.replace("’", "'").lower()


def _is_emoji(char: str) -> bool:
    code = ord(char)
    if _SKIN_TONES[0] <= code <= _SKIN_TONES[1]:
        return False
    return any(low <= code <= high for low, high in _EMOJI_RANGES)


def _emoji_spans(text: str) -> Iterator[tuple[int, int]]:
    """Start and end of each emoji as a reader sees it (ZWJ sequences, flags, skin tones)."""
    i, n = 0, len(text)
    while i < n:
        if not _is_emoji(text[i]):
            i += 1
            continue
        start = i
        is_flag = 0x1F1E6 <= ord(text[i]) <= 0x1F1FF
        i += 1
        if is_flag and i < n and 0x1F1E6 <= ord(text[i]) <= 0x1F1FF:
            i += 1
        while i < n:
            code = ord(text[i])
            modifier = text[i] in _JOINERS or _SKIN_TONES[0] <= code <= _SKIN_TONES[1]
            if modifier or (text[i - 1] == "\u200d" and _is_emoji(text[i])):
                i += 1
            else:
                break
        yield start, i


def emojis(text: str) -> list[str]:
    """Emojis of a text, one item per emoji a reader sees."""
    return [text[a:b] for a, b in _emoji_spans(text)]


def fancy_characters(text: str) -> list[str]:
    """Characters that imitate bold, italic or script letters (distinct, in order)."""
    found: list[str] = []
    for char in text:
        name = unicodedata.name(char, "")
        if name.startswith(_FANCY_PREFIXES) and char not in found:
            found.append(char)
    return found


# --- the rules ------------------------------------------------------------------


@_rule(
    "longueur_texte", "Plateforme", "Le texte tient dans la limite de la plateforme",
    "Au-delà, la plateforme refuse la publication ou la coupe. Sur X, chaque lien compte "
    f"pour {platforms.platform('X').url_counts_as} caractères quelle que soit sa longueur.",
)
def text_length(post: dict) -> list[str]:
    plat = _platform(post)
    length = posts.weighted_length(_text(post), plat)
    if length > plat.max_text_chars:
        return [f"Texte de {length} caractères pour {plat.max_text_chars} au plus sur {plat.name}."]
    return []


@_rule(
    "nombre_hashtags", "Plateforme", "Pas plus de hashtags que la plateforme n'en accepte",
    f"Instagram n'accepte plus que {platforms.platform('Instagram').max_hashtags} hashtags par "
    "publication ou Reel depuis décembre 2025 ; "
    "au-delà, la publication risque d'être refusée ou ses hashtags ignorés.",
)
def hashtag_count(post: dict) -> list[str]:
    plat = _platform(post)
    count = posts.hashtag_count(_text(post))
    if plat.max_hashtags is not None and count > plat.max_hashtags:
        return [f"{count} hashtags pour {plat.max_hashtags} au plus sur {plat.name}."]
    return []


def _is_camel_case(tag: str) -> bool:
    letters = [c for c in tag if c.isalpha()]
    if not letters:
        return True
    if not letters[0].isupper():
        return False
    # An all-capital tag is spelt letter by letter; short acronyms (#DIY) are fine.
    return not (len(letters) > 4 and all(c.isupper() for c in letters))


@_rule(
    "hashtags_camelcase", "Accessibilité",
    "Hashtags écrits en CamelCase : une majuscule au début de chaque mot",
    "Un lecteur d'écran lit #ZeroDechet comme deux mots, mais #zerodechet comme un mot "
    "inconnu et #ZERODECHET lettre par lettre. La charte l'applique à tous les hashtags, "
    "même d'un seul mot (#Savon).",
)
def camel_case_hashtags(post: dict) -> list[str]:
    wrong = [f"#{tag}" for tag in posts.hashtags(_text(post)) if not _is_camel_case(tag)]
    if wrong:
        return [f"Hashtag(s) à écrire en CamelCase : {', '.join(wrong)}."]
    return []


@_rule(
    "nombre_emojis", "Accessibilité", f"Pas plus de {MAX_EMOJIS} emojis par publication",
    "Un lecteur d'écran prononce le nom de chaque emoji (« visage souriant avec yeux "
    "souriants ») : en nombre, ils noient le message. Placez-les plutôt en fin de phrase.",
)
def emoji_count(post: dict) -> list[str]:
    count = len(emojis(_text(post)))
    if count > MAX_EMOJIS:
        return [f"{count} emojis pour {MAX_EMOJIS} au plus."]
    return []


def _emoji_inside_sentence(text: str) -> list[str]:
    found = []
    for start, end in _emoji_spans(text):
        before = text[:start].rstrip(" \u00a0")
        after = text[end:].lstrip(" \u00a0")
        if (before and (before[-1].isalpha() or before[-1] in "'’")
                and after and after[0].isalpha() and after[0].islower()):
            found.append(text[start:end])
    return found


@_rule(
    "emoji_dans_phrase", "Accessibilité",
    "Un emoji ne remplace pas un mot et ne coupe pas une phrase",
    "« On 💙 la mer » se lit « On cœur bleu la mer » : le sens se perd pour un lecteur "
    "d'écran et pour qui ne connaît pas le code. Écrivez le mot, gardez l'emoji pour la fin.",
)
def emoji_in_place_of_words(post: dict) -> list[str]:
    found = _emoji_inside_sentence(_text(post))
    if found:
        return [f"Emoji au milieu d'une phrase, à la place d'un mot : {' '.join(found)}."]
    return []


@_rule(
    "caracteres_fantaisie", "Accessibilité",
    "Pas de lettres « fantaisie » (gras, italique ou script Unicode)",
    "Les lettres 𝐠𝐫𝐚𝐬𝐬𝐞𝐬 ou 𝓼𝓬𝓻𝓲𝓹𝓽 copiées depuis un générateur sont des symboles "
    "mathématiques : un lecteur d'écran les épelle ou les tait, et la recherche ne les "
    "trouve pas.",
)
def fancy_letters(post: dict) -> list[str]:
    found = fancy_characters(_text(post))
    if found:
        return [f"Caractères fantaisie à remplacer par des lettres ordinaires : {''.join(found[:8])}."]
    return []




@_rule(
    "texte_alternatif", "Accessibilité", "Chaque image a un texte alternatif qui la décrit",
    "Le texte alternatif est lu aux personnes aveugles ou malvoyantes à la place de l'image "
    "(RGAA, critère 1.1) : une phrase d'au moins trois mots qui dit ce que montre l'image, "
    "pas un nom de fichier.",
)
def alt_text(post: dict) -> list[str]:
    messages = []
    for n, image in _visuals(post, "image"):
        problem = alt_text_problem(image.get("texte_alternatif"))
        if problem == ALT_MISSING:
            messages.append(f"Image {n} sans texte alternatif.")
        elif problem:
            messages.append(f"Image {n} : {problem}.")
    return messages


@_rule(
    "sous_titres", "Accessibilité", "Chaque vidéo est sous-titrée",
    "Les personnes sourdes ou malentendantes, et la plupart des gens qui regardent sans le "
    "son, ne comprennent une vidéo que sous-titrée (RGAA, critère 4.3).",
)
def subtitles(post: dict) -> list[str]:
    return [f"Vidéo {n} sans sous-titres." for n, video in _visuals(post, "video")
            if not video.get("sous_titres")]


@_rule(
    "duree_video", "Plateforme", "La vidéo respecte la durée maximale de la plateforme",
    "Au-delà de la durée maximale, la plateforme refuse la vidéo ou ne la diffuse pas "
    "dans le format prévu (un Reel Instagram dure "
    f"{platforms.platform('Instagram').max_video_seconds} secondes au plus).",
)
def video_length(post: dict) -> list[str]:
    plat = _platform(post)
    if plat.max_video_seconds is None:
        return []
    return [
        f"Vidéo {n} de {video['duree_s']} s pour {plat.max_video_seconds} s au plus sur {plat.name}."
        for n, video in _visuals(post, "video")
        if video.get("duree_s") is not None and video["duree_s"] > plat.max_video_seconds
    ]


@_rule(
    "format_visuel", "Plateforme", "Chaque visuel a des proportions que la plateforme affiche pour son format",
    "Hors des proportions acceptées pour son format (de 1,91:1 à 4:5 pour une image du fil Instagram, "
    "9:16 pour un Reel), un visuel est recadré par la plateforme : texte coupé, produit hors champ. "
    "Plus étroit que la taille recommandée, il est agrandi et flou.",
)
def visual_format(post: dict) -> list[str]:
    plat = _platform(post)
    fmt = post.get("format") or None
    messages = []
    for n, visual in enumerate(post.get("visuels") or [], start=1):
        width, height = visual.get("largeur"), visual.get("hauteur")
        if width is None or height is None:
            messages.append(f"Visuel {n} : dimensions non indiquées.")
            continue
        problem = posts.visual_problem(plat, fmt, width, height)
        if problem:
            messages.append(f"Visuel {n} : {problem}.")
    return messages


@_rule(
    "mention_partenariat", "Juridique",
    "Un partenariat avec un influenceur porte la mention « Publicité » ou "
    "« Collaboration commerciale »",
    "La loi n° 2023-451 du 9 juin 2023 sur l'influence commerciale (art. 5-2) impose d'indiquer "
    "l'intention commerciale par une mention claire, lisible et compréhensible, sur tout support, dès "
    "qu'un contenu est publié contre rémunération ou un avantage (produits offerts) ; #ad, #sp ou "
    "« merci à la marque » ne suffisent pas. Ne pas la mettre est une pratique commerciale trompeuse.",
)
def partnership_disclosure(post: dict) -> list[str]:
    if post.get("partenariat") and not any(m in _lower(_text(post)) for m in DISCLOSURES):
        return ["Partenariat sans la mention « Publicité » ou « Collaboration commerciale »."]
    return []


@_rule(
    "mention_image_retouchee", "Juridique",
    "Une image retouchée du corps ou du visage porte la mention « Images retouchées »",
    "La loi n° 2023-451 du 9 juin 2023 (art. 5, I, 1°) impose « Images retouchées » sur les contenus "
    "d'influence dont l'image a été modifiée pour affiner ou épaissir la silhouette ou modifier "
    "l'apparence du visage ; le code de la santé publique (art. L. 2133-2) impose « Photographie "
    "retouchée » sur les photographies commerciales de mannequins dont la silhouette a été modifiée.",
)
def retouch_disclosure(post: dict) -> list[str]:
    if post.get("image_retouchee") and not RETOUCH_DISCLOSURE.search(_lower(_text(post))):
        return ["Image retouchée sans la mention « Images retouchées »."]
    return []


@_rule(
    "mention_image_virtuelle", "Juridique",
    "Un visage ou une silhouette produits par IA dans un partenariat portent la mention « Images virtuelles »",
    "La loi n° 2023-451 du 9 juin 2023 (art. 5, I, 2°) impose « Images virtuelles » sur les contenus "
    "d'influence dont une image a été produite par un procédé d'intelligence artificielle pour "
    "représenter un visage ou une silhouette.",
)
def virtual_disclosure(post: dict) -> list[str]:
    if (post.get("partenariat") and post.get("image_ia") == AI_FACE
            and not VIRTUAL_DISCLOSURE.search(_lower(_text(post)))):
        return ["Visage ou silhouette produits par IA sans la mention « Images virtuelles »."]
    return []


@_rule(
    "mention_contenu_ia", "Juridique",
    "Une image générée par IA qui pourrait passer pour vraie porte la mention « Image générée par IA »",
    "Le règlement (UE) 2024/1689 sur l'intelligence artificielle (art. 50, § 4, applicable depuis le "
    "2 août 2026) impose à qui publie une image ou une vidéo générée ou manipulée par IA, ressemblant "
    "à des personnes, lieux ou objets réels au point de passer pour authentique (un hypertrucage), "
    "d'indiquer qu'elle a été générée ou manipulée par IA. Le texte ne fixe pas les mots : la charte "
    "retient « Image générée par IA ».",
)
def ai_disclosure(post: dict) -> list[str]:
    kind = post.get("image_ia")
    if not kind:
        return []
    # In a partnership, « Images virtuelles » on a face made by AI is the law's own mention of it.
    if post.get("partenariat") and kind == AI_FACE:
        return []
    if not AI_DISCLOSURE.search(_lower(_text(post))):
        return ["Image générée par IA sans mention qui le dise (« Image générée par IA »)."]
    return []


@_rule(
    "allegation_interdite", "Juridique",
    "Pas d'allégation thérapeutique ni d'allégation environnementale générique",
    "Un cosmétique nettoie, parfume, protège ou entretient : s'il « soigne » ou « guérit », "
    "il est présenté comme un médicament (règlement (CE) 1223/2009, code de la santé "
    "publique). Les allégations environnementales génériques (« respectueux de "
    "l'environnement », « zéro déchet », « écoresponsable ») sont interdites sans preuve "
    "(loi AGEC, loi Climat et résilience, directive (UE) 2024/825).",
)
def forbidden_claims(post: dict) -> list[str]:
    text = _lower(_text(post))
    messages = []
    for pattern, reason in FORBIDDEN_CLAIMS:
        match = re.search(pattern, text)
        if match:
            messages.append(f"« {match.group(0)} » : {reason}.")
    return messages


def review_post(post: dict) -> list[Finding]:
    """Every rule the post breaks, in the charter's order, with a French message each."""
    _platform(post)  # an unknown platform is an error, not a silent pass
    return [Finding(rule.id, message) for rule in RULES.values() for message in rule.check(post)]


def rules_table() -> pd.DataFrame:
    """The charter's rules as a French table (for display and for the charter document)."""
    return pd.DataFrame(
        [(r.id, r.family, r.title, r.why) for r in RULES.values()],
        columns=["Règle", "Famille", "Ce que la charte demande", "Pourquoi"],
    )


# --- the legal texts of 2026 ------------------------------------------------------


@dataclass(frozen=True)
class LegalRule:
    """A text a community manager applies, cited exactly, with what it covers and requires."""

    id: str
    text: str  # the exact reference (French)
    covers: str  # the situations it applies to (French)
    requires: str  # what it requires, with the exact mention when there is one (French)


_INFLUENCE_LAW = ("Loi n° 2023-451 du 9 juin 2023 visant à encadrer l'influence commerciale et à lutter "
                  "contre les dérives des influenceurs sur les réseaux sociaux (modifiée par l'ordonnance "
                  "n° 2024-978 du 6 novembre 2024)")

LEGAL_RULES: dict[str, LegalRule] = {r.id: r for r in (
    LegalRule(
        "influence_commerciale", f"{_INFLUENCE_LAW}, article 5-2",
        "Un contenu publié par une personne rémunérée ou qui reçoit un avantage (produits offerts, "
        "réduction) pour promouvoir la marque.",
        "Indiquer l'intention commerciale par « Publicité » ou « Collaboration commerciale » (ou une "
        "mention équivalente), claire, lisible et compréhensible, sur tout support, sauf si elle "
        "ressort déjà du contexte."),
    LegalRule(
        "images_retouchees", f"{_INFLUENCE_LAW}, article 5, I, 1°",
        "Un contenu d'influence dont une image a été modifiée pour affiner ou épaissir la silhouette "
        "ou modifier l'apparence du visage.",
        "La mention « Images retouchées »."),
    LegalRule(
        "images_virtuelles", f"{_INFLUENCE_LAW}, article 5, I, 2°",
        "Un contenu d'influence dont une image a été produite par intelligence artificielle pour "
        "représenter un visage ou une silhouette.",
        "La mention « Images virtuelles »."),
    LegalRule(
        "photographie_retouchee", "Code de la santé publique, article L. 2133-2",
        "Une photographie à usage commercial de mannequin dont la silhouette a été affinée ou épaissie "
        "par logiciel (publicité de la marque, affiche, site).",
        "La mention « Photographie retouchée »."),
    LegalRule(
        "ia_hypertrucage",
        "Règlement (UE) 2024/1689 du 13 juin 2024 établissant des règles harmonisées concernant "
        "l'intelligence artificielle, article 50, paragraphe 4 (applicable depuis le 2 août 2026)",
        "Une image, une vidéo ou un son générés ou manipulés par IA qui ressemblent à des personnes, "
        "lieux, objets ou événements réels et pourraient passer pour authentiques (hypertrucage), "
        "publiés par la marque.",
        "Indiquer que le contenu a été généré ou manipulé par IA (la charte retient « Image générée par "
        "IA ») ; pour une œuvre manifestement artistique ou fictive, une mention qui ne gêne pas l'œuvre."),
    LegalRule(
        "identification_publicite",
        "Loi n° 2004-575 du 21 juin 2004 pour la confiance dans l'économie numérique, article 20 ; "
        "ARPP, Recommandation « Communication publicitaire numérique » (version 5, en vigueur le "
        "1er janvier 2022, qui a remplacé la Recommandation « Communication publicitaire digitale »), "
        "point 1 « Identification »",
        "Une publicité de la marque diffusée en ligne sous une forme qui ne la montre pas comme telle "
        "(article ou newsletter d'un média payés par la marque, contenu de marque).",
        "La rendre clairement identifiable comme publicité (« Publicité », « Communication "
        "commerciale »), d'emblée et sans équivoque."),
    LegalRule(
        "accessibilite_boutique",
        "Directive (UE) 2019/882 du 17 avril 2019 relative aux exigences en matière d'accessibilité "
        "applicables aux produits et services (acte européen sur l'accessibilité), applicable depuis "
        "le 28 juin 2025 ; transposée par la loi n° 2023-171 du 9 mars 2023 (article 16) et le décret "
        "n° 2023-931 du 9 octobre 2023",
        "Un service de commerce électronique proposé aux consommateurs (boutique en ligne : fiches "
        "produits, panier, paiement, compte client), sauf pour une microentreprise prestataire de "
        "services (moins de 10 personnes et chiffre d'affaires annuel ou total du bilan d'au plus "
        "2 millions d'euros).",
        "Une boutique en ligne accessible (norme EN 301 549, RGAA pour le web) et une information publiée "
        "sur son accessibilité ; aucune mention sur les publications."),
)}

# Not a legal duty, the charter's own rule for every partnership of the brand.
INFLUENCE_CERTIFICATE = (
    "Le « Certificat de l'Influence Responsable » de l'ARPP (créé en 2021, formation et examen en ligne) "
    "atteste qu'une créatrice connaît les règles de la publicité et de l'influence : la charte le "
    "demande à chaque partenaire, et le brief partenaire rappelle les mentions obligatoires."
)


def legal_rules_table() -> pd.DataFrame:
    """The legal texts of the charter as a French table."""
    return pd.DataFrame(
        [(r.id, r.text, r.covers, r.requires) for r in LEGAL_RULES.values()],
        columns=["Règle", "Texte", "S'applique à", "Exige"],
    )


def pillar_name_problem(name) -> str | None:
    """Why a pillar may not carry this name (French), or None: a pillar's name is read by the team
    and ends up in briefs and captions, so it may not use a claim the charter forbids."""
    text = _lower(name.strip()) if isinstance(name, str) else ""
    if not text:
        return "pilier sans nom"
    for pattern, reason in FORBIDDEN_CLAIMS:
        match = re.search(pattern, text)
        if match:
            return f"le nom « {name.strip()} » emploie « {match.group(0)} », que la charte interdit : {reason}"
    return None


# --- words ----------------------------------------------------------------------

