"""The jury's sheets in the gradebook and the jury's page over HTTP.

The store: a sheet saved, reloaded, never silently overwritten (two saves at once, a stale revision),
refused for a juror or a candidate outside the session; the personal links (only their hash kept).
The page, served on a free local port in a thread: login by link, a juror sees only their sessions'
candidates and their own sheets, CSRF refused, hostile text escaped, the deck served only when it is
a real PDF, as a sandboxed download; the commands ``cmcert jury liens`` and ``bilan``.
"""

from __future__ import annotations

import html
import http.client
import os
import re
import shutil
import threading
from pathlib import Path
from urllib.parse import urlencode

import pytest
from nbgrader.api import Gradebook

from cmcert_lib.authoring.soutenance import load_oral_rubric
from cmcert_lib.cli import main
from cmcert_lib.layout import BIN, Course
from cmcert_lib.marking import jury
from cmcert_lib.marking.jury_page import JuryApp, start
from tests.conftest import ROOT, copy_course

BLOC = "bloc1"
BRUNO = "bruno@ecole.fr"  # an id with a character addresses must encode
STUDENTS = {"alice": ("Alice", "Martin"), "bruno@ecole.fr": ("<img src=x onerror=alert(1)>", "Bruno"),
            "chloe": ("Chloé", "Dubois"), "david": ("David", "Nguyen")}
SESSIONS = '''
[[session]]
id = "matin"
bloc = "bloc1"
date = 2026-12-17
lieu = "Saint-Malo, salle <b>Surcouf</b>"
candidats = ["alice", "bruno@ecole.fr"]

[[session.jure]]
id = "c.morel"
nom = "Claire Morel"

[[session.jure]]
id = "t.legall"
nom = "Thomas Le Gall"

[[session]]
id = "apres-midi"
bloc = "bloc1"
date = 2026-12-17
lieu = "Saint-Malo"
candidats = ["chloe"]

[[session.jure]]
id = "a.roux"
nom = "Anne Roux"

[[session.jure]]
id = "t.legall"
nom = "Thomas Le Gall"
'''
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


@pytest.fixture(scope="module")
def template_gradebook(tmp_path_factory) -> Path:
    # nbgrader runs `alembic` from PATH when it creates a gradebook; its migrations take seconds: once.
    os.environ["PATH"] = f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"
    path = tmp_path_factory.mktemp("gradebook") / "gradebook.db"
    with Gradebook(f"sqlite:///{path}") as gb:
        for student, (first, last) in STUDENTS.items():
            gb.add_student(student, first_name=first, last_name=last)
    return path


@pytest.fixture
def course(tmp_path, template_gradebook) -> Course:
    course = copy_course(tmp_path / "cours")
    shutil.copy(template_gradebook, course.gradebook_file)
    course.jury_root.mkdir()
    course.jury_sessions_file.write_text(SESSIONS, encoding="utf-8")
    return course


@pytest.fixture
def rubric():
    return load_oral_rubric(ROOT, BLOC)


def session(course: Course, ident: str) -> jury.JurySession:
    return next(s for s in jury.load_sessions(course.root, course.gradebook_url) if s.id == ident)


def all_levels(rubric, level: str) -> dict[str, str]:
    return {c.id: level for c in rubric.criteria}


# --- the store ---------------------------------------------------------------------------------------


def test_a_sheet_is_saved_and_reloaded(course, rubric):
    matin = session(course, "matin")
    first = rubric.criteria[0].id
    assert jury.load_sheet(course.gradebook_url, BLOC, "alice", "c.morel") is None
    rev = jury.save_sheet(course.gradebook_url, rubric, matin, "c.morel", "alice", {first: "acquis"},
                          {first: "  Clair.  "}, " Premier avis. ", 0)
    saved = jury.load_sheet(course.gradebook_url, BLOC, "alice", "c.morel")
    assert (rev, saved.revision, saved.session) == (1, 1, "matin")
    assert saved.levels == {first: "acquis"} and saved.remarks == {first: "Clair."}
    assert saved.comment == "Premier avis." and not saved.complete(rubric)
    rev = jury.save_sheet(course.gradebook_url, rubric, matin, "c.morel", "alice", all_levels(rubric, "maitrise"),
                          {}, "", rev)
    saved = jury.load_sheet(course.gradebook_url, BLOC, "alice", "c.morel")
    assert rev == saved.revision == 2 and saved.complete(rubric) and saved.remarks == {}
    assert [s.juror for s in jury.sheets(course.gradebook_url, BLOC)] == ["c.morel"]


