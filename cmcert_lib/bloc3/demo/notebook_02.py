"""Notebook 02 (community and moderation): the partly-right candidate's answers and the points they earn.

Mistakes: the rules are applied on the text with its accents (« délite » and « eczéma » are missed, those
messages fall into question or praise) and the photo of a child is not looked at; the deadlines are counted
in calendar hours (nights and week-ends count), an unhandled message is not counted late; the actions
ignore the type of message (a private message is « hidden »); the alert's window includes the day itself and
the negative share leaves the neutral mentions out.
"""

PARTIAL_ANSWERS = {
    "categories": '''def categorie(message):
    texte = message.lower()
    if any(mot in texte for mot in MOTS_CLES["injure"]):
        return "injure"
    if re.search(MOTIF_LIEN, texte):
        return "spam"
    if re.search(MOTIF_EMAIL, texte) or re.search(MOTIF_TELEPHONE, texte):
        return "donnees_personnelles"
    for nom in ("signal_crise", "sante", "reclamation"):
        if any(mot in texte for mot in MOTS_CLES[nom]):
            return nom
    return "question" if "?" in texte else "avis_positif"
categories = {i: categorie(m) for i, m in zip(boite["ID"], boite["Message"])}
categories''',
    "delais": '''heures = file["categorie"].map(MATRICE_DELAIS["delai_heures_ouvrees"])
delais = pd.DataFrame({"echeance": (file["Date"] + pd.to_timedelta(heures, unit="h")).values}, index=file["ID"])
traite = file.set_index("ID")["Traité le"]
delais["en_retard"] = traite > delais["echeance"]
delais''',
    "actions": '''premiere = {cat: acts for (cat, genre), acts in CHARTE.items() if genre == "Commentaire"}
actions = {i: list(premiere[c]) for i, c in zip(file["ID"], file["categorie"])}
actions''',
    "jours_alerte": '''serie = mentions.set_index("Date")
fenetre = serie["Mentions"].rolling(14)
alerte = (serie["Mentions"] > fenetre.mean() + 2 * fenetre.std()) & (serie["Négatif"] / (serie["Positif"] + serie["Négatif"]) > 0.25)
jours_alerte = [j.strftime("%Y-%m-%d") for j in serie.index[alerte]]
jours_alerte''',
}

# Points of the autograded cells, from the scorers of cmcert_lib/bloc3/checks/moderation.py:
# - categories (3 pts): 19 of the 194 messages misclassified (accents, child's photos); the mean over the 8
#   categories of the share of their messages right is 0.8076 -> 0.8076 x 3 = 2.42
# - delais (3 pts): 33 of 194 deadlines right (those that stay inside one working day), 117 of 194 late
#   flags right -> (0.5 x 33 + 0.5 x 117) / 194 = 0.3866 x 3 = 1.16
# - actions (3 pts): 164 of 194 messages with the charter's actions (the 30 private messages whose line
#   differs from a comment's, and the messages misclassified in 1.1); the mean over the charter's lines of
#   the share of their messages right is 0.7123 -> 0.7123 x 3 = 2.14
# - jours_alerte (3 pts): the 3 alert days found, 1 day in excess -> (3 - 1) / 3 x 3 = 2
# Total: 2.42 + 1.16 + 2.14 + 2 = 7.72 out of 12.
PARTIAL_EXPECTED_POINTS = 7.72
