"""What a candidate wrote, made inert before a trainer, a jury member or a candidate opens it.

nbgrader's formgrader renders the autograded copies with nbconvert, whose Markdown
renderer passes raw HTML and ``javascript:`` links through, and renders every output
MIME type it finds; the page runs with the trainer's Jupyter session.  So grading stores
only inert content in the copies it stages (:mod:`cmcert_lib.grading.trusted`), and the
feedback template filters again (:func:`safe_html`):

- :func:`markdown`: a candidate's Markdown cell with every ``<`` escaped (no raw HTML can
  survive any Markdown renderer: no script, iframe, event handler, style, autolink) and
  every ``javascript:``, ``vbscript:``, ``data:``, ``file:`` (and ``attachment:``) scheme
  broken, however it is written (entities, backslash-escaped colon, control characters
  inside the word); Mermaid diagrams are shown as code;
- :func:`output`: one output of the candidate's code: text, PNG and JPEG (checked to be
  base64 images) and HTML made inert; Markdown and LaTeX become plain text; SVG,
  JavaScript, widget views and any other type are dropped;
- :func:`safe_html`: HTML through an allow-list (no script, no handler, no style, links
  only to http(s) and mailto, images only http(s) or base64 PNG/JPEG/GIF).

Cell attachments and cell or notebook metadata of the candidate's never reach a staged
copy: :mod:`cmcert_lib.grading.rebuild` keeps only each cell's type, source and nbgrader
metadata, and the copy's notebook metadata is the release's.
"""

from __future__ import annotations

import base64
import binascii
import functools
import re
import threading
from typing import Any

import bleach
import nbformat

from cmcert_lib.grading import quoting

# --- Markdown ----------------------------------------------------------------------------------

# "attachment:" names a cell attachment: grading drops them, and nbconvert refuses to render a notebook whose
# Markdown names a missing one (the candidate's feedback and formgrader's page would fail).
HARMFUL_SCHEMES = ("javascript", "vbscript", "livescript", "data", "file", "jar", "mhtml", "ms-its", "attachment")
# Browsers drop tabs and line breaks inside a URL; entities and a backslash-escaped colon are decoded by
# Markdown renderers before the link is written.
_GAP = r"(?:[\x00-\x1f]|&#0*(?:9|10|13);?|&#[xX]0*(?:9|[aAdD]);?|&Tab;|&NewLine;)*"
_COLON = r"(?::|\\:|&#0*58;?|&#[xX]0*3[aA];?|&colon;)"


def _letter(char: str) -> str:
    if char == "-":
        return r"-|&#0*45;?|&#[xX]0*2[dD];?|&hyphen;|&dash;"
    codes = {ord(char.lower()), ord(char.upper())}
    decimal = "|".join(f"&#0*{c};?" for c in codes)
    hexa = "|".join(f"&#[xX]0*{c:x};?" for c in codes)
    return f"{re.escape(char)}|{decimal}|{hexa}"


# A scheme starts its URL: "metadata:" is no "data:" link (a letter, digit, "+", "." or "-" before it).
_SCHEME = re.compile(
    r"(?<![A-Za-z0-9+.\-])(?:"
    + "|".join(f"(?P<s{i}>" + _GAP.join(f"(?:{_letter(c)})" for c in scheme) + _GAP + _COLON + ")"
               for i, scheme in enumerate(HARMFUL_SCHEMES))
    + ")",
    re.IGNORECASE)
_IMAGE = re.compile(r"!\s*\[")
_MERMAID = re.compile(r"^(\s*(?:`{3,}|~{3,})\s*)(mermaid)", re.IGNORECASE | re.MULTILINE)


def _break_scheme(match: re.Match) -> str:
    index = int(next(name for name, value in match.groupdict().items() if value)[1:])
    # "javascript :" is no URL scheme for a browser or a Markdown renderer: the link, if any, goes nowhere.
    return f"{HARMFUL_SCHEMES[index]} :"


def markdown(source: str) -> str:
    """A candidate's Markdown, rendered the same by any renderer, with nothing in it that runs."""
    text = quoting.clean(source)
    previous = None
    while previous != text:  # breaking one scheme cannot form another, but stay sure
        previous = text
        text = _SCHEME.sub(_break_scheme, text)
    text = text.replace("<", "&lt;")
    # An image would be fetched by whoever opens the page (a tracking pixel): it becomes a plain link.
    text = _IMAGE.sub("[image : ", text)
    return _MERMAID.sub(r"\1texte-\2", text)


def has_harmful_link(text: str) -> bool:
    """Whether ``text`` holds a harmful URL scheme in any of its spellings (used by the tests)."""
    return bool(_SCHEME.search(text))


# --- HTML ----------------------------------------------------------------------------------------

