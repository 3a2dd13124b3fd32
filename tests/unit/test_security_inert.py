"""Class 1 of issue 10: what a candidate wrote is stored inert, whatever renders it afterwards.

Each payload goes through what grading stores (``inert.markdown`` for a Markdown cell,
``inert.output`` for an output) and then through the renderers that show it: nbconvert's
Markdown renderer as formgrader uses it (raw HTML and ``javascript:`` links passed
through), and the feedback template's ``safe_html``.  The rendered HTML is parsed and
must hold no script, no event handler, no style, no active element and no link to a
harmful scheme.
"""

from __future__ import annotations

import base64
import html.parser
import re

import pytest
from nbconvert.filters.markdown_mistune import markdown2html_mistune

from cmcert_lib.grading import inert
from cmcert_lib.grading.feedback import safe_html

ACTIVE_TAGS = {"script", "iframe", "object", "embed", "style", "link", "meta", "base", "form", "svg", "math",
               "frame", "frameset", "input", "button", "textarea", "select", "template", "video", "audio",
               "source", "applet", "portal", "details", "marquee", "isindex", "image", "xmp", "noscript"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "poster", "background", "xlink:href", "srcset",
                  "lowsrc", "dynsrc", "codebase", "cite", "longdesc", "usemap", "ping"}
HARMFUL = re.compile(r"^(javascript|vbscript|livescript|data|file|jar|mhtml|ms-its):", re.IGNORECASE)
SAFE_IMAGE = re.compile(r"^data:image/(png|jpeg|gif);base64,[a-z0-9+/=\s]+$", re.IGNORECASE)


class _Audit(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in ACTIVE_TAGS:
            self.found.append(f"<{tag}>")
        for name, value in attrs:
            value = value or ""
            # Browsers drop tabs, line breaks and leading controls or spaces inside URLs.
            url = re.sub(r"[\x00-\x20]", "", value)
            if name.startswith("on") or name in ("style", "srcdoc", "formaction"):
                self.found.append(f"{tag} {name}=")
            elif name in URL_ATTRIBUTES and HARMFUL.match(url) and not (tag == "img" and SAFE_IMAGE.match(url)):
                self.found.append(f"{tag} {name}={value[:40]}")
            elif name in ("id", "name") and tag not in ("h1", "h2", "h3", "h4", "h5", "h6", "a"):
                self.found.append(f"{tag} {name}= (DOM clobbering)")


def live_parts(rendered: str) -> list[str]:
    """What in an HTML fragment could run, load a harmful URL or restyle the page."""
    audit = _Audit()
    audit.feed(rendered)
    audit.close()
    return audit.found


# Written as candidates write them, and as filter-evasion lists write them.
MARKDOWN_PAYLOADS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "Texte <img src=x onerror=alert(1)> suite",
    "<img src=x onerror=\"fetch('/api/contents')\">",
    '<iframe src="javascript:alert(1)"></iframe>',
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<style>body{display:none}</style>",
    '<div style="position:fixed;top:0;left:0;width:100%;height:100%">faux</div>',
    '<a href="javascript:alert(1)">clic</a>',
    "<details open ontoggle=alert(1)>",
    '<form action="javascript:alert(1)"><button>ok</button></form>',
    '<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></object>',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    "<base href=javascript:alert(1)//>",
    "<!--><script>alert(1)</script>-->",
    "<scr<script>ipt>alert(1)</script>",
    "[clic](javascript:alert(1))",
    "[clic](JaVaScRiPt:alert(1))",
    "[clic](java\tscript:alert(1))",
    "[clic](&#106;avascript:alert(1))",
    "[clic](&#x6A;&#x61;vascript&#x3A;alert(1))",
    "[clic](javascript&colon;alert(1))",
    "[clic](javascript\\:alert(1))",
    "[clic](  javascript:alert(1)  )",
    "[clic](<javascript:alert(1)>)",
    "[clic](vbscript:msgbox(1))",
    "[clic](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[clic](file:///etc/passwd)",
    "![image](javascript:alert(1))",
    '[clic](javascript:alert(1) "titre")',
    "[clic][1]\n\n[1]: javascript:alert(1)",
    "[clic][1]\n\n[1]: &#106;avascript:alert(1)",
    "<javascript:alert(1)>",
    "<http://example.org/\" onmouseover=\"alert(1)>",
    "```mermaid\ngraph TD; A-->B; click A call alert(1)\n```",
    "$\\href{javascript:alert(1)}{clic}$",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "```html\n<script>alert(1)</script>\n```",
    "`<img src=x onerror=alert(1)>`",
    "    <script>alert(1)</script>",
    "> <script>alert(1)</script>",
    "- <img src=x onerror=alert(1)>\n- [a](javascript:alert(1))",
    "| a | b |\n|---|---|\n| <script>alert(1)</script> | [x](javascript:alert(1)) |",
    # A missing attachment makes nbconvert refuse the whole page (feedback and formgrader): a denial of review.
    "![x](attachment:x.png)",
    "![x](attach&#109;ent:x.png)",
]


