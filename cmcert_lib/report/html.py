"""The report's HTML pages: one per candidate and one for the cohort, in French.

Each page is one self-contained file: styles inline, charts embedded as base64
PNG, no script, no font, no link outside the ``rapports/`` folder.  Every text
that comes from the gradebook, the notebooks or the rubric grades (candidate
names and ids, remarks, titles) goes through :func:`e`.
"""

from __future__ import annotations

import functools
import html as _html

from cmcert_lib.facts import french, referential, soutenance
from cmcert_lib.report import charts, model, profile
from cmcert_lib.report.model import BlocResult, CandidateResult, Cohort, CompetencyResult, Evidence

# Plain colour values (no CSS variables): some PDF converters a certifier may use ignore them.
CSS = """
@page { size: A4; margin: 14mm 12mm; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "Segoe UI", "Helvetica Neue", Arial, "DejaVu Sans", sans-serif;
       color: #263238; background: #eef2f5; font-size: 14px; line-height: 1.45; }
main { max-width: 1040px; margin: 24px auto; background: #fff; padding: 36px 44px 28px;
       border-radius: 6px; box-shadow: 0 1px 4px rgba(0,0,0,.08); }
header.doc { border-bottom: 3px solid #1f4e79; padding-bottom: 14px; margin-bottom: 22px; }
header.doc .kicker { text-transform: uppercase; letter-spacing: .08em; font-size: 11.5px;
                     color: #607d8b; margin: 0 0 4px; }
header.doc h1 { margin: 0 0 4px; font-size: 26px; color: #1f4e79; }
header.doc .meta { color: #607d8b; font-size: 13px; margin: 0; }
h2 { font-size: 19px; color: #1f4e79; margin: 30px 0 10px; padding-bottom: 4px;
     border-bottom: 1px solid #dfe5ea; }
h2 .badge { font-size: 12px; vertical-align: middle; margin-left: 10px; }
h3 { font-size: 15px; margin: 18px 0 8px; color: #1f4e79; }
p { margin: 6px 0 10px; }
code { font-size: 92%; }
.muted { color: #607d8b; }
.small { font-size: 12.5px; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; table-layout: fixed; }
th, td { text-align: left; vertical-align: top; padding: 7px 8px; border-bottom: 1px solid #dfe5ea;
         overflow-wrap: break-word; }
th { background: #f4f7fa; font-size: 12px; color: #37474f; font-weight: 600; overflow-wrap: normal; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.code { font-weight: 700; white-space: nowrap; }
.badge { display: inline-block; padding: 2px 9px; border-radius: 11px; font-size: 12px;
         font-weight: 600; white-space: nowrap; color: #fff; }
.s-acquise, .s-valide { background: #2e7d32; }
.s-non-acquise, .s-non-valide { background: #c62828; }
.s-attente { background: #f2a900; color: #263238; }
.s-soutenance { background: #7e57c2; }
table.blocs .badge { white-space: normal; text-align: center; }  /* long statuses in narrow columns */
.s-non-presente { background: #90a4ae; }
.s-non-evaluee { background: #cfd8dc; color: #37474f; }
.verdict { border-radius: 6px; padding: 14px 18px; margin: 0 0 18px; border-left: 6px solid #f2a900;
           background: #fff8e1; }
.verdict.oui { background: #e8f5e9; border-left-color: #2e7d32; }
.verdict strong { font-size: 16px; }
.cards { display: flex; gap: 12px; flex-wrap: wrap; margin: 0 0 8px; }
.card { flex: 1 1 150px; background: #f4f7fa; border-radius: 6px; padding: 10px 14px; margin: 0 0 4px; }
.card .v { font-size: 24px; font-weight: 700; color: #1f4e79; }
.card .l { font-size: 12px; color: #607d8b; }
tr.comp td { border-bottom: none; padding-top: 12px; }
tr.comp .comp-text { font-size: 13px; }
tr.proof > td { padding-top: 0; }
table.ev { margin: 2px 0 4px; background: #fafbfc; }
table.ev th { background: #eef2f5; font-size: 11px; padding: 4px 7px; }
table.ev td { font-size: 12px; padding: 5px 7px; border-bottom: 1px solid #e8edf1; }
table.ev td.res { font-weight: 600; white-space: nowrap; }
.ok { color: #2e7d32; }
.ko { color: #c62828; }
.wait { color: #a06f00; }
.why { font-size: 12px; color: #455a64; margin: 2px 0 0; }
.remark { font-style: italic; color: #455a64; display: block; margin-top: 2px; }
.note { color: #8d6e00; display: block; font-weight: 400; font-size: 11.5px; white-space: normal; }
.where { color: #78909c; display: block; font-size: 11px; }
figure { margin: 10px 0 20px; text-align: center; }
figure img { max-width: 100%; height: auto; }
figcaption { font-size: 12px; color: #607d8b; margin-top: 4px; }
.rule { background: #f4f7fa; border-radius: 6px; padding: 10px 18px; }
.rule li { margin: 4px 0; }
footer { margin-top: 28px; padding-top: 10px; border-top: 1px solid #dfe5ea; font-size: 11.5px;
         color: #607d8b; }
a { color: #1f4e79; }
@media print {
  body { background: #fff; font-size: 10.5px; }
  main { margin: 0; padding: 0; max-width: none; border-radius: 0; }
  h2 { break-after: avoid; font-size: 16px; }
  tr.comp, table.ev tr, figure, .verdict { break-inside: avoid; }
  tr.comp { break-after: avoid; }
  .badge { font-size: 10px; padding: 1px 6px; white-space: normal; }
  table.ev td, .why, .small { font-size: 10px; }
}
"""

