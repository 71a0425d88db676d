"""The receipt's QR code as a platypus flowable, encoded by reportlab's own QR widget.

`QrCodeWidget` and its encoder choose the version, write the data bits, add the error correction and
place the modules. Three things in reportlab's path cost more than the rest of the slip together, so they
are done differently here, with the same result (`tests/test_print_qr.py` checks each against reportlab):

- choosing the mask and laying out: reportlab lays the whole symbol out again for each of the 8 masks
  and scores each with pure-Python loops (~4 ms per mask). Everything but the data (finder, timing and
  alignment patterns, format and version information) depends only on the version, level and mask: it is
  laid out by reportlab's own `makeImpl` once per combination and kept, and so is reportlab's placement
  order of the data bits. Each mask is applied to the data modules as integer operations, and the score
  is reportlab's very score computed on the symbol packed into one integer, quirks included (reportlab's
  rule 3 looks for one orientation of the pattern only, and along rows only: its column pass compares
  tuples with a list and never matches).
- the Reed–Solomon error correction: reportlab divides polynomials recursively, a list per step, and
  rebuilds the generator polynomial for every block. The generator depends only on the number of
  error-correction codewords, so it is cached, and the remainder is computed by the usual shift register,
  one big-integer step per data codeword, from a table of the generator's multiples (cached per length).
- writing the data bits: reportlab's bit buffer appends one bit at a time through two method calls (about
  2 000 calls for a slip's QR); here `put` writes each value a byte's worth of bits at a time, and a
  byte segment's data is written as one value.
- drawing: the widget's `draw()` builds and validates one `Rect` shape per dark run (about a thousand);
  here the symbol is painted as one image mask of one sample per module, placed with one transform.

The encoded symbol is cached per text, so both copies of a slip share one encoding.
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Callable
from functools import cache, lru_cache

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.barcode.qrencoder import QR8bitByte, QRBitBuffer, QRCode, QRMath, QRRSBlock, QRUtil
from reportlab.platypus import Flowable

QUIET_ZONE = 4  # modules of white border the QR standard asks for around the symbol
ERROR_CORRECTION = "M"  # 15 %: survives a fold or a coffee stain on a paper slip

Modules = tuple[tuple[bool, ...], ...]

# Pure functions of their arguments, only read by their callers: replacing them changes no output (tested).
REPORTLAB_GENERATOR_POLYNOMIAL = QRUtil.getErrorCorrectPolynomial
QRUtil.getErrorCorrectPolynomial = staticmethod(lru_cache(maxsize=None)(REPORTLAB_GENERATOR_POLYNOMIAL))
REPORTLAB_CREATE_BYTES = QRCode.createBytes
REPORTLAB_BUFFER_PUT = QRBitBuffer.put


def buffer_put(buffer: QRBitBuffer, value: int, length: int) -> None:
    """`QRBitBuffer.put`: the lowest `length` bits of `value`, highest first, appended to the buffer.

    The bits are joined to those of the last, partly written byte and appended as bytes in one step: a
    byte segment's data arrives as one value of a couple of thousand bits, and shifting it a byte at a
    time costs time in the square of its length."""
    codewords: list[int] = buffer.buffer
    used = buffer.length % 8
    bits = value & ((1 << length) - 1)
    if used:
        bits |= (codewords.pop() >> (8 - used)) << length
    total = used + length
    pad = -total % 8
    codewords.extend((bits << pad).to_bytes((total + pad) // 8, "big"))
    buffer.length += length


QRBitBuffer.put = buffer_put
REPORTLAB_WRITE_BYTES = QR8bitByte.write


def write_bytes(segment: QR8bitByte, buffer: QRBitBuffer, version: int) -> None:
    """`QR8bitByte.write`: the segment's header, then its bytes, 8 bits each — written as one value."""
    segment.write_header(buffer, version)
    data = bytes(segment.data)  # the segment encodes a text to UTF-8 when it is made
    if data:
        buffer_put(buffer, int.from_bytes(data, "big"), 8 * len(data))


