"""Notebook 04 (planning and budget): the partly-right candidate's answers and the points they earn.

Mistakes: the schedule counts every weekday as worked (numpy's business days, without the public holiday
of 14 July); the critical path leaves out the kick-off meeting and its end date comes from that schedule;
the budget takes the TTC prices of Canva Pro, Mention and the printer as if they were HT.
"""

PARTIAL_ANSWERS = {
    "planning": '''import numpy as np
debut = {}
fin = {}
restantes = list(taches["ID"])
while restantes:
    for ligne in taches[taches["ID"].isin(restantes)].itertuples():
        preds = predecessors(ligne[6])
        if all(p in fin for p in preds):
            jour = np.datetime64(PROJECT_START) if not preds else np.busday_offset(max(fin[p] for p in preds), 1)
            debut[ligne.ID] = np.busday_offset(jour, 0, roll="forward")
            fin[ligne.ID] = np.busday_offset(debut[ligne.ID], ligne[5] - 1)
            restantes.remove(ligne.ID)
planning = pd.DataFrame({"ID": list(debut), "Début": pd.to_datetime(list(debut.values())),
                         "Fin": pd.to_datetime([fin[t] for t in debut])})
planning''',
    "chemin": '''resultat = {"chemin_critique": ["T09", "T10", "T11", "T12", "T13", "T14", "T16", "T17", "T20"],
            "fin_projet": planning["Fin"].max()}
resultat''',
    "budget": '''tarifs = devis.set_index("Poste")["Prix unitaire"]
lignes = []
for mois in MONTHS:
    lignes.append(["Community manager indépendant·e", "Prestations", mois, 7, tarifs["Community manager indépendant·e"]])
    for outil in ["Hootsuite Professional", "Canva Pro", "Mention Solo"]:
        lignes.append([outil, "Outils", mois, 1, tarifs[outil]])
    lignes.append(["Achat d'espace Meta Ads (Instagram, Facebook)", "Payé", mois, 1, 600])
for mois in ["2027-09", "2027-11"]:
    lignes.append(["Photographe (demi-journée de prise de vue)", "Production", mois, 2, 600])
lignes.append(["Impression de cartes « Scannez-nous » pour les revendeurs (lot de 500)", "Production", "2027-10", 1,
               tarifs["Impression de cartes « Scannez-nous » pour les revendeurs (lot de 500)"]])
budget = pd.DataFrame(lignes, columns=["poste", "categorie", "mois", "quantite", "prix_unitaire_ht"])
budget.loc[len(budget)] = [PROVISION_LABEL, "Provision", "2028-02", 1,
                           0.05 * (budget["quantite"] * budget["prix_unitaire_ht"]).sum()]
budget["ht"] = budget["quantite"] * budget["prix_unitaire_ht"]
budget["tva"] = budget["ht"] * 0.2
budget["ttc"] = budget["ht"] * 1.2
budget''',
}

# Points of the autograded cells, from the scorers of cmcert_lib/bloc3/checks/planning.py:
# - planning (4 pts): half a task per right date; 9 starts and 6 finishes of the 20 tasks are right (the
#   others fall after 14 July, counted as worked) -> (9 + 6) / 2 / 20 x 4 = 0.375 x 4 = 1.5
# - chemin (2 pts): 9 of the 10 critical tasks, none extra, the end date one day early
#   -> (0.75 x 9/10 + 0.25 x 0) x 2 = 0.675 x 2 = 1.35
# - budget (5 pts): 3 of the 6 priced postes keep a TTC price (Canva Pro, Mention, the printer): the unit
#   prices earn half their 20 %; the arithmetic, completeness, categories, provision (5 % of the rest) and
#   envelope (22 974.78 € HT) are right -> (1 - 0.2 x 3/6) x 5 = 0.9 x 5 = 4.5
# Total: 1.5 + 1.35 + 4.5 = 7.35 out of 11.
PARTIAL_EXPECTED_POINTS = 7.35