STATUS_CLASS = {
    model.ACQUIRED: "s-acquise",
    model.NOT_ACQUIRED: "s-non-acquise",
    model.PENDING: "s-attente",
    model.ORAL_PENDING: "s-soutenance",  # and BLOC_ORAL_PENDING: the same words
    model.NOT_TAKEN: "s-non-presente",
    model.NOT_ASSESSED: "s-non-evaluee",
    model.VALIDATED: "s-valide",
    model.FAILED: "s-non-valide",
    model.BLOC_NOT_TAKEN: "s-non-presente",
    model.BLOC_NOT_ASSESSED: "s-non-evaluee",
}


def e(text: object) -> str:
    """Escape any text for HTML (element content and quoted attributes)."""
    return _escaped(text if isinstance(text, str) else str(text))


@functools.lru_cache(maxsize=65536)
def _escaped(text: str) -> str:
    # A cohort's pages repeat the same titles, codes, statuses and notes a million times.
    return _html.escape(text, quote=True)


def badge(status: str) -> str:
    return f'<span class="badge {STATUS_CLASS.get(status, "")}">{e(status.capitalize())}</span>'


@functools.lru_cache(maxsize=4096)  # a cohort's points are a few hundred values, written a million times
def fr(number: float) -> str:
    return french.number(number, 2)


def pct(share: float | None) -> str:
    return "—" if share is None else f"{round(share * 100):d} %"


