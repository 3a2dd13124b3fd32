"""Notebook 05 (the recommendations file and the oral): answers written differently, right and hollow."""

from pathlib import Path

from tests.equivalence import Variant, model_answer

_SOURCE = Path(__file__).resolve().parents[3] / "course" / "bloc3" / "05_cahier_soutenance.py"


def _model(answer: str) -> str:
    return model_answer(_SOURCE, answer)


_OWN_SECTIONS = '''\
cahier_sections = {
    "PROBLÉMATIQUE": ("Maison Ondine a doublé sa communauté au lancement de Petite Vague mais répond en dix-neuf "
                      "heures, publie sans outil et ne surveille pas ses mentions : une rumeur sur l'huile de palme "
                      "a circulé plusieurs jours sans réponse."),
    "Stratégie": ("- gagner 5 600 abonnés Instagram d'ici février 2028\\n"
                  "- doubler les visites venues des réseaux pour Noël\\n"
                  "- obtenir douze rendez-vous avec des revendeurs grâce à LinkedIn\\n"
                  "- répondre en moins de quatre heures ouvrées dès octobre"),
    "Dispositif": ["Instagram et TikTok pour la notoriété auprès des parents",
                   "Facebook pour fidéliser la clientèle historique et les groupes de parents",
                   "LinkedIn pour les revendeurs, Pinterest pour les idées de salle de bains",
                   "Publicité ciblée en octobre et décembre, micro-influenceuses déclarées"],
    "Communauté": ("Charte de modération publiée, réponse sous quatre heures, alerte automatique quand les "
                   "mentions négatives explosent, escalade vers la cofondatrice en moins d'une heure."),
    "Diffusion": ("Programmation mensuelle dans Hootsuite par import de fichier, créneaux choisis d'après un an de "
                  "statistiques, profils harmonisés avec le même identifiant et un lien suivi."),
    "Calendrier": {"Septembre": "rentrée des routines et tutoriels du bain",
                   "Novembre": "idées cadeaux, sans Black Friday",
                   "Décembre": "dernières commandes avant le 17 et avis de clients"},
    "Pilotage": {"Abonnés": "statistiques natives, relevé mensuel",
                 "Trafic": "Google Analytics avec paramètres UTM",
                 "Délai de réponse": "boîte de réception Hootsuite"},
    "Planning": pd.DataFrame({"Étape": ["Validation", "Recrutement", "Configuration", "Démarrage", "Bilan"],
                              "Date": ["01/07/2027", "05/07/2027", "20/08/2027", "01/09/2027", "29/02/2028"]}),
    "Budget": ["Achat d'espace : 7 000 euros HT", "Community manager : 9 100 euros HT",
               "Photographe : 2 400 euros HT", "Outils : 1 000 euros HT", "Réserve : 1 200 euros HT"],
}
'''

_SAME_EVERYWHERE = '''\
texte = "Nous allons améliorer la présence de la marque sur les réseaux sociaux avec un dispositif adapté."
cahier_sections = {cle: texte for cle in ["problematique", "strategie", "dispositif", "communaute", "diffusion",
                                          "calendrier", "pilotage", "planning", "budget"]}
'''

_OTHER_SUMMARY = '''\
phrases = [
    "Le lancement de Petite Vague a fait grandir vos communautés plus vite que votre capacité à leur répondre.",
    "Notre réponse tient en trois mouvements : publier moins souvent mais au bon moment, répondre en moins de "
    "quatre heures et détecter les crises avant qu'elles ne grossissent.",
    "Instagram et TikTok feront connaître la marque aux parents, Facebook fidélisera la clientèle et LinkedIn "
    "amènera des revendeurs, tandis que Pinterest accueillera les idées de salle de bains.",
    "Le dispositif démarre le 1 septembre et coûte 23 348 euros HT, community manager et publicité compris.",
    "Il vous reste à valider ce budget et le recrutement avant le 5 juillet.",
]
synthese = " ".join(phrases)
'''

_HOLLOW_PLAN = '''\
plan_soutenance = [
    {"partie": partie, "titre": "Titre", "message": "À compléter", "puces": ["à définir"],
     "notes": "À compléter", "duree": 150}
    for partie in ["problematique", "strategie", "dispositif", "communaute", "diffusion", "pilotage",
                   "planning_budget", "decisions"]
]
'''

