"""The QR decoder: exact Vietnamese text, never a guessed encoding, clean-ups that rescue damaged codes."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PIL import Image, ImageFilter

from bench.qr_corpus import id_payload, render_qr
from desktop.scanning import preprocess
from desktop.scanning.decoder import (
    ENGINE_ZBAR,
    ENGINE_ZXING,
    THOROUGH,
    Pass,
    QrDecoder,
    load_image,
    shared_zbar,
    text_from_bytes,
)
from desktop.scanning.errors import ImageMissing, ImageUnreadable, NotUtf8
from desktop.scanning.zbar_raw import ZbarRead

CARD = "001090123456|012345678|Nguyễn Văn An|01011990|Nam|Thôn 3, Xã Tam Thanh, Tỉnh Quảng Nam|15042021"
# Vietnamese strings for which zbar's own text conversion guesses Shift-JIS ("ĐẶNG" → "ﾄ雪ｺｶNG") or
# Latin-1 ("Bản" → "Báº£n").
ZBAR_TRAPS = ("ĐẶNG", "Ấp Mỹ", "Xã Mỹ Đức", "Bản Nà Ản")


def _on_canvas(code: Image.Image, size: int = 420) -> Image.Image:
    canvas = Image.new("L", (size, size), 255)
    canvas.paste(code, ((size - code.width) // 2, (size - code.height) // 2))
    return canvas


@pytest.mark.parametrize("payload", [CARD, *ZBAR_TRAPS, id_payload(random.Random(7))])
def test_vietnamese_payload_comes_out_exact(payload: str) -> None:
    result = QrDecoder().decode(render_qr(payload))
    assert result.text == payload
    assert result.engine == ENGINE_ZXING and result.pass_name == "zxing-cpp"


@pytest.mark.parametrize("payload", ZBAR_TRAPS)
def test_zbar_pass_gives_bytes_not_its_encoding_guess(payload: str) -> None:
    zbar = shared_zbar()
    if not zbar.available or not zbar.binary:
        pytest.skip("libzbar older than 0.23 has no binary mode")
    from pyzbar import pyzbar

    image = render_qr(payload)
    guessed = pyzbar.decode(image)[0].data.decode("utf-8", errors="replace")
    assert guessed != payload  # the trap is real: zbar's own text is wrong here
    result = QrDecoder([Pass(ENGINE_ZBAR)]).decode(image)
    assert (result.text, result.engine) == (payload, ENGINE_ZBAR)


def test_bytes_that_are_not_utf8_give_no_text() -> None:
    result = QrDecoder().decode(render_qr("Tr\xe2\u0300n".encode("cp1258")))
    assert result.text is None and result.not_utf8
    assert QrDecoder().decode(render_qr("Trần".encode())).text == "Trần"


def test_text_from_bytes_is_strict() -> None:
    assert text_from_bytes("Lê Thị Ánh".encode()) == "Lê Thị Ánh"
    with pytest.raises(NotUtf8) as caught:
        text_from_bytes("Lê".encode("latin-1"))
    assert caught.value.kind == "not_utf8"
    assert "UTF-8" in str(caught.value)


class _OldZbar:
    """A libzbar without binary mode: its reads are its converted text."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def read(self, image: Image.Image) -> list[ZbarRead]:
        return [ZbarRead(self.data, raw=False)]


def test_old_zbar_text_is_trusted_only_when_ascii() -> None:
    blank = Image.new("L", (50, 50), 255)
    guessed = QrDecoder([Pass(ENGINE_ZBAR)], zbar=_OldZbar("ﾄ雪ｺｶNG".encode()))  # type: ignore[arg-type]
    assert guessed.decode(blank).text is None
    ascii_only = QrDecoder([Pass(ENGINE_ZBAR)], zbar=_OldZbar(b"HS-000123"))  # type: ignore[arg-type]
    assert ascii_only.decode(blank).text == "HS-000123"


