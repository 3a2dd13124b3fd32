"""Notebook 02 (community and moderation): answers written differently, right and hollow."""

from tests.equivalence import Variant

CORRECT = {
    "categories": (
        Variant("vectorised str.contains in the stated order with numpy.select, a Series indexed by ID",
                'import numpy as np\n'
                't = boite["Message"].map(sans_accents)\n'
                'def a(mots):\n'
                '    return t.apply(lambda s: any(m in s for m in mots))\n'
                'enfant = (boite["Pièce jointe"] == "Photo") & a(MOTS_ENFANT)\n'
                'perso = t.str.contains(MOTIF_EMAIL) | t.str.contains(MOTIF_TELEPHONE) | enfant\n'
                'conds = [a(MOTS_CLES["injure"]), t.str.contains(MOTIF_LIEN), perso, a(MOTS_CLES["signal_crise"]),\n'
                '         a(MOTS_CLES["sante"]), a(MOTS_CLES["reclamation"]), t.str.contains("?", regex=False)]\n'
                'noms = ["injure", "spam", "donnees_personnelles", "signal_crise", "sante", "reclamation", "question"]\n'
                'categories = pd.Series(np.select(conds, noms, default="avis_positif"), index=boite["ID"])\n'),
        Variant("a loop over itertuples, unicodedata for the accents, labels in capitals",
                'import unicodedata\n'
                'def nu(s):\n'
                '    return "".join(c for c in unicodedata.normalize("NFD", s.lower()) if not unicodedata.combining(c))\n'
                'categories = {}\n'
                'for ident, msg, pj in boite[["ID", "Message", "Pièce jointe"]].itertuples(index=False):\n'
                '    s = nu(msg)\n'
                '    regles = [("injure", any(m in s for m in MOTS_CLES["injure"])),\n'
                '              ("spam", re.search(MOTIF_LIEN, s) is not None),\n'
                '              ("donnees_personnelles", bool(re.search(MOTIF_EMAIL, s) or re.search(MOTIF_TELEPHONE, s))\n'
                '               or (pj == "Photo" and any(m in s for m in MOTS_ENFANT)))]\n'
                '    regles += [(n, any(m in s for m in MOTS_CLES[n])) for n in ("signal_crise", "sante", "reclamation")]\n'
                '    regles += [("question", "?" in s), ("avis_positif", True)]\n'
                '    categories[ident] = next(n for n, ok in regles if ok).upper()\n'),
        Variant("a two-column table ID / categorie with spaces in the labels",
                'def cat(ligne):\n'
                '    s = sans_accents(ligne.Message)\n'
                '    if any(m in s for m in MOTS_CLES["injure"]): return "injure"\n'
                '    if re.search(MOTIF_LIEN, s): return "spam"\n'
                '    if re.search(MOTIF_EMAIL, s) or re.search(MOTIF_TELEPHONE, s): return "donnees personnelles"\n'
                '    if ligne._8 == "Photo" and any(m in s for m in MOTS_ENFANT): return "donnees personnelles"\n'
                '    for n in ("signal_crise", "sante", "reclamation"):\n'
                '        if any(m in s for m in MOTS_CLES[n]): return n.replace("_", " ")\n'
                '    return "question" if "?" in s else "avis positif"\n'
                'categories = pd.DataFrame({"ID": boite["ID"], "categorie": [cat(l) for l in boite.itertuples()]})\n'),
    ),
    "delais": (
        Variant("apply over rows, the ID as a column, deadlines as text",
                'd = file.assign(h=file["categorie"].map(MATRICE_DELAIS["delai_heures_ouvrees"]))\n'
                'd["echeance"] = d.apply(lambda r: ajouter_heures_ouvrees(r["Date"], r["h"]), axis=1)\n'
                'd["en_retard"] = d["Traité le"].isna() | (d["Traité le"] > d["echeance"])\n'
                'delais = d[["ID", "echeance", "en_retard"]].assign(echeance=d["echeance"].dt.strftime("%Y-%m-%d %H:%M"))\n'),
        Variant("working hours computed by hand with a minute loop over business days",
                'def ech(debut, h):\n'
                '    t = debut\n'
                '    reste = int(h * 60)\n'
                '    while True:\n'
                '        if t.weekday() >= 5 or t.hour >= 18:\n'
                '            t = (t + pd.Timedelta(days=1)).normalize() + pd.Timedelta(hours=9); continue\n'
                '        if t.hour < 9:\n'
                '            t = t.normalize() + pd.Timedelta(hours=9)\n'
                '        fin = t.normalize() + pd.Timedelta(hours=18)\n'
                '        dispo = int((fin - t).total_seconds() // 60)\n'
                '        if reste <= dispo:\n'
                '            return t + pd.Timedelta(minutes=reste)\n'
                '        reste -= dispo\n'
                '        t = (t + pd.Timedelta(days=1)).normalize() + pd.Timedelta(hours=9)\n'
                'hh = file["categorie"].map(MATRICE_DELAIS["delai_heures_ouvrees"]).tolist()\n'
                'e = pd.Series([ech(d, h) for d, h in zip(file["Date"], hh)], index=file["ID"])\n'
                'tr = pd.Series(file["Traité le"].values, index=file["ID"])\n'
                'delais = pd.DataFrame({"Échéance": e, "En retard": [bool(pd.isna(x) or x > y) for x, y in zip(tr, e)]})\n'),
        Variant("merge with the matrix, numpy booleans",
                'm = file.merge(MATRICE_DELAIS.reset_index(), on="categorie", how="left")\n'
                'm["echeance"] = [ajouter_heures_ouvrees(a, b) for a, b in zip(m["Date"], m["delai_heures_ouvrees"])]\n'
                'm["en_retard"] = ~(m["Traité le"] <= m["echeance"])\n'
                'delais = m.set_index("ID")[["echeance", "en_retard"]]\n'),
    ),
    "actions": (
        Variant("actions joined by « + » from table_charte() merged on category and type",
                'tc = table_charte()\n'
                'm = file.merge(tc, left_on=["categorie", "Type"], right_on=["categorie", "type"], how="left")\n'
                'actions = pd.Series(m["actions"].values, index=m["ID"])\n'),
        Variant("rules written by hand, sets",
                'def acts(cat, prive):\n'
                '    if cat == "injure": return {"signaler"} if prive else {"masquer", "signaler"}\n'
                '    if cat == "spam": return {"signaler"} if prive else {"supprimer"}\n'
                '    if cat == "donnees_personnelles": return {"repondre"} if prive else {"masquer", "repondre_en_prive"}\n'
                '    if cat == "signal_crise": return {"repondre", "faire_remonter"}\n'
                '    if cat == "sante": return {"repondre", "faire_remonter"} if prive else {"repondre_en_prive", "faire_remonter"}\n'
                '    if cat == "reclamation": return {"repondre"} if prive else {"repondre", "repondre_en_prive"}\n'
                '    return {"repondre"}\n'
                'actions = {i: acts(c, t == "Message privé") for i, c, t in zip(file["ID"], file["categorie"], file["Type"])}\n'),
        Variant("reversed tuples, capitals, comma-separated text",
                'actions = {i: ", ".join(a.upper() for a in reversed(CHARTE[(c, t)]))\n'
                '           for i, c, t in zip(file["ID"], file["categorie"], file["Type"])}\n'),
    ),
    "jours_alerte": (
        Variant("closed='left' rolling on a date index, Timestamps",
                's = mentions.set_index("Date")["Mentions"]\n'
                'r = s.rolling("14D", closed="left", min_periods=14)\n'
                'part = mentions.set_index("Date")["Négatif"] / s\n'
                'jours_alerte = list(s.index[(s > r.mean() + 2 * r.std()) & (part > 0.25)])\n'),
        Variant("a plain loop with statistics.stdev, French dates",
                'import statistics\n'
                'v = mentions["Mentions"].tolist(); n = mentions["Négatif"].tolist(); d = mentions["Date"].tolist()\n'
                'jours_alerte = []\n'
                'for i in range(14, len(v)):\n'
                '    w = v[i - 14:i]\n'
                '    if v[i] > statistics.mean(w) + 2 * statistics.stdev(w) and n[i] / v[i] > 0.25:\n'
                '        jours_alerte.append(d[i].strftime("%d/%m/%Y"))\n'),
        Variant("numpy arrays, a pandas DatetimeIndex as the answer",
                'import numpy as np\n'
                'v = mentions["Mentions"].to_numpy(float)\n'
                'ok = np.zeros(len(v), bool)\n'
                'for i in range(14, len(v)):\n'
                '    ok[i] = v[i] > v[i-14:i].mean() + 2 * v[i-14:i].std(ddof=1) and mentions["Négatif"].iloc[i] > 0.25 * v[i]\n'
                'jours_alerte = pd.DatetimeIndex(mentions["Date"][ok])\n'),
    ),
}

