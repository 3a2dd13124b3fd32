"""The certifier's workbook written as a stream of XML, the way openpyxl wrote it, in seconds instead of minutes.

A cohort of 1,000 candidates over five blocs makes a « Preuves » sheet of some 260,000 rows (four
million cells): openpyxl, which builds an object per cell and serialises it element by element, took
minutes for it.  This module writes the same parts (workbook, sheets, styles, theme, relations) as
openpyxl 3.1 does, each row as one string: the same cells with the same values and types (numbers
as ``%.16g``, texts inline, ``#N/A`` and the other error codes as errors), the same styles (header,
status fills, ``0.##``, the apostrophe prefix, the rule's wrapped lines), the same frozen header row,
filters and column widths.  tests/unit/test_report_scale.py reads it back with openpyxl against the
workbook openpyxl wrote.

Styles are a fixed table (:data:`_XFS`): a sheet says which columns get a status fill or the number
format, and every text that reads as a formula gets the apostrophe prefix.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from openpyxl import __version__ as openpyxl_version
from openpyxl.cell.cell import ERROR_CODES
from openpyxl.utils import get_column_letter
from openpyxl.writer.theme import theme_xml

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
HEADER_COLOUR = "1F4E79"
NUMBER_FORMAT = "0.##"

# cellXfs, in this order: default, header, apostrophe prefix, number format, the rule's lines, then a fill per colour.
DEFAULT, HEADER, QUOTED, NUMBER, WRAPPED_TOP, FIRST_FILL = range(6)


@dataclass
class Sheet:
    title: str
    header: list[str]
    rows: list[list]
    widths: dict[int, int]
    fills: dict[int, dict[str, str]] = field(default_factory=dict)  # column -> value -> colour
    number_columns: frozenset[int] = frozenset()  # columns in NUMBER_FORMAT, empty cells included
    wrapped_top: frozenset[int] = frozenset()  # columns whose cells wrap, aligned to the top


def _text_cell(value: str, style: int) -> str:
    space = ' xml:space="preserve"' if value.strip() and value != value.strip() else ""
    s = f' s="{style}"' if style else ""
    return f'<c{s} t="inlineStr"><is><t{space}>{escape(value)}</t></is></c>'


def _cell(value, style: int, is_formula: Callable[[str], bool]) -> str:
    """A cell's XML; cells carry no reference (``r``): each row lists all its cells, empty ones as ``<c/>``."""
    if isinstance(value, str):
        if is_formula(value):
            return _text_cell(value, QUOTED)
        if value in ERROR_CODES:
            return f'<c t="e"><v>{escape(value)}</v></c>'
        if value == "":
            value = None
        else:
            return _text_cell(value, style)
    s = f' s="{style}"' if style else ""
    if value is None:
        return f'<c{s} t="n"/>' if style else "<c/>"
    if isinstance(value, bool):
        return f'<c{s} t="b"><v>{int(value)}</v></c>'
    return f'<c{s} t="n"><v>{value:.16g}</v></c>'


def _rows_xml(sheet: Sheet, fill_ids: dict[str, int], is_formula: Callable[[str], bool],
              text: Callable[[str], str]):
    """The worksheet's rows, one string each, the header's first.

    A cell's XML depends on its column and value only (no reference), and most values repeat down a
    column (identifiers, codes, statuses, titles): each is built once, its text cleaned once.
    """
    header = "".join(_text_cell(h, HEADER) for h in sheet.header)
    yield f'<row r="1">{header}</row>'
    styles = []
    for column in range(1, len(sheet.header) + 1):
        if column in sheet.fills:
            fills = {v: fill_ids[c] for v, c in sheet.fills[column].items()}
            styles.append(lambda v, fills=fills: fills.get(v, DEFAULT) if isinstance(v, str) else DEFAULT)
        elif column in sheet.number_columns:
            styles.append(lambda v: NUMBER)
        elif column in sheet.wrapped_top:
            styles.append(lambda v: WRAPPED_TOP)
        else:
            styles.append(lambda v: DEFAULT)
    built: list[dict] = [{} for _ in sheet.header]
    for r, values in enumerate(sheet.rows, start=2):
        # True == 1 as a key, but not as a cell: booleans are never looked up.
        cells = [cache.get(value) if value.__class__ is not bool else None
                 for cache, value in zip(built, values, strict=False)]
        if None in cells:
            for i, (cache, style_of, value) in enumerate(zip(built, styles, values, strict=False)):
                if cells[i] is None:
                    cells[i] = _cell(text(value) if isinstance(value, str) else value, style_of(value), is_formula)
                    if value.__class__ is not bool:
                        cache[value] = cells[i]
        yield f'<row r="{r}">{"".join(cells)}</row>'


