"""The report's files: self-contained, escaped HTML; a French CSV; a readable Excel workbook; the CLI."""

from __future__ import annotations

import argparse
import csv
import re
from dataclasses import replace
from datetime import datetime

import pytest
from openpyxl import load_workbook

from cmcert_lib.grading.gradebook import Candidate, CellScore, GradebookData
from cmcert_lib.report import write_reports
from cmcert_lib.report.cli import add_cli
from cmcert_lib.report.export import safe_text
from cmcert_lib.report.model import assess
from cmcert_lib.report.rule import Rule
from cmcert_lib.report.sources import RubricSource
from tests.unit import test_report_oral as oral
from tests.unit.test_report_rule import LEVELS, QUESTIONS, RUBRICS, judge

HOSTILE_NAME = "<script>alert('x')</script>"
HOSTILE_ID = "=HYPERLINK(\"http://evil.example\",\"clic\")"
HOSTILE_REMARK = "Très bien <img src=x onerror=alert(1)> & « net »"


@pytest.fixture
def cohort():
    data = GradebookData(candidates=[Candidate("ana", "Ana", "Roux"),
                                     Candidate(HOSTILE_ID, HOSTILE_NAME, "Dupont"),
                                     Candidate("absent", "Paul", "Absent")])
    for student, (q1, q2) in {"ana": (2.5, 3.5), HOSTILE_ID: (4.0, 6.0)}.items():
        data.submissions.add(("bloc1", student))
        data.notebooks[("bloc1", student)] = {"01_x"}
        data.cells[("bloc1", student, "01_x", "q1_tests")] = CellScore(q1, 4.0, False, q1)
        data.cells[("bloc1", student, "01_x", "q2_tests")] = CellScore(q2, 6.0, False, q2)
        data.cells[("bloc1", student, "01_x", "analyse")] = CellScore(0.0, 3.0, True)
    judgements = [judge("fond", "acquis"), judge("forme", "en_cours"),
                  replace(judge("fond", "acquis", HOSTILE_ID), remark=HOSTILE_REMARK)]
    source = RubricSource(LEVELS, "acquis", lambda root, bloc: {}, lambda url, bloc: [])
    return assess({1: "bloc1"}, QUESTIONS, data, RUBRICS,
                  {"bloc1": judgements}, source, Rule(), datetime(2027, 2, 3, 10, 30))


@pytest.fixture
def written(cohort, tmp_path):
    return write_reports(cohort, tmp_path / "rapports")


def test_files_are_written_with_safe_names(written, tmp_path):
    assert written.cohort == tmp_path / "rapports" / "promotion.html"
    names = sorted(p.name for p in (tmp_path / "rapports" / "candidats").iterdir())
    assert names == sorted(["ana.html", "absent.html", "HYPERLINK__http___evil.example___clic.html"])
    assert "promotion.html" in written.summary() and "competences.xlsx" in written.summary()


def test_a_rewrite_drops_reports_of_candidates_no_longer_there(cohort, written):
    stale = written.folder / "candidats" / "ancien.html"
    stale.write_text("x", encoding="utf-8")
    write_reports(cohort, written.folder)
    assert not stale.exists()


def assert_self_contained(files) -> None:
    for page in [files.cohort, *files.candidates.values()]:
        text = page.read_text(encoding="utf-8")
        assert text.startswith("<!DOCTYPE html>") and '<html lang="fr">' in text
        assert "<script" not in text and "onerror=alert" not in text.replace("onerror=alert(1)&gt;", "")
        assert "<link" not in text and "@import" not in text and "url(" not in text
        # No resource but the embedded images; links stay inside rapports/.
        assert not re.search(r'src="(?!data:image/png;base64,)', text)
        assert not re.search(r'href="(?!candidats/)', text)


def test_html_escapes_every_text_and_is_self_contained(written):
    assert_self_contained(written)
    hostile = written.candidates[HOSTILE_ID].read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in hostile
    assert "Très bien &lt;img src=x onerror=alert(1)&gt; &amp; « net »" in hostile
    cohort_page = written.cohort.read_text(encoding="utf-8")
    assert "&lt;script&gt;" in cohort_page and "<script>" not in cohort_page


def test_html_states_statuses_and_rule_in_french(written):
    ana = written.candidates["ana"].read_text(encoding="utf-8")
    assert "Proposition au jury : Non" in ana
    assert "Pas encore : bloc 1 non validé ; blocs 2, 3, 4 et 5 non évalués." in ana
    assert ana.count(">Non évaluée</span>") == 38 - 12 + 11  # blocs 2 to 5, and 11 competencies without exercise
    assert "Règle de validation" in ana and "au moins 60 % des points" in ana
    absent = written.candidates["absent"].read_text(encoding="utf-8")
    assert absent.count(">Bloc non présenté</span>") == 12
    assert absent.count("data:image/png;base64,") == 0  # no points to chart
    cohort_page = written.cohort.read_text(encoding="utf-8")
    # blocs, competencies, distribution; two graded copies a question are too few to rank the hardest
    assert cohort_page.count("data:image/png;base64,") == 3
    assert "Pas encore de classement : il faut au moins 3 copies notées" in cohort_page


