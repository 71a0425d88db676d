"""The receipt QR is reportlab's own encoding, module for module; and the small Vietnamese text helpers."""

from __future__ import annotations

import io
import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import zxingcpp
from hypothesis import example, given, settings
from hypothesis import strategies as st
from PIL import Image
from reportlab.graphics.barcode import qrencoder
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.pdfgen.canvas import Canvas

from forms.clock import VN_TZ
from printing.qr import (
    ERROR_CORRECTION,
    QUIET_ZONE,
    REPORTLAB_BUFFER_PUT,
    REPORTLAB_CREATE_BYTES,
    REPORTLAB_GENERATOR_POLYNOMIAL,
    REPORTLAB_WRITE_BYTES,
    QrFlowable,
    best_mask,
    buffer_put,
    create_bytes,
    encode,
    lost_points,
    mask_operators,
    write_bytes,
)
from printing.values import timeliness
from printing.vntext import date_line, long_date, long_time
from tests.print_fixtures import needs_poppler, render_png

URL_TEXT = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789./:?&=-_%",
                   min_size=1, max_size=320)


@settings(max_examples=40, deadline=None)
@given(URL_TEXT)
def test_mask_scores_and_choice_equal_reportlabs(text: str) -> None:
    qr = qrencoder.QRCode(None, getattr(qrencoder.QRErrorCorrectLevel, ERROR_CORRECTION))
    qr.addData(text)
    qr.version = qr.calculate_version()
    for pattern in range(8):
        qr.makeImpl(True, pattern)
        assert lost_points(qr.modules) == qrencoder.QRUtil.getLostPoint(qr), pattern
    assert best_mask(qr) == qr.getBestMaskPattern()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(min_value=0, max_value=2**32), st.integers(min_value=0, max_value=24))
                | st.tuples(st.booleans(), st.just(-1)), max_size=40))
def test_the_bit_buffer_writes_what_reportlabs_writes(puts: list[tuple[int, int]]) -> None:
    ours, theirs = qrencoder.QRBitBuffer(), qrencoder.QRBitBuffer()
    for value, length in puts:
        if length < 0:  # a single bit, as the padding is written
            ours.putBit(value)
            theirs.putBit(value)
        else:
            buffer_put(ours, value, length)
            REPORTLAB_BUFFER_PUT(theirs, value, length)
    assert (ours.buffer, ours.length) == (theirs.buffer, theirs.length)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=400) | st.text(max_size=100), st.integers(min_value=1, max_value=40),
       st.integers(min_value=0, max_value=7))
def test_a_byte_segment_is_written_as_reportlab_writes_it(data: bytes | str, version: int, lead: int) -> None:
    segment = qrencoder.QR8bitByte(data)
    ours, theirs = qrencoder.QRBitBuffer(), qrencoder.QRBitBuffer()
    for buffer in (ours, theirs):  # a segment may start anywhere in a byte
        REPORTLAB_BUFFER_PUT(buffer, 0b1010101, lead)
    write_bytes(segment, ours, version)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(qrencoder.QRBitBuffer, "put", REPORTLAB_BUFFER_PUT)
        REPORTLAB_WRITE_BYTES(segment, theirs, version)
    assert (ours.buffer, ours.length) == (theirs.buffer, theirs.length)


@settings(max_examples=15, deadline=None)
@given(URL_TEXT)
@example("https://dichvucong.gov.vn/tra-cuu-ho-so?hs=1&ck=" + "A" * 200)  # a receipt's size: version 11
def test_the_symbol_is_the_widgets_own(text: str) -> None:
    ours = encode(text)
    widget = QrCodeWidget(text, barLevel=ERROR_CORRECTION)
    with pytest.MonkeyPatch.context() as patch:  # reportlab's own path through and through
        patch.setattr(qrencoder.QRCode, "createBytes", staticmethod(REPORTLAB_CREATE_BYTES))
        patch.setattr(qrencoder.QRBitBuffer, "put", REPORTLAB_BUFFER_PUT)
        patch.setattr(qrencoder.QR8bitByte, "write", REPORTLAB_WRITE_BYTES)
        patch.setattr(qrencoder.QRUtil, "getErrorCorrectPolynomial", staticmethod(REPORTLAB_GENERATOR_POLYNOMIAL))
        widget.qr.make()
    assert ours == tuple(tuple(bool(cell) for cell in row) for row in widget.qr.modules)


