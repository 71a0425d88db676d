"""The building blocks a printed form is declared with.

A form is data: a `FormTemplate` lists blocks, and blocks refer to the form's values by name
(`"Địa chỉ: {applicant_address}"`). The engine (`printing.engine`) turns blocks into reportlab flowables.
A new legal form is therefore a new `FormTemplate` in `printing/templates/`, not new drawing code.

Text in blocks is reportlab paragraph markup (`<b>`, `<i>`, `<br/>`) written by us; the values filled in
are escaped and NFC-normalised by the engine, so a name with `&` or `<` prints as typed.
A value that is missing prints as a dotted blank for the official to fill in by hand, as on the paper forms.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

SIGN_NOTE = "(Ký và ghi rõ họ tên)"

TextStyle = Literal["body", "center", "center_italic", "center_bold", "italic", "note", "notice", "indent"]


@dataclass(frozen=True, kw_only=True)
class Block:
    # The name of a value that must be truthy for the block to print (e.g. a notice shown only sometimes).
    when: str | None = None
    # The name of a value that must be falsy for the block to print.
    unless: str | None = None


@dataclass(frozen=True)
class NationalHeader(Block):
    """The two-column national header: body and centre, `Số: …/<suffix>` | motto and date line."""

    number_suffix: str = ""  # "PBS", "PTC", … (the form's register)
    upper: str = "{governing_body}"  # the governing body, above
    lower: str = "{centre_name}"  # the issuing body, in bold


@dataclass(frozen=True)
class Title(Block):
    """The centred bold title, then centred lines under it (each may hold values)."""

    text: str
    lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class Text(Block):
    markup: str
    style: TextStyle = "body"


@dataclass(frozen=True)
class Items(Block):
    """A numbered list from a list of strings; blank dotted lines to fill in when the list is empty."""

    values: str  # the name of a list of strings
    blank_lines: int = 2
    numbering: Literal["digits", "dashes"] = "digits"


@dataclass(frozen=True)
class Column:
    header: str
    width: float  # relative to the other columns
    align: Literal["left", "center", "right"] = "left"


@dataclass(frozen=True)
class Table(Block):
    """A ruled table: one header row repeated on every page, then one row per item of `rows`."""

    columns: tuple[Column, ...]
    rows: str  # the name of a list of rows, each a list of strings in column order
    blank_rows: int = 0  # empty rows after the data, for hand-written entries
    font_delta: float = -1  # table text is a point smaller than the body


@dataclass(frozen=True)
class Signer:
    title: str  # "NGƯỜI TIẾP NHẬN HỒ SƠ"; "" leaves the column empty (a lone signer on the right)
    note: str = SIGN_NOTE
    name: str = ""  # markup for the printed name under the signing space, e.g. "{officer_name}"
    above: str = ""  # a line above the title (e.g. the italic place and date on some forms)


@dataclass(frozen=True)
class Signatures(Block):
    signers: tuple[Signer, ...]
    space_mm: float = 18  # room to sign


@dataclass(frozen=True)
class Qr(Block):
    value: str  # the name of the QR text
    size_mm: float = 30
    caption: str = ""


@dataclass(frozen=True)
class SideBySide(Block):
    """Two stacks of blocks next to each other (e.g. the appointment lines beside the QR)."""

    left: tuple[Block, ...]
    right: tuple[Block, ...]
    left_share: float = 0.7


@dataclass(frozen=True)
class Space(Block):
    mm: float = 3


@dataclass(frozen=True)
class PageSetup:
    size: Literal["A4", "A5"] = "A4"
    landscape: bool = False
    # top, right, bottom, left, in mm. Decree 30/2020: 20–25 top and bottom, 30–35 left, 15–20 right.
    margins_mm: tuple[float, float, float, float] = (20, 15, 20, 30)


@dataclass(frozen=True)
class FormTemplate:
    key: str  # the command-line name: "receipt", "supplement", …
    model: str  # the number of the legal model: "01" … "06"
    name: str  # what the official calls it, for titles and messages
    blocks: tuple[Block, ...]
    page: PageSetup = field(default_factory=PageSetup)
    font_size: float = 12
    # Labels of the copies (liên). Each copy is the whole form fitted to one page (or one half sheet).
    copies: tuple[str, ...] = ()
    # Two copies side by side on one landscape sheet, each half the size of the page (A5 on A4).
    two_up: bool = False
    # Slips shrink to fit one page; registers flow over as many pages as they need.
    fit_to_page: bool = True
    page_numbers: bool = False
