"""The oral defence: its rubric (soutenance.toml), the jury sessions (jury/sessions.toml), how sheets combine."""

from __future__ import annotations

from datetime import date

import pytest

from cmcert_lib.authoring import rubrics
from cmcert_lib.authoring.rubrics import LEVEL_KEYS, RubricError
from cmcert_lib.authoring.soutenance import (
    load_oral_rubric,
    oral_competencies,
    oral_criteria,
    oral_rubric_errors,
    parse_oral_rubric,
)
from cmcert_lib.cli import main
from cmcert_lib.marking import jury
from cmcert_lib.marking.jury import Juror, JurySession, Sheet, combine, parse_sessions
from tests.conftest import ROOT, copy_course

BLOC = "bloc1"


@pytest.fixture(scope="module")
def rubric():
    return load_oral_rubric(ROOT, BLOC)


# --- the rubric ------------------------------------------------------------------------------------


def test_the_course_oral_rubric_follows_the_referential(rubric):
    assert (rubric.bloc, rubric.notebook, rubric.cell) == (BLOC, "soutenance", "oral")
    assert {c.referential for c in rubric.criteria} == {"B1-16", "B1-17"}
    assert {code for c in rubric.criteria for code in c.competencies} == {"C1.7.1"}
    assert len(rubric.comments) >= 5
    for crit in rubric.criteria:
        assert len(crit.points) == len(crit.descriptors) == len(LEVEL_KEYS)
        assert crit.points[0] == 0 and list(crit.points) == sorted(crit.points)


def test_what_the_referential_evaluates_orally():
    assert [c.id for c in oral_criteria(1)] == ["B1-16", "B1-17"]
    assert oral_competencies(1) == ("C1.7.1",)
    assert oral_competencies(3) == ("C3.4.1",)
    assert oral_criteria(2) == ()


def test_the_criterion_parser_is_shared_with_the_written_rubrics():
    errors: list[str] = []
    assert rubrics.parse_criterion({"id": "x"}, "ici", errors, "soutenance.critere") is None
    assert errors and all(e.startswith("ici, critère « x »") for e in errors)
    assert rubrics.parse_criterion("pas une table", "ici", errors, "soutenance.critere") is None
    assert errors[-1] == "ici : un critère doit être une table [[soutenance.critere]]."


@pytest.fixture
def oral_file(tmp_path):
    course = copy_course(tmp_path / "cours")
    path = course.oral_rubric_file(BLOC)
    original = path.read_text(encoding="utf-8")

    def edit(old: str, new: str, count: int = 1) -> list[str]:
        """The errors of the course's rubric with one change (each call starts from the original)."""
        text = original
        assert old in text
        path.write_text(text.replace(old, new, count), encoding="utf-8")
        return oral_rubric_errors(course.root, BLOC)[1]

    edit.course = course
    return edit


def test_a_criterion_outside_the_oral_is_refused(oral_file):
    errors = oral_file('referentiel = "B1-16"', 'referentiel = "B1-01"')
    assert any("B1-01 n'est pas un critère de l'oral du bloc 1" in e for e in errors)


def test_a_competency_the_referential_does_not_say_oral_is_refused(oral_file):
    errors = oral_file('competences = ["C1.7.1"]', 'competences = ["C1.7.1", "C1.5.1"]')
    assert any("ne dit pas la compétence C1.5.1 évaluée à l'oral" in e for e in errors)


def test_every_oral_criterion_must_be_covered(oral_file):
    errors = oral_file('referentiel = "B1-17"', 'referentiel = "B1-16"', count=2)
    assert any("aucun critère ne reprend B1-17" in e for e in errors)
    with pytest.raises(RubricError, match="B1-17"):
        load_oral_rubric(oral_file.course.root, BLOC)


def test_points_descriptors_keys_and_duplicates_are_checked(oral_file):
    assert any("les points doivent croître" in e for e in oral_file("points = [0, 1, 3, 4]", "points = [0, 3, 1, 4]"))
    assert any("l'id de critère « charte_expliquee » est employé deux fois" in e
               for e in oral_file('id = "plan_diffusion_explique"', 'id = "charte_expliquee"'))
    assert any("clé(s) inconnue(s) duree" in e for e in oral_file("[soutenance]\n", "[soutenance]\nduree = 30\n"))


