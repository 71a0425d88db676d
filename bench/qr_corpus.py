"""A reproducible corpus of damaged ID-card QR codes, for `bench/qr.py` and the scanning tests.

The codes are made with reportlab's own QR encoder (the library the project already uses for the receipt
QR; it writes UTF-8 bytes without an ECI header, as the ID-card QR does) and drawn and damaged with Pillow
only. Payloads look like real chip-CCCD / Căn cước payloads (domain.md §2): a valid 12-digit number whose
province, century/sex and year digits agree with the birth date and sex, Vietnamese names and addresses
with diacritics, 6-field and 7-field shapes and the longer 2024 shape with extra fields.

Each damage has four levels, from what a careful official gets to what a hurried one gets with a cheap
webcam. Everything is seeded, so two runs (and two decoders in one run) see the very same images.
"""

from __future__ import annotations

import io
import math
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from PIL import Image, ImageChops, ImageDraw, ImageFilter
from reportlab.graphics.barcode import qrencoder

# A sample of the 63 historical province codes with the province printed in addresses.
PROVINCES: tuple[tuple[str, str], ...] = (
    ("001", "Thành phố Hà Nội"), ("004", "Tỉnh Cao Bằng"), ("019", "Tỉnh Thái Nguyên"),
    ("022", "Tỉnh Quảng Ninh"), ("031", "Thành phố Hải Phòng"), ("036", "Tỉnh Nam Định"),
    ("038", "Tỉnh Thanh Hóa"), ("040", "Tỉnh Nghệ An"), ("042", "Tỉnh Hà Tĩnh"),
    ("046", "Tỉnh Thừa Thiên Huế"), ("048", "Thành phố Đà Nẵng"), ("049", "Tỉnh Quảng Nam"),
    ("051", "Tỉnh Quảng Ngãi"), ("066", "Tỉnh Đắk Lắk"), ("068", "Tỉnh Lâm Đồng"),
    ("079", "Thành phố Hồ Chí Minh"), ("087", "Tỉnh Đồng Tháp"), ("089", "Tỉnh An Giang"),
    ("092", "Thành phố Cần Thơ"), ("096", "Tỉnh Cà Mau"),
)
SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
            "Hồ", "Ngô", "Dương", "Lý", "Trịnh", "Đinh", "Lương", "Ưng")
MIDDLE_MALE = ("Văn", "Hữu", "Đức", "Minh", "Quốc", "Công", "Xuân", "Thành", "Đình", "Trọng")
MIDDLE_FEMALE = ("Thị", "Ngọc", "Thị Thu", "Thị Kim", "Thùy", "Bảo", "Diệu", "Thị Ánh", "Mỹ", "Thanh")
GIVEN_MALE = ("An", "Bình", "Cường", "Dũng", "Đạt", "Hiếu", "Khánh", "Lộc", "Phúc", "Quyết", "Sơn",
              "Thắng", "Tuấn", "Việt", "Ước", "Nghĩa", "Hưng", "Kiên")
GIVEN_FEMALE = ("Hạnh", "Hương", "Lan", "Mỹ", "Nga", "Thảo", "Tuyết", "Yến", "Ánh", "Ngọc", "Oanh",
                "Phượng", "Trâm", "Uyên", "Vy", "Xuân", "Nhung", "Huyền")
HAMLETS = ("Thôn {n}", "Xóm {n}", "Ấp Mỹ Hòa", "Tổ dân phố {n}", "Số {n} ngõ {m} Phố Huế", "Khu phố {n}",
           "Bản Nà Ản", "Thôn Đông Tây", "Ấp Bình Thạnh {n}", "Số {m}/{n} đường Nguyễn Thị Minh Khai")
COMMUNES = ("Xã Tam Thanh", "Phường Ngô Thì Nhậm", "Xã Mỹ Đức", "Thị trấn Phước Long", "Xã Hòa Khánh",
            "Phường Bến Nghé", "Xã Ea Tu", "Xã Quỳnh Lưu", "Phường Hưng Dũng", "Xã Điện Bàn Đông")
