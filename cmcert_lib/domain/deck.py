"""A presentation deck for an oral before a jury: a slide plan as plain data, a 16:9 PDF, speaker notes.

Every bloc the referential evaluates at an oral (Bloc 1's C1.7.1, Bloc 3's C3.4.1) asks the candidate
to present their written file. The candidate writes a **slide plan**, a list of dicts with French keys
(the words of the notebooks):

- ``titre``: the slide's title;
- ``message``: its key message, one sentence;
- ``puces``: a few short bullets (a list of texts, may be empty);
- ``image``: optional, a picture of ``livrables/`` (PNG or JPEG), fitted without distortion;
- ``notes``: the speaker notes, what the candidate says beyond the bullets;
- ``duree``: the time the slide is spoken, in seconds;
- ``partie``: optional, the part of the expected contents the slide covers (a bloc's own keys).

:func:`build_deck` turns it, headless and offline, into a PDF (matplotlib's ``PdfPages``: a title
page, then one page per slide, numbered, with the cumulative timing in the footer) and the speaker
notes outline (Markdown: the time slot of each slide, its notes, the planned total against the jury's
budget). :func:`draft_from_html` drafts a plan from the candidate's own HTML file (one slide per
second-level section), so they start from what they wrote.

Candidate text is untrusted: every text is bounded and wrapped, characters the font lacks become
« □ », ``$`` never starts mathtext, a missing or unreadable image becomes a visible French note on
the slide. The only errors raised are :class:`DeckError`, in French.
"""

from __future__ import annotations

import base64
import html
import math
import re
import textwrap
import unicodedata
import warnings
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from cmcert_lib.facts import french

# --- the plan --------------------------------------------------------------------------------

MAX_SLIDES = 40  # far beyond any 20-minute talk; a longer plan is a mistake, not a deck
MAX_TEXT_CHARS = 4_000  # one field of one slide (notes included); longer text is cut with « … »
MAX_BULLETS_KEPT = 12
MAX_SLIDE_SECONDS = 3_600
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")
MAX_IMAGE_BYTES = 20 * 1024 * 1024
MAX_IMAGE_PIXELS = 40_000_000  # width x height read from the header, before decoding
IMAGE_MAX_SIDE = 1_600  # pixels kept per side: enough for a projector, keeps the PDF light

# French keys of a slide (as the notebooks write them), accents and case set aside.
KEYS = {"titre": "title", "message": "message", "puces": "bullets", "image": "image", "notes": "notes",
        "duree": "seconds", "partie": "part"}


class DeckError(ValueError):
    """A plan or a file the deck cannot be made from; the message is French, for the candidate."""


@dataclass(frozen=True)
class Slide:
    title: str
    message: str = ""
    bullets: tuple[str, ...] = ()
    image: str = ""
    notes: str = ""
    seconds: float = 0.0
    part: str = ""


def _key(text: Any) -> str:
    decomposed = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]+", "_", decomposed.lower()).strip("_")


def clean_text(value: Any, limit: int = MAX_TEXT_CHARS) -> str:
    """A candidate's text made safe to lay out: a string, no control characters, spaces collapsed
    (line breaks kept), at most ``limit`` characters (cut on « … »)."""
    if value is None:
        return ""
    if isinstance(value, float) and math.isnan(value):
        return ""
    text = value if isinstance(value, str) else str(value)
    text = text[: limit * 4]  # bound the work before normalising
    text = unicodedata.normalize("NFC", text)
    text = "".join(
        ch if ch == "\n" or unicodedata.category(ch)[0] != "C" else " " for ch in text.replace("\r\n", "\n")
    )
    text = "\n".join(re.sub(r"[ \t\u2000-\u200b\u3000]+", " ", line).strip() for line in text.split("\n"))
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


def one_line(value: Any, limit: int) -> str:
    """:func:`clean_text` on one line (a title, a message, a bullet)."""
    return " ".join(clean_text(value, limit).split())