HOLLOW = {
    "categories": (
        Variant("every message a question", 'categories = {i: "question" for i in boite["ID"]}\n'),
        Variant("a question mark or not, nothing else",
                'categories = {i: "question" if "?" in m else "avis_positif" for i, m in zip(boite["ID"], boite["Message"])}\n'),
    ),
    "delais": (
        Variant("the reception time as deadline, nothing late",
                'delais = pd.DataFrame({"echeance": file["Date"].values, "en_retard": False}, index=file["ID"])\n'),
        Variant("4 calendar hours for all, late only when handled after",
                'e = file["Date"] + pd.Timedelta(hours=4)\n'
                'delais = pd.DataFrame({"echeance": e.values, "en_retard": (file["Traité le"] > e).values}, index=file["ID"])\n'),
    ),
    "actions": (
        Variant("answer everything", 'actions = {i: ["repondre"] for i in boite["ID"]}\n'),
        Variant("delete every criticism and spam, answer the rest",
                'actions = {i: ["supprimer"] if c in ("reclamation", "signal_crise", "injure", "spam") else ["repondre"]\n'
                '           for i, c in zip(file["ID"], file["categorie"])}\n'),
    ),
    "jours_alerte": (
        Variant("the days with the most mentions",
                'jours_alerte = mentions.nlargest(3, "Mentions")["Date"].dt.strftime("%Y-%m-%d").tolist()\n'),
        Variant("the known incidents, copied", 'jours_alerte = ["2027-01-18", "2027-04-19", "2027-04-26"]\n'),
    ),
}
