"""Notebook 01 (web writing): answers written differently, right and hollow.

The right articles are the model article written as other competent writers write Markdown
(underlined titles, other list and bold marks, French typography with non-breaking spaces and
curly apostrophes, Windows line breaks, an indented string); the right posts are the model posts
in other containers and spellings of the platforms' names.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from tests.equivalence import Variant

_COURSE = Path(__file__).resolve().parents[3] / "course" / "bloc2" / "01_redaction_web.py"


def _model(name: str, opening: str) -> object:
    """The model answer ``name`` of the course's text source (a literal), read without running the notebook."""
    text = _COURSE.read_text(encoding="utf-8")
    start = text.index(opening)
    end = text.index("### END SOLUTION", start)
    return ast.literal_eval(text[start + len(f"{name} = "):end].strip())


ARTICLE = _model("article", 'article = """')
POSTS = _model("publications", "publications = {")


def _setext(article: str) -> str:
    """Titles underlined (=== and ---), lists with « * », bold with « __ »."""
    lines = []
    for line in article.split("\n"):
        heading = re.match(r"^(#{1,2}) (.+)$", line)
        if heading:
            lines += [heading.group(2), ("=" if heading.group(1) == "#" else "-") * len(heading.group(2))]
        else:
            lines.append(re.sub(r"^- ", "* ", line))
    return re.sub(r"\*\*(.+?)\*\*", r"__\1__", "\n".join(lines))


def _typographic(article: str) -> str:
    """French typography: curly apostrophes, narrow no-break space before « ; : ? ! », Windows lines."""
    text = article.replace("'", "’")
    text = re.sub(r" ([;:?!])", "\u202f\\1", text)
    return text.replace("\n", "\r\n")


def _indented(article: str) -> str:
    body = "\n".join(("    " + line) if line else "" for line in article.split("\n"))
    return f'import textwrap\narticle = textwrap.dedent("""\n{body}\n""")\n'


CORRECT = {
    "article": (
        Variant("underlined titles, « * » lists and « __ » bold", f"article = {_setext(ARTICLE)!r}\n"),
        Variant("French typography (curly apostrophes, thin no-break spaces) and Windows line breaks",
                f"article = {_typographic(ARTICLE)!r}\n"),
        Variant("an indented triple-quoted string passed through textwrap.dedent", _indented(ARTICLE)),
    ),
    "publications": (
        Variant("a pandas Series with lower-case platform names",
                f"import pandas as pd\npublications = pd.Series({ {k.lower(): v for k, v in POSTS.items()}!r})\n"),
        Variant("dict(zip()) of two lists, names spelled « Linkedin » and « Tiktok »",
                f"reseaux = ['Instagram', 'Facebook', 'Linkedin', 'Tiktok']\n"
                f"textes = {list(POSTS.values())!r}\n"
                "publications = dict(zip(reseaux, textes))\n"),
        Variant("a one-column DataFrame indexed by platform, posts with curly apostrophes",
                "import pandas as pd\n"
                f"publications = pd.DataFrame({{'texte': { {k: v.replace(chr(39), '’') for k, v in POSTS.items()}!r}}})\n"),
    ),
}

_FILLER_PARAGRAPH = (
    "Petite Vague est un shampoing solide doux pour les enfants. Il sent bon et il mousse bien. "
    "Les parents et les enfants vont l'aimer. "
)
_SHAPE_ONLY = (
    "# Petite Vague : le shampoing solide des enfants\n\n"
    + _FILLER_PARAGRAPH + "\n\n"
    + "".join(f"## Partie {n} du guide des parents\n\n" + (_FILLER_PARAGRAPH + "\n\n") * 4 for n in range(1, 5))
    + "- **Prix :** 12 € TTC\n- **Format :** 60 g\n- **Durée :** 40 lavages\n- **Âge :** dès 3 ans\n"
)

HOLLOW = {
    "article": (
        Variant("the intern's draft handed back unchanged", "article = load_draft_article()\n"),
        Variant("every rule's shape (titles, list, bold, length) but one paragraph said eighteen times",
                f"article = {_SHAPE_ONLY!r}\n"),
    ),
    "publications": (
        Variant("the Facebook post copied to every platform",
                f"texte = {POSTS['Facebook']!r}\n"
                "publications = {'Instagram': texte, 'Facebook': texte, 'LinkedIn': texte, 'TikTok': texte}\n"),
        Variant("four one-line teasers that say nothing",
                "publications = {\n"
                "    'Instagram': 'Petite Vague arrive bientôt ! Lien en bio #PetiteVague',\n"
                "    'Facebook': 'Découvrez Petite Vague ! https://www.maison-ondine.fr',\n"
                "    'LinkedIn': 'Petite Vague : à découvrir. https://www.maison-ondine.fr',\n"
                "    'TikTok': 'À suivre... #PetiteVague',\n"
                "}\n"),
    ),
}
