"""Checks and scorers of an oral defence's preparation, for every bloc with an oral (Blocs 1 and 3).

The slide plan is judged on what a jury notices before listening to a word: the expected contents
are all there, the talk fits the time given, slides are light, each carries one message, and the
speaker notes say more than the slide. The deck is judged on the files themselves, read back and
sent as plain data: a readable 16:9 PDF whose pages are the title page plus one per slide of the
notes, and notes that give each slide its time slot and the total against the budget. How the
candidate speaks is the jury's part (manual cells and the oral itself).

A bloc registers its two questions with :func:`register_questions` and its
:class:`~cmcert_lib.domain.oral.OralPlan`.
"""

from __future__ import annotations

from cmcert_lib.checks import content
from cmcert_lib.checks.core import CheckFailed, Outcome, as_mapping, expect, same_label, scorer, visible
from cmcert_lib.domain import deck
from cmcert_lib.domain.oral import OPENING, OralPlan

PLAN_FORM = ("une liste de diapositives, chacune un dictionnaire (partie, titre, message, puces, image, notes, "
             "duree en secondes)")
DECK_FORM = "le dictionnaire renvoyé par read_back() : {\"pdf\": ..., \"notes\": ...}"

# A slide spoken less than this or longer than that is a slip of the plan, not a rhythm.
MIN_SLIDE_S = 20
MAX_SLIDE_S = 240
# Notes say more than the slide when they bring at least this many content words of their own.
MIN_NEW_NOTE_WORDS = 10


def _slides(answer) -> list[deck.Slide]:
    try:
        return deck.parse_plan(answer)
    except deck.DeckError as exc:
        raise CheckFailed(*str(exc).split("\n")) from None


def part_key(slide: deck.Slide, talk: OralPlan) -> str:
    """The part key a slide names, spelt as the talk's parts spell it (accents and case set aside)."""
    for key, label in (*talk.parts, (OPENING, "Ouverture")):
        if same_label(slide.part, key) or same_label(slide.part, label):
            return key
    return slide.part


def _words_of(text: str) -> int:
    return len(text.split())


def check_slide_plan(answer, talk: OralPlan) -> str:
    """The visible check of a slide plan: every slide names a known part; the timing and the parts covered."""
    slides = _slides(answer)
    known = {k for k, _ in talk.parts} | {OPENING, ""}
    for number, slide in enumerate(slides, start=2):
        expect(part_key(slide, talk) in known,
               f"Page {number} : partie « {slide.part} » inconnue ; choisissez parmi "
               f"{', '.join(k for k, _ in talk.parts)} ou « {OPENING} ».")
    covered = {part_key(s, talk) for s in slides} & set(talk.part_labels)
    return (f"{len(slides)} diapositive(s) ; {talk.timing_line(answer)} Parties couvertes : "
            f"{len(covered)} sur {len(talk.parts)}.")


def _says_something(text: str) -> bool:
    return not content.is_filler(text)


def score_slide_plan(answer, expected, talk: OralPlan) -> Outcome:
    """Contents covered (30 %), time (20 %), light slides (15 %), one message a slide (15 %), speaker notes
    that say more than the slide (20 %). Slide shares are counted over at least as many slides as there
    are parts to cover: a plan too short to cover them cannot earn them."""
    slides = _slides(answer)
    parts = list(expected["parties"])
    remarks = []
    counted = max(len(slides), len(parts))

    # A title is short by nature (« Le benchmark »): it only has to be more than a placeholder.
    covered = {part_key(s, talk) for s in slides
               if not content.is_placeholder(s.title) and _says_something(s.message)}
    missing = [talk.part_labels.get(p, p) for p in parts if p not in covered]
    coverage = (len(parts) - len(missing)) / len(parts)
    if missing:
        remarks.append("Partie(s) sans diapositive qui la présente (titre et message rédigés) : "
                       + ", ".join(f"« {m} »" for m in missing) + ".")

    total = sum(s.seconds for s in slides)
    gap, margin = total - float(expected["duree_s"]), float(expected["marge_s"])
    if abs(gap) <= margin:
        fit = 1.0
    elif abs(gap) <= 2 * margin:
        fit = 0.5
    else:
        fit = 0.0
    if fit < 1:
        way = "dépasse" if gap > 0 else "n'utilise pas"
        remarks.append(f"Le temps prévu ({deck.duration_fr(total)}) {way} le temps de présentation donné par "
                       f"le jury, au-delà de la marge admise (écart de {deck.duration_fr(abs(gap))}).")
    paced = [s for s in slides if MIN_SLIDE_S <= s.seconds <= MAX_SLIDE_S]
    if len(paced) < len(slides):
        remarks.append(f"{len(slides) - len(paced)} diapositive(s) durent moins de {MIN_SLIDE_S} s ou plus de "
                       f"{MAX_SLIDE_S // 60} min : découpez ou regroupez.")
    timing = fit * len(paced) / len(slides)

    max_bullets, max_words = int(expected["max_puces"]), int(expected["max_mots_puce"])
    light = [s for s in slides if len(s.bullets) <= max_bullets and all(_words_of(b) <= max_words for b in s.bullets)]
    if len(light) < len(slides):
        remarks.append(f"{len(slides) - len(light)} diapositive(s) trop chargée(s) : au plus {max_bullets} puces de "
                       f"{max_words} mots chacune ; le détail va dans vos notes.")
    density = len(light) / counted

    messages = [s.message for s in slides]
    repeats = content.repeated(messages)
    limit = int(expected["max_mots_message"])
    single = [i for i, s in enumerate(slides)
              if _says_something(s.message) and i not in repeats and len(deck.sentences(s.message)) == 1
              and _words_of(s.message) <= limit]
    if len(single) < len(slides):
        remarks.append(f"{len(slides) - len(single)} diapositive(s) sans message clé d'une seule phrase de {limit} "
                       "mots au plus (message absent, vague, répété d'une autre diapositive ou en plusieurs "
                       "phrases).")
    message_share = len(single) / counted

    notes = [s.notes for s in slides]
    note_repeats = content.repeated(notes)
    minimum = int(expected["min_mots_notes"])
    spoken = []
    copied = 0
    for index, slide in enumerate(slides):
        shown = set(content.words(" ".join([slide.title, slide.message, *slide.bullets])))
        own = set(content.words(slide.notes)) - shown
        if content.is_filler(slide.notes) or index in note_repeats:
            continue
        if len(own) < MIN_NEW_NOTE_WORDS:
            copied += 1
        elif _words_of(slide.notes) >= minimum:
            spoken.append(index)
    if copied:
        remarks.append(f"{copied} diapositive(s) dont les notes recopient la diapositive au lieu de dire ce que vous "
                       "ajouterez à l'oral.")
    thin = len(slides) - len(spoken) - copied
    if thin:
        remarks.append(f"{thin} diapositive(s) sans notes d'orateur utiles (au moins {minimum} mots, propres à la "
                       "diapositive).")
    notes_share = len(spoken) / counted

    fraction = 0.3 * coverage + 0.2 * timing + 0.15 * density + 0.15 * message_share + 0.2 * notes_share
    return Outcome(fraction, remarks)


