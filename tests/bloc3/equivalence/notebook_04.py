"""Notebook 04 of Bloc 3 (planning and budget): answers written differently, right and hollow."""

from tests.equivalence import Variant

# A variant runs after the other answers of its synthetic candidate, which may be written in another
# form: each one computes what it needs from the data.
_GRAPH = (
    'avant_ = {t: predecessors(p) for t, p in zip(taches["ID"], taches["Prédécesseurs"])}\n'
    'duree_ = dict(zip(taches["ID"], taches["Durée (jours ouvrés)"]))\n'
    'jours_ = working_days(PROJECT_START, 100)\n'
    'fin_ = {}\n'
    'for t_ in topological_order(avant_):\n'
    '    fin_[t_] = max((fin_[p] for p in avant_[t_]), default=0) + duree_[t_]\n'
)

CORRECT = {
    "planning": (
        Variant("recursive earliest finish, dates as ISO texts, IDs as the index",
                'from functools import cache\n'
                'pred = dict(zip(taches["ID"], taches["Prédécesseurs"].map(predecessors)))\n'
                'dur = taches.set_index("ID")["Durée (jours ouvrés)"]\n'
                'cal = working_days(PROJECT_START, 90)\n'
                '@cache\n'
                'def fin_rang(t):\n'
                '    return max([fin_rang(p) for p in pred[t]] + [0]) + int(dur[t])\n'
                'planning = pd.DataFrame({"Début": [cal[fin_rang(t) - dur[t]].isoformat() for t in dur.index],\n'
                '                         "Fin": [cal[fin_rang(t) - 1].isoformat() for t in dur.index]},\n'
                '                        index=dur.index)\n'),
        Variant("date arithmetic with is_working_day, a dict of (start, finish) in French dates",
                'import datetime as dt\n'
                'def jour_ouvre_suivant(jour):\n'
                '    jour += dt.timedelta(days=1)\n'
                '    while not is_working_day(jour):\n'
                '        jour += dt.timedelta(days=1)\n'
                '    return jour\n'
                'liens = {t: predecessors(p) for t, p in zip(taches["ID"], taches["Prédécesseurs"])}\n'
                'longueur = dict(zip(taches["ID"], taches["Durée (jours ouvrés)"]))\n'
                'dates = {}\n'
                'for t in topological_order(liens):\n'
                '    debut = max((jour_ouvre_suivant(dates[p][1]) for p in liens[t]), default=PROJECT_START)\n'
                '    fin = debut\n'
                '    for _ in range(longueur[t] - 1):\n'
                '        fin = jour_ouvre_suivant(fin)\n'
                '    dates[t] = (debut, fin)\n'
                'planning = {t: (d.strftime("%d/%m/%Y"), f.strftime("%d/%m/%Y")) for t, (d, f) in dates.items()}\n'),
        Variant("numpy busday with the holidays, Timestamps, lower-case columns, file order",
                'import numpy as np\n'
                'feries = [np.datetime64(j) for j in public_holidays(2027)]\n'
                'taches_ = taches.set_index("ID")\n'
                'deb, fin = {}, {}\n'
                'while len(fin) < len(taches_):\n'
                '    for t, ligne in taches_.iterrows():\n'
                '        preds = predecessors(ligne["Prédécesseurs"])\n'
                '        if t in fin or not all(p in fin for p in preds):\n'
                '            continue\n'
                '        depart = (np.busday_offset(max(fin[p] for p in preds), 1, holidays=feries) if preds\n'
                '                  else np.busday_offset(np.datetime64(PROJECT_START), 0, roll="forward", holidays=feries))\n'
                '        deb[t] = depart\n'
                '        fin[t] = np.busday_offset(depart, int(ligne["Durée (jours ouvrés)"]) - 1, holidays=feries)\n'
                'planning = pd.DataFrame({"id": list(taches_.index), "début": pd.to_datetime([deb[t] for t in taches_.index]),\n'
                '                         "fin": pd.to_datetime([fin[t] for t in taches_.index])})\n'),
    ),
    "chemin": (
        Variant("backward pass on working-day ranks, the end as a Timestamp, IDs in lower case",
                _GRAPH
                + 'fin_max = max(fin_.values())\n'
                'tard = {}\n'
                'for t_ in reversed(topological_order(avant_)):\n'
                '    succ = [s for s in avant_ if t_ in avant_[s]]\n'
                '    tard[t_] = min([tard[s] - duree_[s] for s in succ] + [fin_max])\n'
                'crit = [t for t in sorted(fin_, key=lambda t: fin_[t]) if tard[t] == fin_[t]]\n'
                'resultat = {"chemin_critique": [t.lower() for t in crit], "fin_projet": pd.Timestamp(jours_[fin_max - 1])}\n'),
        Variant("walk back from the last task along the predecessors that finish last, a tuple, French date",
                _GRAPH
                + 'derniere = max(fin_, key=fin_.get)\n'
                'chemin = [derniere]\n'
                'while avant_[chemin[-1]]:\n'
                '    chemin.append(max(avant_[chemin[-1]], key=fin_.get))\n'
                'resultat = {"chemin_critique": tuple(reversed(chemin)),\n'
                '            "fin_projet": jours_[fin_[derniere] - 1].strftime("%d/%m/%Y")}\n'),
        Variant("total float from latest starts in a DataFrame, a Series of IDs, ISO text",
                _GRAPH
                + 'tab = pd.DataFrame({"duree": duree_, "fin_tot": fin_})\n'
                'tab["fin_tard"] = tab["fin_tot"].max()\n'
                'for t_ in reversed(topological_order(avant_)):\n'
                '    for p in avant_[t_]:\n'
                '        tab.loc[p, "fin_tard"] = min(tab.loc[p, "fin_tard"], tab.loc[t_, "fin_tard"] - tab.loc[t_, "duree"])\n'
                'tab["marge"] = tab["fin_tard"] - tab["fin_tot"]\n'
                'crit = tab[tab["marge"] == 0].sort_values("fin_tot")\n'
                'resultat = {"Chemin critique": pd.Series(crit.index),\n'
                '            "fin_projet": jours_[int(tab["fin_tot"].max()) - 1].isoformat()}\n'),
    ),
    "budget": (
        Variant("a lean budget built row by row, amounts unrounded, months as Periods",
                'ht_de = {p: (v / (1 + VAT_RATE) if b == "TTC" else v)\n'
                '         for p, v, b in zip(devis["Poste"], devis["Prix unitaire"], devis["HT ou TTC"])}\n'
                'rows = []\n'
                'for m in MONTHS:\n'
                '    rows += [("Community manager indépendant·e", "Prestations", m, 7, ht_de["Community manager indépendant·e"]),\n'
                '             ("Hootsuite Professional", "Outils", m, 1, ht_de["Hootsuite Professional"]),\n'
                '             ("Canva Pro", "Outils", m, 1, ht_de["Canva Pro"]),\n'
                '             ("Mention Solo", "Outils", m, 1, ht_de["Mention Solo"]),\n'
                '             ("Achat d\'espace Meta Ads (Instagram, Facebook)", "Payé", m, 1, 650)]\n'
                'rows += [("Photographe (demi-journée de prise de vue)", "Production", "2027-09", 3, 600),\n'
                '         ("Achat d\'espace TikTok Ads", "Payé", "2027-11", 1, 620)]\n'
                'budget = pd.DataFrame(rows, columns=["poste", "categorie", "mois", "quantite", "prix_unitaire_ht"])\n'
                'budget["mois"] = pd.PeriodIndex(budget["mois"], freq="M")\n'
                'budget.loc[len(budget)] = ["Provision pour aléas", "Provision", None, 1,\n'
                '                           0.05 * (budget.quantite * budget.prix_unitaire_ht).sum()]\n'
                'budget = budget.assign(ht=budget.quantite * budget.prix_unitaire_ht)\n'
                'budget = budget.assign(tva=budget.ht * VAT_RATE, ttc=budget.ht * (1 + VAT_RATE))\n'),
        Variant("from a long list of dicts, labels in another case, rounded to the cent, the provision dated",
                'def pu(poste):\n'
                '    ligne = devis[devis["Poste"] == poste].iloc[0]\n'
                '    return round(ligne["Prix unitaire"] / 1.2, 2) if ligne["HT ou TTC"] == "TTC" else ligne["Prix unitaire"]\n'
                'jours_cm = [6, 7, 9, 9, 5, 5]\n'
                'meta = [600, 700, 1100, 1200, 500, 500]\n'
                'outils = {"hootsuite professional": "Hootsuite Professional", "canva pro": "Canva Pro",\n'
                '          "mention solo": "Mention Solo"}\n'
                'lignes = []\n'
                'for i, m in enumerate(MONTHS):\n'
                '    lignes.append({"poste": "COMMUNITY MANAGER INDÉPENDANT·E", "categorie": "prestations", "mois": m,\n'
                '                   "quantite": jours_cm[i], "prix_unitaire_ht": 350})\n'
                '    for outil, libelle in outils.items():\n'
                '        lignes.append({"poste": outil, "categorie": "outils", "mois": m, "quantite": 1,\n'
                '                       "prix_unitaire_ht": pu(libelle)})\n'
                '    lignes.append({"poste": "Achat d\'espace Meta Ads (Instagram, Facebook)", "categorie": "payé",\n'
                '                   "mois": m, "quantite": 1, "prix_unitaire_ht": meta[i]})\n'
                'lignes.append({"poste": "Photographe (demi-journée de prise de vue)", "categorie": "Production",\n'
                '               "mois": "2027-11", "quantite": 2, "prix_unitaire_ht": 600})\n'
                'budget = pd.DataFrame(lignes)\n'
                'st = (budget["quantite"] * budget["prix_unitaire_ht"]).sum()\n'
                'budget = pd.concat([budget, pd.DataFrame([{"poste": "provision pour aleas", "categorie": "provision",\n'
                '                    "mois": "2028-02", "quantite": 1, "prix_unitaire_ht": round(0.05 * st, 2)}])],\n'
                '                   ignore_index=True)\n'
                'budget["ht"] = (budget["quantite"] * budget["prix_unitaire_ht"]).round(2)\n'
                'budget["tva"] = (budget["ht"] * 0.2).round(2)\n'
                'budget["ttc"] = (budget["ht"] + budget["tva"]).round(2)\n'),
        Variant("quantities in a pivot (months as columns) melted into lines, dates as month starts",
                'prix = devis.set_index("Poste")\n'
                'prix_ht = prix["Prix unitaire"].where(prix["HT ou TTC"] == "HT", prix["Prix unitaire"] / (1 + VAT_RATE))\n'
                'grille = pd.DataFrame({\n'
                '    "Community manager indépendant·e": [6, 6, 8, 8, 6, 6],\n'
                '    "Photographe (demi-journée de prise de vue)": [2, 0, 2, 0, 1, 0],\n'
                '    "Hootsuite Professional": [1] * 6, "Canva Pro": [1] * 6, "Mention Solo": [1] * 6,\n'
                '    "Lots du jeu-concours de Noël (coffret Petite Vague)": [0, 0, 0, 25, 0, 0],\n'
                '}, index=MONTHS)\n'
                'cat = {"Community manager indépendant·e": "Prestations", "Photographe (demi-journée de prise de vue)": "Production",\n'
                '       "Lots du jeu-concours de Noël (coffret Petite Vague)": "Gagné"}\n'
                'longue = grille.rename_axis("mois").reset_index().melt(id_vars="mois", var_name="poste", value_name="quantite")\n'
                'longue = longue[longue["quantite"] > 0]\n'
                'longue["categorie"] = longue["poste"].map(cat).fillna("Outils")\n'
                'longue["prix_unitaire_ht"] = longue["poste"].map(prix_ht)\n'
                'pub = pd.DataFrame({"poste": "Achat d\'espace Pinterest Ads", "categorie": "Payé", "mois": MONTHS,\n'
                '                    "quantite": 1, "prix_unitaire_ht": [550, 600, 700, 700, 400, 300]})\n'
                'budget = pd.concat([longue, pub], ignore_index=True)\n'
                'budget["mois"] = pd.to_datetime(budget["mois"] + "-01")\n'
                'sous_total = (budget["quantite"] * budget["prix_unitaire_ht"]).sum()\n'
                'budget.loc[len(budget)] = {"poste": PROVISION_LABEL, "categorie": "Provision", "mois": pd.NaT,\n'
                '                           "quantite": 1, "prix_unitaire_ht": PROVISION_RATE * sous_total}\n'
                'budget["ht"] = budget["quantite"] * budget["prix_unitaire_ht"]\n'
                'budget["tva"] = budget["ht"] * VAT_RATE\n'
                'budget["ttc"] = budget["ht"] + budget["tva"]\n'
                'budget = budget[["poste", "categorie", "mois", "quantite", "prix_unitaire_ht", "ht", "tva", "ttc"]]\n'),
    ),
}

