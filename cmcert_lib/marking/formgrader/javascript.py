"""nbgrader's formgrader scripts with their visible English replaced by French, served by our own route.

The scripts are read from nbgrader's installed copy and translated when served: the project holds only the
table below, not copies of 2,700 lines of JavaScript.  A string the table names must appear in the script it is
listed for; :func:`missing` says which no longer do (an nbgrader upgrade), and the tests fail on it.

Each key is a whole JavaScript string literal, quotes included, so that only text is touched, and every
occurrence in the script is replaced, comparisons included (« Show All Names » is both written and compared).
"""

from __future__ import annotations

import functools
from pathlib import Path

import nbgrader.server_extensions.formgrader.handlers as nbgrader_handlers

NBGRADER_JS = Path(nbgrader_handlers.static_path) / "js"

_RESULT = {  # the messages of an action's result, shared by manage_assignments.js and manage_submissions.js
    '"Success"': '"C\'est fait"',
    '"Error"': '"Erreur"',
    '"Please wait..."': '"Veuillez patienter…"',
    '"None"': '"—"',
}
_EDIT = {
    '"Save"': '"Enregistrer"',
    '"Cancel"': '"Annuler"',
    '"Editing "': '"Modifier "',
}

STRINGS: dict[str, dict[str, str]] = {
    "manage_assignments.js": {
        **_RESULT, **_EDIT,
        '"Name"': '"Nom"',
        '"Due date (optional)"': '"Date limite (facultative)"',
        '"Timezone as UTC offset (optional)"': '"Fuseau horaire, décalage UTC (facultatif)"',
        # Only the badges' text: the same words compared with the server's status must stay as they are.
        '.text("draft")': '.text("brouillon")',
        '.text("released")': '.text("publié")',
        '"Saving..."': '"Enregistrement…"',
        '"Successfully created the student version of \'"': '"Version des candidats créée pour « "',
        '"There was an error creating the student version of \'"':
            '"Erreur pendant la création de la version des candidats de « "',
        '"Successfully unreleased \'"': '"Publication retirée : « "',
        '"There was an error unreleasing \'"': '"Erreur pendant le retrait de la publication de « "',
        '"Successfully released \'"': '"Publié : « "',
        '"There was an error releasing \'"': '"Erreur pendant la publication de « "',
        '"Successfully collected submissions of \'"': '"Copies ramassées pour « "',
        '"There was an error collecting \'"': '"Erreur pendant le ramassage de « "',
        '"There was an error collecting submissions of \'"': '"Erreur pendant le ramassage des copies de « "',
        '"Successfully generated feedback of \'"': '"Retours générés pour « "',
        '"There was an error generating feedback of \'"': '"Erreur pendant la génération des retours de « "',
        '"Successfully released feedback of \'"': '"Retours publiés pour « "',
        '"There was an error releasing feedback of \'"': '"Erreur pendant la publication des retours de « "',
        '"Assignment names may not include the \'+\' character."':
            '"Le nom d\'un devoir ne peut pas contenir le caractère « + »."',
        '"Add New Assignment"': '"Nouveau devoir"',
        "\"'.\"": '" »."',
        "\"':\"": '" » :"',
    },
    "manage_submissions.js": {
        **_RESULT,
        '"needs autograding"': '"à corriger automatiquement"',
        '"needs manual grading"': '"à corriger à la main"',
        '"graded"': '"corrigée"',
        '"Successfully autograded \'"': '"Correction automatique faite pour « "',
        '"\' for student \'"': '" » du candidat « "',
        '"There was an error autograding \'"': '"Erreur pendant la correction automatique de « "',
        '"Successfully generated feedback for \'"': '"Retours générés pour « "',
        '"There was an error generating feedback for \'"': '"Erreur pendant la génération des retours de « "',
        '"Successfully released feedback for \'"': '"Retours publiés pour « "',
        '"There was an error releasing feedback for \'"': '"Erreur pendant la publication des retours de « "',
        "\"'.\"": '" »."',
        "\"':\"": '" » :"',
    },
    "manage_students.js": {
        '"None"': '"—"', **_EDIT,
        '"Student ID"': '"Identifiant"',
        '"First name (optional)"': '"Prénom (facultatif)"',
        '"Last name (optional)"': '"Nom (facultatif)"',
        '"Email (optional)"': '"Courriel (facultatif)"',
        '"Add New Student"': '"Nouveau candidat"',
    },
    "manage_students_assignments.js": {
        '"needs manual grade"': '"à corriger à la main"',
        '" (no submission)"': '" (pas de copie)"',
        '" (not autograded)"': '" (pas encore corrigée)"',
    },
    "manage_students_notebook_submissions.js": {
        '"needs manual grade"': '"à corriger à la main"',
        '"tests failed"': '"tests en échec"',
        '" (file missing)"': '" (fichier manquant)"',
    },
    "gradebook_assignments.js": {
        '"None"': '"—"',
    },
    "gradebook_notebooks.js": {
        '"needs manual grade"': '"à corriger à la main"',
    },
    "gradebook_notebook_submissions.js": {
        '"needs manual grade"': '"à corriger à la main"',
        '"tests failed"': '"tests en échec"',
        '"Submission #"': '"Copie n° "',
        '"Show All Names"': '"Afficher tous les noms"',
        '"Hide All Names"': '"Masquer tous les noms"',
        '"Show student name"': '"Afficher le nom du candidat"',
        '"Hide student name"': '"Masquer le nom du candidat"',
    },
    "utils.js": {
        '"Close"': '"Fermer"',
        '"Log Output"': '"Journal"',
        '"Traceback"': '"Détail de l\'erreur"',
    },
    "formgrade.js": {
        '"Move to the next score or comment input"': '"Aller à la note ou au commentaire suivant"',
        '"Move to the previous score or comment input"': '"Aller à la note ou au commentaire précédent"',
        '"Defocus and save the current score or comment input"':
            '"Quitter et enregistrer la note ou le commentaire en cours"',
        '"Refocus the most recent score or comment input"': '"Revenir à la dernière note ou au dernier commentaire"',
        '"Move to the same score or comment input of the next submission"':
            '"Même note ou commentaire dans la copie suivante"',
        '"Move to the same score or comment input of the next submission with failed tests"':
            '"Même note ou commentaire dans la copie suivante ayant des tests en échec"',
        '"Move to the same score or comment input of the previous submission"':
            '"Même note ou commentaire dans la copie précédente"',
        '"Move to the same score or comment input of the previous submission with failed tests"':
            '"Même note ou commentaire dans la copie précédente ayant des tests en échec"',
        '"Flag the submission"': '"Signaler la copie"',
        '"Submission flagged"': '"Copie signalée"',
        '"Submission unflagged"': '"Signalement retiré"',
    },
    "formgrade_keyboardmanager.js": {
        '"Keyboard shortcuts"': '"Raccourcis clavier"',
        '"Close"': '"Fermer"',
    },
    "formgrade_models.js": {
        '"Type any comments here (supports Markdown and MathJax)"':
            '"Votre commentaire au candidat (Markdown et MathJax acceptés)"',
    },
}


def missing() -> dict[str, list[str]]:
    """The strings of the table that nbgrader's scripts no longer contain, by script (empty when all match)."""
    absent = {}
    for name, strings in STRINGS.items():
        source = (NBGRADER_JS / name).read_text(encoding="utf-8")
        gone = [english for english in strings if english not in source]
        if gone:
            absent[name] = gone
    return absent


@functools.cache
def translated(name: str) -> str:
    """nbgrader's script ``name`` with the table's strings in French (KeyError for a script not listed).  The
    longest strings first, so that a short one (« ' ») never cuts into a longer one."""
    strings = STRINGS[name]
    source = (NBGRADER_JS / name).read_text(encoding="utf-8")
    for english in sorted(strings, key=len, reverse=True):
        source = source.replace(english, strings[english])
    return source