def _seconds(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise DeckError(f"{where} : « duree » doit être un nombre de secondes (par exemple 90 pour 1 min 30).")
    if not 0 < value <= MAX_SLIDE_SECONDS:
        raise DeckError(f"{where} : « duree » doit être comprise entre 1 et {MAX_SLIDE_SECONDS} secondes.")
    return float(value)


def parse_plan(plan: Any) -> list[Slide]:
    """The slides of a plan (a list of dicts with the French keys of the module's docstring).

    Content is bounded, never refused; only the shape is: a plan that is not a list of dicts, a slide
    without a title, a duration that is not a number of seconds raise :class:`DeckError`, naming every
    slide at fault.
    """
    if hasattr(plan, "to_dict") and hasattr(plan, "columns"):  # a DataFrame, one row a slide
        plan = plan.to_dict("records")
    if isinstance(plan, (str, bytes, Mapping)) or not isinstance(plan, Iterable):
        raise DeckError("Le plan doit être une liste de diapositives, chacune un dictionnaire "
                        "(titre, message, puces, image, notes, duree).")
    items = list(plan)[: MAX_SLIDES + 1]
    if not items:
        raise DeckError("Le plan est vide : écrivez au moins une diapositive.")
    if len(items) > MAX_SLIDES:
        raise DeckError(f"Le plan compte plus de {MAX_SLIDES} diapositives : ce n'est plus une présentation orale.")
    slides, faults = [], []
    for number, item in enumerate(items, start=1):
        where = f"Diapositive {number}"
        if not isinstance(item, Mapping):
            faults.append(f"{where} : un dictionnaire est attendu (titre, message, puces, notes, duree).")
            continue
        fields = {KEYS[k]: v for k, v in ((_key(k), v) for k, v in item.items()) if k in KEYS}
        title = one_line(fields.get("title"), 200)
        if not title:
            faults.append(f"{where} : le titre manque.")
        try:
            seconds = _seconds(fields.get("seconds"), where)
        except DeckError as exc:
            faults.append(str(exc))
            seconds = 0.0
        bullets = fields.get("bullets") or []
        if isinstance(bullets, str):
            bullets = [line.lstrip("-•* ").strip() for line in bullets.split("\n")]
        elif not isinstance(bullets, Iterable) or isinstance(bullets, Mapping):
            bullets = [bullets]
        kept = [one_line(b, 400) for b in list(bullets)[:MAX_BULLETS_KEPT]]
        slides.append(Slide(
            title=title,
            message=one_line(fields.get("message"), 600),
            bullets=tuple(b for b in kept if b),
            image=one_line(fields.get("image"), 300),
            notes=clean_text(fields.get("notes")),
            seconds=seconds,
            part=one_line(fields.get("part"), 60),
        ))
    if faults:
        raise DeckError("\n".join(faults))
    return slides


def plan_of(slides: Sequence[Slide]) -> list[dict]:
    """The plain-data plan of slides (the French keys), e.g. to let a candidate edit a draft."""
    return [{"partie": s.part, "titre": s.title, "message": s.message, "puces": list(s.bullets),
             "image": s.image, "notes": s.notes, "duree": int(s.seconds) if s.seconds == int(s.seconds)
             else s.seconds} for s in slides]


# --- time -----------------------------------------------------------------------------------


def clock(seconds: float) -> str:
    """``95`` -> ``"01:35"`` (minutes:seconds from the start of the talk)."""
    whole = round(seconds)
    return f"{whole // 60:02d}:{whole % 60:02d}"


def duration_fr(seconds: float) -> str:
    """``95`` -> ``"1 min 35 s"``, ``1200`` -> ``"20 min"``, ``40`` -> ``"40 s"``."""
    whole = round(abs(seconds))
    minutes, rest = divmod(whole, 60)
    parts = ([f"{minutes}{french.UNIT_SPACE}min"] if minutes else []) + (
        [f"{rest}{french.UNIT_SPACE}s"] if rest or not minutes else [])
    return " ".join(parts)


@dataclass(frozen=True)
class TimeBudget:
    """What the jury gives: the presentation's length and the margin within which it is on time."""

    presentation_s: int
    margin_s: int
    exchange_s: int = 0

    @classmethod
    def of(cls, oral) -> TimeBudget:
        """The budget of an oral format (:class:`cmcert_lib.facts.soutenance.OralFormat`)."""
        return cls(oral.presentation_minutes * 60, oral.margin_minutes * 60, oral.exchange_minutes * 60)

    def verdict(self, total_s: float) -> str:
        """French: whether a talk of ``total_s`` seconds fits the budget."""
        gap = total_s - self.presentation_s
        if abs(gap) <= self.margin_s:
            return "dans le temps imparti"
        if gap > 0:
            return f"trop long de {duration_fr(gap)} : le jury vous arrêtera avant la fin"
        return f"trop court de {duration_fr(-gap)} : vous n'utilisez pas le temps donné"

    def describe(self) -> str:
        text = (f"{duration_fr(self.presentation_s)} de présentation "
                f"(à {duration_fr(self.margin_s)} près)")
        if self.exchange_s:
            text += f", puis {duration_fr(self.exchange_s)} d'échanges avec le jury"
        return text


def time_slots(slides: Sequence[Slide]) -> list[tuple[float, float]]:
    """(start, end) of each slide, in seconds from the start of the talk."""
    slots, start = [], 0.0
    for slide in slides:
        slots.append((start, start + slide.seconds))
        start += slide.seconds
    return slots


# --- French typography and layout of text ---------------------------------------------------

NNBSP = "\u202f"  # before ; ! ? and inside « »
NBSP = french.UNIT_SPACE  # before :
MISSING_GLYPH = "□"


def typeset(text: str) -> str:
    """French typography: curly apostrophe, « » with non-breaking spaces, a thin non-breaking space
    before ; ! ? and a non-breaking one before :, « … » for three dots. URLs and clock times keep
    their colons (only a colon followed by a space is a French colon)."""
    text = re.sub(r"(?<=\w)'(?=\w)", "’", text)
    text = re.sub(r'"([^"\n]{1,300})"', r"«\1»", text)
    text = re.sub(r"«\s*", "«" + NNBSP, text)
    text = re.sub(r"\s*»", NNBSP + "»", text)
    text = re.sub(r"(?<=\S)\s*([;!?])(?=\s|$)", NNBSP + r"\1", text)
    text = re.sub(r"(?<=\S)\s*:(?=\s|$)", NBSP + ":", text)
    return text.replace("...", "…")


@lru_cache(maxsize=1)
def _charmap() -> frozenset[int]:
    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font

    path = font_manager.findfont("DejaVu Sans", fallback_to_default=True)
    return frozenset(FT2Font(path).get_charmap())


def printable(text: str) -> str:
    """The text with every character the slides' font cannot draw replaced by « □ »."""
    known = _charmap()
    return "".join(ch if ch == "\n" or ord(ch) in known else MISSING_GLYPH for ch in text)


def wrap(text: str, width: int, max_lines: int) -> list[str]:
    """``text`` wrapped at ``width`` characters, at most ``max_lines`` lines (the last one ends on « … »
    when text is left out); non-breaking spaces keep their words together."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines += textwrap.wrap(paragraph, width=width, break_long_words=True, break_on_hyphens=False) or [""]
        if len(lines) > max_lines:
            break
    while lines and not lines[-1]:
        lines.pop()
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1][: max(1, width - 2)].rstrip()
        lines[-1] = last + " …"
    return lines


# --- images -----------------------------------------------------------------------------------


def _find_image(name: str, images_dir: Path | None) -> Path:
    candidate = Path(name)
    if candidate.is_file() or images_dir is None:
        return candidate
    inside = images_dir / candidate
    return inside if inside.is_file() else images_dir / candidate.name


def load_image(name: str, images_dir: Path | None = None):
    """The picture ``name`` as an RGB(A) array, or a French note saying why it cannot be shown."""
    import numpy as np
    from PIL import Image

    path = _find_image(name, images_dir)
    if path.suffix.lower() not in IMAGE_SUFFIXES:
        return f"Image « {name} » non prise en charge : donnez un fichier PNG ou JPEG."
    try:
        if not path.is_file():
            return (f"Image introuvable : « {name} ». Exécutez le notebook qui la produit dans "
                    "livrables/, ou retirez-la du plan.")
        if path.stat().st_size > MAX_IMAGE_BYTES:
            return f"Image « {name} » trop lourde (plus de 20 Mo) : réduisez-la."
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as picture:
                if picture.width * picture.height > MAX_IMAGE_PIXELS:
                    return f"Image « {name} » trop grande ({picture.width} × {picture.height} pixels) : réduisez-la."
                picture.draft("RGB", (IMAGE_MAX_SIDE, IMAGE_MAX_SIDE))
                picture = picture.convert("RGBA" if "A" in picture.getbands() else "RGB")
                picture.thumbnail((IMAGE_MAX_SIDE, IMAGE_MAX_SIDE))
                return np.asarray(picture)
    except Exception:  # noqa: BLE001 - any file that does not decode is the candidate's to replace
        return (f"Image illisible : « {name} » n'est pas une image PNG ou JPEG valide. Refaites-la ou "
                "retirez-la du plan.")


# --- drawing ----------------------------------------------------------------------------------

PAGE_INCHES = (13.333, 7.5)  # 16:9, the projectors' and video calls' format
INK = "#1f2a30"
ACCENT = "#2e6f73"
MUTED = "#5a6b70"
PALE = "#eef5f5"
WARNING_BG = "#fff4e5"
WARNING_INK = "#8a4b00"


@dataclass(frozen=True)
class DeckInfo:
    """What the title page and every footer show."""

    title: str
    subtitle: str = ""
    author: str = ""
    when: date | None = None
    client: str = ""


def _text(fig, x, y, lines: list[str], size: float, right: float = 0.96, **kwargs):
    """Lines of text from (x, y) down; a line still too wide for the page (a long word of wide letters)
    shrinks the whole block, so that nothing runs off the slide."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    artist = fig.text(x, y, "\n".join(lines), fontsize=size, parse_math=False, va="top", ha="left",
                      linespacing=1.3, **kwargs)
    if fig.canvas is None or not isinstance(fig.canvas, FigureCanvasAgg):
        FigureCanvasAgg(fig)
    renderer = fig.canvas.get_renderer()
    available = (right - x) * fig.bbox.width
    for _ in range(8):
        width = artist.get_window_extent(renderer).width
        if width <= available:
            break
        artist.set_fontsize(max(6.0, artist.get_fontsize() * max(0.6, available / width)))
    return artist


