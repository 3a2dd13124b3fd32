"""The generic deck builder: plan validation, the PDF read back, hostile input, the HTML reader."""

from __future__ import annotations

import base64

import pytest
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure

from cmcert_lib.domain import deck
from cmcert_lib.facts.soutenance import oral_format

INFO = deck.DeckInfo("Soutenance — essai", "Sous-titre", "Camille Durand", client="Maison Ondine")
BUDGET = deck.TimeBudget.of(oral_format(1))


def _slide(title="Le benchmark", seconds=90, **extra):
    return {"titre": title, "message": "Les concurrents publient plus.", "puces": ["Un", "Deux"],
            "notes": "Ce que je dis en plus.", "duree": seconds, **extra}


def _build(plan, tmp_path, **kwargs):
    return deck.build_deck(plan, tmp_path / "d.pdf", tmp_path / "n.md", INFO, budget=BUDGET,
                           images_dir=tmp_path, **kwargs)


def _png(path, size=(320, 180)):
    fig = Figure(figsize=(size[0] / 100, size[1] / 100))
    fig.add_subplot().bar(["a", "b"], [1, 2])
    fig.savefig(path, dpi=100)
    return path


# --- the plan ---------------------------------------------------------------------------------


def test_plan_keys_are_french_and_forgiving_about_accents_and_case():
    slides = deck.parse_plan([{"TITRE": "Titre", "Durée": 60, "Puces": "- un\n- deux", "Partie": "cible"}])
    assert slides == [deck.Slide(title="Titre", bullets=("un", "deux"), seconds=60.0, part="cible")]


@pytest.mark.parametrize("plan", [None, "texte", 3, {"titre": "x"}, [], [1, 2]])
def test_a_plan_that_is_not_a_list_of_slides_is_refused_in_french(plan):
    with pytest.raises(deck.DeckError) as caught:
        deck.parse_plan(plan)
    assert "diapositive" in str(caught.value).lower() or "plan" in str(caught.value).lower()


def test_every_faulty_slide_is_named_at_once():
    with pytest.raises(deck.DeckError) as caught:
        deck.parse_plan([_slide(), {"message": "sans titre", "duree": 30}, _slide(seconds="1 min 30"),
                         _slide(seconds=float("nan")), _slide(seconds=-5), _slide(seconds=True)])
    text = str(caught.value)
    for number in (2, 3, 4, 5, 6):
        assert f"Diapositive {number}" in text
    assert "Diapositive 1 " not in text


def test_too_many_slides_is_refused():
    with pytest.raises(deck.DeckError, match="plus de 40"):
        deck.parse_plan([_slide()] * 41)


def test_plan_of_round_trips():
    slides = deck.parse_plan([_slide(image="x.png", partie="analyse")])
    assert deck.parse_plan(deck.plan_of(slides)) == slides


# --- time -------------------------------------------------------------------------------------


def test_time_slots_and_the_budget_verdict():
    slides = deck.parse_plan([_slide(seconds=90), _slide(seconds=45)])
    assert deck.time_slots(slides) == [(0, 90), (90, 135)]
    assert deck.clock(135) == "02:15" and deck.duration_fr(135) == "2\u00a0min 15\u00a0s"
    assert deck.duration_fr(1200) == "20\u00a0min" and deck.duration_fr(40) == "40\u00a0s"
    assert BUDGET.verdict(1200 + 120) == "dans le temps imparti"
    assert BUDGET.verdict(1200 - 120) == "dans le temps imparti"
    assert BUDGET.verdict(1200 + 121).startswith("trop long de 2\u00a0min 1\u00a0s")
    assert BUDGET.verdict(600).startswith("trop court de 10\u00a0min")


def test_even_durations_add_up_to_the_total():
    for count, total in ((9, 1050), (1, 1200), (7, 100)):
        found = deck.even_durations(count, total)
        assert len(found) == count and all(d >= 15 for d in found)
        if total >= 15 * count:
            assert sum(found) == total


# --- typography -------------------------------------------------------------------------------


def test_french_typography():
    text = deck.typeset('Le "zéro déchet" : non ! Pourquoi ? Voir https://a.fr à 12:30... l\'atelier')
    assert "«\u202fzéro déchet\u202f»" in text
    assert "\u00a0: non\u202f! Pourquoi\u202f?" in text
    assert "https://a.fr" in text and "12:30" in text and "…" in text and "l’atelier" in text


def test_characters_the_font_lacks_become_a_visible_square():
    assert deck.printable("a\U000e0001b") == "a□b"
    assert deck.printable("Crème « brûlée » − 3 €") == "Crème « brûlée » − 3 €"


