"""The demo cohort's oral defences: a jury session per bloc with an oral (Blocs 1 and 3) and two jurors'
sheets, as the jury page saves them.

The jurors and the rooms are fictional.  What the sheets show, in both blocs: the complete candidate's
oral counts (the two jurors one level apart at most: the lower level is kept); the partly-right
candidate has a criterion two levels apart, « à délibérer »; the blank candidate did not come;
only one juror's sheet is in for the disruptive candidate.
"""

from __future__ import annotations

from dataclasses import dataclass

from cmcert_lib.authoring.soutenance import load_oral_rubric
from cmcert_lib.layout import Course
from cmcert_lib.marking import jury

BLOC = "bloc1"  # the first session's bloc (the sheets of SHEETS judge its oral rubric)
SESSION_ID = "bloc1-saint-malo"
JURORS = (("c.morel", "Claire Morel"), ("t.legall", "Thomas Le Gall"))

SESSIONS_TOML = '''# Sessions de soutenance de la promotion de démonstration, écrites par cmcert demo.
# Jurés et salle fictifs, créés pour le cours. Format et règle : docs/soutenance.md.

{sessions}'''
SESSION_TOML = '''
[[session]]
id = "{session}"
bloc = "{bloc}"
date = {day}
lieu = "{place}"
candidats = [{candidates}]
{jurors}'''

# juror -> candidate -> (criterion -> (level, remark), free comment)
SHEETS: dict[str, dict[str, tuple[dict[str, tuple[str, str]], str]]] = {
    "c.morel": {
        "demo_complet": ({
            "charte_expliquee": ("maitrise", "Parti pris démontré à partir de l'écoute et des personas."),
            "plan_diffusion_explique": ("acquis", ""),
            "posture_presentation": ("maitrise", "Vingt minutes tenues, support sobre."),
            "echanges_jury": ("acquis", ""),
        }, "Soutenance convaincante : la cliente saurait quoi faire dès lundi."),
        "demo_partiel": ({
            "charte_expliquee": ("en_cours", "La charte est lue rubrique par rubrique."),
            "plan_diffusion_explique": ("acquis", "Le calendrier est montré semaine par semaine."),
            "posture_presentation": ("acquis", ""),
            "echanges_jury": ("en_cours", "Réponses justes mais vagues sur les KPI."),
        }, ""),
        "demo_perturbateur": ({
            "charte_expliquee": ("acquis", ""),
            "plan_diffusion_explique": ("en_cours", ""),
            "posture_presentation": ("en_cours", "Trois minutes de dépassement."),
            "echanges_jury": ("acquis", ""),
        }, ""),
    },
    "t.legall": {
        "demo_complet": ({
            "charte_expliquee": ("acquis", ""),
            "plan_diffusion_explique": ("acquis", "Le processus éditorial est clair : qui valide quoi."),
            "posture_presentation": ("maitrise", ""),
            "echanges_jury": ("maitrise", "Limites du budget reconnues, avec une solution."),
        }, ""),
        "demo_partiel": ({
            "charte_expliquee": ("en_cours", ""),
            "plan_diffusion_explique": ("non_acquis", "Aucun rythme de publication donné."),
            "posture_presentation": ("en_cours", "Support lu."),
            "echanges_jury": ("en_cours", ""),
        }, "À revoir ensemble : le plan de diffusion."),
    },
}