def _prepare(text: str) -> str:
    return printable(typeset(text))


def _footer(fig, info: DeckInfo, number: int, total: int, slot: tuple[float, float] | None):
    fig.add_artist(_line(fig, 0.05, 0.95, 0.075))
    left = _prepare(" — ".join(p for p in (info.client, info.title) if p))
    fig.text(0.05, 0.045, wrap(left, 70, 1)[0] if left else "", fontsize=10, color=MUTED, parse_math=False)
    fig.text(0.5, 0.045, f"{number} / {total}", fontsize=10, color=MUTED, ha="center", parse_math=False)
    if slot is not None:
        fig.text(0.95, 0.045, f"{clock(slot[0])} → {clock(slot[1])}", fontsize=10, color=MUTED, ha="right",
                 parse_math=False)


def _line(fig, x0, x1, y):
    from matplotlib.lines import Line2D

    return Line2D([x0, x1], [y, y], transform=fig.transFigure, color="#c9dcdc", linewidth=1)


def title_figure(info: DeckInfo, slides: Sequence[Slide], budget: TimeBudget | None):
    from matplotlib.figure import Figure
    from matplotlib.patches import Rectangle

    fig = Figure(figsize=PAGE_INCHES)
    fig.add_artist(Rectangle((0, 0.62), 1, 0.38, transform=fig.transFigure, color=ACCENT))
    _text(fig, 0.06, 0.9, wrap(_prepare(info.title or "Présentation"), 45, 2), 34, right=0.94, color="white",
          weight="bold")
    if info.subtitle:
        _text(fig, 0.06, 0.55, wrap(_prepare(info.subtitle), 70, 2), 20, color=INK)
    meta = [m for m in (info.client and f"Client : {info.client}", info.author,
                        info.when and french.long_date(info.when)) if m]
    _text(fig, 0.06, 0.38, [line for m in meta for line in wrap(_prepare(m), 90, 2)], 15, color=MUTED)
    total = sum(s.seconds for s in slides)
    timing = f"{len(slides)} diapositive(s), {duration_fr(total)} prévues"
    if budget:
        timing += f" pour {duration_fr(budget.presentation_s)} de présentation"
    _text(fig, 0.06, 0.16, [_prepare(timing)], 13, color=MUTED)
    _footer(fig, info, 1, len(slides) + 1, None)
    return fig


