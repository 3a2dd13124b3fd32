"""Notebook 07 (the « cahier de préconisations »): answers written differently, right and hollow."""

from pathlib import Path

from cmcert_lib.authoring import textformat
from cmcert_lib.demo import SOLUTION_MARKER
from tests.equivalence import Variant

_SOURCE = Path(__file__).resolve().parents[3] / "course" / "bloc1" / "07_cahier_preconisations.py"


def _model(answer: str) -> str:
    """The model answer of ``answer``, without nbgrader's solution markers."""
    for spec in textformat.parse(_SOURCE.read_text(encoding="utf-8"), str(_SOURCE)):
        if spec.attrs.get("id") == answer:
            return "\n".join(line for line in spec.text.splitlines() if not SOLUTION_MARKER.match(line)) + "\n"
    raise KeyError(answer)


# Another candidate's cahier, every section a text of its own words (40 words or more each).
_OWN_SECTIONS = '''\
sections = {
    "problematique": (
        "En mars 2026, une influenceuse a révélé que le shampoing solide présenté comme « zéro déchet » "
        "partait dans un sachet doublé de plastique. Le sentiment net des mentions est tombé à −18 %, "
        "l'engagement Instagram à 2,1 % et les ventes en ligne ont reculé. Question posée : comment "
        "regagner la confiance et vendre en 2027 avec une équipe de deux personnes ?"
    ),
    "besoins": (
        "La cliente exprime trois attentes : retrouver la confiance de sa communauté, la faire grandir, "
        "surtout sur TikTok où le compte stagne à 3 100 abonnés, et transformer les réseaux en source de "
        "commandes. S'y ajoutent des contraintes : Léna ne travaille qu'à mi-temps sur les réseaux et le "
        "budget du semestre est de 18 000 euros hors taxes."
    ),
    "benchmark": (
        "Pure Galet et Les Solides d'Aimée publient plus de dix fois par semaine, majoritairement en vidéo "
        "courte, et obtiennent les meilleurs taux d'engagement. Savonnerie du Phare mise sur Facebook et "
        "engage peu. Personne ne montre réellement son atelier : c'est l'espace que Maison Ondine peut "
        "occuper avec ses coulisses malouines et ses preuves de fabrication."
    ),
    "cible": (
        "Le cœur de cible réunit les 18-34 ans qui achètent déjà des cosmétiques solides : neuf sur dix "
        "utilisent Instagram chaque semaine, trois sur quatre TikTok. Les parents de jeunes enfants "
        "forment la cible du lancement de Petite Vague. La clientèle historique, plus âgée et fidèle à "
        "Facebook, doit rester informée des événements de la boutique-atelier."
    ),
    "parcours": (
        "Claire découvre la marque par une épingle ou une vidéo partagée, compare ensuite les prix au "
        "lavage et lit les avis, hésite devant la polémique du sachet, puis commande sur le site grâce à "
        "une fiche détaillée. Après l'achat, la newsletter et les tutoriels l'accompagnent ; satisfaite, "
        "elle partage une photo de sa salle de bains."
    ),
    "parti_pris": (
        "Notre angle s'appelle « l'atelier à cœur ouvert » : chaque publication apporte une preuve "
        "visible, qu'il s'agisse d'un geste de fabrication, d'un fournisseur nommé ou d'un chiffre daté. "
        "La promesse faite aux abonnés tient en une phrase : suivre Maison Ondine, c'est savoir comment "
        "sont faits ses cosmétiques et apprendre à bien s'en servir."
    ),
    "charte": (
        "Quatre piliers structurent la ligne : savoir-faire malouin (30 %), rituels et conseils (30 %), "
        "engagements prouvés (25 %) et communauté (15 %). Le ton est chaleureux, précis et franc, avec "
        "le vouvoiement. Les hashtags s'écrivent en CamelCase, chaque image reçoit un texte alternatif, "
        "chaque vidéo des sous-titres, et aucune allégation générique n'est permise."
    ),
    "workflow": (
        "Le comité éditorial se réunit chaque lundi pendant une heure. La community manager rédige à J−12, "
        "le graphiste et la vidéaste livrent à J−7, Léna relit à J−6 et Gaëlle valide par lot à J−5. "
        "La programmation se fait à J−2 dans l'outil, la modération dans la journée et le bilan chaque mois."
    ),
    "planning": (
        "Janvier ouvre le semestre sur la transparence avec l'article consacré au sachet. Février met en "
        "avant les portes ouvertes de l'atelier, mars le bilan intermédiaire. Avril est le mois du "
        "lancement de Petite Vague auprès des parents, mai celui des rituels de printemps, et juin clôt "
        "la période avec la saison touristique à Saint-Malo."
    ),
}
'''

_OWN_SUMMARY = '''\
synthese = (
    "Maison Ondine sort d'une crise de confiance : en mars 2026, le sachet doublé de plastique de son "
    "shampoing « zéro déchet » a fait chuter le sentiment des mentions et l'engagement. Nous proposons "
    "d'ouvrir les portes de l'atelier de Saint-Malo : chaque contenu apporte une preuve, chaque conseil "
    "sert la routine des abonnés. Concrètement, de janvier à juin 2027, neuf publications par semaine "
    "sur Instagram, TikTok, Facebook et LinkedIn, quatre piliers éditoriaux, un comité le lundi et le "
    "lancement de Petite Vague en avril. Pour démarrer le 4 janvier, il vous reste à valider la charte, "
    "le calendrier de janvier et la répartition des rôles du comité."
)
'''

