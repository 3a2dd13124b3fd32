"""SubRip (.srt) subtitles: read a file, check it against the norms, write it back.

An SRT file is a list of cues separated by a blank line; each cue is its number,
its timing ``HH:MM:SS,mmm --> HH:MM:SS,mmm`` and one or more lines of text::

    1
    00:00:00,500 --> 00:00:02,800
    Le bain, en trois gestes.

:func:`parse_srt` reads such a text (bounded: a candidate's text may be anything) and
raises :class:`SubtitleError` with a French message naming the cue at fault;
:func:`problems` lists what breaks the norms of :mod:`cmcert_lib.facts.subtitles`
(order, overlaps, line length, number of lines, duration, reading speed), cue by
cue; :func:`report` shows both as a table in a notebook.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import pandas as pd

from cmcert_lib.facts import subtitles as norms

MAX_TEXT_CHARS = 50_000  # a 30-second clip's subtitles take about 1,000
MAX_CUES = 300
_TIME = r"(\d{2}):([0-5]\d):([0-5]\d),(\d{3})"
_TIMING = re.compile(rf"^{_TIME}\s*-->\s*{_TIME}$")
_TAG = re.compile(r"<[^<>]{0,20}>|\{\\[^{}]{0,20}\}")  # <i>, </b>, {\an8}: not read by the viewer
_BLANK = re.compile(r"\n[ \t]*\n")


class SubtitleError(ValueError):
    """An SRT text that cannot be read; the message is French, for the candidate."""


@dataclass(frozen=True)
class Cue:
    number: int  # as written in the file
    start_ms: int
    end_ms: int
    lines: tuple[str, ...]

    @property
    def duration_ms(self) -> int:
        return self.end_ms - self.start_ms

    @property
    def text(self) -> str:
        return " ".join(self.lines)

    @property
    def chars(self) -> int:
        """Characters the viewer reads: every character of every line, spaces included, line breaks not."""
        return sum(len(line) for line in self.lines)

    @property
    def cps(self) -> float:
        """Reading speed in characters a second (infinite for a cue of no duration)."""
        return self.chars * 1000 / self.duration_ms if self.duration_ms > 0 else float("inf")


def timestamp(ms: int) -> str:
    """« 00:00:02,800 » for 2800."""
    hours, rest = divmod(int(ms), 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d},{millis:03d}"


def _ms(hours: str, minutes: str, seconds: str, millis: str) -> int:
    return ((int(hours) * 60 + int(minutes)) * 60 + int(seconds)) * 1000 + int(millis)


def parse_srt(text: Any) -> list[Cue]:
    """The cues of an SRT text, in the file's order; SubtitleError (French) when it cannot be read."""
    if not isinstance(text, str):
        raise SubtitleError("Les sous-titres doivent être un texte au format SRT (entre guillemets triples \"\"\").")
    if len(text) > MAX_TEXT_CHARS:
        raise SubtitleError(f"Le texte des sous-titres est trop long (plus de {MAX_TEXT_CHARS} caractères).")
    body = text.replace("\ufeff", "").replace("\r\n", "\n").replace("\r", "\n").strip()
    if not body:
        raise SubtitleError("Le fichier de sous-titres est vide.")
    blocks = _BLANK.split(body)
    if len(blocks) > MAX_CUES:
        raise SubtitleError(f"Trop de sous-titres (plus de {MAX_CUES}) pour une vidéo courte.")
    cues = []
    for position, block in enumerate(blocks, start=1):
        lines = [line.strip() for line in block.strip("\n").split("\n")]
        where = f"Sous-titre en position {position}"
        if not lines[0].isdigit() or len(lines[0]) > 6:
            raise SubtitleError(
                f"{where} : la première ligne doit être son numéro, « {_short(lines[0])} » n'en est pas un "
                "(une ligne vide sépare deux sous-titres, et jamais deux lignes d'un même sous-titre).")
        number = int(lines[0])
        where = f"Sous-titre n° {number}"
        if len(lines) < 2:
            raise SubtitleError(f"{where} : il manque la ligne de temps (HH:MM:SS,mmm --> HH:MM:SS,mmm).")
        timing = _TIMING.match(lines[1])
        if timing is None:
            raise SubtitleError(
                f"{where} : ligne de temps « {_short(lines[1])} » illisible ; le format SRT est "
                "HH:MM:SS,mmm --> HH:MM:SS,mmm (deux chiffres par unité, une virgule avant les trois "
                "chiffres des millisecondes).")
        words = [line for line in lines[2:] if line]
        if not words:
            raise SubtitleError(f"{where} : il n'a pas de texte.")
        groups = timing.groups()
        cues.append(Cue(number, _ms(*groups[:4]), _ms(*groups[4:]), tuple(_TAG.sub("", w) for w in words)))
    return cues


