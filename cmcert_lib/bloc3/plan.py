"""Bloc 3's communication plan (C3.1.1, C3.2.3, C3.2.4): the catalogues the notebook's statements and
checks share — the platform scoring criteria, the brief's goals and their indicators, the POEM levers,
the KPIs with their formula and the platform statistics that report them — and the computations a
candidate can reuse (the scoring matrix, the SMART band of an indicator).

One source for each list: the statement shows them, the solution computes with them, the checks score
against them.
"""

from __future__ import annotations

import math
from datetime import date

import pandas as pd

from cmcert_lib.domain import kpi
from cmcert_lib.facts import brand

__all__ = [
    "ACCOUNTS", "ACTIONS", "ALL_PLATFORMS", "CATEGORIES_POEM", "CRITERES", "GOALS", "INDICATEURS",
    "KPIS", "LEVIERS", "MIN_PROGRESS", "RESPONSE_TIME", "SOURCES", "TOP_K", "bande_atteignable",
    "matrice_de_score",
]

# --- 1.1 the scoring matrix ------------------------------------------------------------------------

# Criterion -> (column of the barometer, weight in %, True when more is better).
CRITERES = {
    "audience": ("Utilisateurs hebdomadaires (%)", 35, True),
    "influence": ("Influence sur l'achat (%)", 35, True),
    "attention": ("Temps quotidien (min)", 15, True),
    "coût": ("CPM moyen estimé (€)", 15, False),
}
TOP_K = 4  # platforms the team can run well with Léna half-time and a freelance


def matrice_de_score(usages: pd.DataFrame) -> pd.DataFrame:
    """The scoring matrix of the barometer: each criterion brought to 100 for the best network
    (value / max × 100, or min / value × 100 for a cost), then the weighted score out of 100."""
    table = usages.set_index("Réseau")
    notes = pd.DataFrame(index=table.index)
    for name, (column, _weight, more_is_better) in CRITERES.items():
        values = table[column].astype("float64")
        notes[name] = 100 * values / values.max() if more_is_better else 100 * values.min() / values
    weights = pd.Series({name: weight / 100 for name, (_c, weight, _b) in CRITERES.items()})
    notes["score"] = (notes[list(CRITERES)] * weights).sum(axis=1)
    return notes.sort_values("score", ascending=False)


# --- 1.2 SMART objectives --------------------------------------------------------------------------

# The brief's goals (section 2), by short name.
GOALS = {
    "notoriété": "être connus des parents de 30 à 44 ans au-delà de la Bretagne",
    "communauté": "faire de notre communauté un relais : avis, photos, recommandations",
    "ventes": "vendre davantage en ligne, surtout pour Noël",
    "revendeurs": "trouver de nouveaux revendeurs, boutiques bio et épiceries vrac",
    "réactivité": "répondre vite et bien : en moins de 4 heures ouvrées",
}
ACCOUNTS = tuple(brand.PLAN_BASELINE_FOLLOWERS)  # the brand's accounts, in the brief's order
ALL_PLATFORMS = "toutes"
RESPONSE_TIME = "délai moyen de réponse (h)"
# Indicator -> (the goal it measures, the column of the account statistics that gives it).
INDICATEURS = {
    "abonnés": ("notoriété", "Abonnés (fin de mois)"),
    "couverture mensuelle": ("notoriété", "Couverture"),
    "publications de clients (UGC)": ("communauté", "Publications de clients (UGC)"),
    "clics vers la boutique": ("ventes", "Clics sur le lien"),
    "messages de professionnels": ("revendeurs", "Messages de professionnels"),
    RESPONSE_TIME: ("réactivité", None),  # measured on every account at once: the brief gives it
}
MIN_PROGRESS = 0.10  # an objective that moves its indicator by less than 10 % is not an objective
RESPONSE_TIME_RANGE = (1.0, 4.0)  # hours: the brief's ceiling, and a floor a half-time team can keep


def bande_atteignable(depart: float, croissance_observee: float) -> tuple[float, float]:
    """The band of an ambitious but reachable target for a rising indicator: at least +10 % over the
    starting value, at most twice the growth observed over the six months of the export."""
    if not (math.isfinite(depart) and math.isfinite(croissance_observee)) or depart <= 0:
        return (math.nan, math.nan)
    return (depart * (1 + MIN_PROGRESS), depart * (1 + 2 * max(croissance_observee, MIN_PROGRESS)))


def in_period(day: date) -> bool:
    return brand.PLAN_START <= day <= brand.PLAN_END


# --- 2.1 the POEM matrix ---------------------------------------------------------------------------

CATEGORIES_POEM = ("paid", "owned", "earned")
LEVIERS = {
    "publicité Meta ciblée parents": "paid",
    "Spark Ads TikTok": "paid",
    "épingles sponsorisées Pinterest": "paid",
    "partenariat rémunéré avec des influenceuses micro": "paid",
    "compte Instagram": "owned",
    "page Facebook": "owned",
    "compte TikTok": "owned",
    "compte Pinterest": "owned",
    "newsletter": "owned",
    "blog du site": "owned",
    "avis clients": "earned",
    "UGC #PetiteVague": "earned",
    "articles obtenus par les relations presse": "earned",
    "recommandations dans les groupes Facebook de parents": "earned",
    "publications spontanées d'influenceuses après envoi de produits": "earned",
}

# --- 2.2 the KPIs of the actions -------------------------------------------------------------------

