"""Turns a declared form (`printing.blocks`) and its values into PDF bytes with reportlab.

Nothing here knows any particular form: the six legal forms live in `printing/templates/` as data.
"""

from __future__ import annotations

import copy
import io
import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A3, A4, A5, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    FrameBreak,
    PageBreak,
    PageTemplate,
    Spacer,
)
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Table as RLTable
from reportlab.platypus import TableStyle as RLTableStyle
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaFrag, ParaParser
from reportlab.rl_config import _FUZZ

from forms.errors import MotcuaError
from forms.i18n import N_
from printing import blocks as b
from printing.fonts import FAMILY, register_fonts
from printing.qr import QrFlowable
from printing.vntext import BLANK, short_datetime

Values = Mapping[str, object]

# Binary (Flate only) streams instead of ASCII85 text: every PDF reader takes them, files are a fifth
# smaller, and no encoding pass runs over the embedded font subsets of every slip.
rl_config.useA85 = 0

MOTTO_COUNTRY = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO_LINE = "Độc lập - Tự do - Hạnh phúc"
REPRINT_MARK = "BẢN IN LẠI"


class TemplateError(MotcuaError):
    """A form template names a value the caller did not give: a programming error, said plainly."""

    kind = "template"


# --- values ---------------------------------------------------------------------------------------


def _as_text(value: object) -> str:
    if value is None or value == "":
        return BLANK
    if isinstance(value, bool):
        return "Có" if value else "Không"
    return unicodedata.normalize("NFC", str(value))


class _Escaped(Mapping[str, str]):
    """The values as `str.format_map` sees them: NFC, XML-escaped, blanks dotted."""

    def __init__(self, values: Values, transform: Callable[[str], str] | None = None) -> None:
        self._values = values
        self._transform = transform

    def __getitem__(self, key: str) -> str:
        if key not in self._values:
            raise TemplateError(N_("Mẫu in thiếu giá trị «{key}»"), key=key)
        text = _as_text(self._values[key])
        return escape(self._transform(text) if self._transform else text)

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)


def fill(markup: str, values: Values, transform: Callable[[str], str] | None = None) -> str:
    """Fill `{name}` fields of our markup with the values, escaped (after `transform`, e.g. upper-casing)."""
    return markup.format_map(_Escaped(values, transform))


def _list(values: Values, key: str) -> list[Any]:
    if key not in values:
        raise TemplateError(N_("Mẫu in thiếu giá trị «{key}»"), key=key)
    found = values[key]
    if found is None:
        return []
    if isinstance(found, (str, bytes)) or not isinstance(found, Sequence):
        raise TemplateError(N_("Giá trị «{key}» của mẫu in phải là một danh sách"), key=key)
    return list(found)


def _visible(block: b.Block, values: Values) -> bool:
    if block.when is not None and not values.get(block.when):
        return False
    return not (block.unless is not None and values.get(block.unless))


# --- styles ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Styles:
    size: float
    body: ParagraphStyle
    center: ParagraphStyle
    center_italic: ParagraphStyle
    center_bold: ParagraphStyle
    italic: ParagraphStyle
    note: ParagraphStyle
    notice: ParagraphStyle
    indent: ParagraphStyle
    title: ParagraphStyle
    item: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    cell_right: ParagraphStyle
    cell_header: ParagraphStyle
    header: ParagraphStyle  # the national header's left column and number
    header_bold: ParagraphStyle
    header_country: ParagraphStyle
    signer: ParagraphStyle
    signer_note: ParagraphStyle
    qr_caption: ParagraphStyle

    def text(self, name: b.TextStyle) -> ParagraphStyle:
        style: ParagraphStyle = getattr(self, name)
        return style


