"""Notebook 04's files: the task list exported from the project tool and the suppliers' price list.

Both are fixed tables (no randomness): the preparation of the set-up from Monday 5 July 2027 (after the
committee of 1 July) to the go-live of 1 September, and the quotes gathered for the six months.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

TASKS_FILE = "instagantt_preparation_dispositif.csv"
QUOTES_FILE = "devis_prestataires_2027.csv"
TASK_COLUMNS = ("ID", "Tâche", "Couloir", "Responsable", "Durée (jours ouvrés)", "Prédécesseurs")
QUOTE_COLUMNS = ("Poste", "Fournisseur", "Unité", "Prix unitaire", "HT ou TTC", "Référence", "Commentaire")

# The file lists the tasks lane by lane, as the tool exports them, not in the order of their dependencies.
TASKS = (
    ("T01", "Réunion de lancement et validation du planning", "Cadrage", "Vous", 1, ""),
    ("T20", "Recette finale et go / no-go avec Léna Morvan", "Cadrage", "Vous", 1, "T17, T19"),
    ("T02", "Recrutement du ou de la community manager indépendant·e", "Équipe", "Léna Morvan", 8, "T01"),
    ("T03", "Ouverture des comptes Hootsuite et Mention, accès de l'équipe", "Outils", "Vous", 2, "T01"),
    ("T04", "Harmonisation des profils (noms, biographies, liens)", "Plateformes", "Vous", 3, "T01"),
    ("T05", "Ouverture et configuration du compte Pinterest Business", "Plateformes", "Vous", 2, "T04"),
    ("T06", "Charte de modération et réponses types", "Modération", "Vous", 5, "T01"),
    ("T07", "Plan d'escalade et seuils d'alerte dans Mention", "Modération", "Vous", 3, "T03, T06"),
    ("T08", "Formation de l'équipe à Hootsuite et à la charte de modération", "Modération", "Vous", 1,
     "T02, T07"),
    ("T09", "Calendrier éditorial de septembre", "Contenus", "Vous", 5, "T01"),
    ("T10", "Validation du calendrier éditorial par Gaëlle Le Floc'h", "Contenus", "Gaëlle Le Floc'h", 3,
     "T09"),
    ("T11", "Brief et repérages du shooting photo", "Contenus", "Studio Iroise", 4, "T10"),
    ("T12", "Shooting photo (deux demi-journées)", "Contenus", "Studio Iroise", 1, "T11"),
    ("T13", "Retouche et sélection des photos", "Contenus", "Studio Iroise", 5, "T12"),
    ("T14", "Création des visuels et des vidéos courtes (Canva Pro)", "Contenus", "Community manager", 10,
     "T02, T13"),
    ("T15", "Rédaction des légendes et des textes alternatifs", "Contenus", "Community manager", 5, "T02, T10"),
    ("T16", "Validation des contenus de septembre par Léna Morvan", "Contenus", "Léna Morvan", 2, "T14, T15"),
    ("T17", "Programmation de la file de septembre dans Hootsuite", "Diffusion", "Community manager", 2,
     "T03, T08, T16"),
    ("T18", "Audiences et campagnes Meta Ads (Instagram, Facebook)", "Médias payés", "Vous", 3, "T10"),
    ("T19", "Paramétrage des campagnes Pinterest Ads", "Médias payés", "Vous", 2, "T05, T18"),
)

# Prices as the suppliers quote them: some HT, some TTC (consumer offers), media budgets left open.
QUOTES = (
    ("Community manager indépendant·e", "Lou Garnier, freelance", "jour", "350,00", "HT", "LG-2027-014",
     "Facturation mensuelle au réel des jours"),
    ("Photographe (demi-journée de prise de vue)", "Studio Iroise", "demi-journée", "600,00", "HT", "SI-D2706",
     "Retouche de 15 photos comprise"),
    ("Montage de vidéo courte (Reels, TikTok)", "Studio Iroise", "vidéo", "180,00", "HT", "SI-D2706",
     "Vidéo de 15 à 45 s, sous-titres compris"),
    ("Hootsuite Professional", "Hootsuite", "mois", "99,00", "HT", "Tarif public",
     "Offre mensuelle sans engagement"),
    ("Canva Pro", "Canva", "mois", "11,99", "TTC", "Tarif public", "Abonnement mensuel, une personne"),
    ("Mention Solo", "Mention", "mois", "58,80", "TTC", "Tarif public", "Abonnement mensuel"),
    ("Impression de cartes « Scannez-nous » pour les revendeurs (lot de 500)", "Imprimerie Malouine", "lot",
     "162,00", "TTC", "IM-4471", "Format A6, papier recyclé"),
    ("Lots du jeu-concours de Noël (coffret Petite Vague)", "Maison Ondine", "coffret", "18,00", "HT",
     "Prix de revient", "Frais d'envoi compris"),
    ("Achat d'espace Meta Ads (Instagram, Facebook)", "Meta", "budget du mois", "", "HT", "",
     "Budget libre ; 5 € HT par jour au minimum par campagne"),
    ("Achat d'espace Pinterest Ads", "Pinterest", "budget du mois", "", "HT", "",
     "Budget libre ; 2 € HT par jour au minimum par campagne"),
    ("Achat d'espace TikTok Ads", "TikTok", "budget du mois", "", "HT", "",
     "Budget libre ; 20 € HT par jour au minimum par campagne"),
)


def _csv(header: tuple, rows: tuple) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8-sig")


def generate(dest: Path) -> list[Path]:
    dest.mkdir(parents=True, exist_ok=True)
    tasks, quotes = dest / TASKS_FILE, dest / QUOTES_FILE
    tasks.write_bytes(_csv(TASK_COLUMNS, TASKS))
    quotes.write_bytes(_csv(QUOTE_COLUMNS, QUOTES))
    return [tasks, quotes]