# KPI -> (definition, formula in cmcert_lib.domain.kpi or None when it is a count).
KPIS = {
    "couverture": ("nombre de personnes uniques qui ont vu au moins un contenu", None),
    "impressions": ("nombre d'affichages des contenus, une personne pouvant en compter plusieurs", None),
    "CPM": ("coût pour mille impressions : dépense / impressions × 1 000", kpi.cpm),
    "taux d'engagement": ("interactions / couverture", kpi.engagement_rate),
    "croissance des abonnés": ("(abonnés en fin de période − abonnés au départ) / abonnés au départ",
                               kpi.follower_growth),
    "CTR": ("taux de clic : clics sur le lien / impressions", kpi.ctr),
    "CPC": ("coût par clic : dépense / clics sur le lien", kpi.cpc),
    "taux de conversion": ("commandes / sessions venues des réseaux sociaux", kpi.conversion_rate),
    "ROAS": ("chiffre d'affaires attribué / dépense publicitaire", kpi.roas),
    "nombre de publications UGC": ("publications de clients qui citent la marque ou son hashtag", None),
    "nombre d'avis clients": ("avis déposés sur la période, et leur note moyenne", None),
    "enregistrements": ("nombre de fois qu'un contenu (une épingle, un post) est enregistré", None),
    "messages de professionnels": ("demandes de revendeurs reçues en message privé", None),
    "délai moyen de réponse": ("temps moyen entre un message ou un commentaire et la première réponse", None),
}

# The platform statistics (tool > menu > figure) a community manager reads them in.
SOURCES = {
    "meta_couverture": "Meta Business Suite > Statistiques > Couverture",
    "meta_contenu": "Meta Business Suite > Statistiques > Contenu (interactions par publication)",
    "meta_audience": "Meta Business Suite > Statistiques > Audience (abonnés)",
    "meta_ads": "Gestionnaire de publicités Meta > Colonnes : Performances et clics",
    "meta_boite": "Meta Business Suite > Boîte de réception > Délai de réponse",
    "ig_pro": "Instagram > Tableau de bord professionnel > Statistiques",
    "tiktok_studio": "TikTok Studio > Analyses (vues, abonnés, interactions)",
    "tiktok_ads": "TikTok Ads Manager > Campagnes (CPM, CTR, CPC)",
    "pinterest": "Pinterest Analytics > Vue d'ensemble (impressions, enregistrements, clics)",
    "pinterest_ads": "Pinterest Ads Manager > Rapports",
    "linkedin": "LinkedIn > Statistiques de la page (abonnés, visiteurs)",
    "linkedin_messages": "LinkedIn > Messagerie de la page",
    "ga4": "Google Analytics 4 > Acquisition > Acquisition de trafic (source : réseaux sociaux)",
    "boutique": "Tableau de bord de la boutique en ligne > Commandes par source",
    "mention": "Mention > Mentions (filtre hashtag, réseau)",
    "avis": "Plateforme d'avis clients > Tableau de bord (nombre, note moyenne)",
    "hootsuite_inbox": "Hootsuite > Analytics > Inbox (délai de première réponse)",
    "hootsuite_analytics": "Hootsuite > Analytics > Rapports de performance des comptes",
}

# KPI -> the sources that report it.
_REACH = {"meta_couverture", "ig_pro", "tiktok_studio", "pinterest", "hootsuite_analytics", "meta_ads"}
KPI_SOURCES = {
    "couverture": _REACH,
    "impressions": _REACH | {"tiktok_ads", "pinterest_ads", "linkedin"},
    "CPM": {"meta_ads", "tiktok_ads", "pinterest_ads"},
    "taux d'engagement": {"meta_contenu", "ig_pro", "tiktok_studio", "pinterest", "linkedin",
                          "hootsuite_analytics"},
    "croissance des abonnés": {"meta_audience", "ig_pro", "tiktok_studio", "linkedin", "pinterest",
                               "hootsuite_analytics"},
    "CTR": {"meta_ads", "tiktok_ads", "pinterest_ads", "pinterest", "ga4"},
    "CPC": {"meta_ads", "tiktok_ads", "pinterest_ads"},
    "taux de conversion": {"ga4", "boutique", "meta_ads"},
    "ROAS": {"meta_ads", "tiktok_ads", "pinterest_ads", "ga4"},
    "nombre de publications UGC": {"mention", "ig_pro"},
    "nombre d'avis clients": {"avis"},
    "enregistrements": {"pinterest", "ig_pro"},
    "messages de professionnels": {"linkedin_messages", "meta_boite"},
    "délai moyen de réponse": {"meta_boite", "hootsuite_inbox"},
}

# The plan's actions -> the KPIs that measure what each action is for.
ACTIONS = {
    "campagne Meta de notoriété auprès des parents 30-44 ans": {"couverture", "impressions", "CPM"},
    "campagne Meta de ventes pour Noël (jusqu'au 17 décembre)": {"ROAS", "taux de conversion", "CTR", "CPC"},
    "trois Reels par semaine sur Instagram": {"taux d'engagement", "couverture", "croissance des abonnés"},
    "concours photo #PetiteVague": {"nombre de publications UGC", "taux d'engagement"},
    "ouverture du compte Pinterest (idées de salle de bains)": {"enregistrements", "impressions", "CTR",
                                                                "croissance des abonnés"},
    "demande d'avis après chaque commande": {"nombre d'avis clients"},
    "prospection des revendeurs sur LinkedIn": {"messages de professionnels", "croissance des abonnés"},
    "astreinte de modération en semaine": {"délai moyen de réponse"},
}