def _page(title: str, kicker: str, heading: str, meta: str, body: str, cohort: Cohort) -> str:
    date = cohort.generated_at.strftime("%d/%m/%Y à %H:%M")
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(title)}</title>
<style>{CSS}</style>
</head>
<body>
<main>
<header class="doc">
<p class="kicker">{e(kicker)}</p>
<h1>{e(heading)}</h1>
<p class="meta">{meta}</p>
</header>
{body}
<footer>
Généré le {e(date)} par <code>cmcert rapport</code> à partir du carnet de notes nbgrader
(<code>gradebook.db</code>), des notebooks sources (<code>source/</code>), des grilles de correction
(<code>course/&lt;bloc&gt;/rubriques.toml</code>), des fiches du jury de soutenance, du référentiel de
certification et de la règle de validation ({e(cohort.rule.source)}). Document à l’attention du jury
et du certificateur.
</footer>
</main>
</body>
</html>
"""


def _figure(image: bytes | None, alt: str, caption: str = "") -> str:
    if image is None:
        return ""
    cap = f"<figcaption>{e(caption)}</figcaption>" if caption else ""
    return f'<figure><img src="{charts.data_uri(image)}" alt="{e(alt)}">{cap}</figure>'


def _svg_figure(svg: str | None, caption: str) -> str:
    """A chart written as inline SVG (:mod:`.profile`), its alternative text inside it."""
    if svg is None:
        return ""
    return f"<figure>{svg}<figcaption>{e(caption)}</figcaption></figure>"


def _rule(cohort: Cohort) -> str:
    items = "".join(f"<li>{e(line)}</li>" for line in cohort.rule_lines)
    return f'<h2>Règle de validation</h2><div class="rule"><ul>{items}</ul></div>'


# --- candidate ---------------------------------------------------------------------------


def _jurors(grader: str) -> str:
    """« jury : Mme Roux, M. Diallo » -> « Jury : Mme Roux, M. Diallo »."""
    return grader[:1].upper() + grader[1:]


def _criterion_cells(ev: Evidence, grid: str, waiting: str) -> tuple[str, str]:
    """The proof and result cells of a rubric criterion, a notebook's or the oral's."""
    crit = ev.criterion
    proof = f"{grid} : {e(crit.title)} ({e(crit.referential)})"
    if ev.remark:
        proof += f'<span class="remark">« {e(ev.remark)} »</span>'
    if ev.oral and ev.grader:
        proof += f'<span class="where">{e(_jurors(ev.grader))}</span>'
    if ev.level is None:
        return proof, f'<span class="wait">{waiting}</span>'
    css = "wait" if ev.pending else ("ok" if ev.meets_level else "ko")
    result = f'<span class="{css}">{e(ev.level_label)}</span>'
    if ev.points is not None:
        result += f'<span class="where">{fr(ev.points)} / {fr(ev.max_points)} pt</span>'
    return proof, result


def _evidence_row(ev: Evidence) -> str:
    q = ev.question
    if ev.oral:
        question = f'{e(q.title)}<span class="where">devant le jury</span>'
        proof, result = _criterion_cells(ev, "Grille de soutenance", "En attente du jury")
    else:
        question = (f"{e(q.title or q.cell)}"
                    f'<span class="where">{e(q.notebook)} · {e(q.cell)}</span>')
        if ev.kind == "grille":
            proof, result = _criterion_cells(ev, "Grille", "À corriger")
        else:
            proof = "Question autocorrigée" if q.kind == "auto" else "Réponse notée sans grille"
            if ev.points is None:
                result = '<span class="wait">À corriger</span>'
            else:
                css = "ok" if ev.points >= ev.max_points else ("ko" if ev.points == 0 else "")
                result = f'<span class="{css}">{fr(ev.points)} / {fr(ev.max_points)} pt</span>'
    if ev.note and ev.note != model.TO_GRADE:
        result += f'<span class="note">{e(ev.note)}</span>'
    return f'<tr><td>{question}</td><td>{proof}</td><td class="res">{result}</td></tr>'


def _competency_rows(comp: CompetencyResult, detailed: bool) -> str:
    head = (f'<tr class="comp"><td class="code">{e(comp.code)}</td>'
            f'<td><div class="comp-text">{e(comp.text)}</div></td><td>{badge(comp.status)}</td></tr>')
    if not detailed:
        return head.replace('<tr class="comp">', "<tr>")
    rows = "".join(_evidence_row(ev) for ev in comp.evidence)
    table = ('<table class="ev"><colgroup><col style="width:38%"><col style="width:42%">'
             '<col style="width:20%"></colgroup><tr><th>Question</th><th>Preuve</th>'
             f"<th>Résultat</th></tr>{rows}</table>") if rows else ""
    return (f'{head}<tr class="proof"><td></td><td colspan="2">{table}'
            f'<p class="why">{e(comp.explanation)}</p></td></tr>')


def _bloc_section(bloc: BlocResult) -> str:
    presented = bloc.status not in (model.BLOC_NOT_TAKEN, model.BLOC_NOT_ASSESSED)
    head = (f"<h2>Bloc {bloc.number} — {e(bloc.title)}{badge(bloc.status)}</h2>"
            f'<p class="small">{e(bloc.explanation)}</p>')
    oral = soutenance.oral_format(bloc.number)
    if oral is not None and any(ev.oral for c in bloc.competencies for ev in c.evidence):
        head += (f'<p class="small muted">Soutenance orale devant le jury : {oral.presentation_minutes} min '
                 f"de présentation puis {oral.exchange_minutes} min d’échanges ; la note de chaque critère "
                 f"combine les fiches des membres du jury.</p>")
    cols = ('<colgroup><col style="width:9%"><col style="width:68%"><col style="width:23%"></colgroup>'
            "<tr><th>Code</th><th>Compétence" + (" et preuves" if presented else "")
            + "</th><th>Statut</th></tr>")
    rows = "".join(_competency_rows(c, presented) for c in bloc.competencies)
    return f"{head}<table>{cols}{rows}</table>"


def _bloc_summary(result: CandidateResult) -> str:
    rows = []
    for bloc in result.blocs:
        count = (f"{bloc.acquired} / {len(bloc.competencies)}"
                 if bloc.status not in (model.BLOC_NOT_TAKEN, model.BLOC_NOT_ASSESSED) else "—")
        rows.append(f'<tr><td class="code">Bloc {bloc.number}</td><td>{e(bloc.title)}</td>'
                    f'<td>{badge(bloc.status)}</td><td class="num">{count}</td></tr>')
    return ('<table><colgroup><col style="width:11%"><col style="width:53%"><col style="width:18%">'
            '<col style="width:18%"></colgroup><tr><th>Bloc</th><th>Intitulé</th><th>Statut</th>'
            f'<th class="num">Compétences acquises</th></tr>{"".join(rows)}</table>')


def candidate_page(cohort: Cohort, result: CandidateResult) -> str:
    cand = result.candidate
    verdict_class = "oui" if result.proposable else "non"
    verdict = "Oui" if result.proposable else "Non"
    body = [
        (f'<div class="verdict {verdict_class}"><strong>Proposition au jury : {verdict}</strong>'
        f"<br>{e(result.jury_explanation)}</div>"),
        "<h2>Synthèse par bloc</h2>",
        _bloc_summary(result),
        _svg_figure(profile.candidate_profile(cohort, result, f"Points obtenus par compétence par {cand.name}"),
                    "Barres : part des points obtenus sur les preuves notées par points ; "
                    "couleur : statut de la compétence ; pointillés : seuil de la règle."),
    ]
    body += [_bloc_section(bloc) for bloc in result.blocs]
    body.append(_rule(cohort))
    meta = f"Candidat : <strong>{e(cand.name)}</strong> · identifiant <code>{e(cand.id)}</code>"
    return _page(f"Rapport de compétences — {cand.name}", "Certification Community manager · "
                 "rapport de compétences du candidat", cand.name, meta, "\n".join(body), cohort)


# --- cohort -------------------------------------------------------------------------------


def _cards(cohort: Cohort) -> str:
    n = len(cohort.candidates)
    proposable = sum(c.proposable for c in cohort.candidates)
    assessed = len(cohort.course_blocs)
    comps = len(cohort.assessed_competencies())
    cards = [
        (str(n), "candidat(s)"),
        (f"{assessed} / {len(referential.BLOCS)}", "blocs évalués par le cours"),
        (f"{comps} / {len(referential.COMPETENCIES)}", "compétences évaluées"),
        (str(proposable), "candidat(s) proposable(s) au jury"),
    ]
    if any(soutenance.oral_format(number) for number in cohort.course_blocs):
        cards.append((str(len(cohort.waiting_for_oral())), "candidat(s) n’attendant plus que leur soutenance orale"))
    inner = "".join(f'<div class="card"><div class="v">{e(v)}</div><div class="l">{e(label)}</div></div>'
                    for v, label in cards)
    return f'<div class="cards">{inner}</div>'


def _cohort_table(cohort: Cohort, links: dict[str, str]) -> str:
    head = "".join(f'<th title="{e(b.title)}">Bloc {b.number}</th>' for b in referential.BLOCS)
    rows = []
    for result in cohort.candidates:
        cand = result.candidate
        link = links.get(cand.id)
        name = f'<a href="{e(link)}">{e(cand.name)}</a>' if link else e(cand.name)
        cells = "".join(f"<td>{badge(b.status)}</td>" for b in result.blocs)
        jury = ('<span class="badge s-valide">Oui</span>' if result.proposable
                else '<span class="muted">Non</span>')
        rows.append(f'<tr><td>{name}<div class="small muted">{e(cand.id)}</div></td>{cells}'
                    f"<td>{jury}</td></tr>")
    cols = ('<colgroup><col style="width:22%">' + '<col style="width:13%">' * len(referential.BLOCS)
            + '<col style="width:13%"></colgroup>')
    return (f'<table class="blocs">{cols}<tr><th>Candidat</th>{head}<th>Proposable au jury</th></tr>'
            f"{''.join(rows)}</table>")


def _oral_waiting(cohort: Cohort) -> str:
    """Per bloc, the candidates whose bloc waits only for its oral: the jury's sessions to plan."""
    lines = []
    for number in cohort.course_blocs:
        names = [c.candidate.name for c in cohort.candidates if c.bloc(number).status == model.BLOC_ORAL_PENDING]
        if names:
            lines.append(f"<li>Bloc {number} : {len(names)} candidat(s) — {e(', '.join(names))}</li>")
    if not lines:
        return ""
    return ('<p class="small">Blocs qui n’attendent plus que la soutenance orale (tout le reste est '
            f'corrigé) :</p><ul class="small">{"".join(lines)}</ul>')