@lru_cache(maxsize=16)
def styles_for(size: float, table_delta: float = -1) -> Styles:
    register_fonts()
    leading = size * 1.28
    body = ParagraphStyle("body", fontName=FAMILY.regular, fontSize=size, leading=leading, alignment=TA_LEFT,
                          spaceAfter=size * (0.35 if size >= 12 else 0.2))
    cell_size = size + table_delta
    cell = ParagraphStyle("cell", parent=body, fontSize=cell_size, leading=cell_size * 1.2, spaceAfter=0)
    center = ParagraphStyle("center", parent=body, alignment=TA_CENTER)
    center_italic = ParagraphStyle("center_italic", parent=body, alignment=TA_CENTER, fontName=FAMILY.italic)
    center_bold = ParagraphStyle("center_bold", parent=body, alignment=TA_CENTER, fontName=FAMILY.bold)
    header_bold = ParagraphStyle("hdr_left_b", parent=center_bold, spaceAfter=0)
    return Styles(
        size=size,
        body=body,
        center=center,
        center_italic=center_italic,
        center_bold=center_bold,
        italic=ParagraphStyle("italic", parent=body, fontName=FAMILY.italic),
        note=ParagraphStyle("note", parent=body, fontName=FAMILY.italic, fontSize=size - 1.5,
                            leading=(size - 1.5) * 1.25),
        notice=ParagraphStyle("notice", parent=body, fontName=FAMILY.bold, alignment=TA_CENTER,
                              borderColor=colors.black, borderWidth=0.6, borderPadding=(2, 4, 3, 4),
                              spaceBefore=size * 0.4, spaceAfter=size * 0.6),
        indent=ParagraphStyle("indent", parent=body, leftIndent=size * 1.5),
        title=ParagraphStyle("title", parent=body, fontName=FAMILY.bold, fontSize=size + 2,
                             leading=(size + 2) * 1.25, alignment=TA_CENTER, spaceBefore=size * 0.9,
                             spaceAfter=size * 0.15),
        item=ParagraphStyle("item", parent=body, leftIndent=size * 2.2, firstLineIndent=-size * 1.2,
                            spaceAfter=0),
        cell=cell,
        cell_center=ParagraphStyle("cell_center", parent=cell, alignment=TA_CENTER),
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        cell_header=ParagraphStyle("cell_header", parent=cell, fontName=FAMILY.bold, alignment=TA_CENTER),
        header=ParagraphStyle("hdr_left", parent=center, spaceAfter=0),
        header_bold=header_bold,
        header_country=ParagraphStyle("hdr_country", parent=header_bold, fontSize=size - 0.5),
        signer=ParagraphStyle("sig", parent=center_bold, spaceAfter=0),
        signer_note=ParagraphStyle("sig_note", parent=center_italic, fontSize=size - 1, spaceAfter=0),
        qr_caption=ParagraphStyle("qr_caption", parent=center_italic, fontSize=size - 2, leading=(size - 2) * 1.2),
    )


# --- flowables ------------------------------------------------------------------------------------


_MARKUP = re.compile("[<>&]")


@lru_cache(maxsize=64)
def _plain_fragment(style: ParagraphStyle) -> ParaFrag:
    """The fragment reportlab's parser makes of a text without markup in `style` (its text aside)."""
    parser = ParaParser()
    parser.caseSensitive = 1
    fragment: ParaFrag = parser.parse("x", style)[1][0]
    return fragment


# Paragraph state that depends only on (text, style) or (text, style, width), shared by every slip the
# process prints: the fixed wording of a form (headers, titles, labels, legal sentences) is parsed and
# broken into lines once, not for every citizen. Bounded by clearing: a form has a few dozen paragraphs,
# and a day's variable lines (names, addresses, codes) would otherwise accumulate.
_CACHE_LIMIT = 4096
_parsed: dict[tuple[str, int], tuple[ParagraphStyle, list[ParaFrag]]] = {}
_broken: dict[tuple[str, int, float], tuple[ParagraphStyle, dict[str, Any]]] = {}
_WRAP_STATE = ("_read_text", "_read_frags", "_read_bulletText", "width", "_wrapWidths", "blPara", "height",
               "_width_max")


def _fresh(fragment: ParaFrag) -> ParaFrag:
    """A copy of a fragment with its own per-paragraph lists, as the parser gives each paragraph."""
    clone = copy.copy(fragment)
    clone.link = list(getattr(fragment, "link", None) or [])
    clone.us_lines = list(getattr(fragment, "us_lines", None) or [])
    return clone


def _remember(cache: dict[Any, Any], key: Any, value: Any) -> None:
    if len(cache) >= _CACHE_LIMIT:
        cache.clear()
    cache[key] = value


def _parser_only(style: ParagraphStyle) -> bool:
    """Styles whose paragraphs reportlab's parser must read itself (it transforms or bullets the text)."""
    return bool(style.textTransform or getattr(style, "bulletText", None))


def _read_on_demand(name: str) -> Any:
    """An attribute reportlab's `_setup` sets from the parsed text, parsed when first asked for."""
    stored = f"_read_{name}"

    def get(self: Paragraph) -> Any:
        state = self.__dict__
        if stored not in state:
            self._read()
        return state[stored]

    def put(self: Paragraph, value: Any) -> None:
        self.__dict__[stored] = value

    return property(get, put)