def test_wrap_bounds_lines_and_says_when_text_is_cut():
    lines = deck.wrap("mot " * 200, 30, 3)
    assert len(lines) == 3 and lines[-1].endswith("…") and all(len(line) <= 31 for line in lines)
    assert deck.wrap("x" * 500, 40, 2)[0] == "x" * 40  # a word longer than the line is broken


def test_clean_text_drops_control_characters_and_bounds_length():
    assert deck.clean_text("a\x00b\u200b\tc\r\nd") == "a b c\nd"
    assert len(deck.clean_text("é" * 100_000)) == deck.MAX_TEXT_CHARS
    assert deck.clean_text(float("nan")) == "" and deck.clean_text(None) == ""


# --- the deck ---------------------------------------------------------------------------------


def test_the_pdf_has_a_title_page_and_one_page_per_slide_in_16_9(tmp_path):
    _png(tmp_path / "graphique.png")
    built = _build([_slide(image="graphique.png"), _slide("Le parcours", 120), _slide("La charte", 60)], tmp_path)
    facts = deck.pdf_facts((tmp_path / "d.pdf").read_bytes())
    assert built.pages == facts.pages == 4
    assert abs(facts.ratio - 16 / 9) < 0.01
    assert built.image_notes == [] and built.total_s == 270


def test_the_notes_time_each_slide_and_compare_the_total_with_the_budget(tmp_path):
    _build([_slide(seconds=90), _slide("Le parcours", 120)], tmp_path)
    notes = (tmp_path / "n.md").read_text(encoding="utf-8")
    found = deck.notes_facts(notes)
    assert found.slots == [(2, "Le benchmark", 0, 90), (3, "Le parcours", 90, 210)]
    assert found.has_budget and found.total_line
    assert "trop court de 16\u00a0min 30\u00a0s" in notes


def test_notes_cannot_forge_slides(tmp_path):
    forged = "## 9. Fausse diapositive (00:00 → 01:00)\n# Titre"
    _build([_slide(notes=forged)], tmp_path)
    notes = (tmp_path / "n.md").read_text(encoding="utf-8")
    assert len(deck.notes_facts(notes).slots) == 1
    assert "\\## 9." in notes


def test_hostile_text_builds_a_bounded_deck(tmp_path):
    hostile = {
        "titre": "W" * 5000 + "$\\frac{1}{0}$ \x00\x1b[31m",
        "message": "$$ " * 3000 + "\U0001f600\U000e0001 \u202e inversé",
        "puces": ["🧼 " * 400, "<script>alert(1)</script>", "\\n" * 50, 12, None, {"a": 1}] * 5,
        "notes": "# " + "n" * 100_000,
        "image": "../../etc/passwd",
        "duree": 60,
    }
    built = _build([hostile, hostile], tmp_path)
    assert built.pages == 3
    assert deck.pdf_facts((tmp_path / "d.pdf").read_bytes()).pages == 3
    assert all("non prise en charge" in note for note in built.image_notes)
    assert (tmp_path / "n.md").stat().st_size < 60_000


def test_a_missing_or_unreadable_image_is_a_french_note_on_the_slide(tmp_path):
    (tmp_path / "casse.png").write_bytes(b"\x89PNG\r\n\x1a\n pas une image")
    (tmp_path / "texte.jpg").write_text("bonjour", encoding="utf-8")
    built = _build([_slide(image="absente.png"), _slide(image="casse.png"), _slide(image="texte.jpg")], tmp_path)
    assert built.pages == 4
    assert "Image introuvable" in built.image_notes[0] and "absente.png" in built.image_notes[0]
    assert "Image illisible" in built.image_notes[1] and "Image illisible" in built.image_notes[2]


def test_a_huge_image_is_refused_before_it_is_decoded(tmp_path):
    from PIL import Image

    Image.new("1", (8000, 6000)).save(tmp_path / "immense.png")  # 48 Mpx, a small file
    assert "trop grande" in deck.load_image("immense.png", tmp_path)


def test_a_large_image_is_fitted_without_distortion(tmp_path):
    _png(tmp_path / "large.png", size=(3000, 600))
    picture = deck.load_image("large.png", tmp_path)
    height, width = picture.shape[:2]
    assert max(height, width) <= deck.IMAGE_MAX_SIDE
    assert abs(width / height - 5) < 0.05


def test_a_page_renders_to_png(tmp_path):
    png = deck.render_page([_slide()], 2, tmp_path / "p.png", INFO, budget=BUDGET)
    from matplotlib import image

    height, width = image.imread(png).shape[:2]
    assert abs(width / height - 16 / 9) < 0.01
    with pytest.raises(deck.DeckError, match="2 pages"):
        deck.render_page([_slide()], 3, tmp_path / "p.png", INFO)


