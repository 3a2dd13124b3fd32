"""Animating and moderating the community (Bloc 3, notebook 02, C3.1.2).

The rules of the moderation charter as data (categories, their keywords, the response-time matrix, the
actions per category and type of item), the working-hours arithmetic of the response deadlines, and the
alert rule on the daily mentions. Names the candidate reads are French.
"""

from __future__ import annotations

import re

import pandas as pd

# --- the categories, in the order the rules are tried: the first that matches wins ----------------

CATEGORIES = {
    "injure": "insulte, grossièreté ou propos haineux",
    "spam": "lien externe : publicité, concurrent, arnaque",
    "donnees_personnelles": "adresse électronique, téléphone, ou photo d'un enfant publiée par un parent",
    "signal_crise": "défaut produit ou rumeur qui peut enfler (pain qui se délite, huile de palme)",
    "sante": "question ou plainte de santé : peau, allergie, yeux",
    "reclamation": "plainte sur une commande, une livraison, un produit",
    "question": "question (le message contient « ? »)",
    "avis_positif": "tout le reste : remerciements, compliments, partages",
}

# Keywords looked for in the message written in lower case and without accents (« délite » → « delite »).
MOTS_CLES = {
    "injure": ("connard", "connasse", "abruti", "debile", "merde", "encule", "bouffon", "pourri"),
    "signal_crise": ("delite", "desagrege", "ramollit", "bouillie", "palme"),
    "sante": ("eczema", "allergi", "rougeur", "plaque", "dermatite", "pediatre", "pique les yeux", "irrit"),
    "reclamation": ("colis", "commande", "livraison", "rembours", "casse", "jamais recu", "pas recu", "decu"),
}
# A link makes a spam; an e-mail address or a phone number makes personal data.
MOTIF_LIEN = r"https?://|www\."
MOTIF_EMAIL = r"[\w.+-]+@[\w-]+\.[\w.]+"
MOTIF_TELEPHONE = r"\b0[1-9](?:[ .]?\d{2}){4}\b"
# A photo attached to a message that names a child is the photo of a minor.
MOTS_ENFANT = ("ma fille", "mon fils", "mon bebe", "mes enfants", "ma puce", "mon petit", "ma petite")

# --- priorities and response deadlines (working hours: 9 h to 18 h, Monday to Friday) ----------------

HEURE_OUVERTURE, HEURE_FERMETURE = 9, 18
# Public holidays of France between the launch and the end of the export (Easter Monday 2027 is 29 March,
# before the export): none fall between 6 and 30 April 2027, the list is here for the arithmetic's sake.
JOURS_FERIES = (pd.Timestamp("2027-05-01"), pd.Timestamp("2027-05-08"), pd.Timestamp("2027-05-06"))

MATRICE_DELAIS = pd.DataFrame(
    [
        ("signal_crise", 1, 1),
        ("injure", 1, 1),
        ("donnees_personnelles", 1, 1),
        ("sante", 2, 4),
        ("reclamation", 2, 4),
        ("question", 3, 4),
        ("avis_positif", 4, 9),
        ("spam", 4, 9),
    ],
    columns=["categorie", "priorite", "delai_heures_ouvrees"],
).set_index("categorie")

# --- the charter's actions ------------------------------------------------------------------------

ACTIONS = {
    "repondre": "répondre en public (ou dans la conversation privée)",
    "repondre_en_prive": "inviter à poursuivre en message privé",
    "masquer": "masquer le commentaire (l'auteur et ses amis le voient encore)",
    "supprimer": "supprimer le commentaire",
    "signaler": "signaler le contenu ou le compte à la plateforme",
    "faire_remonter": "faire remonter à la responsable (escalade)",
}