HOLLOW = {
    "planning": (
        Variant("every task on the first day",
                'planning = pd.DataFrame({"ID": taches["ID"], "Début": PROJECT_START, "Fin": PROJECT_START})\n'),
        Variant("calendar days: durations added to the predecessors' finish, weekends and holidays counted",
                'import datetime as dt\n'
                'liens = {t: predecessors(p) for t, p in zip(taches["ID"], taches["Prédécesseurs"])}\n'
                'longueur = dict(zip(taches["ID"], taches["Durée (jours ouvrés)"]))\n'
                'dates = {}\n'
                'for t in topological_order(liens):\n'
                '    debut = max((dates[p][1] + dt.timedelta(days=1) for p in liens[t]), default=PROJECT_START)\n'
                '    dates[t] = (debut, debut + dt.timedelta(days=int(longueur[t]) - 1))\n'
                'planning = pd.DataFrame([(t, d, f) for t, (d, f) in dates.items()], columns=["ID", "Début", "Fin"])\n'),
    ),
    "chemin": (
        Variant("every task listed, the start date as the end",
                'resultat = {"chemin_critique": list(taches["ID"]), "fin_projet": PROJECT_START}\n'),
        Variant("the longest tasks instead of the path without float, the brief's start date as the end",
                'resultat = {"chemin_critique": list(taches.nlargest(5, "Durée (jours ouvrés)")["ID"]),\n'
                '            "fin_projet": "2027-09-01"}\n'),
    ),
    "budget": (
        Variant("the right postes with nothing in them",
                'budget = pd.DataFrame({"poste": list(devis["Poste"]) + ["Provision pour aléas"],\n'
                '                       "categorie": "Outils", "mois": "2027-09", "quantite": 0,\n'
                '                       "prix_unitaire_ht": 0, "ht": 0, "tva": 0, "ttc": 0})\n'),
        Variant("the envelope split evenly by month, TTC taken for HT, no VAT, no provision",
                'budget = pd.DataFrame({"poste": "Achat d\'espace Meta Ads (Instagram, Facebook)", "categorie": "Payé",\n'
                '                       "mois": MONTHS, "quantite": 1, "prix_unitaire_ht": 4000,\n'
                '                       "ht": 5000, "tva": 0, "ttc": 5000})\n'),
    ),
}