def test_csv_is_a_french_spreadsheet(written):
    raw = written.csv.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with written.csv.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    header, body = rows[0], rows[1:]
    assert header[:3] == ["Identifiant", "Nom", "Prénom"] and "Statut de la compétence" in header
    assert len(body) == 3 * 38
    col = {name: header.index(name) for name in header}
    ana = next(r for r in body if r[0] == "ana" and r[col["Compétence"]] == "C1.1.1")
    # 2.5 + 3.5 = 6 of 10 autograded points; forme « En cours » is below « Acquis ».
    assert ana[col["Statut de la compétence"]] == "non acquise"
    assert (ana[col["Points obtenus"]], ana[col["Points maximum"]], ana[col["Part des points (%)"]]) == \
        ("6", "10", "60")
    assert ana[col["Critères de grille au niveau requis"]] == "1" and ana[col["Critères de grille"]] == "2"
    hostile = [r for r in body if r[0].startswith("'=")]
    assert len(hostile) == 38 and hostile[0][0] == "'" + HOSTILE_ID
    c121 = next(r for r in body if r[0] == "ana" and r[col["Compétence"]] == "C2.1.1")
    assert c121[col["Statut de la compétence"]] == "non évaluée" and c121[col["Points obtenus"]] == ""


def test_excel_workbook_is_readable(written):
    wb = load_workbook(written.xlsx)
    assert wb.sheetnames == ["Synthèse", "Compétences", "Preuves", "Questions", "Règle"]
    summary = wb["Synthèse"]
    assert [c.value for c in summary[1]][:9] == ["Identifiant", "Nom", "Prénom", "Bloc 1", "Bloc 2", "Bloc 3",
                                                  "Bloc 4", "Bloc 5", "Proposable au jury"]
    ids = [summary.cell(row=r, column=1) for r in range(2, summary.max_row + 1)]
    assert [c.value for c in ids] == ["ana", HOSTILE_ID, "absent"]
    assert ids[1].data_type == "s"  # text, not a formula
    comps = wb["Compétences"]
    header = [c.value for c in comps[1]]
    row = next(r for r in comps.iter_rows(min_row=2, values_only=True) if r[0] == "ana" and r[6] == "C1.1.1")
    assert row[header.index("Points obtenus")] == 6.0 and row[header.index("Part des points (%)")] == 60.0
    assert comps.max_row == 1 + 3 * 38
    proofs = wb["Preuves"]
    remark = [c.value for c in proofs[1]].index("Remarque")
    evidence = list(proofs.iter_rows(min_row=2, values_only=True))
    assert ("ana", "C1.1.1") in {(r[0], r[1]) for r in evidence}
    assert any(r[remark] == HOSTILE_REMARK for r in evidence)
    assert {r[3] for r in evidence} == {"notebook"}  # no oral in this cohort
    assert "capitalisation des 5 blocs" in " ".join(r[0] for r in wb["Règle"].iter_rows(min_row=2, values_only=True))


def test_safe_text_neutralises_formulas_only():
    assert safe_text("=1+1") == "'=1+1" and safe_text("@SUM(A1)") == "'@SUM(A1)"
    assert safe_text("-2") == "'-2" and safe_text("acquise") == "acquise" and safe_text(None) == ""


def test_cli_registers_rapport():
    top = argparse.ArgumentParser(prog="cmcert")
    add_cli(top.add_subparsers(dest="command", required=True))
    args = top.parse_args(["rapport", "--sortie", "ailleurs", "--regle", "regle.toml"])
    assert args.func.__name__ == "_cmd_rapport"
    assert (str(args.sortie), str(args.regle)) == ("ailleurs", "regle.toml")


# --- the oral defence (the fake bloc 1 of tests/unit/test_report_oral.py: every competency evidenced) ---


@pytest.fixture
def oral_written(tmp_path):
    """ana: everything graded, the jury's levels in; leo: everything graded but the oral (one sheet of two)."""
    records = oral.Oral(oral.ORAL, (oral.jury("parti_pris", "acquis", remark=HOSTILE_REMARK),
                                    oral.jury("posture", "maitrise")), {"leo": "1 fiche sur 2 reçue"})
    cohort = assess({1: "bloc1"}, {"bloc1": oral.QUESTIONS["bloc1"]}, oral.gradebook("ana", "leo"), oral.RUBRICS,
                    {"bloc1": [oral.trainer("acquis", "ana"), oral.trainer("acquis", "leo")]}, oral.SOURCE,
                    Rule(), datetime(2026, 12, 17, 18, 0), orals={"bloc1": records})
    return write_reports(cohort, tmp_path / "rapports")