# (category, type) -> actions. « Commentaire » is public; a « Message privé » can be neither hidden nor
# deleted by the brand. Criticism is never deleted nor hidden: it is answered.
CHARTE = {
    ("injure", "Commentaire"): ("masquer", "signaler"),
    ("injure", "Message privé"): ("signaler",),
    ("spam", "Commentaire"): ("supprimer",),
    ("spam", "Message privé"): ("signaler",),
    ("donnees_personnelles", "Commentaire"): ("masquer", "repondre_en_prive"),
    ("donnees_personnelles", "Message privé"): ("repondre",),
    ("signal_crise", "Commentaire"): ("repondre", "faire_remonter"),
    ("signal_crise", "Message privé"): ("repondre", "faire_remonter"),
    ("sante", "Commentaire"): ("repondre_en_prive", "faire_remonter"),
    ("sante", "Message privé"): ("repondre", "faire_remonter"),
    ("reclamation", "Commentaire"): ("repondre", "repondre_en_prive"),
    ("reclamation", "Message privé"): ("repondre",),
    ("question", "Commentaire"): ("repondre",),
    ("question", "Message privé"): ("repondre",),
    ("avis_positif", "Commentaire"): ("repondre",),
    ("avis_positif", "Message privé"): ("repondre",),
}


def table_charte() -> pd.DataFrame:
    """The charter's actions as a table: one row per category and type, the actions joined by « + »."""
    rows = [(cat, kind, " + ".join(actions)) for (cat, kind), actions in CHARTE.items()]
    return pd.DataFrame(rows, columns=["categorie", "type", "actions"])