def _image_box(fig, picture, box):
    """``picture`` (an array) fitted in ``box`` (figure fractions) without distortion, or a French note."""
    from matplotlib.patches import FancyBboxPatch

    if isinstance(picture, str):
        x, y, w, h = box
        fig.add_artist(FancyBboxPatch((x, y + h * 0.3), w, h * 0.4, boxstyle="round,pad=0.01",
                                      transform=fig.transFigure, facecolor=WARNING_BG, edgecolor=WARNING_INK))
        _text(fig, x + 0.015, y + h * 0.68, wrap(_prepare(picture), 62, 6), 12, right=x + w - 0.01,
              color=WARNING_INK)
        return
    ax = fig.add_axes(box)
    ax.imshow(picture, interpolation="antialiased")
    ax.set_aspect("equal", adjustable="box")  # the box shrinks to the picture, never the reverse
    ax.set_axis_off()


def slide_figure(slide: Slide, number: int, total: int, slot: tuple[float, float], info: DeckInfo,
                 images_dir: Path | None = None):
    """One slide as a matplotlib figure (16:9): title, key message, bullets, picture, footer."""
    from matplotlib.figure import Figure
    from matplotlib.patches import Rectangle

    fig = Figure(figsize=PAGE_INCHES)
    fig.add_artist(Rectangle((0, 0.965), 1, 0.035, transform=fig.transFigure, color=ACCENT))
    title = wrap(_prepare(slide.title), 52, 2)
    _text(fig, 0.05, 0.93, title, 28, color=ACCENT, weight="bold")
    top = 0.93 - 0.075 * len(title)
    if slide.message:
        message = wrap(_prepare(slide.message), 85, 3)
        _text(fig, 0.05, top - 0.01, message, 17, color=INK, style="italic")
        top -= 0.012 + 0.05 * len(message)
    has_image = bool(slide.image)
    width = 44 if has_image else 90
    y = top - 0.03
    shown = 0
    for bullet in slide.bullets:
        lines = wrap(_prepare(bullet), width, 3)
        needed = 0.043 * len(lines) + 0.025
        if y - needed < 0.1:
            break
        fig.text(0.06, y, "•", fontsize=16, color=ACCENT, va="top", parse_math=False)
        _text(fig, 0.085, y, lines, 16, right=0.48 if has_image else 0.95, color=INK)
        y -= needed
        shown += 1
    if shown < len(slide.bullets):
        fig.text(0.085, max(y, 0.1), f"(+ {len(slide.bullets) - shown} puce(s) non affichée(s) : allégez la "
                 "diapositive)", fontsize=11, color=WARNING_INK, va="top", parse_math=False)
    if has_image:
        picture = load_image(slide.image, images_dir)
        _image_box(fig, picture, (0.5, 0.11, 0.46, max(0.2, top - 0.14)))
    _footer(fig, info, number, total, slot)
    return fig