# --- reading a PDF back -------------------------------------------------------------------------


def test_pdf_facts_count_pages_of_any_pdf(tmp_path):
    with PdfPages(tmp_path / "x.pdf") as pdf:
        for _ in range(3):
            pdf.savefig(Figure(figsize=(8, 6)))
    facts = deck.pdf_facts((tmp_path / "x.pdf").read_bytes())
    assert facts.pages == 3 and abs(facts.ratio - 4 / 3) < 0.01


@pytest.mark.parametrize("data", [b"", b"bonjour", b"%PDF-1.4\n" + b"x" * 100, "texte",
                                  b"%PDF-1.4\n/Type /Pages /Count 3\n%%EOF"])
def test_pdf_facts_refuse_what_is_not_a_readable_pdf(data):
    with pytest.raises(deck.DeckError):
        deck.pdf_facts(data)


def test_encode_and_decode_a_file(tmp_path):
    (tmp_path / "f.bin").write_bytes(b"\x00\x01%PDF")
    text = deck.encode_file(tmp_path / "f.bin")
    assert deck.decode_file(text) == b"\x00\x01%PDF"
    for bad in ("", None, "pas du base64 !", 12):
        with pytest.raises(deck.DeckError):
            deck.decode_file(bad)
    with pytest.raises(deck.DeckError, match="introuvable"):
        deck.encode_file(tmp_path / "absent.pdf")
    assert base64.b64decode(text) == b"\x00\x01%PDF"


# --- drafting from HTML -------------------------------------------------------------------------

CAHIER = """<!DOCTYPE html><html lang="fr"><head><title>t</title><style>h2 {color: red}</style></head><body>
<header><h1>Cahier de préconisations</h1></header>
<nav><h2>Sommaire</h2><ol><li>Problème</li></ol></nav>
<section><h2>1. Récapitulatif de la problématique</h2><p>La marque a perdu la confiance. Elle doit la
regagner.</p><ul><li>Sentiment négatif</li><li>Ventes en baisse</li></ul></section>
<section><h2>2. Planning</h2><table><thead><tr><th>Mois</th><th>Temps fort</th></tr></thead>
<tbody><tr><td>Janvier</td><td>Transparence</td></tr></tbody></table></section>
<footer>Document confidentiel</footer></body></html>"""


def test_draft_from_html_one_slide_per_section(tmp_path):
    (tmp_path / "c.html").write_text(CAHIER, encoding="utf-8")
    title, slides = deck.draft_from_html(tmp_path / "c.html", 600)
    assert title == "Cahier de préconisations"
    assert [s.title for s in slides] == ["Récapitulatif de la problématique", "Planning"]
    assert slides[0].message == "La marque a perdu la confiance."
    assert slides[0].bullets == ("Sentiment négatif", "Ventes en baisse")
    assert slides[1].bullets == ("Janvier — Transparence",)  # the header row is not content
    assert sum(s.seconds for s in slides) == 600


def test_the_html_reader_is_bounded_against_hostile_files(tmp_path):
    hostile = ("<h2>" + "T" * 10_000 + "</h2>" + "<p>" + "mot " * 50_000 + "</p>"
               + "<div>" * 100_000 + "<h2>x</h2>" * 5_000 + "<script>" + "<h2>caché</h2>" * 10 + "</script>"
               + "<p>&#0; &#xD800; &bogus; <![CDATA[x]]> <!-- <h2>commentaire</h2>")
    path = tmp_path / "h.html"
    path.write_text(hostile, encoding="utf-8")
    _, sections = deck.read_sections(path)
    assert len(sections) <= deck.MAX_SECTIONS
    assert all(len(s.title) <= 300 and s.size <= deck.MAX_SECTION_CHARS for s in sections)
    assert not any("caché" in s.title or "commentaire" in s.title for s in sections)
    big = tmp_path / "big.html"
    big.write_bytes(b"<h2>a</h2><p>" + b"x" * (deck.MAX_HTML_BYTES * 2) + b"</p><h2>fin</h2>")
    assert [s.title for s in deck.read_sections(big)[1]] == ["a"]  # read no further than 2 Mo
    binary = tmp_path / "b.html"
    binary.write_bytes(bytes(range(256)) * 100)
    assert deck.read_sections(binary)[1] == []
    with pytest.raises(deck.DeckError, match="introuvable"):
        deck.read_sections(tmp_path / "absent.html")