def _files(answer) -> tuple[bytes | None, str, str | None]:
    """The PDF's bytes (or None and why), and the notes' text."""
    files = as_mapping(answer, "livrable_soutenance")
    notes = files.get("notes")
    notes = notes if isinstance(notes, str) else ""
    try:
        return deck.decode_file(files.get("pdf")), notes, None
    except deck.DeckError as exc:
        return None, notes, str(exc)


def check_deck_files(answer) -> str:
    """The visible check of the deck read back: a readable PDF, notes that time the slides."""
    data, notes, problem = _files(answer)
    if data is None:
        raise CheckFailed(f"PDF de la présentation : {problem}")
    try:
        facts = deck.pdf_facts(data)
    except deck.DeckError as exc:
        raise CheckFailed(f"PDF de la présentation : {exc}") from None
    found = deck.notes_facts(notes)
    line = f"PDF lisible : {facts.pages} pages ; notes d'orateur : {len(found.slots)} diapositive(s)."
    # What follows costs points but is no fault of form: the candidate reads it here, the scorer counts it.
    if not found.slots:
        line += (" Attention : les notes ne donnent le créneau d'aucune diapositive ; relisez "
                 "livrables/notes_orateur.md, écrit par build().")
    elif facts.pages != len(found.slots) + 1:
        line += (" Attention : le PDF doit avoir la page de titre puis une page par diapositive des notes ; "
                 "reconstruisez les deux fichiers ensemble.")
    return line


def score_deck_files(answer, expected) -> Outcome:
    """A readable PDF (30 %), in 16:9 (10 %), with the title page and one page per slide of the notes (35 %),
    and notes that time each slide from the start and give the total against the budget (25 %)."""
    data, notes, problem = _files(answer)
    remarks = []
    facts = None
    if data is None:
        remarks.append(f"Le PDF de la présentation manque : {problem}")
    else:
        try:
            facts = deck.pdf_facts(data)
        except deck.DeckError as exc:
            remarks.append(f"Le PDF de la présentation est illisible : {exc}")
    readable = facts is not None
    wide = readable and abs(facts.ratio - float(expected["ratio"])) < 0.02
    if readable and not wide:
        remarks.append("Les pages ne sont pas au format 16:9 des vidéoprojecteurs.")
    found = deck.notes_facts(notes)
    slides = len(found.slots)
    pages_right = readable and slides > 0 and facts.pages == slides + int(expected["page_titre"])
    if readable and not pages_right:
        remarks.append(f"Le PDF compte {facts.pages} pages pour {slides} diapositive(s) dans les notes : il faut la "
                       "page de titre puis une page par diapositive, construites ensemble.")
    starts = [0, *(slot[3] for slot in found.slots[:-1])]  # each slide starts where the previous one ends
    chained = slides > 0 and all(slot[2] == start < slot[3] for slot, start in zip(found.slots, starts, strict=True))
    if not chained:
        remarks.append("Les notes d'orateur ne donnent pas à chaque diapositive son créneau, de 00:00 à la fin.")
    budget = found.has_budget and found.total_line
    if not budget:
        remarks.append("Les notes d'orateur ne comparent pas le temps prévu au budget du jury.")
    fraction = 0.3 * readable + 0.1 * wide + 0.35 * pages_right + 0.125 * chained + 0.125 * budget
    return Outcome(fraction, remarks)


def register_questions(bloc: str, talk: OralPlan) -> None:
    """Register a bloc's two oral questions, ``<bloc>.plan_soutenance`` and ``<bloc>.soutenance_deck``."""
    visible(f"{bloc}.plan_soutenance", form=PLAN_FORM)(lambda answer: check_slide_plan(answer, talk))
    scorer(f"{bloc}.plan_soutenance", form=PLAN_FORM)(
        lambda answer, expected: score_slide_plan(answer, expected, talk))
    visible(f"{bloc}.soutenance_deck", form=DECK_FORM)(check_deck_files)
    scorer(f"{bloc}.soutenance_deck", form=DECK_FORM)(score_deck_files)