@dataclass
class Deck:
    """A built deck: where its files are and what they hold."""

    pdf: Path
    notes: Path
    slides: list[Slide]
    pages: int
    total_s: float
    budget: TimeBudget | None = None
    image_notes: list[str] = field(default_factory=list)  # French, one per picture not shown


def notes_markdown(slides: Sequence[Slide], info: DeckInfo, budget: TimeBudget | None) -> str:
    """The speaker notes outline: per slide its time slot, key message and notes; the planned total
    against the jury's budget."""
    total = sum(s.seconds for s in slides)
    lines = [f"# Notes d'orateur — {typeset(info.title or 'Présentation')}", ""]
    meta = [m for m in (info.client, info.author, info.when and french.long_date(info.when)) if m]
    if meta:
        lines += [" · ".join(typeset(m) for m in meta), ""]
    lines.append(f"**Temps de parole prévu : {duration_fr(total)}** ({len(slides)} diapositive(s)).")
    if budget:
        lines.append(f"Budget du jury : {budget.describe()}. Verdict : {budget.verdict(total)}.")
    lines += ["", "| N° | Diapositive | Créneau | Durée |", "| --- | --- | --- | --- |"]
    slots = time_slots(slides)
    for number, (slide, (start, end)) in enumerate(zip(slides, slots, strict=True), start=2):
        title = typeset(slide.title).replace("|", "/")
        lines.append(f"| {number} | {title} | {clock(start)} → {clock(end)} | {duration_fr(slide.seconds)} |")
    for number, (slide, (start, end)) in enumerate(zip(slides, slots, strict=True), start=2):
        lines += ["", f"## {number}. {typeset(slide.title)} ({clock(start)} → {clock(end)})", ""]
        if slide.message:
            lines += [f"**Message :** {typeset(slide.message)}", ""]
        # A line of the candidate's notes never becomes a heading: the headings are the slides' time slots.
        notes = re.sub(r"^(\s*)#", r"\1\\#", typeset(slide.notes), flags=re.MULTILINE)
        lines.append(notes if slide.notes else "_Pas de notes pour cette diapositive._")
    return "\n".join(lines) + "\n"