QR8bitByte.write = write_bytes


@cache
def _generator_multiples(ec_count: int) -> tuple[int, ...]:
    """For each leading codeword f, f × the generator polynomial (leading term dropped) as one integer."""
    generator = QRUtil.getErrorCorrectPolynomial(ec_count).num  # monic: generator[0] == 1
    table = [0] * 256
    for factor in range(1, 256):
        shift = QRMath.glog(factor)
        value = 0
        for coefficient in generator[1:]:
            value = (value << 8) | QRMath.gexp(QRMath.glog(coefficient) + shift)
        table[factor] = value
    return tuple(table)


def ec_codewords(data: list[int], ec_count: int) -> list[int]:
    """The remainder of data(x)·x^ec_count divided by the generator, as reportlab's `QRPolynomial.mod` gives it."""
    table = _generator_multiples(ec_count)
    top = 8 * (ec_count - 1)
    keep = (1 << (8 * ec_count)) - 1
    remainder = 0
    for codeword in data:
        remainder = ((remainder << 8) & keep) ^ table[codeword ^ (remainder >> top)]
    return list(remainder.to_bytes(ec_count, "big"))


def create_bytes(buffer: QRBitBuffer, rs_blocks: list[QRRSBlock]) -> list[int]:
    """`QRCode.createBytes`: the data codewords split in blocks, each block's error correction, interleaved."""
    offset = 0
    data_blocks: list[list[int]] = []
    ec_blocks: list[list[int]] = []
    for block in rs_blocks:
        data_blocks.append(buffer.buffer[offset:offset + block.dataCount])
        offset += block.dataCount
        ec_blocks.append(ec_codewords(data_blocks[-1], block.totalCount - block.dataCount))
    return [
        codeword
        for column in itertools.chain(itertools.zip_longest(*data_blocks), itertools.zip_longest(*ec_blocks))
        for codeword in column
        if codeword is not None
    ]


QRCode.createBytes = staticmethod(create_bytes)

_RULE3_PATTERN = 0b10111010000  # dark-light-dark×3-light-dark then four light, as reportlab looks for it
_RULE3_LENGTH = 11
_AS_DIGITS = bytes.maketrans(b"\x00\x01", b"01")

# A symbol is scored as one integer: its rows' bits (column 0 the highest of each row) one after the other,
# each row followed by one clear bit, so that no run, block or pattern reaches from one row into the next.
# A row is then `size + 1` bits further than the one below it, and every rule is a few big-integer operations.


def _pack_modules(modules: list[list[bool]]) -> int:
    return int(b"0".join(bytes(row).translate(_AS_DIGITS) for row in modules), 2)


def _pack_rows(rows: list[int], size: int) -> int:
    packed = 0
    for row in rows:
        packed = (packed << (size + 1)) | row
    return packed


@lru_cache(maxsize=64)
def _every_row(size: int, row: int) -> int:
    """`row` (an integer of `size` bits) repeated on every row of a packed symbol."""
    return _pack_rows([row] * size, size)


def lost_points(modules: list[list[bool]]) -> int:
    """reportlab's `QRUtil.getLostPoint` score of a symbol (rows of booleans)."""
    return _score(_pack_modules(modules), len(modules))


