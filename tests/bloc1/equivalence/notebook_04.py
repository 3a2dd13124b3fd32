"""Notebook 04 (customer journey): answers written differently, right and hollow."""

from tests.equivalence import Variant

_USAGE = '"Quels réseaux sociaux utilisez-vous au moins une fois par semaine ?"'
_BUYING = '"Achetez-vous des cosmétiques solides ?"'

CORRECT = {
    "top_reseaux": (
        Variant("explode + value_counts, the Index of head(3) after a stable two-key sort",
                f'segment = enquete[(enquete["Âge"] >= 30) & (enquete["Âge"] <= 44)\n'
                f'                  & (enquete[{_BUYING}] == "Non, mais j\'aimerais essayer")]\n'
                f'parts = segment[{_USAGE}].str.split(", ").explode().value_counts() / len(segment)\n'
                'parts = parts.rename_axis("reseau").reset_index(name="part")\n'
                'parts = parts.sort_values(["part", "reseau"], ascending=[False, True]).set_index("reseau")\n'
                'top_reseaux = parts.head(3).index\n'),
        Variant("str.contains per network, lower-case names in a tuple",
                f'segment = enquete.query("30 <= `Âge` <= 44")\n'
                f'segment = segment[segment[{_BUYING}].str.startswith("Non, mais")]\n'
                'reseaux = ["Instagram", "Facebook", "TikTok", "YouTube", "Pinterest", "LinkedIn", "Snapchat", "X"]\n'
                f'parts = {{r: segment[{_USAGE}].str.split(", ").apply(lambda l, r=r: r in l).mean() for r in reseaux}}\n'
                'top_reseaux = tuple(r.lower() for r in sorted(parts, key=lambda r: (-parts[r], r))[:3])\n'),
        Variant("one-hot with str.get_dummies, a numpy array of the top three",
                f'segment = enquete[enquete["Âge"].between(30, 44)\n'
                f'                  & enquete[{_BUYING}].eq("Non, mais j\'aimerais essayer")]\n'
                f'coches = segment[{_USAGE}].str.get_dummies(sep=", ")\n'
                'top_reseaux = coches.mean().sort_values(ascending=False, kind="stable").index[:3].to_numpy()\n'),
    ),
    "parcours": (
        Variant("another candidate's journey, as a list of dicts, unaccented keys and stages in lower case",
                'parcours = [\n'
                '    {"Etape": "decouverte", "Point de contact": "Tombe sur une épingle de routine zéro plastique",\n'
                '     "Canal": "pinterest", "Contenu de marque": "Épingle tutoriel savon solide", "Emotion": 1},\n'
                '    {"Etape": "decouverte", "Point de contact": "Lit un témoignage dans un groupe de mamans",\n'
                '     "Canal": "Facebook", "Contenu de marque": "Post de témoignage client", "Emotion": 0},\n'
                '    {"Etape": "consideration", "Point de contact": "Regarde un carrousel sur la durée des savons",\n'
                '     "Canal": "Instagram", "Contenu de marque": "Carrousel prix au lavage", "Emotion": 0},\n'
                '    {"Etape": "consideration", "Point de contact": "Vérifie la composition sur le site",\n'
                '     "Canal": "site web", "Contenu de marque": "Page ingrédients détaillée", "Emotion": -1},\n'
                '    {"Etape": "achat", "Point de contact": "Passe commande d’un coffret découverte",\n'
                '     "Canal": "Site web", "Contenu de marque": "Fiche produit coffret découverte", "Emotion": 1},\n'
                '    {"Etape": "fidelisation", "Point de contact": "Reçoit une newsletter de conseils",\n'
                '     "Canal": "Newsletter", "Contenu de marque": "Lettre mensuelle rituels de saison", "Emotion": 1},\n'
                '    {"Etape": "recommandation", "Point de contact": "Publie une photo de sa salle de bains",\n'
                '     "Canal": "Instagram", "Contenu de marque": "Republication en story avec remerciement",\n'
                '     "Emotion": 2},\n'
                ']\n'),
        Variant("pd.concat of one frame per stage (duplicated index), columns in another order, float emotions",
                'def etape(nom, lignes):\n'
                '    return pd.DataFrame(lignes, columns=["Canal", "Point de contact", "Contenu de marque", "Émotion"]).assign(Étape=nom)\n'
                'parcours = pd.concat([\n'
                '    etape("Découverte", [("Pinterest", "Cherche des idées de salle de bains sans plastique",\n'
                '                          "Guide épinglé pour passer au solide", 1.0)]),\n'
                '    etape("Considération", [("Facebook", "Pose une question dans un groupe de parents",\n'
                '                             "Réponse du community manager sur les peaux sensibles", 0.0),\n'
                '                            ("Avis en ligne", "Lit les avis de clientes", "Réponses de la marque aux avis", -1.0)]),\n'
                '    etape("Achat", [("Site web", "Achète le coffret famille", "Fiche produit avec prix au lavage", 1.0)]),\n'
                '    etape("Fidélisation", [("Instagram", "Suit les tutoriels de la marque", "Reel tutoriel cheveux", 1.0)]),\n'
                '    etape("Recommandation", [("Bouche-à-oreille", "En parle à ses collègues", "", 2.0),\n'
                '                             ("Avis en ligne", "Laisse un avis après sa deuxième commande",\n'
                '                              "Relance après achat avec lien vers l’avis", 1.0)]),\n'
                '])[["Étape", "Canal", "Point de contact", "Contenu de marque", "Émotion"]]\n'),
        Variant("model table with typographic apostrophes, stripped accents on channels and NaN for no content",
                'import numpy as np\n'
                'parcours = pd.DataFrame({\n'
                '    "Étape": ["Découverte", "Considération", "Considération", "Achat", "Fidélisation", "Recommandation",\n'
                '              "Recommandation"],\n'
                '    "Point de contact": ["Voit une épingle sur la salle de bains zéro déchet",\n'
                '                         "Compare le coût d’un shampoing solide et d’un flacon",\n'
                '                         "Lit ce que la marque dit du sachet plastique",\n'
                '                         "Commande le coffret famille",\n'
                '                         "Reçoit la newsletter des rituels du mois",\n'
                '                         "Partage la photo de sa salle de bains",\n'
                '                         "Conseille la marque à la sortie de l’école"],\n'
                '    "Canal": ["Pinterest", "Instagram", "Site web", "Site web", "Newsletter", "Facebook",\n'
                '              "Bouche-a-oreille"],\n'
                '    "Contenu de marque": ["Épingle guide du passage au solide", "Carrousel prix au lavage",\n'
                '                          "Page sur nos emballages", "Fiche produit détaillée",\n'
                '                          "Newsletter rituels du mois", "Remerciement et republication", np.nan],\n'
                '    "Émotion": np.array([1, 0, -1, 1, 1, 2, 2], dtype="int64"),\n'
                '})\n'),
    ),
}

