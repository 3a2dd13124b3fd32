"""Claims a cosmetics brand may not write: medicinal claims and generic environmental claims.

Each entry is a lower-case regular expression and the French reason shown to the writer. The law behind
them: règlement (CE) n° 1223/2009 and the common criteria of règlement (UE) n° 655/2013 (a cosmetic does
not treat or cure), loi AGEC (art. L. 541-9-1 du code de l'environnement: « biodégradable » and
« respectueux de l'environnement » forbidden on a product or its packaging), loi Climat et résilience
(carbon neutrality) and directive (UE) 2024/825 (generic environmental claims). Every bloc's charter checks
read this one list.
"""

from __future__ import annotations

__all__ = ["CONDITIONAL_CLAIMS", "FORBIDDEN_CLAIMS"]

_GENERIC_GREEN = (
    "allégation environnementale générique, interdite sans preuve d'une performance "
    "environnementale reconnue"
)

# Medicinal claims a cosmetic product may not make, and generic environmental
# claims; each with the reason shown to the writer.
FORBIDDEN_CLAIMS: tuple[tuple[str, str], ...] = (
    (r"\bsoign(?:e|es|ent|er|ez|ons|ant)\b",
     "« soigner » présente le produit comme un médicament"),
    (r"\bgu[ée]ri(?:t|r|s|ssent|sse|son)?\b",
     "« guérir » est une allégation thérapeutique"),
    (r"\btrait(?:e|ent|er|ement|ements)\b",
     "« traiter » une affection est une allégation thérapeutique (dites « prendre soin »)"),
    (r"\bcicatris\w*",
     "« cicatriser » est une propriété de médicament"),
    (r"\banti-?inflammatoires?\b",
     "« anti-inflammatoire » est une propriété de médicament"),
    (r"\bantibact[ée]rien(?:ne)?s?\b",
     "revendiquer de tuer les bactéries relève des biocides ou des médicaments"),
    (r"\b(?:m[ée]dicaments?|th[ée]rapeutiques?)\b",
     "un cosmétique ne se présente pas comme un médicament"),
    (r"\b(?:ecz[ée]mas?|psoriasis|dermatites?|mycoses?)\b",
     "nommer une maladie de peau présente le produit comme un remède"),
    (r"\b(?:sans (?:produits? )?chimi(?:e|ques?)|z[ée]ro chimie)\b",
     "tout ingrédient est chimique : allégation trompeuse et dénigrante"),
    (r"\bz[ée]ro[ -]d[ée]chets?\b",
     ("« zéro déchet » est une allégation environnementale générique : dites le fait précis "
      "et vérifiable (sachet en papier kraft, boîte consignée)")),
    (r"\bbiod[ée]gradables?\b",
     "mention interdite sur un produit ou son emballage (loi AGEC) et allégation générique"),
    (r"\brespectueu(?:x|se)s? de l'environnement\b",
     _GENERIC_GREEN),
    (r"\b[ée]co-?responsables?\b",
     _GENERIC_GREEN),
    (r"\bneutres? en carbone\b",
     "la neutralité carbone fondée sur la compensation ne peut plus être revendiquée"),
)


# Claims allowed only with their proof in the same text: (claim, the proof's words, the reason).
# « Sans larmes » needs the ophthalmological test under dermatological control (Bloc 2's brief):
# without it, the claim is not substantiated (common criteria of règlement (UE) n° 655/2013).
CONDITIONAL_CLAIMS: tuple[tuple[str, str, str], ...] = (
    (r"\bsans larmes?\b", r"ophtalmolog",
     "« sans larmes » n'est permis qu'avec le test ophtalmologique cité dans le même texte"),
)