def _competency_table(cohort: Cohort) -> str:
    rows = []
    for comp in cohort.assessed_competencies():
        counts = cohort.competency_counts(comp.code)
        rate = cohort.success_rate(comp.code)
        cells = "".join(f'<td class="num">{counts[s]}</td>'
                        for s in (model.ACQUIRED, model.PENDING, model.ORAL_PENDING, model.NOT_ACQUIRED,
                                  model.NOT_TAKEN))
        rows.append(f'<tr><td class="code">{e(comp.code)}</td>'
                    f'<td><div class="comp-text">{e(charts._short(comp.text, 150))}</div></td>'
                    f'{cells}<td class="num"><strong>{pct(rate)}</strong></td></tr>')
    missing = [b for b in referential.BLOCS if b.number not in cohort.course_blocs]
    note = ""
    if missing:
        listed = "; ".join(f"bloc {b.number} ({len(b.competencies)} compétences)" for b in missing)
        note = (f'<p class="small muted">Non évaluées par le cours à ce jour : {e(listed)}. '
                "Elles apparaissent « non évaluées » dans les rapports des candidats.</p>")
    return ('<table><colgroup><col style="width:9%"><col style="width:37%">'
            + '<col style="width:9%">' * 5 + '<col style="width:9%"></colgroup>'
            '<tr><th>Code</th><th>Compétence</th><th class="num">Acquise</th>'
            '<th class="num">En attente de correction</th><th class="num">En attente de la soutenance</th>'
            '<th class="num">Non acquise</th>'
            '<th class="num">Non présenté</th><th class="num">Réussite</th></tr>'
            f"{''.join(rows)}</table>{note}")


