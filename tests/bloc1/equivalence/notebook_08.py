"""Notebook 08 (preparing the oral defence): answers written differently, right and hollow."""

from pathlib import Path

from tests.equivalence import Variant, model_answer

_SOURCE = Path(__file__).resolve().parents[3] / "course" / "bloc1" / "08_soutenance.py"


def _model(answer: str) -> str:
    return model_answer(_SOURCE, answer)


# Another candidate's talk: nine slides built by a helper, parts named by their labels, minutes times 60.
_OWN_PLAN = '''\
def diapo(partie, titre, message, puces, notes, minutes, image=None):
    d = {"Partie": partie, "Titre": titre, "Message": message, "Puces": puces, "Notes": notes,
         "Durée": minutes * 60}
    if image:
        d["Image"] = image
    return d

plan_soutenance = [
    diapo("Problématique du client", "Une confiance à reconstruire",
          "Depuis l'épisode du sachet, chaque publication de la marque est lue avec méfiance.",
          ["Mentions négatives depuis mars 2026", "Engagement et ventes en recul"],
          "Je pars des chiffres du brief : le sentiment net est devenu négatif, l'engagement a baissé d'un tiers et "
          "la boutique en ligne a perdu des commandes. L'emballage a changé en juin, mais personne ne le sait.",
          2.5),
    diapo("Analyse et benchmark", "Ce que font les concurrents",
          "Les marques qui filment leurs produits en usage engagent deux fois plus que les autres.",
          ["Pure Galet : vidéo courte, plus de dix posts", "Savonnerie du Phare : Facebook, peu d'engagement"],
          "J'ai relevé douze mois de publications des quatre concurrents directs. Le rythme compte, mais surtout le "
          "format : la démonstration filmée l'emporte nettement sur la photo de produit posée.",
          2.5, "livrables/benchmark_concurrentiel.png"),
    diapo("Cible et persona", "Claire, 32 ans, lit les étiquettes",
          "Notre cliente type vérifie tout avant d'acheter et se fie aux preuves visibles.",
          ["Instagram et TikTok chaque jour", "Enregistre les tutoriels", "Compare les compositions"],
          "Le persona vient de l'enquête clients et des entretiens : elle a découvert les solides par une amie, "
          "elle lit les avis, et le bad buzz l'a fait hésiter sans la faire partir.",
          2.5, "livrables/persona_principal.png"),
    diapo("Parcours client", "Cinq étapes, une preuve à chacune",
          "La considération est l'étape où la marque perd aujourd'hui ses futures clientes.",
          ["Découverte par la vidéo", "Considération par les faits", "Achat par un lien suivi"],
          "Je détaille le moment où Claire hésite : elle cherche la composition et la réponse sur le sachet. Un "
          "carrousel d'ingrédients et l'article signé de Gaëlle répondent exactement à cette hésitation.",
          2, "livrables/parcours_client.png"),
    diapo("Parti pris et promesse de lecture", "L'atelier à cœur ouvert",
          "Suivre Maison Ondine, c'est savoir comment sont faits ses cosmétiques et bien s'en servir.",
          ["Montrer au lieu d'affirmer", "Des gestes utiles chaque semaine"],
          "Ce parti pris est la conséquence directe de l'analyse : les concurrents affirment, nous prouvons. Il "
          "évite aussi les allégations vagues que la loi sanctionne désormais.",
          2.5),
    diapo("Charte éditoriale", "Quatre piliers et un ton",
          "La charte garde le même message sur les quatre réseaux, chacun avec son rôle.",
          ["Savoir-faire, rituels, engagement, communauté", "Ton chaleureux, précis, vouvoiement"],
          "Je montre un exemple de publication par pilier et la liste des formulations interdites, qui protège la "
          "marque d'une nouvelle crise ; chaque réseau reçoit un objectif et un rythme hebdomadaire.",
          2.5, "livrables/usage_reseaux.png"),
    diapo("Calendrier et workflow éditorial", "Janvier prêt à programmer",
          "Le calendrier de janvier et le circuit de validation tiennent dans le temps de l'équipe.",
          ["Neuf publications par semaine", "Validation par lot le lundi"],
          "Le comité du lundi dure une heure ; Léna relit, Gaëlle valide par lot, la programmation se fait deux "
          "jours avant. J'ai chiffré la charge de chacun pour montrer que le rythme est tenable.",
          2, "livrables/calendrier_piliers_rythme.png"),
    diapo("Prochaines étapes et décisions", "Ce que j'attends de vous",
          "Trois validations avant le 18 décembre permettent une première publication le 4 janvier.",
          ["La charte", "Le calendrier de janvier", "Les rôles du comité"],
          "Je conclus en rappelant la promesse en une phrase, puis je pose les trois décisions et leur date ; je "
          "laisse ensuite la parole au jury, le cahier ouvert à la page du budget.",
          1.5),
    diapo("ouverture", "Merci", "Vos questions sont les bienvenues, le cahier complet est entre vos mains.",
          [], "Je remercie le jury et je propose de commencer par les questions sur la charge de travail, que je "
              "sais être la première inquiétude de Gaëlle, puis sur le lancement de Petite Vague.",
          1),
]
'''