def _write_sheet(archive: zipfile.ZipFile, name: str, sheet: Sheet, fill_ids: dict[str, int],
                 is_formula: Callable[[str], bool], text: Callable[[str], str]) -> str:
    """Write one worksheet part; returns the range of its filter (``A1:R38001``), "" without data."""
    extent = f"A1:{get_column_letter(len(sheet.header))}{len(sheet.rows) + 1}"
    cols = "".join(f'<col width="{width}" customWidth="1" min="{i}" max="{i}" />'
                   for i, width in sorted(sheet.widths.items()))
    head = (f'<worksheet xmlns="{MAIN}"><sheetPr><outlinePr summaryBelow="1" summaryRight="1" /><pageSetUpPr />'
            f'</sheetPr><dimension ref="{extent}" /><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" '
            'topLeftCell="A2" activePane="bottomLeft" state="frozen" /><selection pane="bottomLeft" '
            'activeCell="A1" sqref="A1" /></sheetView></sheetViews><sheetFormatPr baseColWidth="8" '
            f'defaultRowHeight="15" /><cols>{cols}</cols><sheetData>')
    filtered = extent if sheet.rows else ""
    tail = ("</sheetData>" + (f'<autoFilter ref="{filtered}" />' if filtered else "")
            + '<pageMargins left="0.75" right="0.75" top="1" bottom="1" header="0.5" footer="0.5" /></worksheet>')
    with archive.open(name, "w", force_zip64=True) as out:
        out.write(head.encode("utf-8"))
        chunk = []
        for row in _rows_xml(sheet, fill_ids, is_formula, text):
            chunk.append(row)
            if len(chunk) >= 2000:
                out.write("".join(chunk).encode("utf-8"))
                chunk = []
        out.write(("".join(chunk) + tail).encode("utf-8"))
    return filtered


def _styles(colours: list[str]) -> str:
    fills = "".join(f'<fill><patternFill patternType="solid"><fgColor rgb="00{c}" /></patternFill></fill>'
                    for c in [HEADER_COLOUR, *colours])
    def xf(number: int, font: int, fill: int, quoted: int = 0, alignment: str = "") -> str:
        applied = 'applyAlignment="1" ' if alignment else ""
        attributes = (f'numFmtId="{number}" fontId="{font}" fillId="{fill}" borderId="0" {applied}pivotButton="0" '
                      f'quotePrefix="{quoted}" xfId="0"')
        return f"<xf {attributes}>{alignment}</xf>" if alignment else f"<xf {attributes} />"

    xfs = [xf(0, 0, 0), xf(0, 1, 2, alignment='<alignment vertical="center" wrapText="1" />'), xf(0, 0, 0, 1),
           xf(164, 0, 0), xf(0, 0, 0, alignment='<alignment vertical="top" wrapText="1" />')]
    xfs += [xf(0, 0, 3 + k) for k in range(len(colours))]
    return (f'<styleSheet xmlns="{MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="{NUMBER_FORMAT}" />'
            '</numFmts><fonts count="2"><font><name val="Calibri" /><family val="2" /><color theme="1" />'
            '<sz val="11" /><scheme val="minor" /></font><font><b val="1" /><color rgb="00FFFFFF" /></font></fonts>'
            f'<fills count="{2 + 1 + len(colours)}"><fill><patternFill /></fill><fill><patternFill '
            f'patternType="gray125" /></fill>{fills}</fills><borders count="1"><border><left /><right /><top />'
            '<bottom /><diagonal /></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" '
            f'fillId="0" borderId="0" /></cellStyleXfs><cellXfs count="{len(xfs)}">{"".join(xfs)}</cellXfs>'
            '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0" hidden="0" /></cellStyles>'
            '<tableStyles count="0" defaultTableStyle="TableStyleMedium9" defaultPivotStyle="PivotStyleLight16" />'
            "</styleSheet>")


def _quoted_sheet_name(title: str) -> str:
    return "'" + title.replace("'", "''") + "'"