_THREE_LONG_SLIDES = '''\
plan_soutenance = [
    {"partie": "problematique", "titre": "Le problème",
     "message": "Maison Ondine répond trop lentement à sa communauté depuis le lancement.",
     "puces": ["Réponse en 19 heures", "Pas d'alerte", "Publications à la main"],
     "notes": "Réponse en 19 heures. Pas d'alerte. Publications à la main.", "duree": 600},
    {"partie": "strategie", "titre": "Ma proposition",
     "message": "Publier plus et répondre plus vite sur tous les réseaux sociaux.",
     "puces": ["Plus de publications", "Réponses plus rapides"],
     "notes": "Plus de publications. Réponses plus rapides.", "duree": 600},
    {"partie": "decisions", "titre": "La suite",
     "message": "Il faut valider la proposition pour commencer en septembre.",
     "puces": ["Valider"], "notes": "Valider.", "duree": 600},
]
'''

CORRECT = {
    "cahier_sections": (
        Variant("the model sections", _model("cahier_sections")),
        Variant("another candidate's file: keys in capitals with accents, lists, dicts, a dated table, amounts "
                "in « euros HT »", _OWN_SECTIONS),
        Variant("the model sections as a one-column DataFrame indexed by section",
                _model("cahier_sections") + "cahier_sections = pd.DataFrame({'contenu': pd.Series(cahier_sections)})\n"),
    ),
    "synthese": (
        Variant("the model summary", _model("synthese")),
        Variant("another summary joined from sentences, « euros HT » and « 1 septembre »", _OTHER_SUMMARY),
        Variant("the model summary with thin no-break spaces and « 23,3 k€ »",
                _model("synthese") + "synthese = synthese.replace('23 348 € HT', '23,3 k€ HT').replace(' :', '\\u202f:')\n"),
    ),
    "plan_soutenance": (
        Variant("the model plan", _model("plan_soutenance")),
        Variant("the model plan with parts written as their labels and durations in minutes x 60",
                _model("plan_soutenance") + '''\
libelles = dict(soutenance.PARTS)
for diapositive in plan_soutenance:
    diapositive["partie"] = libelles.get(diapositive["partie"], diapositive["partie"])
    diapositive["duree"] = diapositive["duree"] / 60 * 60
'''),
        Variant("the model plan with bullets as one « - » text per slide and parts in capitals",
                _model("plan_soutenance") + '''\
for diapositive in plan_soutenance:
    diapositive["puces"] = "\\n".join(f"- {p}" for p in diapositive["puces"])
    diapositive["partie"] = diapositive["partie"].upper()
'''),
    ),
    "livrable_soutenance": (
        Variant("build with another author and title, then read_back",
                'soutenance.build(plan_soutenance, author="Camille Durand", title="Maison Ondine : six mois pour '
                'transformer l\'essai")\nlivrable_soutenance = soutenance.read_back()\n'),
        Variant("the generic builder called directly, the files read back by hand",
                '''\
import base64
from cmcert_lib.domain import deck

deck.build_deck(plan_soutenance, "livrables/soutenance.pdf", "livrables/notes_orateur.md",
                soutenance.TALK.deck_info("Camille Durand"), budget=soutenance.BUDGET, images_dir="livrables")
livrable_soutenance = {
    "pdf": base64.b64encode(Path("livrables/soutenance.pdf").read_bytes()).decode(),
    "notes": Path("livrables/notes_orateur.md").read_text(encoding="utf-8"),
}
'''),
        Variant("the model answer", _model("livrable_soutenance")),
    ),
}

HOLLOW = {
    "cahier_sections": (
        Variant("every section « à compléter »",
                'cahier_sections = {cle: "À compléter" for cle, _ in cahier.SECTIONS}\n'),
        Variant("one vague sentence in every section, no amount, no date", _SAME_EVERYWHERE),
    ),
    "synthese": (
        Variant("one sentence said again and again",
                'synthese = " ".join(["Nous proposons un dispositif complet sur les réseaux sociaux."] * 12)\n'),
        Variant("a two-line summary without budget or date",
                'synthese = "Nous proposons un dispositif complet sur les réseaux sociaux pour Maison Ondine."\n'),
    ),
    "plan_soutenance": (
        Variant("every part present, every text « à compléter »", _HOLLOW_PLAN),
        Variant("three ten-minute slides whose notes read the bullets out", _THREE_LONG_SLIDES),
    ),
    "livrable_soutenance": (
        Variant("no file at all", 'livrable_soutenance = {"pdf": "", "notes": ""}\n'),
        Variant("a one-page 4:3 PDF saved from a chart and notes typed by hand",
                '''\
import base64
from matplotlib.figure import Figure

figure = Figure(figsize=(8, 6))
figure.text(0.1, 0.5, "Ma soutenance")
figure.savefig("livrables/ma_soutenance.pdf")
livrable_soutenance = {
    "pdf": base64.b64encode(Path("livrables/ma_soutenance.pdf").read_bytes()).decode(),
    "notes": "Je présente mon dispositif en vingt minutes.",
}
'''),
    ),
}