def _short(text: str) -> str:
    return text if len(text) <= 50 else text[:47] + "…"


def _seconds(ms: int) -> str:
    return f"{ms / 1000:.3f}".rstrip("0").rstrip(".").replace(".", ",") + " s"


def problems(cues: list[Cue], max_cps: float = norms.MAX_CPS) -> list[tuple[int, str]]:
    """What breaks the norms, as (cue number, French description) pairs, in the file's order."""
    found: list[tuple[int, str]] = []
    previous: Cue | None = None
    for position, cue in enumerate(cues, start=1):
        def add(what: str, cue: Cue = cue) -> None:
            found.append((cue.number, what))

        if cue.number != position:
            add(f"numéro {cue.number} à la position {position} : les sous-titres se numérotent 1, 2, 3… "
                "dans l'ordre du temps")
        if cue.end_ms <= cue.start_ms:
            add("sa fin n'est pas après son début")
        if previous is not None and cue.start_ms < previous.start_ms:
            add(f"il commence avant le sous-titre n° {previous.number} qui le précède : remettez les "
                "sous-titres dans l'ordre du temps")
        elif previous is not None and cue.start_ms < previous.end_ms:
            add(f"il chevauche le sous-titre n° {previous.number} (qui finit à "
                f"{timestamp(previous.end_ms)}) : deux sous-titres ne s'affichent jamais en même temps")
        if len(cue.lines) > norms.MAX_LINES:
            add(f"{len(cue.lines)} lignes : {norms.MAX_LINES} au plus")
        long_lines = [line for line in cue.lines if len(line) > norms.MAX_LINE_CHARS]
        if long_lines:
            add(f"une ligne de {len(long_lines[0])} caractères : {norms.MAX_LINE_CHARS} au plus par ligne")
        if 0 < cue.duration_ms < norms.MIN_CUE_MS:
            add(f"affiché {_seconds(cue.duration_ms)} : moins de 5/6 de seconde, on n'a pas le temps de le voir")
        if cue.duration_ms > norms.MAX_CUE_MS:
            add(f"affiché {_seconds(cue.duration_ms)} : {norms.MAX_CUE_MS // 1000} secondes au plus")
        if cue.duration_ms > 0 and cue.chars * 1000 > max_cps * cue.duration_ms:
            add(f"vitesse de lecture de {cue.cps:.1f} caractères par seconde".replace(".", ",")
                + f" : {max_cps:g} au plus (raccourcissez le texte ou allongez son affichage)")
        previous = cue
    return found


def report(text: Any) -> pd.DataFrame:
    """The cues of an SRT text, one row each, with their reading speed and their problems (French columns).

    Raises SubtitleError when the text cannot be read at all.
    """
    cues = parse_srt(text)
    faults: dict[int, list[str]] = {}
    for number, what in problems(cues):
        faults.setdefault(number, []).append(what)
    return pd.DataFrame(
        [{"N°": c.number, "Début": timestamp(c.start_ms), "Fin": timestamp(c.end_ms),
          "Durée (s)": c.duration_ms / 1000, "Caractères": c.chars, "Car./s": round(c.cps, 1),
          "Texte": " / ".join(c.lines), "Problèmes": " ; ".join(faults.get(c.number, []))}
         for c in cues])


def to_srt(cues: list[Cue]) -> str:
    """The SRT text of cues, numbered from 1 in the given order."""
    return "\n".join(
        f"{i}\n{timestamp(c.start_ms)} --> {timestamp(c.end_ms)}\n" + "\n".join(c.lines) + "\n"
        for i, c in enumerate(cues, start=1))


def covered_ms(cues: list[Cue], start_ms: int, end_ms: int) -> int:
    """How many milliseconds of [start_ms, end_ms] some cue shows (overlaps counted once)."""
    spans = sorted((max(c.start_ms, start_ms), min(c.end_ms, end_ms)) for c in cues)
    total, reached = 0, start_ms
    for begin, end in spans:
        begin = max(begin, reached)
        if end > begin:
            total += end - begin
            reached = end
    return total