def test_unreadable_missing_or_misplaced_file(tmp_path, oral_file):
    assert "TOML illisible" in oral_file("[soutenance]", "[soutenance")[0]
    path = oral_file.course.oral_rubric_file(BLOC)
    path.unlink()
    assert oral_rubric_errors(oral_file.course.root, BLOC) == (None, [
        ("course/bloc1/soutenance.toml : fichier introuvable, alors que le référentiel évalue le bloc 1 par une "
        "soutenance orale.")])
    assert load_oral_rubric(oral_file.course.root, BLOC) is None
    written_only = tmp_path / "bloc2" / "soutenance.toml"
    written_only.parent.mkdir()
    written_only.write_text((ROOT / "course" / BLOC / "soutenance.toml").read_text(encoding="utf-8"), encoding="utf-8")
    rubric, errors = parse_oral_rubric(written_only, "bloc2")
    assert rubric is None
    assert errors[0].startswith("course/bloc2/soutenance.toml : le référentiel n'évalue pas « bloc2 » par une "
                                "soutenance orale")


def test_cli_checks_the_oral_rubric(tmp_path, monkeypatch, capsys):
    course = copy_course(tmp_path)
    monkeypatch.chdir(course.root)
    monkeypatch.delenv("CMCERT_COURSE", raising=False)
    assert main(["jury", "verifier", BLOC]) == 0
    out = capsys.readouterr().out
    assert "bloc1 : grille de soutenance conforme au référentiel, 4 critère(s), 20 min de présentation" in out
    assert main(["rubriques", "verifier", BLOC]) == 0
    assert "bloc1 : grille de soutenance, 4 critère(s)" in capsys.readouterr().out
    path = course.oral_rubric_file(BLOC)
    path.write_text(path.read_text(encoding="utf-8").replace('"B1-17"', '"B1-02"', 1), encoding="utf-8")
    assert main(["jury", "verifier", BLOC]) == 1
    assert "B1-02 n'est pas un critère de l'oral du bloc 1" in capsys.readouterr().out
    assert main(["rubriques", "verifier", BLOC]) == 1


# --- sessions ----------------------------------------------------------------------------------------

SESSION = '''
[[session]]
id = "{id}"
bloc = "{bloc}"
date = 2026-12-17
lieu = "Saint-Malo"
candidats = [{candidates}]

[[session.jure]]
id = "c.morel"
nom = "Claire Morel"

[[session.jure]]
id = "{second}"
nom = "{second_name}"
'''


def session_text(ident="matin", bloc=BLOC, candidates=("alice", "bruno"), second="t.legall",
                 second_name="Thomas Le Gall") -> str:
    return SESSION.format(id=ident, bloc=bloc, candidates=", ".join(f'"{c}"' for c in candidates),
                          second=second, second_name=second_name)


def parse(tmp_path, text, known=("alice", "bruno", "chloe"), blocs=(BLOC,)):
    path = tmp_path / "sessions.toml"
    path.write_text(text, encoding="utf-8")
    return parse_sessions(path, known, blocs)


def test_sessions_are_read(tmp_path):
    sessions, errors = parse(tmp_path, session_text() + session_text("apres-midi", candidates=("chloe",)))
    assert errors == []
    first = sessions[0]
    assert (first.id, first.bloc, first.day, first.place) == ("matin", BLOC, date(2026, 12, 17), "Saint-Malo")
    assert first.jurors == (Juror("c.morel", "Claire Morel"), Juror("t.legall", "Thomas Le Gall"))
    assert first.candidates == ("alice", "bruno")
    assert first.label == "17 décembre 2026, Saint-Malo"
    assert jury.session_of(sessions, BLOC, "chloe").id == "apres-midi"
    assert jury.session_of(sessions, BLOC, "zoe") is None
    assert [s.id for s in jury.in_sessions(sessions, "c.morel")] == ["matin", "apres-midi"]


def test_unknown_candidate(tmp_path):
    errors = parse(tmp_path, session_text(candidates=("alice", "inconnu")))[1]
    assert errors == [("jury/sessions.toml : session « matin » : candidat inconnu « inconnu » : il n'est pas dans "
                      "le carnet de notes (vérifiez l'identifiant nbgrader, ou lancez d'abord cmcert grade).")]


def test_a_juror_twice_in_a_session(tmp_path):
    errors = parse(tmp_path, session_text(second="c.morel", second_name="Claire Morel"))[1]
    assert "jury/sessions.toml : session « matin » : le juré « c.morel » figure deux fois." in errors
    # ... and with one juror left the session has fewer than the oral's min_jurors.
    assert any("1 juré(s), la soutenance du bloc 1 en demande au moins 2" in e for e in errors)


def test_a_candidate_in_two_sessions_of_the_same_bloc(tmp_path):
    errors = parse(tmp_path, session_text() + session_text("apres-midi", candidates=("bruno", "chloe")))[1]
    assert errors == [("jury/sessions.toml : session « apres-midi » : le candidat « bruno » est déjà convoqué pour le "
                      "bloc1 dans la session « matin ».")]


