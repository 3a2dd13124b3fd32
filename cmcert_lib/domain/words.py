"""French words of a text: tokens with elisions split, and the stopwords a semantic-field analysis sets aside.

Shared by every bloc that reads French text (Bloc 1's semantic field, Bloc 2's web writing and SEO):
one tokenizer, so a word counted in one notebook is the same word in the next.
"""

from __future__ import annotations

import re

from cmcert_lib.domain import posts

__all__ = ["ELISIONS", "STOPWORDS", "tokenize"]

# Elided words (l'été, qu'il, jusqu'au) split off as their own token.
ELISIONS = ("l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu")

_WORD = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*'?")
_HANDLE = re.compile(r"@[\w.]+")


def tokenize(text: str) -> list[str]:
    """French words of a text in lower case; elisions split (« l'été » → « l' », « été »).

    Links and @handles are dropped, the ``#`` of a hashtag too (its word stays),
    numbers are not words, and hyphenated words stay whole (« saint-malo »).
    """
    text = _HANDLE.sub(" ", posts.without_urls(text)).replace("’", "'").replace("ʼ", "'")
    tokens: list[str] = []
    for word in _WORD.findall(text.lower()):
        while "'" in word:
            head, rest = word.split("'", 1)
            if head not in ELISIONS:
                break
            tokens.append(head + "'")
            word = rest
        word = word.rstrip("'")
        if word:
            tokens.append(word)
    return tokens


_STOPWORDS_TEXT = """
a à ai aie aient aies ait alors as au aucun aucune aussi autre autres aux avaient avais avait
avant avec avez aviez avions avoir avons ayant ayez ayons bah bon c c' ça car ce ceci cela
celle celles celui cependant certains ces cet cette ceux chacun chaque chez ci comme comment d
d' dans de déjà des deux devant doit donc dont du elle elles en encore entre es est et étaient
étais était étant été êtes étiez étions être eu eue eues eûmes eurent eus eusse eussent
eut eût eux faire fais fait faites fois font hors ici il ils j j' je jusqu jusqu' l l' la
là le les leur leurs lors lorsqu lorsqu' lui m m' ma mais me même mêmes mes moi mon n n' ne
ni non nos notre nous on ont ou où par parce pas peu peut peuvent plus pour pourquoi puis
puisqu puisqu' qu qu' quand que quel quelle quelles quels qui quoi quoiqu quoiqu' s s' sa sans
se sera serai seraient serais serait seras serez seriez serions serons seront ses si sien
soi soient sois soit sommes son sont sous suis sur t t' ta te tes toi ton tous tout toute
toutes très tu un une unes uns vers via voici voilà vos votre vous y quelqu'un quelqu'une
après depuis pendant selon contre malgré sauf dès enfin ensuite ainsi autant tant tellement
bien trop beaucoup toujours jamais rien juste vraiment moins quelque quelques tel telle tels
telles va vais vont
ah oh ok ouais ouf wow lol mdr jsp svp stp
"""

# The smallest list that lets the meaningful words stand out: articles, pronouns,
# prepositions, conjunctions, the forms of « être » and « avoir », a few
# adverbs with no content, and chat fillers.
STOPWORDS: frozenset[str] = frozenset(_STOPWORDS_TEXT.split())
