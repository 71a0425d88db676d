"""One paper the citizen brings = one small PDF, whatever its pages came from. No Qt here.

Pages come as picture files (JPEG, PNG, TIFF — multi-page TIFFs too), as PDFs a scanner's own software
saved (often one file per page), or as pictures already in memory (webcam shots). `pdf_from_pages` puts them
in order into one PDF:

- pictures are turned upright (EXIF), flattened to RGB, stored in grey when they have no real colour (a
  red seal keeps a page in colour), brought down to `dpi` (150: text and seals stay legible, an A4 page
  is 1240 × 1754 px) and JPEG-compressed at `jpeg_quality`; a page whose resolution is unknown (a photo)
  is sized as if its longer side were an A4 page's (Huffman tables optimised: ≈ 25 % smaller for free);
- PDF pages are copied as they are (text stays text), except that scanned images inside them sharper than
  1.3 × `dpi` are brought down and recompressed the same way — a scanner's 600-dpi uncompressed page
  would otherwise weigh megabytes.

Measured on typed A4 pages with scanner grain (tests/test_scanning_documents.py): ≈ 2.1 MB a page as the
scanner's 300-dpi JPEG, ≈ 0.18 MB a page in the PDF (one page grey, one kept in colour for its red seal).
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageChops, ImageOps, ImageSequence, ImageStat, UnidentifiedImageError
from pypdf import PdfReader, PdfWriter
from pypdf.errors import PyPdfError
from pypdf.generic import DictionaryObject

from desktop.scanning.errors import DocumentFailure, NoPages

log = logging.getLogger(__name__)

PDF_SUFFIX = ".pdf"
PICTURE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".bmp", ".gif", ".tif", ".tiff", ".webp"})
A4_LONG_SIDE_PT = 842.0


@dataclass(frozen=True)
class PageSettings:
    dpi: int = 150
    jpeg_quality: int = 60
    grey_spread: float = 6.0  # mean |R−G|, |G−B| below this: a grey page scanned in colour


Page = Path | Image.Image


def is_page_file(path: Path) -> bool:
    return path.suffix.lower() in PICTURE_SUFFIXES or path.suffix.lower() == PDF_SUFFIX


def _flatten(image: Image.Image) -> Image.Image:
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        white = Image.new("RGB", rgba.size, (255, 255, 255))
        white.paste(rgba, mask=rgba.getchannel("A"))
        return white
    if image.mode in ("L", "RGB"):
        return image
    if image.mode in ("1", "I;16", "I", "F"):
        return image.convert("L")
    return image.convert("RGB")  # CMYK, YCbCr, P without transparency …


def _is_grey(image: Image.Image, spread: float) -> bool:
    if image.mode == "L":
        return True
    small = image.copy()
    small.thumbnail((256, 256))
    r, g, b = small.split()
    rg = ImageStat.Stat(ImageChops.difference(r, g)).mean[0]
    gb = ImageStat.Stat(ImageChops.difference(g, b)).mean[0]
    # A small red seal on a white page moves the mean little but the maximum a lot: keep such pages in colour.
    peak = max(ImageStat.Stat(ImageChops.difference(r, g)).extrema[0][1],
               ImageStat.Stat(ImageChops.difference(g, b)).extrema[0][1])
    return rg < spread and gb < spread and peak < 80


def prepare_page(image: Image.Image, settings: PageSettings, source_dpi: float | None) -> tuple[Image.Image, float]:
    """The page ready for the PDF and the resolution to print it at (so its paper size is kept)."""
    page = _flatten(ImageOps.exif_transpose(image))
    if page.mode == "RGB" and _is_grey(page, settings.grey_spread):
        page = page.convert("L")
    if source_dpi is None or source_dpi < 50:  # unknown (a photo), or nonsense in the file
        source_dpi = max(page.size) * 72 / A4_LONG_SIDE_PT
    if source_dpi > settings.dpi:
        scale = settings.dpi / source_dpi
        size = (max(1, round(page.width * scale)), max(1, round(page.height * scale)))
        page = page.resize(size, Image.Resampling.LANCZOS)
        return page, float(settings.dpi)
    return page, source_dpi


def _file_dpi(image: Image.Image) -> float | None:
    dpi = image.info.get("dpi")
    if isinstance(dpi, tuple) and dpi and dpi[0]:
        return float(dpi[0])
    return None


def _picture_pages(path: Path) -> Iterator[tuple[Image.Image, float | None]]:
    try:
        with Image.open(path) as opened:
            for frame in ImageSequence.Iterator(opened):
                frame.load()
                yield frame.copy(), _file_dpi(opened)
    except FileNotFoundError:
        raise DocumentFailure(path.name, "không tìm thấy tệp") from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        raise DocumentFailure(path.name, "không phải ảnh hoặc tệp ảnh bị hỏng") from None


def _page_pdf(image: Image.Image, dpi: float, settings: PageSettings) -> PdfReader:
    buffer = io.BytesIO()
    image.save(buffer, "PDF", resolution=dpi, quality=settings.jpeg_quality, optimize=True)
    return PdfReader(buffer)


def _shrink_images(writer: PdfWriter, first_page: int, settings: PageSettings) -> None:
    """Bring scanned images on pages `first_page`… down to the target resolution, as JPEG."""
    for page in writer.pages[first_page:]:
        page_width_in = float(page.mediabox.width) / 72 or 1.0
        for picture in page.images:
            xobject = picture.indirect_reference.get_object() if picture.indirect_reference else None
            if not isinstance(xobject, DictionaryObject) or "/SMask" in xobject or "/Mask" in xobject:
                continue
            try:
                image = picture.image
            except Exception:  # an image pypdf cannot decode (JBIG2 …) stays as it is
                continue
            if image is None or image.mode == "1":  # bilevel scans are already small
                continue
            dpi = image.width / page_width_in
            if dpi <= settings.dpi * 1.3:
                continue
            scale = settings.dpi / dpi
            smaller = _flatten(image).resize(
                (max(1, round(image.width * scale)), max(1, round(image.height * scale))), Image.Resampling.LANCZOS)
            picture.replace(smaller, quality=settings.jpeg_quality, optimize=True)


def _append_pdf(writer: PdfWriter, path: Path, settings: PageSettings) -> None:
    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            raise DocumentFailure(path.name, "tệp PDF có mật khẩu")
        first = len(writer.pages)
        writer.append(reader)
    except FileNotFoundError:
        raise DocumentFailure(path.name, "không tìm thấy tệp") from None
    except (PyPdfError, OSError, ValueError, KeyError) as exc:
        raise DocumentFailure(path.name, "tệp PDF bị hỏng") from exc
    _shrink_images(writer, first, settings)


def pdf_from_pages(pages: Sequence[Page], settings: PageSettings | None = None) -> tuple[bytes, int]:
    """One PDF of every page in order; returns its bytes and its page count.

    Raises NoPages for an empty list and DocumentFailure (with the file's name) for an unusable file.
    """
    settings = settings or PageSettings()
    if not pages:
        raise NoPages()
    writer = PdfWriter()
    for page in pages:
        if isinstance(page, Image.Image):
            prepared, dpi = prepare_page(page, settings, _file_dpi(page))
            writer.append(_page_pdf(prepared, dpi, settings))
        elif page.suffix.lower() == PDF_SUFFIX:
            _append_pdf(writer, page, settings)
        else:
            for picture, source_dpi in _picture_pages(page):
                prepared, dpi = prepare_page(picture, settings, source_dpi)
                writer.append(_page_pdf(prepared, dpi, settings))
    writer.compress_identical_objects()
    buffer = io.BytesIO()
    writer.write(buffer)
    count = len(writer.pages)
    log.info("paper assembled: %d pages, %d bytes", count, buffer.tell())
    return buffer.getvalue(), count
