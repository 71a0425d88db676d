"""The one embedded font family of the printed forms, registered with reportlab once per process.

Liberation Serif (SIL OFL, shipped in `resources/fonts/` with its licence) has every Vietnamese glyph and
the metrics of Times New Roman, which Vietnamese administrative documents use. reportlab's built-in Times
has no Vietnamese glyphs at all, so every style the forms use maps to this family.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from resources import resource_path


@dataclass(frozen=True)
class FontFamily:
    regular: str
    bold: str
    italic: str
    bold_italic: str


FAMILY = FontFamily(
    regular="MotcuaSerif",
    bold="MotcuaSerif-Bold",
    italic="MotcuaSerif-Italic",
    bold_italic="MotcuaSerif-BoldItalic",
)
_FILES = {
    FAMILY.regular: "LiberationSerif-Regular.ttf",
    FAMILY.bold: "LiberationSerif-Bold.ttf",
    FAMILY.italic: "LiberationSerif-Italic.ttf",
    FAMILY.bold_italic: "LiberationSerif-BoldItalic.ttf",
}

_lock = threading.Lock()
_registered = False


def register_fonts() -> FontFamily:
    """Parse and register the TTF files on first use only: parsing costs ~20 ms, a lookup nothing."""
    global _registered
    if _registered:
        return FAMILY
    with _lock:
        if not _registered:
            for name, filename in _FILES.items():
                pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
            # <b> and <i> inside a Paragraph pick the right face of the family.
            addMapping(FAMILY.regular, 0, 0, FAMILY.regular)
            addMapping(FAMILY.regular, 1, 0, FAMILY.bold)
            addMapping(FAMILY.regular, 0, 1, FAMILY.italic)
            addMapping(FAMILY.regular, 1, 1, FAMILY.bold_italic)
            _registered = True
    return FAMILY