CORRECT = {
    "cahier_sections": (
        Variant("model sections, keys in upper case, one written with its accent",
                _model("cahier_sections")
                + 'sections = {k.replace("problematique", "problématique").upper(): v for k, v in sections.items()}\n'),
        Variant("another candidate's cahier, every section a text of its own",
                _OWN_SECTIONS),
        Variant("model sections as other forms (tuple of needs, planning as a dict) and an annex",
                _model("cahier_sections")
                + 'sections["besoins"] = tuple(sections["besoins"])\n'
                'sections["planning"] = dict(zip(sections["planning"]["Mois"], sections["planning"]["Temps fort"]))\n'
                'sections["planning"]["Rythme"] = "Instagram 4, TikTok 2, Facebook 2 et LinkedIn 1 publication par semaine"\n'
                'sections["Annexe : sources"] = ["Enquête cible de novembre 2026", "Écoute sociale 2025-2026"]\n'),
    ),
    "synthese": (
        Variant("the model summary with line breaks, narrow no-break spaces and the brand in capitals",
                _model("synthese")
                + 'synthese = synthese.replace("Maison Ondine", "MAISON\\u202fONDINE").replace(". ", ".\\n")\n'),
        Variant("another candidate's summary of about 110 words",
                _OWN_SUMMARY),
        Variant("sentences joined from a list",
                'phrases = [\n'
                '    "Depuis la polémique du sachet en mars 2026, Maison Ondine a perdu la confiance d\'une partie de sa communauté et publie sans ligne claire.",\n'
                '    "Notre parti pris, « Preuves d\'atelier », montre comment les produits sont faits à Saint-Malo et comment bien s\'en servir.",\n'
                '    "Nous recommandons pour le premier semestre 2027 quatre piliers, neuf publications par semaine et un comité éditorial chaque lundi, avec le lancement de Petite Vague en avril.",\n'
                '    "Il vous revient de valider la charte, le calendrier de janvier et la matrice des rôles avant le 18 décembre.",\n'
                ']\n'
                'synthese = " ".join(phrases)\n'),
    ),
    "cahier_html": (
        Variant("render_html with another title, no author nor date",
                'cahier_html = render_html(sections, synthese, title="Préconisations médias sociaux 2027")\n'
                'Path("livrables/cahier_preconisations.html").write_text(cahier_html, encoding="utf-8")\n'),
        Variant("render_html, then a style rule and an inline (data: URI) chart added",
                'import base64, io\n'
                'import matplotlib.pyplot as plt\n'
                'fig, ax = plt.subplots(figsize=(3, 2))\n'
                'ax.bar(list(brand.VALIDATED_FREQUENCY), list(brand.VALIDATED_FREQUENCY.values()))\n'
                'tampon = io.BytesIO()\n'
                'fig.savefig(tampon, format="png")\n'
                'image = base64.b64encode(tampon.getvalue()).decode()\n'
                'cahier_html = render_html(sections, synthese, author="Inès Morel", when=brief.PROPOSAL_DUE)\n'
                'cahier_html = cahier_html.replace("</head>", "<style>h1 { letter-spacing: .02em; }</style>\\n</head>")\n'
                'cahier_html = cahier_html.replace("</footer>", f\'</footer>\\n<img alt="Rythme par réseau" src="data:image/png;base64,{image}">\')\n'
                'Path("livrables/cahier_preconisations.html").write_text(cahier_html, encoding="utf-8")\n'),
        Variant("the library's write_html, read back from the file",
                'from cmcert_lib.bloc1.recommendations import write_html\n'
                'chemin = write_html("livrables/cahier_preconisations.html", sections, synthese,\n'
                '                    title="Cahier de préconisations", author="Agence Marée")\n'
                'cahier_html = chemin.read_text(encoding="utf-8")\n'),
    ),
}

HOLLOW = {
    "cahier_sections": (
        Variant("every section « À compléter »",
                'sections = {cle: "À compléter" for cle, _ in SECTIONS}\n'),
        Variant("one paragraph of more than 40 words copied into every section",
                'paragraphe = ("Cette partie présente de manière claire et complète les éléments essentiels de la "\n'
                '              "stratégie proposée à Maison Ondine pour les réseaux sociaux, en tenant compte du brief, "\n'
                '              "des attentes de la cliente, de la concurrence et des moyens de l\'équipe, afin de "\n'
                '              "construire une présence cohérente et efficace sur chaque canal retenu.")\n'
                'sections = {cle: paragraphe for cle, _ in SECTIONS}\n'),
    ),
    "synthese": (
        Variant("the brand and the year, then « bla bla »",
                'synthese = "Maison Ondine 2027 : " + " ".join(["bla"] * 95)\n'),
        Variant("one sentence said ten times",
                'synthese = " ".join(["Maison Ondine doit publier plus souvent sur les réseaux sociaux en 2027."] * 10)\n'),
    ),
    "cahier_html": (
        Variant("a hand-made page: every expected title, nothing under them",
                'titres = "".join(f"<section><h2>{n}. {titre}</h2></section>" for n, (_, titre) in enumerate(SECTIONS, 1))\n'
                'cahier_html = (\'<!DOCTYPE html>\\n<html lang="fr"><head><meta charset="utf-8"><title>Cahier</title></head>\'\n'
                '               f"<body><section><h2>Synthèse</h2></section>{titres}</body></html>")\n'),
        Variant("render_html of placeholder sections and summary",
                'cahier_html = render_html({cle: "À compléter" for cle, _ in SECTIONS}, "Synthèse à venir.")\n'),
    ),
}