KIND_LABELS = {"auto": "autocorrigée", "manual": "corrigée à la main", "oral": "notée par le jury"}


def _hardest_table(cohort: Cohort, limit: int = 10) -> str:
    rows = []
    for q in cohort.hardest_questions(limit):
        kind = KIND_LABELS[q.question.kind]
        rows.append(f"<tr><td>{e(q.question.notebook)}</td><td>{e(q.question.title or q.question.cell)}"
                    f'<div class="small muted">{e(q.question.cell)} · {kind} · '
                    f'{e(", ".join(q.question.competencies))}</div></td>'
                    f'<td class="num">{fr(q.question.points)}</td>'
                    f'<td class="num">{len(q.graded)}</td><td class="num"><strong>{pct(q.mean)}</strong></td></tr>')
    if not rows:
        most = cohort.most_graded_copies()
        if not most:
            return '<p class="muted">Aucune question notée pour l’instant.</p>'
        return (f'<p class="muted">Pas encore de classement : il faut au moins {model.MIN_COPIES_TO_RANK} copies '
                f"notées d’une question pour la comparer aux autres ({most} au plus aujourd’hui).</p>")
    return ('<table><colgroup><col style="width:20%"><col style="width:46%"><col style="width:10%">'
            '<col style="width:12%"><col style="width:12%"></colgroup>'
            '<tr><th>Notebook</th><th>Question</th><th class="num">Points</th>'
            '<th class="num">Copies notées</th><th class="num">Moyenne</th></tr>'
            f"{''.join(rows)}</table>")


def cohort_page(cohort: Cohort, links: dict[str, str]) -> str:
    pending = sum(q.shares[c] is None for q in cohort.questions if q.question.kind != "oral" for c in q.shares)
    orals = sum(q.shares[c] is None for q in cohort.questions if q.question.kind == "oral" for c in q.shares)
    not_counted = f"{pending} réponse(s) en attente de correction"
    if orals:
        not_counted += f" et {orals} soutenance(s) en attente du jury"
    body = [
        _cards(cohort),
        "<h2>Candidats et blocs</h2>",
        _cohort_table(cohort, links),
        _oral_waiting(cohort),
        _figure(charts.candidates_by_bloc(cohort), "Candidats par bloc et par statut"),
        "<h2>Compétences</h2>",
        ('<p class="small">Taux de réussite : part des candidats ayant présenté le bloc dont la '
        "compétence est acquise.</p>"),
        _figure(charts.competency_rates(cohort), "Compétences par taux de réussite"),
        _competency_table(cohort),
        "<h2>Questions</h2>",
        (f'<p class="small">Part des points obtenus par chaque candidat ayant présenté le bloc '
         f"(notebook non rendu : 0). {not_counted} ne sont pas comptées.</p>"),
        _figure(charts.question_distribution(cohort), "Distribution des scores par question"),
        "<h3>Les questions où les candidats échouent le plus</h3>",
        _figure(charts.hardest_questions(cohort), "Les questions les moins réussies"),
        _hardest_table(cohort),
        _rule(cohort),
    ]
    date = cohort.generated_at.strftime("%d/%m/%Y")
    meta = f"Promotion : {len(cohort.candidates)} candidat(s) · situation au {e(date)}"
    return _page("Rapport de compétences — promotion", "Certification Community manager · "
                 "rapport de la promotion", "Rapport de compétences de la promotion", meta,
                 "\n".join(body), cohort)