def build_deck(plan: Any, pdf_path: str | Path, notes_path: str | Path, info: DeckInfo, *,
               budget: TimeBudget | None = None, images_dir: str | Path | None = None) -> Deck:
    """Write the PDF deck (title page + one page per slide) and the speaker notes; return what was built.

    Headless (matplotlib's Agg-free PDF backend) and offline. Images are read from ``images_dir``
    (or as given); a picture that cannot be shown is a French note on its slide and in ``image_notes``.
    """
    from matplotlib.backends.backend_pdf import PdfPages

    slides = parse_plan(plan)
    pdf_path, notes_path = Path(pdf_path), Path(notes_path)
    folder = Path(images_dir) if images_dir is not None else None
    pdf_path.parent.mkdir(parents=True, exist_ok=True)
    notes_path.parent.mkdir(parents=True, exist_ok=True)
    total = len(slides) + 1
    slots = time_slots(slides)
    image_notes = []
    metadata = {"Title": info.title or "Présentation", "Author": info.author or None, "Creator": "cmcert",
                "Subject": info.subtitle or None}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a glyph or layout warning must not reach a test cell's stderr
        with PdfPages(pdf_path, metadata={k: v for k, v in metadata.items() if v}) as pdf:
            pdf.savefig(title_figure(info, slides, budget))
            for number, (slide, slot) in enumerate(zip(slides, slots, strict=True), start=2):
                if slide.image:
                    found = load_image(slide.image, folder)
                    if isinstance(found, str):
                        image_notes.append(f"Diapositive {number} : {found}")
                pdf.savefig(slide_figure(slide, number, total, slot, info, folder))
    notes_path.write_text(notes_markdown(slides, info, budget), encoding="utf-8")
    return Deck(pdf_path, notes_path, slides, pdf_page_count(pdf_path.read_bytes()),
                sum(s.seconds for s in slides), budget, image_notes)


def render_page(plan: Any, page: int, png_path: str | Path, info: DeckInfo, *, budget: TimeBudget | None = None,
                images_dir: str | Path | None = None, dpi: int = 80) -> Path:
    """Page ``page`` (1 is the title page) drawn as in the PDF, written as a PNG: a preview to look at."""
    slides = parse_plan(plan)
    if not 1 <= page <= len(slides) + 1:
        raise DeckError(f"La présentation compte {len(slides) + 1} pages : la page {page} n'existe pas.")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if page == 1:
            fig = title_figure(info, slides, budget)
        else:
            fig = slide_figure(slides[page - 2], page, len(slides) + 1, time_slots(slides)[page - 2], info,
                               Path(images_dir) if images_dir is not None else None)
        fig.savefig(png_path, dpi=dpi)
    return Path(png_path)


# --- reading a PDF back (what grading sees is the file, not what the kernel says) -------------

MAX_PDF_BYTES = 12 * 1024 * 1024
_PAGE = re.compile(rb"/Type\s*/Page(?![A-Za-z])")
_COUNT = re.compile(rb"/Type\s*/Pages\b[^>]{0,2000}?/Count\s+(\d{1,6})|/Count\s+(\d{1,6})[^>]{0,2000}?/Type\s*/Pages\b")
_MEDIABOX = re.compile(rb"/MediaBox\s*\[\s*(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s*\]")


@dataclass(frozen=True)
class PdfFacts:
    pages: int
    width_pt: float
    height_pt: float

    @property
    def ratio(self) -> float:
        return self.width_pt / self.height_pt if self.height_pt else 0.0


def pdf_facts(data: bytes) -> PdfFacts:
    """Pages and page size of a PDF read from its bytes (the objects of its page tree, uncompressed as
    matplotlib and most tools write them); :class:`DeckError` when it is not a readable PDF."""
    if not isinstance(data, (bytes, bytearray)) or not data.startswith(b"%PDF-"):
        raise DeckError("Ce fichier n'est pas un PDF (il ne commence pas par « %PDF- »).")
    if len(data) > MAX_PDF_BYTES:
        raise DeckError("Le PDF dépasse 12 Mo : allégez les images de la présentation.")
    if b"%%EOF" not in data[-2048:]:
        raise DeckError("Le PDF est incomplet (pas de fin de fichier) : refaites-le.")
    pages = len(_PAGE.findall(data))
    counts = {int(a or b) for a, b in _COUNT.findall(data)}
    if pages == 0 or (counts and pages not in counts):
        raise DeckError("Les pages de ce PDF ne se comptent pas (arbre des pages absent ou incohérent).")
    box = _MEDIABOX.search(data)
    if box is None:
        raise DeckError("Le PDF ne déclare pas la taille de ses pages.")
    x0, y0, x1, y1 = (float(v) for v in box.groups())
    return PdfFacts(pages, abs(x1 - x0), abs(y1 - y0))