@pytest.mark.parametrize("payload", MARKDOWN_PAYLOADS)
def test_markdown_cells_are_inert_in_formgrader_and_feedback(payload):
    stored = inert.markdown(payload)
    formgrader = markdown2html_mistune(stored)  # what formgrader's template does: no sanitiser
    feedback = safe_html(formgrader)  # the course's feedback template
    assert live_parts(formgrader) == [], formgrader
    assert live_parts(feedback) == [], feedback
    assert "<" not in stored
    assert not inert.has_harmful_link(stored)


def test_the_payloads_are_live_without_the_fix():
    """The audit sees the attacks when nothing makes them inert (the test would catch a regression)."""
    def live(payload):
        try:
            return bool(live_parts(markdown2html_mistune(payload)))
        except Exception:  # noqa: BLE001 - the page cannot be rendered at all
            return True
    assert sum(map(live, MARKDOWN_PAYLOADS)) >= 30


@pytest.mark.parametrize("text", [
    "Un avis argumenté : le taux d'engagement est de 3,2 % (source : rapport).",
    "**Gras**, *italique*, `code`, [lien](https://example.org) et une liste :\n\n- un\n- deux",
    "Les métadonnées: utiles. Un profil: public. data : le mot français.",
    "# Titre\n\n> citation\n\n| a | b |\n|---|---|\n| 1 | 2 |",
])
def test_ordinary_markdown_keeps_its_meaning(text):
    rendered = markdown2html_mistune(inert.markdown(text))
    assert rendered == markdown2html_mistune(text)


def test_escaped_html_reads_as_text():
    rendered = markdown2html_mistune(inert.markdown("Mon avis <script>alert('x')</script> <b>fin</b>"))
    assert "&lt;script&gt;" in rendered and "&lt;b&gt;fin&lt;/b&gt;" in rendered


HTML_PAYLOADS = [p for p in MARKDOWN_PAYLOADS if "<" in p] + [
    '<a href="&#106;avascript:alert(1)">x</a>',
    '<a href="data:text/html,<script>alert(1)</script>">x</a>',
    '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
    '<table class="modal fade in" id="jupyter-config-data"><tr><td>x</td></tr></table>',
    '<div id="notebook" name="x" class="navbar-fixed-top">x</div>',
    "<a href=\"#\" style=\"background:url(javascript:alert(1))\">x</a>",
    "<img src=x:alert(alt) onerror=eval(src) alt=0>",
    "<video><source onerror=alert(1)></video>",
    "<input autofocus onfocus=alert(1)>",
    '<link rel="stylesheet" href="https://evil.example/x.css">',
]


@pytest.mark.parametrize("payload", HTML_PAYLOADS)
def test_html_outputs_are_inert(payload):
    assert live_parts(inert.safe_html(payload)) == []


def test_fragments_are_cleaned_once_and_each_answer_is_its_own():
    # The course's Markdown repeats on every page: remembered; a fragment is only ever answered with its own.
    payload, other = "<p onclick=alert(1)>Bonjour</p>", "<p>Au revoir<script>x</script></p>"
    first = inert.safe_html(payload)
    hits = inert._remembered.cache_info().hits
    assert inert.safe_html(payload) == first == "<p>Bonjour</p>"
    assert inert._remembered.cache_info().hits == hits + 1
    assert inert.safe_html(other) == "<p>Au revoir</p>"
    huge = "<p onmouseover=alert(1)>" + "x" * inert.MEMO_CHARS + "</p>"
    size = inert._remembered.cache_info().currsize
    assert live_parts(inert.safe_html(huge)) == []
    assert inert._remembered.cache_info().currsize == size  # too big to keep


def test_dataframes_keep_their_table():
    frame = ('<table border="1" class="dataframe"><thead><tr style="text-align: right;"><th></th><th>a</th></tr>'
             "</thead><tbody><tr><th>0</th><td>1</td></tr></tbody></table>")
    kept = inert.safe_html(frame)
    assert '<table border="1" class="dataframe">' in kept and "<td>1</td>" in kept