class Paragraph(RLParagraph):  # type: ignore[misc]  # reportlab has no type hints
    """reportlab's Paragraph, parsed and broken into lines once per text, style and width.

    A paragraph's lines depend on its text, style and width alone, so the lines found for the three are
    reused by every later paragraph with the same three — within a slip (a table wraps its cells when it
    is laid out and again when it draws them) and across slips (the fixed wording). Such a paragraph is
    never parsed: its text is read (`_setup`) only when its lines are not known yet, or when something
    asks for its fragments first. When it is, plain text skips reportlab's parser (an `HTMLParser` that
    would make one fragment carrying the style's font and colour: that fragment is made once per style and
    copied), and a text with markup is parsed once per process and its fragments copied. Drawing reads the
    lines and never changes them (`tests/test_print_forms.py` renders every form after other slips and
    compares the pages with a render that keeps nothing).
    """

    def __init__(self, text: str | None, style: ParagraphStyle, bulletText: str | None = None,  # noqa: N803
                 frags: list[ParaFrag] | None = None) -> None:
        self._source = text
        self.style = style
        self.caseSensitive = 1
        self.encoding = "utf8"
        self.debug = 0
        if frags is not None or bulletText is not None:
            # The halves of a split paragraph (reportlab's `split` makes them from fragments): theirs alone.
            self._source = None
            RLParagraph.__init__(self, text, style, bulletText=bulletText, frags=frags)
        elif _parser_only(style):
            self._read()

    text = _read_on_demand("text")
    frags = _read_on_demand("frags")
    bulletText = _read_on_demand("bulletText")  # noqa: N815  # reportlab's name

    def _read(self) -> None:
        text, style = self._source or "", self.style
        if _parser_only(style):
            RLParagraph.__init__(self, text, style)
            return
        cleaned = cleanBlockQuotedText(text)
        if cleaned and not _MARKUP.search(cleaned):
            fragment = _fresh(_plain_fragment(style))
            fragment.text = cleaned
            RLParagraph.__init__(self, cleaned, style, frags=[fragment])
            return
        key = (text, id(style))
        known = _parsed.get(key)
        if known is None or known[0] is not style:
            RLParagraph.__init__(self, text, style)
            _remember(_parsed, key, (style, [_fresh(f) for f in self.frags]))
            return
        RLParagraph.__init__(self, cleaned, style, frags=[_fresh(f) for f in known[1]])

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self._source is None:
            wrapped: tuple[float, float] = super().wrap(avail_width, avail_height)
            return wrapped
        key = (self._source, id(self.style), avail_width)
        known = _broken.get(key)
        if known is not None and known[0] is self.style:
            self.__dict__.update(known[1])
            return self.width, self.height
        size: tuple[float, float] = super().wrap(avail_width, avail_height)  # reads the text if not read yet
        if avail_width >= _FUZZ:  # reportlab's "cannot fit" answer sets nothing worth keeping
            _remember(_broken, key, (self.style, {name: self.__dict__[name] for name in _WRAP_STATE
                                                  if name in self.__dict__}))
        return size

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N803  # reportlab's name
        """reportlab's drawing of the paragraph; a plain one (`_plain_lines`) is drawn here instead, with the
        text operators reportlab's `drawPara` writes for it, placed at the page position directly rather
        than in two saved and restored canvas states and a translation (reportlab's way cost three times
        what the text operators cost, paragraph after paragraph of every slip)."""
        plain = self._plain_lines()
        if plain is None:
            super().drawOn(canvas, x, y, _sW)
            return
        first_size, lines = plain
        style = self.style
        x = self._hAlignAdjust(x, _sW)
        share = _ALIGNMENT_SHARE[style.alignment]
        # As drawPara: the first baseline one font size below the top, lines `leading` apart (T*).
        text = canvas.beginText(x + style.leftIndent, y + self.height - first_size)
        font: tuple[str, float] | None = None
        colour: colors.Color | None = None
        indent = style.firstLineIndent
        for extra, runs in lines:
            offset = indent + share * extra
            indent = 0.0
            moved = offset > 1e-6 or offset < -1e-6
            if moved:
                text.setXPos(offset)
            last = len(runs) - 1
            for index, (name, size, fill, chunk) in enumerate(runs):
                if (name, size) != font:
                    font = (name, size)
                    text.setFont(name, size, style.leading)
                if fill != colour:
                    colour = fill
                    text.setFillColor(fill)
                text._textOut(chunk, index == last)  # the line's last run moves to the next line (T*)
            if moved:
                text.setXPos(-offset)
        canvas.addLiteral("q")  # the fill colour stays the paragraph's
        canvas.drawText(text)
        canvas.addLiteral("Q")

    def _plain_lines(self) -> tuple[float, list[_Line]] | None:
        """(the first line's font size, each line's spare room and runs of text) of a paragraph that is only
        text, left, centred or right, or None when drawPara would draw more (a bullet, border, background,
        underline, link, raised text, an image, narrowed spaces)."""
        if self._source is None or "<bullet" in self._source or _parser_only(self.style):
            return None  # a split half, or a paragraph whose bullet reportlab's parser reads
        para, style = self.blPara, self.style
        if (style.alignment not in _ALIGNMENT_SHARE or style.backColor or (style.borderColor and style.borderWidth)
                or style.wordWrap or style.endDots
                or getattr(self, "autoLeading", getattr(style, "autoLeading", "")) not in ("", "off")
                or getattr(self, "_offsets", None) is not None or getattr(self, "_showBoundary", False)):
            return None
        lines: list[_Line] = []
        if para.kind == 0:
            if getattr(para, "us_lines", None) or getattr(para, "link", None) or not _plain_colour(para.textColor):
                return None
            for extra, words in para.lines:
                if extra <= -1e-8:  # wider than its room: reportlab narrows its spaces
                    return None
                lines.append((extra, [(para.fontName, para.fontSize, para.textColor, " ".join(words))]))
            return para.fontSize, lines
        for line in para.lines:
            if line.extraSpace <= -1e-8 or not line.words:
                return None
            runs: list[_Run] = []
            for frag in line.words:
                if (hasattr(frag, "cbDefn") or frag.rise or frag.us_lines or frag.link
                        or getattr(frag, "backColor", None) or not _plain_colour(frag.textColor)):
                    return None
                runs.append((frag.fontName, frag.fontSize, frag.textColor, frag.text))
            lines.append((line.extraSpace, runs))
        return (para.lines[0].fontSize if lines else style.fontSize), lines


