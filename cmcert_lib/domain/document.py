"""A self-contained HTML document from plain data: the « cahier de préconisations » of every bloc.

A section's content is a text (paragraphs separated by blank lines; lines starting with "- " become a
bulleted list), a list of texts (bullets), a dict (a two-column table) or a pandas DataFrame (a table).
Every piece of candidate text is HTML-escaped, the style sheet is inline and nothing is fetched from
the network: the file opens offline, in any browser, and prints cleanly. Which sections a bloc's
document must have is the bloc's business; this module only writes them.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

import pandas as pd

from cmcert_lib.facts import brand, french

SUMMARY_TITLE = "Synthèse"

STYLE = """
body { font-family: "Segoe UI", Helvetica, Arial, sans-serif; color: #1f2a30; line-height: 1.55;
       max-width: 52em; margin: 2em auto; padding: 0 1.2em; }
header { border-bottom: 4px solid #2e6f73; margin-bottom: 1.5em; }
h1 { color: #2e6f73; margin-bottom: .2em; }
h2 { color: #2e6f73; border-bottom: 1px solid #c9dcdc; padding-bottom: .2em; margin-top: 2em; }
.meta { color: #5a6b70; margin-top: 0; }
.synthese { background: #eef5f5; border-left: 5px solid #2e6f73; padding: .6em 1.2em; }
nav ol { columns: 2; }
table { border-collapse: collapse; width: 100%; margin: 1em 0; font-size: .92em; }
th, td { border: 1px solid #c9dcdc; padding: .35em .6em; text-align: left; vertical-align: top; }
th { background: #e3efef; }
footer { margin-top: 3em; color: #5a6b70; font-size: .85em; }
@media print { nav { display: none; } h2 { page-break-after: avoid; } body { margin: 0; } }
"""


def escape(value) -> str:
    if value is None:
        return ""
    try:
        if pd.isna(value):
            return ""
    except (TypeError, ValueError):
        pass
    if isinstance(value, float):
        value = french.number(value, 2)  # a French document writes 3,3 and not 3.3
    return html.escape(str(value))


def word_count(content) -> int:
    """Words of a section's content, whatever its form (text, list, dict, table)."""
    if content is None:
        return 0
    if isinstance(content, str):
        return len(content.split())
    if isinstance(content, pd.DataFrame):
        cells = [str(c) for c in content.columns]
        cells += [str(v) for v in content.astype(str).to_numpy().ravel()]
        return sum(len(c.split()) for c in cells)
    if isinstance(content, Mapping):
        return sum(word_count(str(k)) + word_count(v) for k, v in content.items())
    if isinstance(content, (list, tuple)):
        return sum(word_count(item) for item in content)
    return len(str(content).split())


def text_html(text: str) -> str:
    blocks = []
    for block in [b.strip() for b in text.replace("\r\n", "\n").split("\n\n") if b.strip()]:
        lines = [line.strip() for line in block.split("\n")]
        if all(line.startswith(("- ", "• ")) for line in lines):
            items = "".join(f"<li>{escape(line[2:].strip())}</li>" for line in lines)
            blocks.append(f"<ul>{items}</ul>")
        else:
            blocks.append("<p>" + "<br>".join(escape(line) for line in lines) + "</p>")
    return "\n".join(blocks)


def table_html(frame: pd.DataFrame) -> str:
    head = "".join(f"<th scope=\"col\">{escape(c)}</th>" for c in frame.columns)
    rows = "".join(
        "<tr>" + "".join(f"<td>{escape(v)}</td>" for v in row) + "</tr>"
        for row in frame.itertuples(index=False)
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"


def content_html(content) -> str:
    """A section's content as HTML, with every candidate string escaped."""
    if isinstance(content, str):
        return text_html(content)
    if isinstance(content, pd.DataFrame):
        return table_html(content)
    if isinstance(content, pd.Series):
        return table_html(content.reset_index().set_axis(["", str(content.name or "")], axis=1))
    if isinstance(content, Mapping):
        rows = "".join(
            f"<tr><th scope=\"row\">{escape(k)}</th><td>{content_html(v)}</td></tr>"
            for k, v in content.items()
        )
        return f"<table><tbody>{rows}</tbody></table>"
    if isinstance(content, (list, tuple)):
        return "<ul>" + "".join(f"<li>{content_html(item)}</li>" for item in content) + "</ul>"
    return f"<p>{escape(content)}</p>"


def section_text(content, values_only: bool = False) -> str:
    """A section's words as one text, whatever its form; ``values_only`` leaves out a table's column
    names and a dict's keys (what the candidate wrote in it, not its headings)."""
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, pd.DataFrame):
        cells = [] if values_only else [str(c) for c in content.columns]
        return " ".join(cells + [str(v) for v in content.astype(str).to_numpy().ravel()])
    if isinstance(content, pd.Series):
        content = content.to_dict()
    if isinstance(content, Mapping):
        return " ".join(("" if values_only else f"{k} ") + section_text(v, values_only) for k, v in content.items())
    if isinstance(content, (list, tuple)):
        return " ".join(section_text(item, values_only) for item in content)
    return str(content)


def render(
    sections: Sequence[tuple[str, Any]],
    summary: str,
    *,
    title: str = "Cahier de préconisations",
    client: str = brand.BRAND,
    author: str = "",
    when: date | None = None,
) -> str:
    """The whole document: cover, executive summary, table of contents, then the (title, content) sections."""
    nav = "".join(f"<li><a href=\"#s{n}\">{escape(t)}</a></li>" for n, (t, _) in enumerate(sections, start=1))
    body = "\n".join(
        f"<section id=\"s{n}\"><h2>{n}. {escape(t)}</h2>\n{content_html(content)}</section>"
        for n, (t, content) in enumerate(sections, start=1)
    )
    meta = [f"Client : {escape(client)}"]
    if author:
        meta.append(f"Proposé par : {escape(author)}")
    if when:
        meta.append(f"Date : {french.short_date(when)}")
    return (
        "<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        f"<title>{escape(title)} — {escape(client)}</title>\n<style>{STYLE}</style>\n</head>\n"
        "<body>\n<header>\n"
        f"<h1>{escape(title)}</h1>\n<p class=\"meta\">{' · '.join(meta)}</p>\n</header>\n"
        f"<section class=\"synthese\"><h2>{SUMMARY_TITLE}</h2>\n{text_html(summary)}</section>\n"
        f"<nav><h2>Sommaire</h2><ol>{nav}</ol></nav>\n{body}\n"
        f"<footer>Document confidentiel préparé pour {escape(client)}.</footer>\n"
        "</body>\n</html>\n"
    )