DISTRICTS = ("Huyện Núi Thành", "Quận Hai Bà Trưng", "Huyện Châu Phú", "Thành phố Buôn Ma Thuột",
             "Huyện Quỳnh Lưu", "Quận 1", "Thị xã Điện Bàn", "Huyện Đông Anh", "Huyện Cái Nước")

DAMAGES: tuple[str, ...] = ("rotation", "perspective", "blur", "low_contrast", "uneven_light", "glare",
                            "jpeg")
LEVELS: tuple[int, ...] = (1, 2, 3, 4)

# Per damage, the parameter at levels 1..4 (units in the comments of `damage`).
_LEVEL_PARAMS: dict[str, tuple[float, float, float, float]] = {
    "rotation": (8.0, 25.0, 45.0, 65.0),  # degrees
    "perspective": (0.08, 0.15, 0.22, 0.30),  # corner shift, fraction of the side
    "blur": (0.4, 0.5, 0.6, 0.7),  # Gaussian radius, in modules
    "low_contrast": (40.0, 24.0, 16.0, 11.0),  # grey levels between dark and light modules
    "uneven_light": (0.6, 0.4, 0.25, 0.15),  # brightness in the shadow and at the darkest edge (1 = even)
    "glare": (0.25, 0.3, 0.35, 0.4),  # radius of the washed-out spot, fraction of the code side
    "jpeg": (20.0, 10.0, 6.0, 4.0),  # JPEG quality (1..95), after a downscale to 60–75 %
}


@dataclass(frozen=True)
class Sample:
    damage: str
    level: int
    payload: str
    image: Image.Image