def write_workbook(path: Path, sheets: list[Sheet], is_formula: Callable[[str], bool],
                   text: Callable[[str], str] = str) -> Path:
    """Write ``sheets`` into the workbook ``path``.

    ``text(value)``: a text value as the cell holds it; ``is_formula(text)``: the text needs the
    apostrophe prefix.
    """
    colours = list(dict.fromkeys(c for s in sheets for values in s.fills.values() for c in values.values()))
    fill_ids = {c: FIRST_FILL + k for k, c in enumerate(colours)}
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    # The fastest deflate: the worksheets are most of the work, and compress well even so.
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        filters = [_write_sheet(archive, f"xl/worksheets/sheet{n}.xml", sheet, fill_ids, is_formula, text)
                   for n, sheet in enumerate(sheets, start=1)]
        sheet_types = "".join(
            f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.worksheet+xml" />' for n in range(1, len(sheets) + 1))
        archive.writestr("[Content_Types].xml", (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml" /><Default Extension="xml" '
            'ContentType="application/xml" /><Override PartName="/xl/styles.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.styles+xml" /><Override PartName="/xl/theme/'
            'theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml" /><Override '
            'PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties'
            '+xml" /><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-'
            f'officedocument.extended-properties+xml" />{sheet_types}<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml" /></Types>'))
        archive.writestr("_rels/.rels", (
            f'<Relationships xmlns="{RELS}"><Relationship Type="{DOC_RELS}/officeDocument" Target="xl/workbook.xml" '
            f'Id="rId1" /><Relationship Type="{RELS}/metadata/core-properties" Target="docProps/core.xml" Id="rId2" />'
            f'<Relationship Type="{DOC_RELS}/extended-properties" Target="docProps/app.xml" Id="rId3" />'
            "</Relationships>"))
        archive.writestr("docProps/app.xml", (
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
            f"<Application>Microsoft Excel Compatible / Openpyxl {openpyxl_version}</Application>"
            "<AppVersion>3.1</AppVersion></Properties>"))
        archive.writestr("docProps/core.xml", (
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>cmcert</dc:creator><dcterms:created '
            f'xsi:type="dcterms:W3CDTF">{now}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{now}'
            "</dcterms:modified></cp:coreProperties>"))
        entries = "".join(f'<sheet name={quoteattr(s.title)} sheetId="{n}" state="visible" r:id="rId{n}" />'
                          for n, s in enumerate(sheets, start=1))
        names = "".join(
            f'<definedName name="_xlnm._FilterDatabase" localSheetId="{n}" hidden="1">'
            f"{escape(_quoted_sheet_name(s.title))}!{_absolute(ref)}</definedName>"
            for n, (s, ref) in enumerate(zip(sheets, filters, strict=True)) if ref)
        archive.writestr("xl/workbook.xml", (
            f'<workbook xmlns:r="{DOC_RELS}" xmlns="{MAIN}"><workbookPr /><workbookProtection /><bookViews>'
            '<workbookView visibility="visible" minimized="0" showHorizontalScroll="1" showVerticalScroll="1" '
            'showSheetTabs="1" tabRatio="600" firstSheet="0" activeTab="0" autoFilterDateGrouping="1" />'
            f"</bookViews><sheets>{entries}</sheets>"
            + (f"<definedNames>{names}</definedNames>" if names else "")
            + '<calcPr calcId="124519" fullCalcOnLoad="1" /></workbook>'))
        relations = "".join(f'<Relationship Type="{DOC_RELS}/worksheet" Target="/xl/worksheets/sheet{n}.xml" '
                            f'Id="rId{n}" />' for n in range(1, len(sheets) + 1))
        n = len(sheets)
        archive.writestr("xl/_rels/workbook.xml.rels", (
            f'<Relationships xmlns="{RELS}">{relations}<Relationship Type="{DOC_RELS}/styles" Target="styles.xml" '
            f'Id="rId{n + 1}" /><Relationship Type="{DOC_RELS}/theme" Target="theme/theme1.xml" Id="rId{n + 2}" />'
            "</Relationships>"))
        archive.writestr("xl/styles.xml", _styles(colours))
        archive.writestr("xl/theme/theme1.xml", theme_xml)
    return Path(path)


def _absolute(ref: str) -> str:
    """``A1:R38001`` -> ``$A$1:$R$38001``."""
    def one(cell: str) -> str:
        column = cell.rstrip("0123456789")
        return f"${column}${cell[len(column):]}"
    return ":".join(one(part) for part in ref.split(":"))
