"""Candidate-controlled text made harmless where the trainer reads it: one line, no markup, no formula.

Cell ids, file names, error messages and candidate ids come from the candidate.  They
end up in the integrity report (Markdown), the grades table (CSV), the terminal and
the jury's spreadsheets.  Each writer quotes them here:

- :func:`one_line`: no line break, no control or bidirectional character, no lone
  surrogate, bounded length (a name can never forge a line or a section);
- :func:`file_name`: a name read from the disk, shown even when it is not UTF-8;
- :func:`markdown`: a line whose Markdown and HTML characters are escaped;
- :func:`spreadsheet`: a cell a spreadsheet never reads as a formula;
- :func:`id_problem`: whether a candidate id is one grading may use in paths, tables and reports.
"""

from __future__ import annotations

import os
import re

# Candidate ids name folders, gradebook rows, table cells: letters, digits and a few separators, never
# a leading sign (a spreadsheet formula) or dot (a hidden or parent folder).
SAFE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.@-]{0,63}")
NEWLINES = re.compile(r"\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")
# Control characters (terminal escapes), bidirectional overrides and invisible characters that make a
# text read differently from what it is.
INVISIBLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f"
                       r"\ufeff\ufff9-\ufffb]")
SURROGATE = re.compile(r"[\ud800-\udfff]")
# Backslash escapes are valid for every ASCII punctuation character in Markdown; these are the ones that
# start markup (emphasis, code, links, HTML, tables, strike-through, math, entities).
MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|~$&!{}])")
MARKDOWN_LEADING = re.compile(r"^(\s*)([#>+=:-]|\d+[.)])")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def clean(text: object) -> str:
    """``text`` as a string that can be written as UTF-8 (lone surrogates become �)."""
    text = text if isinstance(text, str) else str(text)
    return SURROGATE.sub("\ufffd", text) if SURROGATE.search(text) else text


def one_line(text: object, limit: int = 200) -> str:
    """A candidate's text on one visible line, at most ``limit`` characters."""
    text = NEWLINES.sub(" ⏎ ", clean(text))
    text = INVISIBLE.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100
                         else f"\\u{ord(m.group()):04x}", text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def file_name(name: str, limit: int = 80) -> str:
    """A name read from the disk, readable even when its bytes are not UTF-8 (shown as \\xe9)."""
    if SURROGATE.search(name):
        try:
            name = os.fsencode(name).decode("utf-8", "backslashreplace")
        except UnicodeError:
            name = clean(name)
    return one_line(name, limit)


def is_utf8_name(name: str) -> bool:
    """Whether a name read from the disk was valid UTF-8 (Python keeps other bytes as lone surrogates)."""
    return not SURROGATE.search(name)


def markdown(text: object, limit: int = 400) -> str:
    """One line of plain text for a Markdown document: no markup, no HTML, no forged block."""
    text = MARKDOWN_SPECIAL.sub(r"\\\1", one_line(text, limit))
    return MARKDOWN_LEADING.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


def spreadsheet(value: object) -> str:
    """Text for a CSV or workbook cell: never read as a formula (a leading apostrophe keeps it text)."""
    text = clean("" if value is None else value)
    return "'" + text if text.lstrip(" \u00a0").startswith(FORMULA_START) else text


def id_problem(student: str) -> str | None:
    """None for a candidate id grading may use, else a French reason naming it safely."""
    if SAFE_ID.fullmatch(student):
        return None
    return (f"identifiant de candidat refusé : « {file_name(student, 70)} » (seuls les lettres sans accent, "
            "chiffres, « . », « _ », « - » et « @ » sont admis, 64 caractères au plus, en commençant par une "
            "lettre ou un chiffre) : renommez le dossier de cette copie.")