_MODEL_PLAN = _model("plan_soutenance")

HOLLOW_PLACEHOLDERS = '''\
plan_soutenance = [
    {"partie": partie, "titre": "Titre", "message": "À compléter", "puces": ["à définir"],
     "notes": "À compléter", "duree": 150}
    for partie in ["problematique", "analyse", "cible", "parcours", "parti_pris", "charte", "calendrier",
                   "decisions"]
]
'''

HOLLOW_THREE_LONG_SLIDES = '''\
plan_soutenance = [
    {"partie": "problematique", "titre": "Le problème",
     "message": "Maison Ondine a perdu la confiance de sa communauté en mars 2026.",
     "puces": ["Bad buzz du sachet", "Engagement en baisse", "Ventes en recul"],
     "notes": "Bad buzz du sachet. Engagement en baisse. Ventes en recul.", "duree": 600},
    {"partie": "parti_pris", "titre": "Ma proposition",
     "message": "Publier plus souvent avec des vidéos sur tous les réseaux sociaux.",
     "puces": ["Plus de vidéos", "Plus de publications", "Tous les réseaux"],
     "notes": "Plus de vidéos. Plus de publications. Tous les réseaux.", "duree": 600},
    {"partie": "decisions", "titre": "La suite",
     "message": "Il faut valider la proposition pour commencer en janvier 2027.",
     "puces": ["Valider", "Commencer en janvier"],
     "notes": "Valider. Commencer en janvier.", "duree": 600},
]
'''

CORRECT = {
    "plan_soutenance": (
        Variant("the model plan", _MODEL_PLAN),
        Variant("another candidate's nine slides, capitalised keys with accents, labels as parts, minutes x 60",
                _OWN_PLAN),
        Variant("the model plan with bullets as one « - » text per slide and parts in capitals",
                _MODEL_PLAN + '''\
for diapositive in plan_soutenance:
    diapositive["puces"] = "\\n".join(f"- {p}" for p in diapositive["puces"])
    diapositive["partie"] = diapositive["partie"].upper()
'''),
    ),
    "livrable_soutenance": (
        Variant("build with another author and title, then read_back",
                '''\
soutenance.build(plan_soutenance, author="Camille Durand", title="Maison Ondine : la preuve par l'atelier")
livrable_soutenance = soutenance.read_back()
'''),
        Variant("the generic builder called directly, the files read back by hand",
                '''\
import base64
from cmcert_lib.domain import deck

deck.build_deck(plan_soutenance, "livrables/soutenance.pdf", "livrables/notes_orateur.md",
                soutenance.deck_info("Camille Durand"), budget=soutenance.BUDGET, images_dir="livrables")
livrable_soutenance = {
    "pdf": base64.b64encode(Path("livrables/soutenance.pdf").read_bytes()).decode(),
    "notes": Path("livrables/notes_orateur.md").read_text(encoding="utf-8"),
}
'''),
        Variant("the model answer", _model("livrable_soutenance")),
    ),
}

HOLLOW = {
    "plan_soutenance": (
        Variant("every part present, every text « à compléter »", HOLLOW_PLACEHOLDERS),
        Variant("three ten-minute slides whose notes read the bullets out", HOLLOW_THREE_LONG_SLIDES),
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
    "notes": "Je présente ma stratégie en vingt minutes.",
}
'''),
    ),
}