PNG = base64.b64encode(b"\x89PNG\r\n\x1a\n" + b"\0" * 16).decode()
JPEG = base64.b64encode(b"\xff\xd8\xff\xe0" + b"\0" * 16).decode()


def _display(data: dict) -> dict:
    return {"output_type": "display_data", "data": data, "metadata": {}}


@pytest.mark.parametrize(("data", "kept"), [
    ({"image/svg+xml": "<svg onload=alert(1)></svg>", "text/plain": "<Figure>"}, {"text/plain"}),
    ({"application/javascript": "alert(1)", "text/plain": "<Javascript>"}, {"text/plain"}),
    ({"application/vnd.jupyter.widget-view+json": {"model_id": "x", "version_major": 2}, "text/plain": "w"},
     {"text/plain"}),
    ({"application/vnd.plotly.v1+json": {"data": []}}, set()),
    ({"text/markdown": "[x](javascript:alert(1)) <script>alert(1)</script>"}, {"text/plain"}),
    # IPython's Markdown object: its text, not its repr, and still as escaped text.
    ({"text/markdown": "# Brief\n\n<script>alert(1)</script>", "text/plain": "<IPython.core.display.Markdown object>"},
     {"text/plain"}),
    ({"text/latex": "$\\href{javascript:alert(1)}{x}$"}, {"text/plain"}),
    ({"text/html": "<script>alert(1)</script><b>gras</b>"}, {"text/html"}),
    ({"image/png": PNG}, {"image/png"}),
    ({"image/jpeg": JPEG}, {"image/jpeg"}),
    ({"image/png": 'x" onerror="alert(1)'}, set()),
    ({"image/png": JPEG}, set()),  # a JPEG labelled PNG: not what it says
    ({"image/jpeg": base64.b64encode(b"<svg onload=alert(1)>").decode()}, set()),
    ({"application/pdf": "JVBERi0="}, set()),
    ({"text/plain": ["a", "b"]}, {"text/plain"}),
])
def test_outputs_keep_only_inert_types(data, kept):
    safe = inert.output(_display(data))
    assert (set(safe.data) if safe is not None else set()) == kept
    if safe is not None:
        assert safe.metadata == {}
        assert live_parts(safe.data.get("text/html", "")) == []  # text/plain is always shown escaped
        if "text/plain" in safe.data and "text/markdown" in data:
            assert safe.data["text/plain"] == data["text/markdown"]  # shown as escaped text


def test_errors_keep_no_traceback_and_one_line_names():
    safe = inert.output({"output_type": "error", "ename": "Err\n## forgé", "evalue": "x" * 5000,
                         "traceback": ["\x1b[31m<script>"]})
    assert safe.traceback == [] and "\n" not in safe.ename and len(safe.evalue) == 2000


@pytest.mark.parametrize("source", ["![suivi](http://evil.example/p.png)", "! [x](https://evil.example/p.png)",
                                    "![x][ref]\n\n[ref]: http://evil.example/p.png", "![](//evil.example/p.png)"])
def test_a_markdown_image_address_becomes_a_plain_link_never_fetched(source):
    rendered = markdown2html_mistune(inert.markdown(source))  # as formgrader renders it: no sanitiser
    assert "<img" not in rendered and "image :" in rendered


@pytest.mark.parametrize("src", ["http://evil.example/p.png", "https://evil.example/p.png", "//evil.example/p.png"])
def test_an_html_image_keeps_only_embedded_data(src):
    assert "evil.example" not in inert.safe_html(f'<img src="{src}" alt="a">')
    embedded = '<img src="data:image/png;base64,iVBORw0KGgo=">'
    assert 'src="data:image/png;base64,iVBORw0KGgo="' in inert.safe_html(embedded)


def test_html_is_made_inert_the_same_in_concurrent_threads():
    # One cleaner a thread (bleach's are not thread-safe): grading's threads clean side by side.
    from concurrent.futures import ThreadPoolExecutor

    fragments = [f'<table class="dataframe"><tr><td onclick="x()">{i}</td></tr></table><script>alert({i})</script>'
                 f'<a href="javascript:alert({i})">lien</a><b>{"é" * i}</b>' for i in range(60)]
    alone = [inert.safe_html(f) for f in fragments]
    with ThreadPoolExecutor(max_workers=4) as pool:
        together = list(pool.map(inert.safe_html, fragments * 3))
    assert together == alone * 3
    assert all("script" not in html and "onclick" not in html and "javascript" not in html for html in alone)