def test_a_stale_revision_writes_nothing(course, rubric):
    matin = session(course, "matin")
    jury.save_sheet(course.gradebook_url, rubric, matin, "c.morel", "alice", all_levels(rubric, "acquis"), {}, "", 0)
    with pytest.raises(jury.SheetConflict, match="a été enregistrée ailleurs") as caught:
        jury.save_sheet(course.gradebook_url, rubric, matin, "c.morel", "alice", all_levels(rubric, "non_acquis"),
                        {}, "", 0)
    assert caught.value.saved.revision == 1
    assert set(jury.load_sheet(course.gradebook_url, BLOC, "alice", "c.morel").levels.values()) == {"acquis"}


@pytest.mark.parametrize("existing", [False, True], ids=["premiere_fiche", "fiche_existante"])
def test_two_saves_at_once_never_both_win(course, rubric, existing):
    matin = session(course, "matin")
    expected = 0
    if existing:
        expected = jury.save_sheet(course.gradebook_url, rubric, matin, "c.morel", "alice",
                                   all_levels(rubric, "en_cours"), {}, "", 0)
    barrier = threading.Barrier(2)
    outcomes: dict[str, object] = {}

    def save(level: str) -> None:
        barrier.wait()
        try:
            outcomes[level] = jury.save_sheet(course.gradebook_url, rubric, matin, "c.morel", "alice",
                                              all_levels(rubric, level), {}, level, expected)
        except jury.SheetConflict as exc:
            outcomes[level] = exc

    threads = [threading.Thread(target=save, args=(level,)) for level in ("acquis", "maitrise")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    winners = [level for level, result in outcomes.items() if result == expected + 1]
    losers = [level for level, result in outcomes.items() if isinstance(result, jury.SheetConflict)]
    assert len(winners) == 1 and len(losers) == 1, outcomes
    saved = jury.load_sheet(course.gradebook_url, BLOC, "alice", "c.morel")
    assert saved.revision == expected + 1 and set(saved.levels.values()) == set(winners)
    assert saved.comment == winners[0]


def test_only_the_session_jurors_on_its_candidates(course, rubric):
    matin = session(course, "matin")
    with pytest.raises(PermissionError, match="n'est pas juré de la session « matin »"):
        jury.save_sheet(course.gradebook_url, rubric, matin, "a.roux", "alice", {}, {}, "", 0)
    with pytest.raises(PermissionError, match="« chloe » n'est pas convoqué dans la session « matin »"):
        jury.save_sheet(course.gradebook_url, rubric, matin, "c.morel", "chloe", {}, {}, "", 0)
    with pytest.raises(ValueError, match="Niveau inconnu"):
        jury.save_sheet(course.gradebook_url, rubric, matin, "c.morel", "alice", {rubric.criteria[0].id: "parfait"},
                        {}, "", 0)
    with pytest.raises(ValueError, match="Critère\\(s\\) inconnu\\(s\\)"):
        jury.save_sheet(course.gradebook_url, rubric, matin, "c.morel", "alice", {"inconnu": "acquis"}, {}, "", 0)
    assert jury.sheets(course.gradebook_url, BLOC) == []


def test_personal_links_keep_only_a_hash(course):
    token = jury.issue_token(course.gradebook_url, "c.morel")
    assert jury.juror_for_token(course.gradebook_url, token) == "c.morel"
    assert token.encode() not in course.gradebook_file.read_bytes()
    again = jury.issue_token(course.gradebook_url, "c.morel")
    assert jury.juror_for_token(course.gradebook_url, token) is None
    assert jury.juror_for_token(course.gradebook_url, again) == "c.morel"
    assert jury.juror_for_token(course.gradebook_url, "") is None
    assert jury.juror_for_token(course.gradebook_url, "x" * 500) is None


def test_oral_evidence_for_the_report(course, rubric):
    matin, apres_midi = session(course, "matin"), session(course, "apres-midi")
    url = course.gradebook_url
    jury.save_sheet(url, rubric, matin, "c.morel", "alice", all_levels(rubric, "maitrise"), {}, "", 0)
    jury.save_sheet(url, rubric, matin, "t.legall", "alice", all_levels(rubric, "acquis"), {}, "", 0)
    jury.save_sheet(url, rubric, matin, "c.morel", BRUNO, all_levels(rubric, "acquis"), {}, "", 0)
    jury.save_sheet(url, rubric, apres_midi, "a.roux", "chloe", all_levels(rubric, "acquis"), {}, "", 0)
    jury.save_sheet(url, rubric, apres_midi, "t.legall", "chloe",
                    all_levels(rubric, "acquis") | {rubric.criteria[3].id: "non_acquis"}, {}, "", 0)
    evidence = jury.oral_evidence(course.root, url, BLOC)
    assert evidence.rubric == rubric
    assert {(j.student, j.level) for j in evidence.judgements} == {("alice", "acquis"), ("chloe", "acquis")}
    assert len([j for j in evidence.judgements if j.student == "alice"]) == 4
    assert len([j for j in evidence.judgements if j.student == "chloe"]) == 3
    assert {j.grader for j in evidence.judgements if j.student == "chloe"} == {"jury : Anne Roux, Thomas Le Gall"}
    assert evidence.notes == {
        BRUNO: "1 fiche sur 2 reçue (fiche de Thomas Le Gall attendue)",
        "chloe": (f"critère « {rubric.criteria[3].title} » à délibérer "
                  "(Anne Roux : Acquis / Thomas Le Gall : Non acquis)"),
        "david": "aucune session de soutenance ne convoque ce candidat",
    }
    assert jury.oral_evidence(course.root, url, "bloc2") == jury.OralEvidence(None, (), {})


def test_cli_links_and_summary(course, rubric, monkeypatch, capsys):
    monkeypatch.chdir(course.root)
    monkeypatch.delenv("CMCERT_COURSE", raising=False)
    assert main(["jury", "verifier"]) == 0
    assert "Sessions de jury : 2 session(s), 3 candidat(s), 3 juré(s)." in capsys.readouterr().out
    assert main(["jury", "liens", "--adresse", "http://192.168.1.20:8765/"]) == 0
    out = capsys.readouterr().out
    links = dict(re.findall(r"\((\S+)\) — session\(s\) [^:]+:\n\s+http://192\.168\.1\.20:8765/connexion/(\S+)", out))
    assert set(links) == {"c.morel", "t.legall", "a.roux"}
    assert all(jury.juror_for_token(course.gradebook_url, t) == j for j, t in links.items())
    assert main(["jury", "liens", "--jure", "inconnu"]) == 2
    matin = session(course, "matin")
    for juror in ("c.morel", "t.legall"):
        jury.save_sheet(course.gradebook_url, rubric, matin, juror, "alice", all_levels(rubric, "acquis"), {}, "", 0)
    assert main(["jury", "bilan", BLOC]) == 0
    out = capsys.readouterr().out
    assert "Soutenance du bloc1 : 1 candidat(s) sur 4 avec une soutenance retenue" in out
    assert "alice : 2/2 fiche(s) complète(s), soutenance retenue : 12 / 16 pt" in out
    assert "en attente : aucune session de soutenance ne convoque ce candidat" in out
    course.jury_sessions_file.write_text(SESSIONS.replace('"chloe"]', '"alice"]'), encoding="utf-8")
    assert main(["jury", "verifier"]) == 1
    assert "le candidat « alice » est déjà convoqué pour le bloc1 dans la session « matin »" in capsys.readouterr().out
    assert main(["jury", "bilan"]) == 2


# --- the page over HTTP ------------------------------------------------------------------------------


class Client:
    """One browser: keeps its cookie, never follows redirects (the tests look at them)."""

    def __init__(self, server):
        self.host, self.port = server.server_address[:2]
        self.cookie = ""

    def request(self, method: str, path: str, form: dict | list | None = None, headers: dict | None = None):
        conn = http.client.HTTPConnection(self.host, self.port, timeout=20)
        body = urlencode(form, doseq=True).encode() if form is not None else None
        sent = {"Content-Type": "application/x-www-form-urlencoded"} if body is not None else {}
        if self.cookie:
            sent["Cookie"] = self.cookie
        sent.update(headers or {})
        conn.request(method, path, body=body, headers=sent)
        response = conn.getresponse()
        data = response.read()
        conn.close()
        cookie = response.getheader("Set-Cookie")
        if cookie:
            self.cookie = cookie.split(";")[0]
        return response, data

    def page(self, path: str) -> str:
        response, data = self.request("GET", path)
        assert response.status == 200, (response.status, data[:500])
        return data.decode()

    def csrf(self, path: str = "/") -> str:
        return re.search(r'name="csrf" value="([^"]+)"', self.page(path))[1]

    def login(self, token: str):
        return self.request("GET", f"/connexion/{token}")


@pytest.fixture
def served(course):
    tokens = {j: jury.issue_token(course.gradebook_url, j) for j in ("c.morel", "t.legall", "a.roux")}
    server, thread = start(JuryApp(course), "127.0.0.1", 0)
    try:
        yield server, tokens
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def logged_in(served, juror: str) -> Client:
    server, tokens = served
    client = Client(server)
    response, _ = client.login(tokens[juror])
    assert response.status == 303 and response.getheader("Location") == "/"
    return client


def form_for(rubric, csrf: str, revision: int, levels: dict, remarks: dict | None = None, comment: str = "",
             bank: tuple[int, ...] = ()):
    form = [("csrf", csrf), ("revision", str(revision)), ("commentaire", comment)]
    form += [(f"niveau-{c.id}", levels.get(c.id, "")) for c in rubric.criteria]
    form += [(f"remarque-{k}", v) for k, v in (remarks or {}).items()]
    form += [("banque", str(i)) for i in bank]
    return form


def test_login_by_personal_link(served):
    server, tokens = served
    anonymous = Client(server)
    response, data = anonymous.request("GET", "/")
    assert response.status == 401 and "Ouvrez le lien personnel" in data.decode()
    response, data = anonymous.login("faux-jeton")
    assert response.status == 403 and "Lien refusé" in data.decode() and not anonymous.cookie
    response, _ = anonymous.login(tokens["c.morel"])
    cookie = response.getheader("Set-Cookie")
    assert response.status == 303 and "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert tokens["c.morel"] not in cookie
    assert "Bonjour Claire Morel" in anonymous.page("/")


def test_a_juror_sees_only_their_sessions(served, course):
    claire = logged_in(served, "c.morel")
    home = claire.page("/")
    assert "/fiche/matin/alice" in home and "/fiche/matin/bruno%40ecole.fr" in home
    assert "chloe" not in home and "Chloé" not in home
    for path in ("/fiche/apres-midi/chloe", "/fiche/matin/chloe", "/support/apres-midi/chloe", "/fiche/inconnue/alice"):
        response, data = claire.request("GET", path)
        assert response.status == 404 and "pas dans vos sessions" in data.decode()
    thomas = logged_in(served, "t.legall")
    home = thomas.page("/")
    assert all(f"/fiche/{s}/{c}" in home for s, c in (("matin", "alice"), ("matin", "bruno%40ecole.fr"),
                                                              ("apres-midi", "chloe")))


def test_saving_a_sheet_and_never_seeing_another_jurors(served, course, rubric):
    claire, thomas = logged_in(served, "c.morel"), logged_in(served, "t.legall")
    page = thomas.page("/fiche/matin/alice")
    csrf = re.search(r"name='csrf' value='([^']+)'", page)[1]
    response, _ = thomas.request("POST", "/fiche/matin/alice",
                                 form_for(rubric, csrf, 0, all_levels(rubric, "acquis"),
                                          {rubric.criteria[0].id: "Secret de Thomas"}, "Avis de Thomas", bank=(0,)))
    assert response.status == 303 and response.getheader("Location") == "/fiche/matin/alice?enregistre=1"
    saved = jury.load_sheet(course.gradebook_url, BLOC, "alice", "t.legall")
    assert saved.complete(rubric) and saved.comment == f"Avis de Thomas\n{rubric.comments[0]}"
    page = thomas.page("/fiche/matin/alice?enregistre=1")
    assert "Fiche enregistrée (version 1, fiche complète)" in page and "Secret de Thomas" in page
    mine = claire.page("/fiche/matin/alice")
    assert "Secret de Thomas" not in mine and "Avis de Thomas" not in mine
    assert "value='acquis' checked" not in mine and "value='' checked" in mine
    assert jury.oral_time(BLOC) in html.unescape(mine)
    assert "fiche complète" in thomas.page("/") and "fiche à remplir" in claire.page("/")


def test_a_conflict_is_shown_and_nothing_is_lost(served, course, rubric):
    claire = logged_in(served, "c.morel")
    page = claire.page("/fiche/matin/alice")
    csrf = re.search(r"name='csrf' value='([^']+)'", page)[1]
    first = form_for(rubric, csrf, 0, all_levels(rubric, "acquis"), {}, "Sur la tablette")
    assert claire.request("POST", "/fiche/matin/alice", first)[0].status == 303
    second = form_for(rubric, csrf, 0, all_levels(rubric, "maitrise"), {}, "Sur le portable")
    response, data = claire.request("POST", "/fiche/matin/alice", second)
    text = html.unescape(data.decode())
    assert response.status == 409
    assert "a été enregistrée ailleurs" in text and "Rien n'a été écrit" in text
    assert "Version enregistrée (version 1)" in text and "Sur la tablette" in text
    assert "Sur le portable" in text and "value='maitrise' checked" in text  # what the juror typed is kept
    assert "name='revision' value='1'" in text  # saving again, knowingly, replaces version 1
    assert jury.load_sheet(course.gradebook_url, BLOC, "alice", "c.morel").comment == "Sur la tablette"
    response, _ = claire.request("POST", "/fiche/matin/alice", form_for(rubric, csrf, 1, all_levels(rubric, "maitrise"),
                                                                       {}, "Sur le portable"))
    assert response.status == 303
    assert jury.load_sheet(course.gradebook_url, BLOC, "alice", "c.morel").comment == "Sur le portable"


def test_forged_posts_are_refused(served, course, rubric):
    claire = logged_in(served, "c.morel")
    csrf = claire.csrf()
    levels = all_levels(rubric, "acquis")
    for form, headers in ((form_for(rubric, "", 0, levels), {}),
                          (form_for(rubric, "faux", 0, levels), {}),
                          (form_for(rubric, csrf, 0, levels), {"Origin": "http://evil.example"})):
        response, data = claire.request("POST", "/fiche/matin/alice", form, headers)
        assert response.status == 403 and "Formulaire refusé" in data.decode()
    anonymous = Client(served[0])
    assert anonymous.request("POST", "/fiche/matin/alice", form_for(rubric, csrf, 0, levels))[0].status == 401
    assert jury.load_sheet(course.gradebook_url, BLOC, "alice", "c.morel") is None
    port = served[0].server_address[1]
    response, _ = claire.request("POST", "/fiche/matin/alice", form_for(rubric, csrf, 0, levels),
                                 {"Origin": f"http://127.0.0.1:{port}"})
    assert response.status == 303


def test_hostile_text_is_escaped(served, course, rubric):
    claire = logged_in(served, "c.morel")
    home = claire.page("/")
    assert "<img src=x" not in home and "&lt;img src=x onerror=alert(1)&gt;" in home
    assert "<b>Surcouf</b>" not in home and "&lt;b&gt;Surcouf&lt;/b&gt;" in home
    csrf = claire.csrf()
    payload = "</textarea><script>alert('x')</script>"
    form = form_for(rubric, csrf, 0, all_levels(rubric, "acquis"), {rubric.criteria[0].id: payload}, payload)
    assert claire.request("POST", "/fiche/matin/bruno%40ecole.fr", form)[0].status == 303
    page = claire.page("/fiche/matin/bruno%40ecole.fr")
    assert "<script>alert" not in page and "&lt;/textarea&gt;&lt;script&gt;alert(&#x27;x&#x27;)" in page
    response, data = claire.request("POST", "/fiche/matin/bruno%40ecole.fr",
                                    form_for(rubric, csrf, 1, {rubric.criteria[0].id: "<script>"}))
    assert response.status == 400 and "Formulaire illisible" in data.decode() and "<script>" not in data.decode()
    assert jury.load_sheet(course.gradebook_url, BLOC, BRUNO, "c.morel").revision == 1


def test_every_page_is_self_contained_and_locked_down(served):
    claire = logged_in(served, "c.morel")
    for path in ("/", "/fiche/matin/alice"):
        response, data = claire.request("GET", path)
        csp = response.getheader("Content-Security-Policy")
        assert "default-src 'none'" in csp and "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
        assert response.getheader("X-Content-Type-Options") == "nosniff"
        assert response.getheader("Referrer-Policy") == "no-referrer"
        assert not re.search(rb"""(?:src|href)=["']?(?:https?:)?//""", data), "an outside resource"
    for asset, kind in (("/jury.css", "text/css"), ("/jury.js", "text/javascript")):
        response, data = claire.request("GET", asset)
        assert response.status == 200 and response.getheader("Content-Type").startswith(kind)
        assert b"http" not in data


def test_the_deck_is_offered_only_as_a_real_pdf(served, course):
    claire = logged_in(served, "c.morel")
    page = claire.page("/fiche/matin/alice")
    assert "Support de présentation : aucun support déposé." in page
    deck = course.oral_deck("alice", BLOC)
    deck.parent.mkdir(parents=True)
    deck.write_bytes(PDF)
    assert "/support/matin/alice" in claire.page("/fiche/matin/alice")
    response, data = claire.request("GET", "/support/matin/alice")
    assert response.status == 200 and data == PDF
    assert response.getheader("Content-Type") == "application/pdf"
    assert response.getheader("Content-Disposition") == 'attachment; filename="soutenance-alice.pdf"'
    assert response.getheader("X-Content-Type-Options") == "nosniff"
    assert response.getheader("Content-Security-Policy") == "sandbox"

    fake = course.oral_deck(BRUNO, BLOC)
    fake.parent.mkdir(parents=True)
    fake.write_bytes(b"<html><script>alert(1)</script></html>")
    refused = html.unescape(claire.page("/fiche/matin/bruno%40ecole.fr"))
    assert "le fichier déposé n'est pas un PDF : il n'est pas proposé" in refused
    response, data = claire.request("GET", "/support/matin/bruno%40ecole.fr")
    assert response.status == 404 and b"<script>" not in data

    fake.unlink()
    outside = course.root / "ailleurs.pdf"
    outside.write_bytes(PDF)
    fake.symlink_to(outside)  # a link to a file outside the hand-in is never followed
    assert claire.request("GET", "/support/matin/bruno%40ecole.fr")[0].status == 404
    fake.unlink()
    fake.parent.rmdir()
    fake.parent.symlink_to(deck.parent)  # nor a linked folder
    assert claire.request("GET", "/support/matin/bruno%40ecole.fr")[0].status == 404


def test_logout_and_the_link_stays_out_of_the_log(course, capsys):
    token = jury.issue_token(course.gradebook_url, "c.morel")
    server, thread = start(JuryApp(course), "127.0.0.1", 0, quiet=False)
    try:
        client = Client(server)
        client.login(token)
        assert "Bonjour Claire Morel" in client.page("/")
        response, _ = client.request("POST", "/deconnexion", [("csrf", client.csrf())])
        assert response.status == 303 and "Max-Age=0" in response.getheader("Set-Cookie")
        assert client.request("GET", "/")[0].status == 401
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
    log = capsys.readouterr().out
    assert '"GET /connexion/… HTTP/1.1" 303' in log and token not in log


# --- the demo ------------------------------------------------------------------------------------------


def test_the_demo_cohort_has_a_jury(demo_template):
    course = demo_template.course
    assert "5. Soutenance : session bloc1-saint-malo du 17 décembre 2026" in demo_template.stdout
    evidence = jury.oral_evidence(course.root, course.gradebook_url, BLOC)
    levels = {j.criterion: j.level for j in evidence.judgements if j.student == "demo_complet"}
    assert len(levels) == len(evidence.rubric.criteria)
    assert set(levels.values()) <= {"acquis", "maitrise"} and "maitrise" in levels.values()
    assert "à délibérer" in evidence.notes["demo_partiel"]
    assert any(j.student == "demo_partiel" for j in evidence.judgements)  # its other criteria count
    assert evidence.notes["demo_vide"].startswith("soutenance non passée")
    assert evidence.notes["demo_perturbateur"].startswith("1 fiche sur 2 reçue")
    assert "demo_complet" not in evidence.notes