@settings(max_examples=15, deadline=None)
@given(URL_TEXT)
@example("https://dichvucong.gov.vn/tra-cuu-ho-so?hs=1&ck=" + "A" * 200)
def test_the_image_mask_paints_exactly_the_dark_modules(text: str) -> None:
    count, operators = mask_operators(text)
    image = re.fullmatch(r"BI /W (\d+) /H (\d+) /IM true /D \[1 0\] /F /AHx ID ([0-9a-f]*)> EI", operators)
    assert image is not None and int(image[1]) == int(image[2]) == count
    samples = bytes.fromhex(image[3])
    width = -(-count // 8)
    assert len(samples) == width * count
    rows = [int.from_bytes(samples[start:start + width], "big") for start in range(0, len(samples), width)]
    pad = 8 * width - count
    assert all(row & ((1 << pad) - 1) == 0 for row in rows)  # the bits past a row's end paint nothing
    painted = tuple(tuple(bool(row >> (8 * width - 1 - column) & 1) for column in range(count)) for row in rows)
    assert painted == encode(text)


@needs_poppler
def test_the_printed_modules_are_the_symbols_and_the_quiet_zone_is_white(tmp_path: Path) -> None:
    text = "https://dichvucong.gov.vn/tra-cuu-ho-so?hs=42&ck=" + "Z" * 180
    symbol = encode(text)
    module = 3.0  # points: 6 pixels at 144 dpi
    side = module * (len(symbol) + 2 * QUIET_ZONE)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(side + 20, side + 20))
    QrFlowable(text, side).drawOn(canvas, 10, 10)
    canvas.save()
    [page] = render_png(buffer.getvalue(), tmp_path, dpi=144)
    picture = Image.open(page).convert("L")
    scale = 144 / 72

    def dark(x_points: float, y_points_from_top: float) -> bool:
        level = picture.getpixel((round(x_points * scale), round(y_points_from_top * scale)))
        assert isinstance(level, int)
        return level < 128

    origin = 10 + QUIET_ZONE * module
    printed = tuple(tuple(dark(origin + (column + 0.5) * module, origin + (row + 0.5) * module)
                          for column in range(len(symbol))) for row in range(len(symbol)))
    assert printed == symbol
    for step in range(len(symbol) + 2 * QUIET_ZONE):  # the quiet zone's ring, all four sides
        along = 10 + (step + 0.5) * module
        for across in (10 + 0.5 * module, 10 + side - 0.5 * module):
            assert not dark(along, across) and not dark(across, along)
    assert zxingcpp.read_barcodes(picture)[0].text == text


def test_the_cached_generator_polynomials_are_reportlabs() -> None:
    for count in range(1, 69):  # every error-correction length of QR versions 1–40
        assert qrencoder.QRUtil.getErrorCorrectPolynomial(count).num == REPORTLAB_GENERATOR_POLYNOMIAL(count).num


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=40), st.sampled_from("LMQH"), st.data())
def test_the_error_correction_is_reportlabs(version: int, level: str, data: st.DataObject) -> None:
    blocks = qrencoder.QRRSBlock.getRSBlocks(version, getattr(qrencoder.QRErrorCorrectLevel, level))
    count = sum(block.dataCount for block in blocks)
    # Leading zero codewords matter: reportlab's polynomial drops them before dividing.
    codewords = data.draw(st.lists(st.sampled_from([0, 0, 1, 17, 236, 255, *range(256)]), min_size=count,
                                   max_size=count))
    buffer = qrencoder.QRBitBuffer()
    for codeword in codewords:
        buffer.put(codeword, 8)
    assert create_bytes(buffer, blocks) == REPORTLAB_CREATE_BYTES(buffer, blocks)


def test_the_error_correction_of_blank_data_is_reportlabs() -> None:
    blocks = qrencoder.QRRSBlock.getRSBlocks(5, qrencoder.QRErrorCorrectLevel.M)
    buffer = qrencoder.QRBitBuffer()
    for codeword in [0] * sum(block.dataCount for block in blocks):
        buffer.put(codeword, 8)
    assert create_bytes(buffer, blocks) == REPORTLAB_CREATE_BYTES(buffer, blocks)


def test_dates_follow_decree_30_leading_zeros() -> None:
    assert long_date(date(2025, 2, 5)) == "ngày 05 tháng 02 năm 2025"
    assert long_date(date(2025, 7, 15)) == "ngày 15 tháng 7 năm 2025"
    assert long_date(date(2025, 12, 1)) == "ngày 01 tháng 12 năm 2025"
    assert long_date(None) == "ngày …… tháng …… năm ……"
    assert date_line("", date(2025, 1, 20)) == "……, ngày 20 tháng 01 năm 2025"


def test_times_are_printed_in_vietnam_time() -> None:
    assert long_time(datetime(2025, 7, 15, 2, 30, tzinfo=UTC)) == "09 giờ 30 phút, ngày 15 tháng 7 năm 2025"
    assert long_time(datetime(2025, 7, 14, 19, 30)) == "19 giờ 30 phút, ngày 14 tháng 7 năm 2025"


def test_timeliness_before_on_and_after_the_due_time() -> None:
    due = datetime(2025, 7, 18, 17, 0, tzinfo=VN_TZ)
    assert timeliness(datetime(2025, 7, 17, 16, 0, tzinfo=VN_TZ), due) == "Trước hạn"
    assert timeliness(datetime(2025, 7, 18, 8, 0, tzinfo=VN_TZ), due) == "Đúng hạn"
    assert timeliness(due, due) == "Đúng hạn"
    assert timeliness(datetime(2025, 7, 18, 17, 1, tzinfo=VN_TZ), due) == "Quá hạn"
    assert timeliness(datetime(2025, 7, 18, 17, 1, tzinfo=VN_TZ), None) == ""