def pdf_page_count(data: bytes) -> int:
    return pdf_facts(data).pages


def encode_file(path: str | Path, limit: int = MAX_PDF_BYTES) -> str:
    """A binary file as base64 text (plain data an answer can carry), or :class:`DeckError`."""
    path = Path(path)
    if not path.is_file():
        raise DeckError(f"Fichier introuvable : {path}. Construisez d'abord la présentation.")
    if path.stat().st_size > limit:
        raise DeckError(f"{path.name} dépasse {limit // (1024 * 1024)} Mo.")
    return base64.b64encode(path.read_bytes()).decode("ascii")


def decode_file(text: Any, limit: int = MAX_PDF_BYTES) -> bytes:
    """The bytes of :func:`encode_file`'s text, or :class:`DeckError`."""
    if not isinstance(text, str) or not text:
        raise DeckError("Le fichier est absent de la réponse (texte base64 attendu).")
    if len(text) > limit * 4 // 3 + 8:
        raise DeckError(f"Le fichier dépasse {limit // (1024 * 1024)} Mo.")
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        raise DeckError("Le fichier n'est pas encodé en base64 (utilisez la fonction fournie).") from None


# --- speaker notes read back ----------------------------------------------------------------

_NOTE_HEADING = re.compile(r"^## (\d{1,3})\. (.{0,300}?) \((\d{2,3}):(\d{2}) → (\d{2,3}):(\d{2})\)\s*$", re.MULTILINE)
MAX_NOTES_CHARS = 400_000


@dataclass(frozen=True)
class NotesFacts:
    slots: list[tuple[int, str, int, int]]  # (page number, title, start s, end s)
    has_budget: bool
    total_line: bool


def notes_facts(text: Any) -> NotesFacts:
    """The slides, time slots and budget line found in a speaker notes file written by :func:`build_deck`."""
    if not isinstance(text, str):
        return NotesFacts([], False, False)
    text = text[:MAX_NOTES_CHARS]
    slots = [(int(m[1]), m[2], int(m[3]) * 60 + int(m[4]), int(m[5]) * 60 + int(m[6]))
             for m in _NOTE_HEADING.finditer(text)]
    return NotesFacts(slots, "Budget du jury" in text, "Temps de parole prévu" in text)


# --- drafting a plan from an HTML file --------------------------------------------------------

MAX_HTML_BYTES = 2 * 1024 * 1024
MAX_SECTIONS = 40
MAX_SECTION_CHARS = 20_000
_SKIPPED = {"nav", "style", "script", "head", "footer", "template", "svg", "noscript", "iframe", "object"}
_VOID = {"br", "img", "hr", "meta", "link", "input", "col", "wbr", "source", "area", "base", "embed", "param",
         "track"}
_BLOCKS = {"p", "li", "tr", "h3", "h4", "h5", "h6", "dd", "dt", "blockquote", "div", "caption"}


@dataclass
class Section:
    title: str
    blocks: list[tuple[str, str]] = field(default_factory=list)  # (kind: "p" | "li" | "tr", text)
    size: int = 0