def test_a_candidate_in_sessions_of_two_blocs_is_fine(tmp_path):
    sessions, errors = parse(tmp_path, session_text() + session_text("bloc3", bloc="bloc3"), blocs=None)
    assert errors == [] and len(sessions) == 2


def test_other_session_errors(tmp_path):
    assert any("n'évalue pas « bloc2 » par une soutenance orale" in e
               for e in parse(tmp_path, session_text(bloc="bloc2"), blocs=None)[1])
    assert any("le cours n'a pas de bloc « bloc3 »" in e for e in parse(tmp_path, session_text(bloc="bloc3"))[1])
    assert any("date manquante ou invalide" in e
               for e in parse(tmp_path, session_text().replace("2026-12-17", '"17/12/2026"'))[1])
    assert any("cet id est employé par deux sessions" in e
               for e in parse(tmp_path, session_text() + session_text(candidates=("chloe",)))[1])
    assert any("le juré « t.legall » s'appelle « Thomas Legall » ici et « Thomas Le Gall » dans la session « matin »"
               in e for e in parse(tmp_path, session_text() + session_text("b", candidates=("chloe",),
                                                                       second_name="Thomas Legall"))[1])
    assert any("identifiant de juré « T LeGall » invalide" in e
               for e in parse(tmp_path, session_text(second="T LeGall"))[1])
    assert any("clé(s) inconnue(s) salle" in e
               for e in parse(tmp_path, session_text().replace('lieu = "Saint-Malo"', 'lieu = "X"\nsalle = "B"'))[1])
    assert parse(tmp_path, "[[session]\n")[1][0].startswith("jury/sessions.toml : TOML illisible")
    assert parse(tmp_path, "")[1] == ["jury/sessions.toml : aucune [[session]]."]
    assert parse_sessions(tmp_path / "absent.toml")[1][0].startswith("jury/sessions.toml : fichier introuvable")


def test_hostile_identifiers_are_quoted_on_one_line(tmp_path):
    errors = parse(tmp_path, session_text(candidates=("alice", "x\\n<script>")))[1]
    assert len(errors) == 1 and "\n" not in errors[0] and "invalide" in errors[0]


# --- combining the sheets ------------------------------------------------------------------------------

CLAIRE = Juror("c.morel", "Claire Morel")
THOMAS = Juror("t.legall", "Thomas Le Gall")
ANNE = Juror("a.roux", "Anne Roux")


def a_session(*jurors: Juror) -> JurySession:
    return JurySession("matin", BLOC, date(2026, 12, 17), "Saint-Malo", jurors or (CLAIRE, THOMAS), ("alice",))


def sheet(rubric, juror: Juror, levels, remarks=None, when="2026-12-17T10:00:00+00:00", student="alice") -> Sheet:
    if isinstance(levels, str):
        levels = dict.fromkeys((c.id for c in rubric.criteria), levels)
    return Sheet(BLOC, student, juror.id, "matin", 1, dict(levels), dict(remarks or {}), "", when,
                 {c.id: c.fingerprint for c in rubric.criteria})


def test_agreeing_jurors_give_their_level(rubric):
    oral = combine(rubric, a_session(), "alice", [sheet(rubric, CLAIRE, "acquis"), sheet(rubric, THOMAS, "acquis")])
    assert oral.note == "" and (oral.received, oral.expected) == (2, 2)
    assert [j.level for j in oral.judgements] == ["acquis"] * 4
    first = oral.judgements[0]
    assert (first.notebook, first.cell, first.student, first.bloc) == ("soutenance", "oral", "alice", BLOC)
    assert first.grader == "jury : Claire Morel, Thomas Le Gall"
    assert first.points == rubric.criteria[0].points_for("acquis")
    assert first.max_points == rubric.criteria[0].max_points
    assert first.competencies == ("C1.7.1",) and first.referential == "B1-16"
    assert not first.needs_review


def test_one_level_apart_keeps_the_lower_level(rubric):
    later = sheet(rubric, THOMAS, "acquis", when="2026-12-17T11:00:00+00:00")
    oral = combine(rubric, a_session(), "alice", [sheet(rubric, CLAIRE, "maitrise"), later])
    assert [j.level for j in oral.judgements] == ["acquis"] * 4
    assert oral.judgements[0].saved_at == "2026-12-17T11:00:00+00:00"