# What a notebook legitimately renders (markdown, DataFrames, images) and nothing that runs.
SAFE_TAGS = frozenset({
    "a", "abbr", "b", "blockquote", "br", "caption", "code", "dd", "del", "div", "dl", "dt", "em",
    "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "kbd", "li", "ol", "p", "pre", "s", "small",
    "span", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul",
})
_IMAGE_DATA = re.compile(r"data:image/(?:png|jpeg|gif);base64,[A-Za-z0-9+/=\s]+", re.IGNORECASE)
_WEB = re.compile(r"(?:https?://|mailto:)", re.IGNORECASE)
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _attribute(tag: str, name: str, value: str) -> bool:
    if name in ("title", "align"):
        return True
    if tag == "a":
        return name == "href" and (bool(_WEB.match(value.strip())) or value.startswith("#"))
    if tag == "img":
        # Embedded images only: an address would be fetched by whoever opens the page (a tracking pixel).
        return name in ("alt", "width", "height") or (name == "src" and bool(_IMAGE_DATA.fullmatch(value.strip())))
    if tag in ("td", "th"):
        return name in ("colspan", "rowspan")
    if tag == "table":
        return name == "border" or (name == "class" and value == "dataframe")
    # Markdown headings carry an id for their anchor link; no other element may name itself.
    return tag in _HEADINGS and name == "id"


# The attribute allow-list, as bleach takes it (a callable): class only "dataframe" on tables, id only on headings.
SAFE_ATTRIBUTES = _attribute
SAFE_PROTOCOLS = frozenset({"http", "https", "mailto", "data"})  # data: for images only (see _attribute)
# Elements whose content is code or style, not text: removed with their content.
_DROPPED = re.compile(r"<(script|style|iframe|object|embed|template|noscript|svg|math|frameset|noembed|xmp)\b"
                      r".*?</\1\s*>", re.DOTALL | re.IGNORECASE)


_cleaners = threading.local()


def _cleaner() -> bleach.sanitizer.Cleaner:
    """This thread's cleaner: ``bleach.clean`` built a new one (parser, tokenizer, serializer) at every
    fragment, half the time of a fragment; a cleaner is not thread-safe, so one a thread."""
    cleaner = getattr(_cleaners, "cleaner", None)
    if cleaner is None:
        cleaner = _cleaners.cleaner = bleach.sanitizer.Cleaner(
            tags=SAFE_TAGS, attributes=_attribute, protocols=SAFE_PROTOCOLS, strip=True, strip_comments=True)
    return cleaner


# Fragments up to this size are remembered: every candidate's feedback page renders the course's own
# Markdown again, cell by cell, and a cohort's pages repeat it thousands of times.
MEMO_CHARS = 64 * 1024


def safe_html(fragment: str) -> str:
    """Candidate-controlled HTML made inert: known tags and attributes only, no script, no handler."""
    fragment = fragment.decode("utf-8", "replace") if isinstance(fragment, bytes) else quoting.clean(fragment)
    if len(fragment) <= MEMO_CHARS:
        return _remembered(fragment)
    return _clean(fragment)


def _clean(fragment: str) -> str:
    return _cleaner().clean(_DROPPED.sub("", fragment))


@functools.lru_cache(maxsize=4096)
def _remembered(fragment: str) -> str:
    return _clean(fragment)


# --- outputs -----------------------------------------------------------------------------------

IMAGE_MAGIC = {"image/png": b"\x89PNG\r\n\x1a\n", "image/jpeg": b"\xff\xd8\xff"}
KEPT_MIMETYPES = ("text/plain", "text/html", "image/png", "image/jpeg")
AS_TEXT = ("text/markdown", "text/latex")  # shown as plain text when nothing else says the same
# Python's default repr (« <IPython.core.display.Markdown object> ») says nothing: the Markdown's text does.
_DEFAULT_REPR = re.compile(r"^<[\w.]+ object(?: at 0x[0-9a-fA-F]+)?>$")


def _joined(value: Any) -> str | None:
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        value = "".join(value)
    return quoting.clean(value) if isinstance(value, str) else None


def image(value: Any, mime: str) -> str | None:
    """A base64 PNG or JPEG as a canonical base64 string, or None when it is anything else."""
    text = _joined(value)
    if text is None:
        return None
    try:
        raw = base64.b64decode("".join(text.split()), validate=True)
    except (binascii.Error, ValueError):
        return None
    return base64.b64encode(raw).decode("ascii") if raw.startswith(IMAGE_MAGIC[mime]) else None


def output(found: dict) -> nbformat.NotebookNode | None:
    """An inert copy of one output of the candidate's code (already checked by untrusted.executed_cells)."""
    kind = found.get("output_type")
    if kind == "stream":
        return nbformat.v4.new_output("stream", name=found.get("name", "stdout"), text=_joined(found.get("text")) or "")
    if kind == "error":
        return nbformat.v4.new_output("error", ename=quoting.one_line(found.get("ename", ""), 200),
                                      evalue=(_joined(found.get("evalue")) or "")[:2000], traceback=[])
    if kind not in ("display_data", "execute_result"):
        return None
    data = found.get("data") if isinstance(found.get("data"), dict) else {}
    kept: dict[str, str] = {}
    for mime in KEPT_MIMETYPES:
        if mime in IMAGE_MAGIC:
            value = image(data.get(mime), mime) if mime in data else None
        else:
            value = _joined(data.get(mime))
            if value is not None and mime == "text/html":
                value = safe_html(value)
        if value is not None:
            kept[mime] = value
    if "text/plain" not in kept or _DEFAULT_REPR.match(kept["text/plain"].strip()):
        shown = next((_joined(data.get(m)) for m in AS_TEXT if _joined(data.get(m)) is not None), None)
        if shown is not None:
            kept["text/plain"] = shown
    if not kept:
        return None
    if kind == "execute_result":
        return nbformat.v4.new_output("execute_result", data=kept, execution_count=None)
    return nbformat.v4.new_output("display_data", data=kept)