def test_contrast_stretch_reads_a_faded_code_zxing_alone_misses() -> None:
    faded = _on_canvas(render_qr(CARD, dark=120, light=136, module_px=4), 500)
    alone = QrDecoder([Pass(ENGINE_ZXING)]).decode(faded)
    assert alone.text is None
    result = QrDecoder().decode(faded)
    assert result.text == CARD
    assert result.pass_name != "zxing-cpp"


def test_sharpen_reads_a_blurred_code_neither_library_reads_untouched() -> None:
    blurred = _on_canvas(render_qr(CARD, module_px=4), 500).filter(ImageFilter.GaussianBlur(2.2))
    assert QrDecoder([Pass(ENGINE_ZXING), Pass(ENGINE_ZBAR)]).decode(blurred).text is None
    result = QrDecoder().decode(blurred)
    assert result.text == CARD
    assert result.pass_name is not None and "sharpen" in result.pass_name


def test_every_thorough_clean_up_changes_the_picture() -> None:
    image = _on_canvas(render_qr(CARD, dark=60, light=180))
    for step in THOROUGH:
        if step.clean_up is not None:
            cleaned = step.clean_up(image)
            assert cleaned.size[0] >= image.size[0]
            assert cleaned.tobytes() != image.tobytes(), step.name


def test_enlarge_leaves_big_pictures_alone() -> None:
    big = Image.new("L", (preprocess.ENLARGE_MAX_SIDE + 1, 10), 255)
    assert preprocess.enlarge(big) is big


def test_two_codes_in_one_picture() -> None:
    canvas = Image.new("L", (900, 460), 255)
    canvas.paste(render_qr("Mã thứ nhất"), (20, 20))
    canvas.paste(render_qr("Mã thứ hai"), (480, 20))
    result = QrDecoder().decode(canvas)
    assert set(result.texts) == {"Mã thứ nhất", "Mã thứ hai"}
    assert result.text in result.texts


def test_colour_picture_and_no_code() -> None:
    colour = _on_canvas(render_qr(CARD)).convert("RGB")
    assert QrDecoder().decode(colour).text == CARD
    nothing = QrDecoder().decode(Image.new("RGB", (300, 300), (200, 180, 160)))
    assert nothing.text is None and nothing.texts == () and not nothing.not_utf8


def test_budget_stops_later_passes_but_never_the_first() -> None:
    blank = Image.new("L", (300, 300), 255)
    tried: list[str] = []

    def slow(image: Image.Image) -> Image.Image:
        tried.append("slow")
        return image.point(lambda v: 255 - v)

    decoder = QrDecoder([Pass(ENGINE_ZXING, slow, "slow"), Pass(ENGINE_ZXING, slow, "slow2")], budget_ms=0)
    decoder.decode(blank)
    assert tried == ["slow"]


def test_decode_file_and_unreadable_files(tmp_path: Path) -> None:
    good = tmp_path / "the.png"
    render_qr(CARD).save(good)
    result = QrDecoder().decode_file(good)
    assert result.text == CARD and result.ms > 0

    with pytest.raises(ImageMissing):
        load_image(tmp_path / "none.png")
    garbage = tmp_path / "garbage.jpg"
    garbage.write_bytes(b"this is not a picture")
    with pytest.raises(ImageUnreadable):
        load_image(garbage)
    truncated = tmp_path / "cut.png"
    truncated.write_bytes(good.read_bytes()[:200])
    with pytest.raises(ImageUnreadable) as caught:
        load_image(truncated)
    assert caught.value.kind == "image_unreadable"
    assert str(truncated) in str(caught.value)


def test_phone_photo_is_turned_upright_by_its_exif(tmp_path: Path) -> None:
    photo = Image.new("L", (400, 200), 255)
    photo.paste(Image.new("L", (100, 100), 0), (0, 0))
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90° clockwise to display"
    path = tmp_path / "phone.jpg"
    photo.save(path, exif=exif)
    upright = load_image(path)
    assert upright.size == (200, 400)
    corner = upright.getpixel((150, 50))
    assert isinstance(corner, int) and corner < 60  # the black corner is now at the top right
