"""A bloc's oral defence, whatever the bloc: the parts the talk covers, its time budget, the deck's files.

Blocs 1 and 3 are presented before a jury (:mod:`cmcert_lib.facts.soutenance` has the durations). Each
describes its talk once, as an :class:`OralPlan` (its parts, the day and place, the deck's title); the
plan table, the timing line, the deck's PDF and speaker notes (:mod:`cmcert_lib.domain.deck`) and the
files read back for grading are the same for both.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd

from cmcert_lib.domain import deck
from cmcert_lib.facts import brand, french, soutenance

OPENING = "ouverture"  # the key of a slide outside the required parts (the opening, a transition)


@dataclass(frozen=True)
class OralPlan:
    bloc: int
    parts: tuple[tuple[str, str], ...]  # (key a slide names in « partie », French label), in talk order
    pitch_date: date
    place: str
    deck_title: str
    deck_pdf: str = "soutenance.pdf"
    deck_notes: str = "notes_orateur.md"

    @property
    def oral(self) -> soutenance.OralFormat:
        found = soutenance.oral_format(self.bloc)
        if found is None:
            raise ValueError(f"Le bloc {self.bloc} n'a pas d'oral dans le référentiel.")
        return found

    @property
    def budget(self) -> deck.TimeBudget:
        return deck.TimeBudget.of(self.oral)

    @property
    def part_labels(self) -> dict[str, str]:
        return dict(self.parts)

    def plan_table(self, plan: Any) -> pd.DataFrame:
        """The plan as a table to read: page, part, title, duration, time slot, bullets, picture."""
        slides = deck.parse_plan(plan)
        rows = []
        for page, (slide, (start, end)) in enumerate(zip(slides, deck.time_slots(slides), strict=True), start=2):
            rows.append({
                "Page": page,
                "Partie": self.part_labels.get(slide.part, slide.part or "—"),
                "Titre": slide.title,
                "Durée": deck.duration_fr(slide.seconds),
                "Créneau": f"{deck.clock(start)} → {deck.clock(end)}",
                "Puces": len(slide.bullets),
                "Image": Path(slide.image).name if slide.image else "—",
            })
        return pd.DataFrame(rows)

    def timing_line(self, plan: Any) -> str:
        """French: the planned total against the jury's budget."""
        total = sum(s.seconds for s in deck.parse_plan(plan))
        return (f"Temps de parole prévu : {deck.duration_fr(total)} — budget : {self.budget.describe()} ; "
                f"{self.budget.verdict(total)}.")

    def deck_info(self, author: str, title: str | None = None) -> deck.DeckInfo:
        return deck.DeckInfo(
            title=title or self.deck_title,
            subtitle=f"Soutenance devant le jury — {french.long_date(self.pitch_date)}, {self.place}",
            author=author, when=self.pitch_date, client=brand.BRAND,
        )

    def build(self, plan: Any, author: str, livrables: str | Path = "livrables", title: str | None = None) -> deck.Deck:
        """``livrables/soutenance.pdf`` and ``livrables/notes_orateur.md`` from the plan."""
        folder = Path(livrables)
        return deck.build_deck(plan, folder / self.deck_pdf, folder / self.deck_notes, self.deck_info(author, title),
                               budget=self.budget, images_dir=folder)

    def preview(self, plan: Any, page: int, author: str = "", livrables: str | Path = "livrables",
                png: str | Path | None = None) -> Path:
        """Page ``page`` of the deck as a PNG (``livrables/apercu_page_N.png`` by default), to look at."""
        folder = Path(livrables)
        target = Path(png) if png else folder / f"apercu_page_{page}.png"
        return deck.render_page(plan, page, target, self.deck_info(author), budget=self.budget, images_dir=folder)

    def read_back(self, livrables: str | Path = "livrables") -> dict:
        """What was written, read from the files (not from memory): the PDF as base64 text and the notes."""
        folder = Path(livrables)
        notes = folder / self.deck_notes
        if not notes.is_file():
            raise deck.DeckError(f"Fichier introuvable : {notes}. Construisez d'abord la présentation.")
        return {"pdf": deck.encode_file(folder / self.deck_pdf),
                "notes": notes.read_text(encoding="utf-8", errors="replace")[: deck.MAX_NOTES_CHARS]}