def test_two_levels_apart_is_to_deliberate(rubric):
    ids = [c.id for c in rubric.criteria]
    gap = dict.fromkeys(ids, "acquis") | {ids[1]: "non_acquis"}
    oral = combine(rubric, a_session(), "alice", [sheet(rubric, CLAIRE, "acquis"), sheet(rubric, THOMAS, gap)])
    assert [j.criterion for j in oral.judgements] == [ids[0], ids[2], ids[3]]
    title = rubric.criteria[1].title
    assert oral.note == f"critère « {title} » à délibérer (Claire Morel : Acquis / Thomas Le Gall : Non acquis)"
    assert [o.to_deliberate for o in oral.outcomes] == [False, True, False, False]


def test_three_jurors_lower_median_and_gap(rubric):
    session = a_session(CLAIRE, THOMAS, ANNE)
    oral = combine(rubric, session, "alice", [sheet(rubric, CLAIRE, "en_cours"), sheet(rubric, THOMAS, "acquis"),
                                              sheet(rubric, ANNE, "acquis")])
    assert {j.level for j in oral.judgements} == {"acquis"}
    oral = combine(rubric, session, "alice", [sheet(rubric, CLAIRE, "en_cours"), sheet(rubric, THOMAS, "en_cours"),
                                              sheet(rubric, ANNE, "acquis")])
    assert {j.level for j in oral.judgements} == {"en_cours"}
    oral = combine(rubric, session, "alice", [sheet(rubric, CLAIRE, "en_cours"), sheet(rubric, THOMAS, "maitrise"),
                                              sheet(rubric, ANNE, "acquis")])
    assert oral.judgements == () and oral.note.count("à délibérer") == 4


def test_remarks_are_signed_by_their_juror(rubric):
    ident = rubric.criteria[0].id
    oral = combine(rubric, a_session(), "alice", [sheet(rubric, CLAIRE, "acquis", {ident: "Clair."}),
                                                  sheet(rubric, THOMAS, "acquis", {ident: "Bien minuté."})])
    assert oral.judgements[0].remark == "Claire Morel : Clair. ; Thomas Le Gall : Bien minuté."
    assert oral.judgements[1].remark == ""


def test_missing_incomplete_and_stale_sheets(rubric):
    session = a_session()
    oral = combine(rubric, session, "alice", [])
    assert oral.note == "soutenance non passée — session du 17 décembre 2026, Saint-Malo" and not oral.judgements
    oral = combine(rubric, session, "alice", [sheet(rubric, CLAIRE, "acquis")])
    assert oral.note == "1 fiche sur 2 reçue (fiche de Thomas Le Gall attendue)" and not oral.judgements
    partial = {rubric.criteria[0].id: "acquis"}
    oral = combine(rubric, session, "alice", [sheet(rubric, CLAIRE, "acquis"), sheet(rubric, THOMAS, partial)])
    assert oral.note == "1 fiche sur 2 reçue (fiche de Thomas Le Gall incomplète (1 critère(s) sur 4))"
    stale = sheet(rubric, THOMAS, "acquis")
    stale.fingerprints[rubric.criteria[2].id] = "ancienne"
    oral = combine(rubric, session, "alice", [sheet(rubric, CLAIRE, "acquis"), stale])
    assert oral.note == (f"1 fiche sur 2 reçue (fiche de Thomas Le Gall à revoir, la grille a changé : "
                         f"{rubric.criteria[2].title})")
    oral = combine(rubric, session, "alice", [stale, sheet(rubric, CLAIRE, "en_cours", student="bruno")])
    assert oral.note.startswith("0 fiche sur 2 reçue (fiche de Claire Morel attendue ;")


def test_sheets_of_jurors_outside_the_session_do_not_count(rubric):
    oral = combine(rubric, a_session(), "alice", [sheet(rubric, CLAIRE, "acquis"), sheet(rubric, ANNE, "acquis")])
    assert oral.note.startswith("1 fiche sur 2 reçue") and not oral.judgements


def test_no_session(rubric):
    oral = combine(rubric, None, "alice", [sheet(rubric, CLAIRE, "acquis")])
    assert oral.note == "aucune session de soutenance ne convoque ce candidat" and not oral.judgements


def test_time_budget_comes_from_the_facts():
    from cmcert_lib.facts.soutenance import oral_format

    fmt = oral_format(1)
    assert jury.oral_time(BLOC) == (f"{fmt.presentation_minutes} min de présentation (à {fmt.margin_minutes} min "
                                    f"près), puis {fmt.exchange_minutes} min d'échanges avec le jury : "
                                    f"{fmt.total_minutes} min en tout")
    assert jury.oral_time("bloc2") == ""
