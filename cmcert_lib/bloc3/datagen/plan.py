"""Notebook 01's files (the communication plan).

* ``barometre_usages_parents_30-44_2027.csv``: a panel barometer of social network use by parents
  aged 30 to 44 (weekly users, daily time, influence on purchases, estimated CPM), as the study's
  publisher ships it: semicolon, decimal comma, two comment lines on the method. The figures are set
  by hand in the range of the French barometers of 2025-2026, consistent with Bloc 1's survey
  (Facebook and Instagram lead, Pinterest is strong on purchases, LinkedIn is a professional network).
* ``statistiques_comptes_2026-11_2027-04.csv``: the brand's monthly statistics per account over the
  six months before the brief, as a native analytics export (one row per month and account). The
  followers end on the brief's figures of 30 April 2027; April carries the launch of Petite Vague.
"""

from __future__ import annotations

import csv
import io
import random
from pathlib import Path

from cmcert_lib.bloc3.datasets.plan import STATS_COLUMNS, STATS_FILE, USAGES_COLUMNS, USAGES_FILE
from cmcert_lib.facts import brand

SEED = 20270510
MONTHS = ("11/2026", "12/2026", "01/2027", "02/2027", "03/2027", "04/2027")

# Network -> weekly users %, daily minutes, purchase influence %, CPM €.
USAGES = {
    "Facebook": (71, 34, 31, 6.8),
    "Instagram": (64, 31, 42, 8.9),
    "YouTube": (68, 38, 16, 12.4),
    "Pinterest": (36, 14, 39, 5.2),
    "TikTok": (33, 46, 30, 7.4),
    "Snapchat": (21, 22, 9, 6.1),
    "LinkedIn": (29, 9, 6, 24.0),
    "X": (14, 11, 4, 5.6),
}

# Account -> followers at the end of November 2026, reach per follower, engagement on reach, click
# share of reach, customers' posts a month, messages from shops a month (before the launch).
ACCOUNTS = {
    "Instagram": (12_900, 1.9, 0.048, 0.011, 14, 1),
    "Facebook": (8_300, 1.4, 0.031, 0.014, 4, 2),
    "TikTok": (2_900, 4.2, 0.061, 0.004, 6, 0),
    "LinkedIn": (980, 2.1, 0.037, 0.009, 0, 3),
}
LAUNCH_BOOST = 1.8  # April 2027: the launch of Petite Vague


def _french(value: float, decimals: int = 0) -> str:
    text = f"{value:.{decimals}f}"
    return text.replace(".", ",")


def _usages() -> str:
    buffer = io.StringIO()
    buffer.write("# Baromètre des usages des réseaux sociaux 2027 — parents de 30 à 44 ans (panel en ligne, "
                 "n = 1 204, France métropolitaine, terrain du 8 au 22 mars 2027)\n")
    buffer.write("# Influence sur l'achat : part des utilisateurs qui déclarent avoir acheté un produit découvert "
                 "sur le réseau dans les six derniers mois ; CPM : coût pour mille impressions constaté, "
                 "ciblage parents, cosmétiques\n")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\n")
    writer.writerow(USAGES_COLUMNS)
    for network, (users, minutes, influence, cpm) in USAGES.items():
        writer.writerow([network, _french(users), _french(minutes), _french(influence), _french(cpm, 2)])
    return buffer.getvalue()


def _stats() -> str:
    rng = random.Random(SEED)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\n")
    writer.writerow(STATS_COLUMNS)
    for account, (start, reach_rate, engagement, clicks, ugc, pro) in ACCOUNTS.items():
        end = brand.PLAN_BASELINE_FOLLOWERS[account]
        # A steady growth to March, then the launch's jump to the brief's April figure.
        march = start + (end - start) * 0.55
        path = [round(start + (march - start) * i / 4) for i in range(5)] + [end]
        for i, (month, followers) in enumerate(zip(MONTHS, path, strict=True)):
            boost = LAUNCH_BOOST if i == 5 else 1 + 0.15 * (i == 1)  # December: Christmas
            reach = round(followers * reach_rate * boost * rng.uniform(0.92, 1.08))
            impressions = round(reach * rng.uniform(1.6, 2.1))
            interactions = round(reach * engagement * rng.uniform(0.9, 1.1))
            link_clicks = round(reach * clicks * rng.uniform(0.9, 1.1))
            customers = round(ugc * (1 + 0.12 * i) * (2.2 if i == 5 else 1) * rng.uniform(0.85, 1.15))
            shops = round(pro * (1 + 0.1 * i) * (1.6 if i == 5 else 1) * rng.uniform(0.8, 1.2))
            writer.writerow([month, account, followers, reach, impressions, interactions, link_clicks,
                             customers, shops])
    return buffer.getvalue()


def generate(dest: Path) -> list[Path]:
    dest.mkdir(parents=True, exist_ok=True)
    files = []
    for name, text in ((USAGES_FILE, _usages()), (STATS_FILE, _stats())):
        path = dest / name
        path.write_text(text, encoding="utf-8")
        files.append(path)
    return files