SHEETS_BLOC3: dict[str, dict[str, tuple[dict[str, tuple[str, str]], str]]] = {
    "c.morel": {
        "demo_complet": ({
            "strategie_expliquee": ("maitrise", "Chaque plateforme a son rôle et son objectif chiffré."),
            "planning_budget_expliques": ("acquis", ""),
            "posture_presentation": ("maitrise", "Dix-neuf minutes, support sobre."),
            "echanges_jury": ("acquis", ""),
        }, "Dispositif prêt à déployer : le comité sait quoi décider."),
        "demo_partiel": ({
            "strategie_expliquee": ("en_cours", "Les objectifs ne sont pas chiffrés."),
            "planning_budget_expliques": ("acquis", "Le chemin critique est montré."),
            "posture_presentation": ("acquis", ""),
            "echanges_jury": ("en_cours", "Réponses vagues sur la modération."),
        }, ""),
        "demo_perturbateur": ({
            "strategie_expliquee": ("acquis", ""),
            "planning_budget_expliques": ("en_cours", ""),
            "posture_presentation": ("en_cours", "Quatre minutes de dépassement."),
            "echanges_jury": ("acquis", ""),
        }, ""),
    },
    "t.legall": {
        "demo_complet": ({
            "strategie_expliquee": ("acquis", ""),
            "planning_budget_expliques": ("acquis", "Budget justifié poste par poste."),
            "posture_presentation": ("maitrise", ""),
            "echanges_jury": ("maitrise", "Limites de l'alerte reconnues, avec une solution."),
        }, ""),
        "demo_partiel": ({
            "strategie_expliquee": ("en_cours", ""),
            "planning_budget_expliques": ("non_acquis", "Aucun montant donné à l'oral."),
            "posture_presentation": ("en_cours", "Support lu."),
            "echanges_jury": ("en_cours", ""),
        }, "À revoir ensemble : le budget."),
    },
}


@dataclass(frozen=True)
class DemoSession:
    bloc: str
    ident: str
    day: str  # TOML date
    place: str
    sheets: dict[str, dict[str, tuple[dict[str, tuple[str, str]], str]]]


DEMO_SESSIONS = (
    DemoSession(BLOC, SESSION_ID, "2026-12-17", "Saint-Malo, salle Surcouf", SHEETS),
    DemoSession("bloc3", "bloc3-saint-malo", "2027-07-01", "Saint-Malo, salle Duguay-Trouin", SHEETS_BLOC3),
)


def _session_toml(session: DemoSession, candidates: list[str]) -> str:
    jurors = "".join(f'\n[[session.jure]]\nid = "{ident}"\nnom = "{name}"\n' for ident, name in JURORS)
    return SESSION_TOML.format(session=session.ident, bloc=session.bloc, day=session.day, place=session.place,
                               candidates=", ".join(f'"{c}"' for c in candidates), jurors=jurors)


def _sessions_toml(blocs: list[str], candidates: list[str]) -> str:
    chosen = [s for s in DEMO_SESSIONS if s.bloc in blocs]
    return SESSIONS_TOML.format(sessions="".join(_session_toml(s, candidates) for s in chosen))


def sessions_toml(bloc: str, candidates: list[str]) -> str:
    """The demo's jury/sessions.toml with the session of ``bloc`` only (the two fictional jurors)."""
    return _sessions_toml([bloc], candidates)


def write_jury_demo(course: Course, blocs: list[str], candidates: list[str]) -> list[jury.JurySession]:
    """Write the demo's sessions of ``blocs`` into jury/sessions.toml and the jurors' sheets into the gradebook.

    Blocs without an oral in the demo get no session; the sessions written are returned.
    """
    chosen = [s for s in DEMO_SESSIONS if s.bloc in blocs]
    if not chosen:
        return []
    course.jury_root.mkdir(parents=True, exist_ok=True)
    course.jury_sessions_file.write_text(_sessions_toml(blocs, candidates), encoding="utf-8")
    loaded = {s.id: s for s in jury.load_sessions(course.root, course.gradebook_url)}
    written = []
    for demo_session in chosen:
        rubric = load_oral_rubric(course.root, demo_session.bloc)
        session = loaded[demo_session.ident]
        for juror, by_candidate in demo_session.sheets.items():
            for student, (judged, comment) in by_candidate.items():
                saved = jury.load_sheet(course.gradebook_url, demo_session.bloc, student, juror)
                jury.save_sheet(course.gradebook_url, rubric, session, juror, student,
                                {c: level for c, (level, _r) in judged.items()},
                                {c: remark for c, (_l, remark) in judged.items() if remark}, comment,
                                saved.revision if saved else 0)
        written.append(session)
    return written