class _SectionParser(HTMLParser):
    """Second-level titles and the paragraphs, list items and table rows under them, bounded."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title = ""
        self.sections: list[Section] = []
        self._skip = 0
        self._heading: str | None = None  # "h1" or "h2" while inside one
        self._heading_text: list[str] = []
        self._block: str | None = None
        self._text: list[str] = []
        self._cells: list[str] = []
        self._cell: list[str] | None = None
        self._row_has_data = False  # a row of <th> only is a table's header, not content

    def handle_starttag(self, tag, attrs):
        if tag in _VOID:
            return
        if tag in _SKIPPED:
            self._skip += 1
            return
        if self._skip:
            return
        if tag in ("h1", "h2"):
            self._flush()
            self._heading, self._heading_text = tag, []
        elif tag in ("td", "th"):
            self._cell = []
            self._row_has_data |= tag == "td"
        elif tag in _BLOCKS and self._block is None and self._heading is None:
            self._block, self._text, self._cells, self._row_has_data = tag, [], [], False

    def handle_endtag(self, tag):
        if tag in _SKIPPED:
            self._skip = max(0, self._skip - 1)
            return
        if self._skip:
            return
        if self._heading == tag:
            text = " ".join("".join(self._heading_text).split())[:300]
            if tag == "h1" and not self.title:
                self.title = text
            elif tag == "h2" and text and len(self.sections) < MAX_SECTIONS:
                self.sections.append(Section(re.sub(r"^\d+\.\s*", "", text)))
            self._heading = None
        elif tag in ("td", "th") and self._cell is not None:
            self._cells.append(" ".join("".join(self._cell).split()))
            self._cell = None
        elif tag == self._block:
            self._flush()

    def handle_data(self, data):
        if self._skip:
            return
        if self._heading is not None:
            self._heading_text.append(data)
        elif self._cell is not None:
            self._cell.append(data)
        elif self._block is not None:
            self._text.append(data)

    def _flush(self):
        if self._block is None:
            return
        kind = {"li": "li", "tr": "tr"}.get(self._block, "p")
        text = " — ".join(c for c in self._cells if c) if kind == "tr" else " ".join("".join(self._text).split())
        header = kind == "tr" and not self._row_has_data
        self._block, self._text, self._cells = None, [], []
        if text and self.sections and not header:
            section = self.sections[-1]
            if section.size + len(text) <= MAX_SECTION_CHARS:
                section.blocks.append((kind, text))
                section.size += len(text)


def read_sections(source: str | Path) -> tuple[str, list[Section]]:
    """The document title (its ``<h1>``) and the sections (``<h2>`` and what follows) of an HTML file
    or text; reads at most 2 Mo, keeps at most 40 sections of 20 000 characters each."""
    if isinstance(source, Path) or (isinstance(source, str) and "<" not in source[:2000]
                                    and len(source) < 1000):
        path = Path(source)
        if not path.is_file():
            raise DeckError(f"Fichier introuvable : {path}.")
        with path.open("rb") as handle:
            raw = handle.read(MAX_HTML_BYTES)
        text = raw.decode("utf-8", errors="replace")
    else:
        text = str(source)[:MAX_HTML_BYTES]
    parser = _SectionParser()
    try:
        parser.feed(text)
        parser.close()
    except Exception:  # noqa: BLE001 - html.parser is lenient; anything left is a broken file
        raise DeckError("Le fichier HTML n'a pas pu être lu : ouvrez-le dans un navigateur et refaites-le.") from None
    parser._flush()
    return html.unescape(parser.title), parser.sections


_SENTENCE = re.compile(r"(?<=[.!?…»])\s+(?=[A-ZÀ-ÖØ-Þ«])")


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(text) if s.strip()]


def shorten(text: str, max_words: int) -> str:
    """The first ``max_words`` words of ``text`` (« … » when cut)."""
    found = text.split()
    return " ".join(found[:max_words]) + (" …" if len(found) > max_words else "")


def draft_slide(section: Section, seconds: float, *, max_bullets: int = 3, bullet_words: int = 10,
                message_words: int = 22, notes_words: int = 140) -> Slide:
    """A first slide from a section: its title, its first sentence as message, its first list items or
    table rows as bullets, its paragraphs as notes (all to rewrite in one's own spoken words)."""
    paragraphs = [t for kind, t in section.blocks if kind == "p"]
    items = [t for kind, t in section.blocks if kind in ("li", "tr")]
    first = sentences(paragraphs[0])[0] if paragraphs else (items[0] if items else "")
    bullets = [shorten(t, bullet_words) for t in items[:max_bullets]]
    if not bullets and paragraphs:
        bullets = [shorten(s, bullet_words) for s in sentences(" ".join(paragraphs))[1:max_bullets + 1]]
    notes = " ".join(paragraphs) or " ; ".join(items)
    return Slide(title=clean_text(section.title, 200), message=shorten(first, message_words),
                 bullets=tuple(bullets), notes=shorten(notes, notes_words), seconds=seconds)


def even_durations(count: int, total_s: float, step: int = 15) -> list[int]:
    """``count`` durations adding up to ``total_s`` (rounded to ``step`` seconds, the rest on the first)."""
    if count <= 0:
        return []
    base = max(step, int(total_s / count) // step * step)
    durations = [base] * count
    durations[0] = max(step, int(total_s) - base * (count - 1))
    return durations


def draft_from_html(source: str | Path, total_s: float) -> tuple[str, list[Slide]]:
    """The document's title and one draft slide per section, sharing ``total_s`` seconds evenly."""
    title, sections = read_sections(source)
    durations = even_durations(len(sections), total_s)
    return title, [draft_slide(s, d) for s, d in zip(sections, durations, strict=True)]