HOLLOW = {
    "top_reseaux": (
        Variant("the first three networks of the questionnaire, nothing computed",
                'top_reseaux = ["Instagram", "Facebook", "TikTok"]\n'),
        Variant("the three least used networks of the segment (ascending sort)",
                f'segment = enquete[enquete["Âge"].between(30, 44)\n'
                f'                  & (enquete[{_BUYING}] == "Non, mais j\'aimerais essayer")]\n'
                f'parts = segment[{_USAGE}].str.split(", ").explode().value_counts()\n'
                'top_reseaux = list(parts.sort_values().index[:3])\n'),
    ),
    "parcours": (
        Variant("five stages, the persona's networks, every touchpoint and content « à définir »",
                'parcours = pd.DataFrame({\n'
                '    "Étape": ["Découverte", "Considération", "Achat", "Fidélisation", "Recommandation"],\n'
                '    "Point de contact": ["À définir"] * 5,\n'
                '    "Canal": ["Facebook", "Pinterest", "Instagram", "Site web", "Facebook"],\n'
                '    "Contenu de marque": ["à définir", "À compléter", "TODO", "à définir", "..."],\n'
                '    "Émotion": [0, 0, 0, 0, 0],\n'
                '})\n'),
        Variant("the same sentence as every touchpoint and as every content",
                'parcours = pd.DataFrame({\n'
                '    "Étape": ["Découverte", "Considération", "Achat", "Fidélisation", "Recommandation"],\n'
                '    "Point de contact": ["Claire voit un contenu de la marque"] * 5,\n'
                '    "Canal": ["Facebook", "Pinterest", "Instagram", "Instagram", "Facebook"],\n'
                '    "Contenu de marque": ["Un contenu de la marque Maison Ondine"] * 5,\n'
                '    "Émotion": [1, 1, 1, 1, 1],\n'
                '})\n'),
    ),
}