def _id_number(rng: random.Random, province: str, birth: date, male: bool) -> str:
    century = (birth.year // 100) - 19  # 1900s → 0, 2000s → 1
    sex_digit = 2 * century + (0 if male else 1)
    return f"{province}{sex_digit}{birth.year % 100:02d}{rng.randrange(1_000_000):06d}"


def _name(rng: random.Random, male: bool) -> str:
    middle = MIDDLE_MALE if male else MIDDLE_FEMALE
    given = GIVEN_MALE if male else GIVEN_FEMALE
    name = f"{rng.choice(SURNAMES)} {rng.choice(middle)} {rng.choice(given)}"
    return name.upper() if rng.random() < 0.15 else name


def _address(rng: random.Random, province: str) -> str:
    hamlet = rng.choice(HAMLETS).format(n=rng.randint(1, 20), m=rng.randint(2, 199))
    return f"{hamlet}, {rng.choice(COMMUNES)}, {rng.choice(DISTRICTS)}, {province}"


def id_payload(rng: random.Random) -> str:
    """One realistic ID-card QR payload (domain.md §2)."""
    province_code, province_name = rng.choice(PROVINCES)
    male = rng.random() < 0.5
    birth = date(1940, 1, 1) + timedelta(days=rng.randrange(0, 68 * 365))
    issue = max(date(2021, 1, 1), birth + timedelta(days=14 * 366)) + timedelta(days=rng.randrange(0, 1400))
    issue = min(issue, date(2025, 12, 31))
    id_number = _id_number(rng, province_code, birth, male)
    old = f"{rng.randrange(10**8, 10**9)}" if rng.random() < 0.6 else ""
    fields = [id_number, old, _name(rng, male), birth.strftime("%d%m%Y"), "Nam" if male else "Nữ",
              _address(rng, province_name), issue.strftime("%d%m%Y")]
    shape = rng.random()
    if shape < 0.15:  # some cards carry no old-number field at all
        del fields[1]
    elif shape < 0.35:  # the 2024 Căn cước appears to carry more fields (parents' names)
        fields += [_name(rng, True), _name(rng, False)]
    return "|".join(fields)


def qr_modules(payload: str | bytes) -> list[list[bool]]:
    """The module matrix; text is written as UTF-8 bytes, `bytes` as they are (both in byte mode)."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(qrencoder.QR8bitByte(payload) if isinstance(payload, bytes) else payload)
    code.make()
    n = code.getModuleCount()
    return [[bool(code.isDark(r, c)) for c in range(n)] for r in range(n)]


def render_qr(payload: str | bytes, *, module_px: int = 4, quiet: int = 4, dark: int = 0, light: int = 255) -> Image.Image:
    """The code as a grayscale image, `module_px` pixels per module, with its quiet zone."""
    modules = qr_modules(payload)
    n = len(modules)
    small = Image.new("L", (n + 2 * quiet, n + 2 * quiet), light)
    pixels = small.load()
    assert pixels is not None
    for r, row in enumerate(modules):
        for c, is_dark in enumerate(row):
            if is_dark:
                pixels[c + quiet, r + quiet] = dark
    return small.resize((small.width * module_px, small.height * module_px), Image.Resampling.NEAREST)


def _add_noise(img: Image.Image, amplitude: float, rng: random.Random) -> Image.Image:
    """Uniform sensor noise of ± `amplitude` grey levels, drawn from `rng` (Pillow's own is unseeded)."""
    raw = Image.frombytes("L", img.size, rng.randbytes(img.width * img.height))
    noise = raw.point(lambda v: 128 + round((v - 127.5) / 127.5 * amplitude))
    return ImageChops.add(img, noise, scale=1.0, offset=-128)


def _perspective_coeffs(dst: list[tuple[float, float]], src: list[tuple[float, float]]) -> tuple[float, ...]:
    """Coefficients mapping output points `dst` to input points `src` (Pillow's PERSPECTIVE)."""
    rows: list[list[float]] = []
    rhs: list[float] = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rhs.append(u)
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs.append(v)
    return tuple(_solve(rows, rhs))


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    n = len(b)
    m = [[*row, b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(n):
            if r != col and m[r][col]:
                f = m[r][col] / m[col][col]
                m[r] = [x - f * y for x, y in zip(m[r], m[col], strict=True)]
    return [m[i][n] / m[i][i] for i in range(n)]


def _card(payload: str, rng: random.Random) -> tuple[Image.Image, int, tuple[int, int, int, int]]:
    """The code printed on a light card in a larger frame; returns image, module px and code box."""
    module_px = rng.choice((3, 4, 4, 5))
    dark, light = rng.randint(20, 45), rng.randint(205, 235)
    code = render_qr(payload, module_px=module_px, dark=dark, light=light)
    margin = code.width // 3
    card = Image.new("L", (code.width + 2 * margin, code.height + 2 * margin), light)
    draw = ImageDraw.Draw(card)
    for _ in range(6):  # printed card text and lines around the code
        x, y = rng.randrange(card.width), rng.randrange(card.height)
        if not (margin - 8 < x < margin + code.width + 8 and margin - 8 < y < margin + code.height + 8):
            draw.line((x, y, min(card.width, x + rng.randint(20, 80)), y), fill=dark + 60, width=2)
    card.paste(code, (margin, margin))
    return card, module_px, (margin, margin, margin + code.width, margin + code.height)


def damage(kind: str, level: int, payload: str, rng: random.Random) -> Image.Image:
    """The payload's code on a card, with damage `kind` at `level` (1 mild … 4 severe)."""
    param = _LEVEL_PARAMS[kind][level - 1]
    img, module_px, box = _card(payload, rng)
    light = img.getpixel((1, 1))
    assert isinstance(light, int)
    side = box[2] - box[0]
    if kind == "rotation":
        angle = param * rng.choice((-1, 1)) + rng.uniform(-3, 3)
        img = img.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=light)
    elif kind == "perspective":
        w, h = img.size
        shift = param * w
        corners = [(0.0, 0.0), (float(w), 0.0), (float(w), float(h)), (0.0, float(h))]
        moved = [(x + rng.uniform(-shift, shift), y + rng.uniform(-shift, shift)) for x, y in corners]
        # Keep the tilt one-sided like a card held at an angle: pull one edge in.
        edge = rng.randrange(4)
        a, b = corners[edge], corners[(edge + 1) % 4]
        cx, cy = w / 2, h / 2
        for i, p in ((edge, a), ((edge + 1) % 4, b)):
            moved[i] = (p[0] + (cx - p[0]) * param, p[1] + (cy - p[1]) * param)
        coeffs = _perspective_coeffs(moved, corners)
        img = img.transform(img.size, Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC,
                            fillcolor=light)
    elif kind == "blur":
        img = img.filter(ImageFilter.GaussianBlur(param * module_px))
    elif kind == "low_contrast":
        mid = rng.randint(90, 170)
        lo, hi = mid - param / 2, mid + param / 2
        img = img.point(lambda v: round(lo + (v / 255) * (hi - lo)))
    elif kind == "uneven_light":
        # A lamp from one side, and the hard-edged shadow of a hand or phone across part of the code.
        gradient = Image.linear_gradient("L").rotate(rng.choice((0, 90, 180, 270)) + rng.uniform(-30, 30),
                                                     fillcolor=255)
        gradient = gradient.resize(img.size).point(lambda v: round(255 * (1 - (1 - param) * v / 255)))
        img = ImageChops.multiply(img, gradient)
        shadow = Image.new("L", img.size, 0)
        cx = box[0] + rng.uniform(0.3, 0.7) * side
        cy = box[1] + rng.uniform(0.3, 0.7) * side
        angle = rng.uniform(0, 2 * math.pi)
        far = 4 * max(img.size)
        dx, dy = math.cos(angle), math.sin(angle)
        ImageDraw.Draw(shadow).polygon(
            [(cx - dy * far, cy + dx * far), (cx + dy * far, cy - dx * far),
             (cx + dy * far + dx * far, cy - dx * far + dy * far), (cx - dy * far + dx * far, cy + dx * far + dy * far)],
            fill=255,
        )
        shadow = shadow.filter(ImageFilter.GaussianBlur(module_px * 0.7))
        darken = shadow.point(lambda v: round(255 - (1 - param) * v))
        img = ImageChops.multiply(img, darken)
    elif kind == "glare":
        # A specular spot: fully washed out at its heart, fading to nothing at its rim.
        diameter = max(2, int(side * param * 2))
        alpha = Image.radial_gradient("L").resize((diameter, diameter))
        alpha = alpha.point(lambda v: min(255, round(255 * 1.6 * max(0.0, 1 - v / 200))))
        mask = Image.new("L", img.size, 0)
        cx = box[0] + rng.randint(side // 5, 4 * side // 5) - diameter // 2
        cy = box[1] + rng.randint(side // 5, 4 * side // 5) - diameter // 2
        mask.paste(alpha, (cx, cy))
        img = Image.composite(Image.new("L", img.size, 255), img, mask)
    elif kind == "jpeg":
        scale = rng.uniform(0.6, 0.75)
        img = img.resize((round(img.width * scale), round(img.height * scale)), Image.Resampling.BILINEAR)
        buffer = io.BytesIO()
        img.save(buffer, "JPEG", quality=int(param))
        img = Image.open(io.BytesIO(buffer.getvalue()))
        img.load()
    else:
        raise ValueError(f"unknown damage {kind!r}")
    if kind != "jpeg":
        img = _add_noise(img, 3.0, rng)
    return img.convert("L")


def corpus(per_level: int, *, seed: int = 20250701, damages: tuple[str, ...] = DAMAGES) -> Iterator[Sample]:
    """`per_level` samples for every damage and level, the same for the same seed."""
    for kind in damages:
        for level in LEVELS:
            rng = random.Random(f"{seed}-{kind}-{level}")
            for _ in range(per_level):
                payload = id_payload(rng)
                yield Sample(kind, level, payload, damage(kind, level, payload, rng))