def sans_accents(texte: str) -> str:
    """The text in lower case, without accents (« Délité » → « delite »)."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", str(texte).lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("\u2019", "'")


def categorie_de(message: str, piece_jointe: str = "") -> str:
    """The category of a message by the charter's rules (the first that matches wins).

    The grading's reference; the candidate writes the rules with pandas.
    """
    texte = sans_accents(message)
    if any(mot in texte for mot in MOTS_CLES["injure"]):
        return "injure"
    if re.search(MOTIF_LIEN, texte):
        return "spam"
    photo_enfant = str(piece_jointe) == "Photo" and any(mot in texte for mot in MOTS_ENFANT)
    if re.search(MOTIF_EMAIL, texte) or re.search(MOTIF_TELEPHONE, texte) or photo_enfant:
        return "donnees_personnelles"
    for categorie in ("signal_crise", "sante", "reclamation"):
        if any(mot in texte for mot in MOTS_CLES[categorie]):
            return categorie
    return "question" if "?" in texte else "avis_positif"


def _ouvre(jour: pd.Timestamp) -> bool:
    return jour.weekday() < 5 and jour.normalize() not in JOURS_FERIES


def ajouter_heures_ouvrees(debut, heures: float) -> pd.Timestamp:
    """The moment ``heures`` working hours after ``debut`` (9 h to 18 h, Monday to Friday, no public holiday).

    A message received outside working hours starts its clock at the next opening: received on Saturday
    at 11 h, 4 working hours later is Monday at 13 h. A deadline that falls exactly at 18 h stays at 18 h.
    """
    moment = pd.Timestamp(debut)
    reste = pd.Timedelta(hours=float(heures))
    while True:
        jour = moment.normalize()
        ouverture = jour + pd.Timedelta(hours=HEURE_OUVERTURE)
        fermeture = jour + pd.Timedelta(hours=HEURE_FERMETURE)
        if not _ouvre(jour) or moment >= fermeture:
            moment = jour + pd.Timedelta(days=1, hours=HEURE_OUVERTURE)
            continue
        moment = max(moment, ouverture)
        if moment + reste <= fermeture:
            return moment + reste
        reste -= fermeture - moment
        moment = jour + pd.Timedelta(days=1, hours=HEURE_OUVERTURE)


# --- the alert rule on the daily mentions ------------------------------------------------------------

def jours_alerte(mentions: pd.DataFrame, k: float = 2.0, x: float = 0.25, fenetre: int = 14) -> list[str]:
    """The alert days (« AAAA-MM-JJ ») of the rule: the day's volume exceeds the mean of the ``fenetre``
    previous days plus ``k`` standard deviations of those days (pandas' sample standard deviation), AND
    the day's share of negative mentions exceeds ``x``. A day without ``fenetre`` previous days raises
    no alert.
    """
    serie = mentions.set_index("Date").sort_index()
    volume = serie["Mentions"].astype(float)
    precedents = volume.shift(1).rolling(fenetre, min_periods=fenetre)
    seuil = precedents.mean() + k * precedents.std()
    part_negative = serie["Négatif"] / volume.where(volume > 0)
    alerte = (volume > seuil) & (part_negative > x)
    return [jour.strftime("%Y-%m-%d") for jour in alerte[alerte].index]


def fausses_alertes(alertes, incidents, marge_jours: int = 2) -> list[str]:
    """The alert days that follow no known incident by at most ``marge_jours`` days."""
    debuts = [pd.Timestamp(d) for d in incidents]
    fausses = []
    for jour in alertes:
        moment = pd.Timestamp(jour)
        if not any(pd.Timedelta(0) <= moment - d <= pd.Timedelta(days=marge_jours) for d in debuts):
            fausses.append(moment.strftime("%Y-%m-%d"))
    return fausses


def graphique_alertes(mentions: pd.DataFrame, alertes, incidents, titre: str = ""):
    """The daily mentions, their negative part, the alert days and the known incidents, in one figure."""
    import matplotlib.pyplot as plt

    serie = mentions.set_index("Date").sort_index()
    fig, ax = plt.subplots(figsize=(11, 4.2))
    ax.bar(serie.index, serie["Mentions"], color="#9ec9c4", label="mentions du jour", width=0.9)
    ax.bar(serie.index, serie["Négatif"], color="#c0504d", label="dont négatives", width=0.9)
    jours = [pd.Timestamp(j) for j in alertes if pd.Timestamp(j) in serie.index]
    ax.scatter(jours, serie.loc[jours, "Mentions"] + 3, marker="v", color="#1f3b57", zorder=3,
               label="alerte déclenchée")
    for i, debut in enumerate(incidents):
        ax.axvline(pd.Timestamp(debut), color="#e0a100", linestyle="--", linewidth=1,
                   label="incident connu" if i == 0 else None)
    ax.set_ylabel("mentions par jour")
    ax.set_title(titre or "Mentions de Maison Ondine et alertes")
    ax.legend(loc="upper left", frameon=False)
    fig.autofmt_xdate()
    fig.tight_layout()
    return fig


# --- reading the candidate's answers back, whatever their accepted form (for the notebook's later cells) ---

def _cle(texte) -> str:
    return re.sub(r"[\s\-]+", "_", sans_accents(str(texte)).strip())


def serie_par_id(reponse) -> pd.Series:
    """A dict, a Series indexed by ID or a two-column table with an « ID » column, as a Series indexed by ID."""
    if isinstance(reponse, pd.DataFrame):
        colonnes = [c for c in reponse.columns if _cle(c) == "id"]
        if colonnes and reponse.shape[1] == 2:
            reponse = reponse.set_index(colonnes[0]).iloc[:, 0]
        elif reponse.shape[1] == 1:
            reponse = reponse.iloc[:, 0]
    if isinstance(reponse, dict):
        reponse = pd.Series(reponse, dtype="object")
    if not isinstance(reponse, pd.Series):
        return pd.Series(dtype="object")
    return reponse


def categories_lues(reponse) -> pd.Series:
    """The categories of an answer, written as in CATEGORIES (case, accents and spaces aside)."""
    serie = serie_par_id(reponse)
    return serie.map(lambda v: _cle(v) if isinstance(v, str) else v)


def delais_lus(reponse) -> pd.DataFrame:
    """The deadlines' answer as a table indexed by ID with the columns « echeance » and « en_retard »."""
    if not isinstance(reponse, pd.DataFrame):
        return pd.DataFrame(columns=["echeance", "en_retard"])
    table = reponse.rename(columns={c: _cle(c) for c in reponse.columns})
    if "id" in table.columns:
        table = table.set_index("id")
    table = table.reindex(columns=["echeance", "en_retard"])
    table["echeance"] = pd.to_datetime(table["echeance"], errors="coerce")
    return table