def _score(packed: int, size: int) -> int:
    """The same score of a packed symbol."""
    row = size + 1  # the distance between a module and the one below it
    light = _every_row(size, (1 << size) - 1) ^ packed
    score = 0
    for lines in (packed, light):
        # Rule 1: every run of five or more equal modules, along the rows and down the columns: length - 2.
        # A run of length L holds L - 4 windows of five modules, so it scores its windows + 2; each window
        # is marked by one bit, and a run of windows has one bit whose next one is clear.
        windows = lines & (lines >> 1) & (lines >> 2) & (lines >> 3) & (lines >> 4)
        score += windows.bit_count() + 2 * (windows & ~(windows >> 1)).bit_count()
        windows = lines & (lines >> row) & (lines >> 2 * row) & (lines >> 3 * row) & (lines >> 4 * row)
        score += windows.bit_count() + 2 * (windows & ~(windows >> row)).bit_count()
        # Rule 2: every 2×2 block of one colour: 3.
        score += 3 * (lines & (lines >> 1) & (lines >> row) & (lines >> (row + 1))).bit_count()
    # Rule 3: the finder-like pattern along rows (it cannot overlap itself), never at the last possible
    # position: a bit of `found` is set where the pattern's lowest bit sits, from 1 to size - 11 in each row.
    found = _every_row(size, ((1 << (size - _RULE3_LENGTH + 1)) - 1) & ~1)
    for k in range(_RULE3_LENGTH):
        found &= (packed if _RULE3_PATTERN >> k & 1 else light) >> k
    score += 40 * found.bit_count()
    # Rule 4: the share of dark modules away from one half, in steps of 5 %.
    score += 10 * (abs(100 * packed.bit_count() // (size * size) - 50) // 5)
    return score


@lru_cache(maxsize=64)
def _mask(size: int, pattern: int) -> int:
    """Mask `pattern` over a `size`-module symbol, packed."""
    mask = QRUtil.getMask(pattern)
    return _pack_modules([[bool(mask(row, column)) for column in range(size)] for row in range(size)])


@lru_cache(maxsize=40)
def _data_positions(version: int) -> list[tuple[int, int]]:
    """reportlab's (column, row) placement of the data bits, which depends on the version only."""
    qr = QRCode(version, 0)
    qr.moduleCount = version * 4 + 17
    positions: list[tuple[int, int]] = qr.dataPosIterator()
    return positions


@lru_cache(maxsize=40)
def _data_modules(version: int) -> tuple[int, tuple[int, ...]]:
    """Which modules of a symbol of `version` hold data, packed; and where each data bit goes.

    The second item lists, for each digit of a packed symbol written in binary, the index of the data
    bit reportlab places there, or one past the last bit for a module that holds none (reportlab leaves
    the modules after the last bit light before masking).
    """
    size = version * 4 + 17
    positions = _data_positions(version)
    modules = [[False] * size for _ in range(size)]
    source = [len(positions)] * (size * (size + 1) - 1)
    for index, (column, row) in enumerate(positions):
        modules[row][column] = True
        source[row * (size + 1) + column] = index
    return _pack_modules(modules), tuple(source)


@lru_cache(maxsize=256)
def _fixed_modules(version: int, level: int, test: bool, pattern: int) -> int:
    """Everything but the data, as reportlab's `makeImpl` lays it out for this version (and, unless in the
    test mode the mask is scored in, the format information of this level and mask), packed."""
    qr = QRCode(version, level)
    qr.dataCache = []  # no data: only the modules outside the data area are kept
    qr.makeImpl(test, pattern)
    return _pack_modules(qr.modules) & ~_data_modules(version)[0]


@lru_cache(maxsize=40)
def _placement(version: int) -> Callable[[str], tuple[str, ...]]:
    """Reads, from the data bits as digits (one more light digit at the end), the digits of the packed symbol."""
    return operator.itemgetter(*_data_modules(version)[1])


def _data_bits(codewords: list[int], version: int) -> int:
    """The codewords' bits where reportlab's `mapData` places them, before masking, packed."""
    count = len(_data_positions(version))
    bits = format(int.from_bytes(bytes(codewords), "big"), f"0{8 * len(codewords)}b")[:count]
    bits += "0" * (count - len(bits) + 1)
    return int("".join(_placement(version)(bits)), 2)


def _choose_mask(version: int, codewords: list[int]) -> tuple[int, int, int]:
    """reportlab's mask for these codewords: returns the mask, the unmasked data bits and the data modules.

    reportlab lays the symbol out for each mask (in test mode: blank format information) and scores it;
    only the data modules change with the mask, so here each mask is applied to them as integer operations.
    """
    size = version * 4 + 17
    data = _data_modules(version)[0]
    fixed = _fixed_modules(version, 0, True, 0)
    bits = _data_bits(codewords, version)
    best_pattern, best_score = 0, -1
    for pattern in range(8):
        score = _score(fixed | ((bits ^ _mask(size, pattern)) & data), size)
        if best_score < 0 or score < best_score:
            best_pattern, best_score = pattern, score
    return best_pattern, bits, data


def _codewords(qr: QRCode) -> list[int]:
    if qr.dataCache is None:
        qr.dataCache = QRCode.createData(qr.version, qr.errorCorrectLevel, qr.dataList)
    codewords: list[int] = qr.dataCache
    return codewords


def best_mask(qr: QRCode) -> int:
    """The mask reportlab's `getBestMaskPattern` would choose (the first of the lowest scores)."""
    return _choose_mask(qr.version, _codewords(qr))[0]


@lru_cache(maxsize=32)
def symbol_rows(text: str) -> tuple[str, ...]:
    """The rows of the symbol of `text` as reportlab's QR widget encodes it, "1" for a dark module."""
    widget = QrCodeWidget(text, barLevel=ERROR_CORRECTION, barBorder=QUIET_ZONE)
    qr = widget.qr
    if qr.version is None:
        qr.version = qr.calculate_version()
    version = qr.version
    pattern, bits, data = _choose_mask(version, _codewords(qr))
    # What qr.makeImpl(False, pattern) lays out: the version's fixed patterns with the format (and, from
    # version 7, version) information, and the data modules under the chosen mask.
    size = version * 4 + 17
    symbol = _fixed_modules(version, qr.errorCorrectLevel, False, pattern) | ((bits ^ _mask(size, pattern)) & data)
    digits = format(symbol, f"0{size * (size + 1) - 1}b")
    return tuple(digits[start:start + size] for start in range(0, len(digits), size + 1))


@lru_cache(maxsize=32)
def encode(text: str) -> Modules:
    """The module matrix (rows of dark/light) of `text`, as reportlab's QR widget encodes it."""
    return tuple(tuple(map("1".__eq__, row)) for row in symbol_rows(text))


@lru_cache(maxsize=32)
def mask_operators(text: str) -> tuple[int, str]:
    """(module count, PDF operators painting every dark module) as one inline image mask, one sample
    per module, in the unit square.

    A mask is painted in the fill colour at the device's resolution, module edges as sharp as a path's; as
    rectangles, the thousand dark runs of a slip's symbol made its content stream three times the size of
    the rest of the slip, and writing and compressing them cost more than encoding the symbol."""
    rows = symbol_rows(text)
    count = len(rows)
    width = -(-count // 8)  # each row of an image starts on a byte
    pad = 8 * width - count
    samples = "".join([(int(row, 2) << pad).to_bytes(width, "big").hex() for row in rows])
    # /D [1 0]: a sample of 1 paints. No /I: renderers must not smooth the samples into each other.
    return count, f"BI /W {count} /H {count} /IM true /D [1 0] /F /AHx ID {samples}> EI"


class QrFlowable(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """A square QR of side `size` points, quiet zone included."""

    def __init__(self, text: str, size: float) -> None:
        super().__init__()
        self.text = text
        self.size = size
        self.width = size
        self.height = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        count, operators = mask_operators(self.text)
        box = self.size / (count + 2 * QUIET_ZONE)
        canvas = self.canv
        canvas.saveState()
        canvas.setFillGray(0)
        canvas.transform(count * box, 0, 0, count * box, QUIET_ZONE * box, QUIET_ZONE * box)
        canvas.addLiteral(operators)
        canvas.restoreState()