_Run = tuple[str, float, Any, str]  # font, size, colour, text
_Line = tuple[float, list[_Run]]  # room to spare, runs


def _plain_colour(colour: object) -> bool:
    return isinstance(colour, colors.Color) and not isinstance(colour, colors.CMYKColor) and colour.alpha == 1


_ALIGNMENT_SHARE = {TA_LEFT: 0.0, TA_CENTER: 0.5, TA_RIGHT: 1.0}  # of a line's spare room left of it


class Rule(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """A short centred horizontal rule, as under the body name and under the motto."""

    def __init__(self, width: float, thickness: float = 0.7) -> None:
        super().__init__()
        self.rule_width = width
        self.thickness = thickness

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.avail = avail_width
        return avail_width, 6.0

    def draw(self) -> None:
        start = max((self.avail - self.rule_width) / 2, 0)
        self.canv.setLineWidth(self.thickness)
        self.canv.line(start, 2.5, start + min(self.rule_width, self.avail), 2.5)


@dataclass(frozen=True)
class Padding:
    """Room between a cell's edges and its content, in points."""

    top: float = 0.0
    right: float = 0.0
    bottom: float = 0.0
    left: float = 0.0


class Columns(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """Cells side by side, each a stack of flowables from its top: the national header, the signature
    blocks, a text beside the QR.

    It lays them out as a one-row reportlab `Table` whose cells hold flowables (VALIGN TOP, no lines, its
    column widths given in percent) does — same widths, heights and positions, which a test renders side by
    side with such a table — without a table's machinery: per-cell styles, lines and backgrounds it would not
    draw, and every cell wrapped again when drawn. Those cost more than the text in the cells.
    """

    def __init__(self, cells: Sequence[Sequence[Flowable]], percents: Sequence[float], padding: Padding) -> None:
        super().__init__()
        self.hAlign = "CENTER"  # as a table's: columns short of 100 % are centred
        if len(cells) != len(percents):
            raise ValueError("one width per cell")
        self.cells = [list(cell) for cell in cells]
        self.percents = list(percents)
        self.padding = padding
        self._widths: list[float] = []
        self._sizes: list[list[tuple[float, float]]] = []
        self.width = 0.0
        self.height = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        pad = self.padding
        scale = avail_width / max(100.0, sum(self.percents))
        self._widths = [percent * scale for percent in self.percents]
        canvas = getattr(self, "canv", None)
        self._sizes = []
        tallest = 0.0
        for cell, width in zip(self.cells, self._widths, strict=True):
            sizes = [flowable.wrapOn(canvas, width - pad.left - pad.right, 72000 - pad.top - pad.bottom)
                     for flowable in cell]
            self._sizes.append(sizes)
            tallest = max(tallest, _stack_height(cell, sizes))
        self.width = sum(self._widths)
        self.height = tallest + pad.top + pad.bottom
        return self.width, self.height

    def draw(self) -> None:
        pad = self.padding
        left = 0.0
        for cell, sizes, width in zip(self.cells, self._sizes, self._widths, strict=True):
            # The first flowable's space before is not room above the cell (reportlab's own rule).
            y = self.height - pad.top + (cell[0].getSpaceBefore() if cell else 0.0)
            for flowable, (_w, h) in zip(cell, sizes, strict=True):
                y -= flowable.getSpaceBefore() + h
                flowable.drawOn(self.canv, left + pad.left, y)
                y -= flowable.getSpaceAfter()
            left += width


def _stack_height(cell: Sequence[Flowable], sizes: Sequence[tuple[float, float]]) -> float:
    """A stack's height with the spaces between its flowables, but not before the first or after the last."""
    if not cell:
        return 0.0
    total: float = sum(h + flowable.getSpaceBefore() + flowable.getSpaceAfter()
                       for flowable, (_w, h) in zip(cell, sizes, strict=True))
    total -= cell[0].getSpaceBefore() + cell[-1].getSpaceAfter()
    return total


def _table_style(commands: list[Any]) -> RLTableStyle:
    # Table cells default to Helvetica, which is not embedded and has no Vietnamese glyphs.
    return RLTableStyle([("FONT", (0, 0), (-1, -1), FAMILY.regular), *commands])


@dataclass(frozen=True)
class _Context:
    values: Values
    styles: Styles
    width: float  # the width the blocks are laid out in


def _header(block: b.NationalHeader, ctx: _Context) -> list[Flowable]:
    s, v = ctx.styles, ctx.values
    left_w = ctx.width * 0.42
    body_style, bold_style = s.header, s.header_bold
    left: list[Flowable] = [
        Paragraph(fill(block.upper, v, str.upper), body_style),
        Paragraph(fill(block.lower, v, str.upper), bold_style),
        Rule(left_w * 0.35),
    ]
    motto_width = stringWidth(MOTTO_LINE, FAMILY.bold, s.size)
    right: list[Flowable] = [
        Paragraph(MOTTO_COUNTRY, s.header_country),
        Paragraph(MOTTO_LINE, bold_style),
        Rule(motto_width),
    ]
    number = fill("{number}", v)
    suffix = f"/{block.number_suffix}" if block.number_suffix else ""
    shares = [42.0, 58.0]
    number_line = [Paragraph(f"Số: {number}{suffix}", body_style)]
    date_line = [Paragraph(fill("{date_line}", v), s.center_italic)]
    return [Columns([left, right], shares, Padding(bottom=1)),
            Columns([number_line, date_line], shares, Padding(top=3, bottom=1))]


def _title(block: b.Title, ctx: _Context) -> list[Flowable]:
    out: list[Flowable] = [_mark_per_copy(Paragraph(fill(block.text, ctx.values), ctx.styles.title), block.text)]
    out += [_mark_per_copy(Paragraph(fill(line, ctx.values), ctx.styles.center), line) for line in block.lines]
    out.append(Spacer(1, ctx.styles.size * 0.4))
    return out


def _text(block: b.Text, ctx: _Context) -> list[Flowable]:
    return [_mark_per_copy(Paragraph(fill(block.markup, ctx.values), ctx.styles.text(block.style)), block.markup)]


def _items(block: b.Items, ctx: _Context) -> list[Flowable]:
    entries = _list(ctx.values, block.values)
    def marks(n: int) -> str:
        return f"{n}." if block.numbering == "digits" else "-"

    out: list[Flowable] = []
    for n, entry in enumerate(entries, start=1):
        out.append(Paragraph(f"{marks(n)} {escape(_as_text(entry))}", ctx.styles.item))
    for n in range(len(entries) + 1, len(entries) + 1 + (block.blank_lines if not entries else 0)):
        out.append(Paragraph(f"{marks(n)} {BLANK * 4}", ctx.styles.item))
    out.append(Spacer(1, ctx.styles.body.spaceAfter))
    return out


def _table(block: b.Table, ctx: _Context) -> list[Flowable]:
    s = styles_for(ctx.styles.size, block.font_delta)
    total = sum(column.width for column in block.columns)
    widths = [f"{100 * column.width / total:.3f}%" for column in block.columns]
    cell_styles = {"left": s.cell, "center": s.cell_center, "right": s.cell_right}
    data: list[list[Any]] = [[Paragraph(column.header, s.cell_header) for column in block.columns]]
    for row in _list(ctx.values, block.rows):
        cells = list(row)
        if len(cells) != len(block.columns):
            raise TemplateError(N_("Dòng của bảng «{key}» có {n} ô, mẫu in cần {m}"),
                                key=block.rows, n=len(cells), m=len(block.columns))
        data.append([
            Paragraph(escape(unicodedata.normalize("NFC", str(cell))), cell_styles[column.align])
            for cell, column in zip(cells, block.columns, strict=True)
        ])
    heights: list[float | None] = [None] * len(data) + [s.size * 2.4] * block.blank_rows  # room to write by hand
    data += [["" for _ in block.columns] for _ in range(block.blank_rows)]
    table = RLTable(data, colWidths=widths, repeatRows=1, rowHeights=heights)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    table.setStyle(_table_style(style))
    return [table]


def _signatures(block: b.Signatures, ctx: _Context) -> list[Flowable]:
    s, v = ctx.styles, ctx.values
    cells: list[list[Flowable]] = []
    for signer in block.signers:
        cell: list[Flowable] = []
        if not signer.title:
            cells.append(cell)
            continue
        if signer.above:
            cell.append(Paragraph(fill(signer.above, v), s.center_italic))
        cell.append(Paragraph(fill(signer.title, v), s.signer))
        if signer.note:
            cell.append(Paragraph(signer.note, s.signer_note))
        cell.append(Spacer(1, block.space_mm * mm))
        if signer.name:
            name = fill(signer.name, v)
            cell.append(Paragraph(name if name != BLANK else "", s.center_bold))
        cells.append(cell)
    share = 100 / max(len(cells), 1)
    # One row: moves to the next page whole, never split.
    return [Columns(cells, [share] * len(cells), Padding(top=ctx.styles.size * 0.6, right=2, bottom=3, left=2))]


def _qr(block: b.Qr, ctx: _Context) -> list[Flowable]:
    text = ctx.values.get(block.value)
    if not isinstance(text, str) or not text:
        raise TemplateError(N_("Mẫu in thiếu giá trị «{key}»"), key=block.value)
    out: list[Flowable] = [QrFlowable(text, block.size_mm * mm)]
    out[0].hAlign = "CENTER"
    if block.caption:
        out.append(Paragraph(fill(block.caption, ctx.values), ctx.styles.qr_caption))
    return out


def _side_by_side(block: b.SideBySide, ctx: _Context) -> list[Flowable]:
    left_w = ctx.width * block.left_share
    right_w = ctx.width - left_w
    left = build_blocks(block.left, _Context(ctx.values, ctx.styles, left_w - 4))
    right = build_blocks(block.right, _Context(ctx.values, ctx.styles, right_w))
    return [Columns([left, right], [100 * block.left_share, 100 * (1 - block.left_share)], Padding())]


def _space(block: b.Space, ctx: _Context) -> list[Flowable]:
    return [Spacer(1, block.mm * mm)]


_BUILDERS: dict[type[b.Block], Callable[[Any, _Context], list[Flowable]]] = {
    b.NationalHeader: _header,
    b.Title: _title,
    b.Text: _text,
    b.Items: _items,
    b.Table: _table,
    b.Signatures: _signatures,
    b.Qr: _qr,
    b.SideBySide: _side_by_side,
    b.Space: _space,
}


def build_blocks(declared: Sequence[b.Block], ctx: _Context) -> list[Flowable]:
    out: list[Flowable] = []
    for block in declared:
        if _visible(block, ctx.values):
            out += _BUILDERS[type(block)](block, ctx)
    return out


PER_COPY = "motcua_per_copy"  # attribute set on flowables whose text differs between copies (the liên)


def _mark_per_copy(flowable: Flowable, markup: str) -> Flowable:
    if "{copy_label}" in markup:
        setattr(flowable, PER_COPY, True)
    return flowable


@dataclass
class _Placed:
    flowable: Flowable
    x: float
    y: float  # bottom, in the copy's own space (0 at the bottom of the laid-out content)
    height: float


class FittedCopy(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """One copy of a slip, kept on its page: if it would overflow, rebuilt with a smaller font.

    reportlab's KeepInFrame re-wraps its content at a different width when it shrinks, which tables with
    relative column widths do not survive (they keep the first widths), so copies are rebuilt from the
    blocks instead, a half point smaller each time; past a fifth smaller the last layout is scaled down.

    The copies of a slip differ only in their label (liên), so a copy given `same_as` an earlier copy lays
    out and draws only its per-copy lines and reuses the earlier copy's drawing (a PDF form XObject) for
    the rest: the second copy costs almost nothing and is certainly identical to the first.
    """

    def __init__(self, build: Callable[[float], list[Flowable]], size: float, same_as: FittedCopy | None = None,
                 build_per_copy: Callable[[float], list[Flowable]] | None = None) -> None:
        super().__init__()
        self.build = build
        self.size = size
        self.same_as = same_as
        self.build_per_copy = build_per_copy or build
        self._placed: list[_Placed] = []
        self._content_height = 0.0
        self._used_size = size
        self._scale = 1.0
        self._form: str | None = None  # the shared drawing, once drawn
        self.width: float = 0.0
        self.height: float = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self._reuse(avail_width):
            return self.width, self.height
        self._form = None
        size = self.size
        while True:
            placed, total = self._layout(self.build(size), avail_width, avail_height)
            if total <= avail_height or size - 0.5 < self.size * 0.8:
                break
            size -= 0.5
        self._placed, self._content_height, self._used_size = placed, total, size
        self._scale = min(1.0, avail_height / total) if total else 1.0
        self.width = avail_width
        self.height = min(total, avail_height)
        return self.width, self.height

    def _reuse(self, width: float) -> bool:
        """Take the earlier copy's layout, with this copy's own per-copy lines in the same places."""
        source = self.same_as
        if source is None or source._form is None or source.width != width:
            return False
        own = [f for f in self.build_per_copy(source._used_size) if getattr(f, PER_COPY, False)]
        theirs = [p for p in source._placed if getattr(p.flowable, PER_COPY, False)]
        if len(own) != len(theirs):
            return False
        placed = []
        for flowable, other in zip(own, theirs, strict=True):
            w, h = flowable.wrap(width, other.height * 4)
            if abs(h - other.height) > 0.01:  # a label that wraps differently: lay this copy out in full
                return False
            placed.append(_Placed(flowable, _aligned_x(flowable, w, width), other.y, h))
        self._placed = placed
        self._content_height, self._used_size, self._scale = source._content_height, source._used_size, source._scale
        self._form = source._form
        self.width, self.height = source.width, source.height
        return True

    @staticmethod
    def _layout(flowables: list[Flowable], width: float, height: float) -> tuple[list[_Placed], float]:
        sized: list[tuple[Flowable, float, float, float]] = []
        total = 0.0
        space_after = 0.0
        for flowable in flowables:
            w, h = flowable.wrap(width, height)
            gap = max(space_after, flowable.getSpaceBefore()) if sized else 0.0
            sized.append((flowable, w, h, gap))
            total += gap + h
            space_after = flowable.getSpaceAfter()
        placed: list[_Placed] = []
        y = total
        for flowable, w, h, gap in sized:
            y -= gap + h
            placed.append(_Placed(flowable, _aligned_x(flowable, w, width), y, h))
        return placed, total

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        if self._scale < 1.0:
            canvas.translate(self.width * (1 - self._scale) / 2, 0)
            canvas.scale(self._scale, self._scale)
        if self._form is None:
            self._form = f"motcua_copy_{id(self)}"
            canvas.beginForm(self._form, lowerx=-20, lowery=-20, upperx=self.width + 20,
                             uppery=self._content_height + 20)
            for item in self._placed:
                if not getattr(item.flowable, PER_COPY, False):
                    item.flowable.drawOn(canvas, item.x, item.y)
            canvas.endForm()
        canvas.doForm(self._form)
        for item in self._placed:
            if getattr(item.flowable, PER_COPY, False):
                item.flowable.drawOn(canvas, item.x, item.y)
        canvas.restoreState()


def _aligned_x(flowable: Flowable, width: float, avail: float) -> float:
    align = str(getattr(flowable, "hAlign", "LEFT")).upper()
    return {"CENTER": (avail - width) / 2, "CENTRE": (avail - width) / 2, "RIGHT": avail - width}.get(align, 0.0)


# --- pages ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Sheet:
    size: tuple[float, float]
    areas: tuple[tuple[float, float, float, float], ...]  # x, y, width, height of each copy's page area


def _sheet(template: b.FormTemplate) -> _Sheet:
    base = A4 if template.page.size == "A4" else A5
    page = landscape(base) if template.page.landscape else base
    if not template.two_up:
        return _Sheet(page, ((0.0, 0.0, page[0], page[1]),))
    # Two copies side by side on the sheet of the next size up, cut in half: two A5 on one A4 landscape
    # (reportlab's A5 is 148 mm wide, so the halves are taken from the real A4, 148.5 mm each).
    sheet = landscape(A3 if template.page.size == "A4" else A4)
    half = sheet[0] / 2
    return _Sheet(sheet, ((0.0, 0.0, half, sheet[1]), (half, 0.0, half, sheet[1])))


def _frames(template: b.FormTemplate, sheet: _Sheet) -> list[Frame]:
    top, right, bottom, left = (value * mm for value in template.page.margins_mm)
    return [
        Frame(x + left, y + bottom, w - left - right, h - top - bottom,
              leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=f"copy{i}")
        for i, (x, y, w, h) in enumerate(sheet.areas)
    ]


def _decorate(template: b.FormTemplate, sheet: _Sheet, reprint_at: datetime | None,
              ) -> Callable[[Canvas, BaseDocTemplate], None]:
    top_margin = template.page.margins_mm[0] * mm

    def on_page(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        if template.two_up:
            # The cutting line between the two copies.
            canvas.setDash(3, 3)
            canvas.setLineWidth(0.4)
            middle = sheet.areas[1][0]
            canvas.line(middle, 8 * mm, middle, sheet.size[1] - 8 * mm)
            canvas.setDash()
        if reprint_at is not None:
            label = f"{REPRINT_MARK} – {short_datetime(reprint_at)}"
            size = 9.0
            width = stringWidth(label, FAMILY.bold, size)
            for x, _y, w, h in sheet.areas:
                right = x + w - template.page.margins_mm[1] * mm
                baseline = h - min(top_margin * 0.55, 8 * mm)
                canvas.setFont(FAMILY.bold, size)
                canvas.drawRightString(right, baseline, label)
                canvas.setLineWidth(0.8)
                canvas.rect(right - width - 3, baseline - 3, width + 6, size + 4.5, stroke=1, fill=0)
        canvas.restoreState()

    return on_page


def _numbered_canvas(template: b.FormTemplate) -> type[Canvas]:
    """A canvas that writes "Trang x/y" once the total is known (pages are kept until save)."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self.setFont(FAMILY.italic, 9)
                self.drawCentredString(self._pagesize[0] / 2, 8 * mm, f"Trang {self._pageNumber}/{total}")
                super().showPage()
            super().save()

    return NumberedCanvas


def render_pdf(template: b.FormTemplate, values: Values, *, reprint_at: datetime | None = None,
               title: str = "", author: str = "") -> bytes:
    """The form as PDF bytes. `reprint_at` marks every page "BẢN IN LẠI" with that time."""
    register_fonts()
    sheet = _sheet(template)
    frames = _frames(template, sheet)
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=sheet.size, title=title or template.name, author=author, creator="MotCua Desk",
        subject=template.name, leftMargin=0, rightMargin=0, topMargin=0, bottomMargin=0,
        # reportlab starts each page in Helvetica, which is not embedded and has no Vietnamese.
        initialFontName=FAMILY.regular, initialFontSize=template.font_size,
    )
    doc.addPageTemplates([PageTemplate(id="form", frames=frames, onPage=_decorate(template, sheet, reprint_at))])
    width = frames[0]._width
    story: list[Flowable] = []
    copies = template.copies or ("",)
    first_copy: FittedCopy | None = None
    per_copy_blocks = [block for block in template.blocks if "{copy_label}" in repr(block)]
    for index, label in enumerate(copies):
        copy_values = {**values, "copy_label": label}

        def build(size: float, copy_values: Values = copy_values, blocks: Sequence[b.Block] = template.blocks,
                  ) -> list[Flowable]:
            return build_blocks(blocks, _Context(copy_values, styles_for(size), width))

        def build_per_copy(size: float, copy_values: Values = copy_values) -> list[Flowable]:
            return build(size, copy_values, per_copy_blocks)

        if template.fit_to_page:
            copy = FittedCopy(build, template.font_size, same_as=first_copy, build_per_copy=build_per_copy)
            first_copy = first_copy or copy
            story.append(copy)
        else:
            story += build(template.font_size)
        if index < len(copies) - 1:
            on_same_sheet = template.two_up and (index + 1) % len(frames) != 0
            story.append(FrameBreak() if on_same_sheet else PageBreak())
    canvasmaker = _numbered_canvas(template) if template.page_numbers else Canvas
    doc.build(story, canvasmaker=canvasmaker)
    return buffer.getvalue()
