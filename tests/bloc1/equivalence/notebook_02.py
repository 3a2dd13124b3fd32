from tests.equivalence import Variant

CORRECT = {
    "engagement": (
        Variant("unrounded Series", 'instagram = publications[publications["Réseau"] == "Instagram"]\n'
                'eng = instagram[["J\'aime", "Commentaires", "Partages", "Enregistrements"]].sum(axis=1)\n'
                'taux_engagement_instagram = eng.groupby(instagram["Marque"]).sum() / instagram.groupby("Marque")["Portée"].sum()\n'),
    ),
}
HOLLOW = {
    "engagement": (
        Variant("all zeros", 'taux_engagement_instagram = dict.fromkeys(sorted(publications["Marque"].unique()), 0.0)\n'),
    ),
}
