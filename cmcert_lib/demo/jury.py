"""The demo cohort's oral defence: one jury session and two jurors' sheets, as the jury page saves them.

The jurors and the room are fictional.  What the sheets show: the complete candidate's oral
counts (the two jurors one level apart at most: the lower level is kept); the partly-right
candidate has a criterion two levels apart, « à délibérer »; the blank candidate did not come;
only one juror's sheet is in for the disruptive candidate.
"""

from __future__ import annotations

from cmcert_lib.authoring.soutenance import load_oral_rubric
from cmcert_lib.layout import Course
from cmcert_lib.marking import jury

BLOC = "bloc1"  # the sheets below judge this bloc's oral rubric
SESSION_ID = "bloc1-saint-malo"
JURORS = (("c.morel", "Claire Morel"), ("t.legall", "Thomas Le Gall"))

SESSIONS_TOML = '''# Sessions de soutenance de la promotion de démonstration, écrites par cmcert demo.
# Jurés et salle fictifs, créés pour le cours. Format et règle : docs/soutenance.md.

[[session]]
id = "{session}"
bloc = "{bloc}"
date = 2026-12-17
lieu = "Saint-Malo, salle Surcouf"
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


def sessions_toml(bloc: str, candidates: list[str]) -> str:
    """The demo's jury/sessions.toml: one session of the two fictional jurors for ``candidates``."""
    jurors = "".join(f'\n[[session.jure]]\nid = "{ident}"\nnom = "{name}"\n' for ident, name in JURORS)
    return SESSIONS_TOML.format(session=SESSION_ID, bloc=bloc, candidates=", ".join(f'"{c}"' for c in candidates),
                                jurors=jurors)


def write_jury_demo(course: Course, bloc: str, candidates: list[str]) -> jury.JurySession | None:
    """Write the demo's session into jury/sessions.toml and the two jurors' sheets into the gradebook.

    None (nothing written) for a bloc the demo has no oral for.
    """
    if bloc != BLOC:
        return None
    course.jury_root.mkdir(parents=True, exist_ok=True)
    course.jury_sessions_file.write_text(sessions_toml(bloc, candidates), encoding="utf-8")
    rubric = load_oral_rubric(course.root, bloc)
    session = next(s for s in jury.load_sessions(course.root, course.gradebook_url) if s.id == SESSION_ID)
    for juror, by_candidate in SHEETS.items():
        for student, (judged, comment) in by_candidate.items():
            saved = jury.load_sheet(course.gradebook_url, bloc, student, juror)
            jury.save_sheet(course.gradebook_url, rubric, session, juror, student,
                            {c: level for c, (level, _r) in judged.items()},
                            {c: remark for c, (_l, remark) in judged.items() if remark}, comment,
                            saved.revision if saved else 0)
    return session