def test_html_shows_the_oral_evidence_and_a_bloc_waiting_only_for_it(oral_written):
    assert_self_contained(oral_written)
    ana = oral_written.candidates["ana"].read_text(encoding="utf-8")
    assert "Grille de soutenance : Parti pris éditorial expliqué (B1-16)" in ana
    assert ana.count("Jury : Mme Le Gall, M. Diallo") == 2 and ana.count(">Soutenance orale<") == 2
    assert "Très bien &lt;img src=x onerror=alert(1)&gt; &amp; « net »" in ana
    assert '<span class="ok">Maîtrisé</span><span class="where">3 / 3 pt</span>' in ana
    assert "20 min de présentation puis 10 min d’échanges" in ana  # facts.soutenance, bloc 1
    assert "Proposition au jury : Non" in ana and ">Validé</span>" in ana
    leo = oral_written.candidates["leo"].read_text(encoding="utf-8")
    assert "Pas encore : bloc 1 en attente de la soutenance ; blocs 2, 3, 4 et 5 non évalués." in leo
    assert "Le bloc n’attend plus que sa soutenance orale (1 fiche sur 2 reçue)." in leo
    # The bloc in the summary and in its heading, and C1.7.1.
    assert leo.count('<span class="badge s-soutenance">En attente de la soutenance</span>') == 3
    assert leo.count('<span class="wait">En attente du jury</span><span class="note">1 fiche sur 2 reçue</span>') == 2
    promotion = oral_written.cohort.read_text(encoding="utf-8")
    assert ('<div class="v">1</div><div class="l">candidat(s) n’attendant plus que leur soutenance orale</div>'
            in promotion)
    assert "<li>Bloc 1 : 1 candidat(s) — Leo Roux</li>" in promotion
    assert '<th class="num">En attente de la soutenance</th>' in promotion
    assert "0 réponse(s) en attente de correction et 1 soutenance(s) en attente du jury" in promotion


def test_csv_and_workbook_carry_the_oral(oral_written):
    with oral_written.csv.open(encoding="utf-8-sig", newline="") as handle:
        rows = {(r["Identifiant"], r["Compétence"]): r for r in csv.DictReader(handle, delimiter=";")}
    leo = rows[("leo", "C1.7.1")]
    assert (leo["Statut du bloc"], leo["Statut de la compétence"]) == ("en attente de la soutenance",) * 2
    assert "Le bloc n’attend plus que sa soutenance orale (1 fiche sur 2 reçue)." in leo["Situation du bloc"]
    assert "soutenance orale parti_pris : en attente du jury (1 fiche sur 2 reçue)" in leo["Preuves"]
    ana = rows[("ana", "C1.7.1")]
    assert ana["Statut de la compétence"] == "acquise"
    assert ana["Preuves"] == ("01_x/q_C1.7.1 2/2 | soutenance orale parti_pris : Acquis | "
                              "soutenance orale posture : Maîtrisé")
    assert rows[("ana", "C1.1.1")]["Preuves"].count("soutenance") == 0  # the oral does not evidence C1.1.1

    wb = load_workbook(oral_written.xlsx)
    proofs = wb["Preuves"]
    header = [c.value for c in proofs[1]]
    oral_rows = [dict(zip(header, r, strict=True)) for r in proofs.iter_rows(min_row=2, values_only=True)
                 if r[header.index("Source")] == "soutenance"]
    assert len(oral_rows) == 4  # two criteria, two candidates, all on C1.7.1
    posture = next(r for r in oral_rows if r["Identifiant"] == "ana" and r["Critère"] == "posture")
    assert (posture["Question"], posture["Notebook"], posture["Type de preuve"], posture["Niveau"],
            posture["Points obtenus"], posture["Points maximum"], posture["Évaluée par"]) == \
        ("Soutenance orale", None, "critère de la grille de soutenance", "Maîtrisé", 3, 3,
         "jury : Mme Le Gall, M. Diallo")
    assert any(r["Remarque"] == HOSTILE_REMARK for r in oral_rows)
    waiting = next(r for r in oral_rows if r["Identifiant"] == "leo" and r["Critère"] == "posture")
    assert (waiting["Niveau"], waiting["Points obtenus"], waiting["Observation"]) == (None, None, "1 fiche sur 2 reçue")
    summary = wb["Synthèse"]
    leo_bloc1 = next(row[3] for row in summary.iter_rows(min_row=2) if row[0].value == "leo")
    assert leo_bloc1.value == "en attente de la soutenance" and leo_bloc1.fill.fgColor.rgb.endswith("D1C4E9")
    questions = wb["Questions"]
    assert ["bloc1", None, "Soutenance orale", None, "notée par le jury", "C1.7.1", 6, 1, 83.3] in \
        [list(r) for r in questions.iter_rows(min_row=2, values_only=True)]
