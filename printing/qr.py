"""The receipt's QR code as a platypus flowable, encoded by reportlab's own QR widget.

`QrCodeWidget` and its encoder choose the version, add the error correction and place the modules. Two
things in reportlab's path cost more than the rest of the slip together, so they are done differently here,
with the same result:

- choosing the mask: reportlab scores each of the 8 masks with pure-Python loops (~4 ms per mask).
  `best_mask` computes the very same score over rows as strings and bit sets, quirks included (reportlab's
  rule 3 looks for one orientation of the pattern only, and along rows only: its column pass compares
  tuples with a list and never matches); `tests/test_print_qr.py` checks that it
  picks reportlab's mask and that the symbol is module-for-module reportlab's.
- the Reed–Solomon generator polynomial: reportlab rebuilds it for every block of every symbol (a third
  of the encoding time); it depends only on the number of error-correction codewords, so it is cached.
- drawing: the widget's `draw()` builds and validates one `Rect` shape per dark run (about a thousand);
  here the runs are written once as PDF path operators in module units and placed with one transform.

The encoded symbol is cached per text, so both copies of a slip share one encoding.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.barcode.qrencoder import QRCode, QRUtil
from reportlab.platypus import Flowable

QUIET_ZONE = 4  # modules of white border the QR standard asks for around the symbol
ERROR_CORRECTION = "M"  # 15 %: survives a fold or a coffee stain on a paper slip

Modules = tuple[tuple[bool, ...], ...]

# A pure function of its argument, only read by its callers: caching it changes no output (tested).
REPORTLAB_GENERATOR_POLYNOMIAL = QRUtil.getErrorCorrectPolynomial
QRUtil.getErrorCorrectPolynomial = staticmethod(lru_cache(maxsize=None)(REPORTLAB_GENERATOR_POLYNOMIAL))

_RULE1_RUN = re.compile(r"0{5,}|1{5,}")
_RULE3_PATTERN = "10111010000"  # dark-light-dark×3-light-dark then four light, as reportlab looks for it


def lost_points(modules: list[list[bool]]) -> int:
    """reportlab's `QRUtil.getLostPoint` score of a symbol (rows of booleans)."""
    return _score(["".join("1" if cell else "0" for cell in row) for row in modules])


def _score(rows: list[str]) -> int:
    """The same score over rows written as "0"/"1" strings: runs by regular expression, blocks by bit sets."""
    size = len(rows)
    columns = ["".join(column) for column in zip(*rows, strict=True)]
    score = 0
    # Rule 1: every run of five or more equal modules, down the columns and along the rows: length - 2.
    for line in itertools.chain(rows, columns):
        score += sum(len(run) - 2 for run in _RULE1_RUN.findall(line))
    # Rule 2: every 2×2 block of one colour: 3.
    full = (1 << size) - 1
    bits = [int(row, 2) for row in rows]
    for upper, lower in itertools.pairwise(bits):
        dark = upper & (upper >> 1) & lower & (lower >> 1)
        light_upper, light_lower = ~upper & full, ~lower & full
        light = light_upper & (light_upper >> 1) & light_lower & (light_lower >> 1)
        score += 3 * (dark.bit_count() + light.bit_count())
    # Rule 3: the finder-like pattern along rows, non-overlapping, never at the last possible position.
    for line in rows:
        score += 40 * line[: size - 1].count(_RULE3_PATTERN)
    # Rule 4: the share of dark modules away from one half, in steps of 5 %.
    dark_count = sum(row.count("1") for row in rows)
    score += 10 * (abs(100 * dark_count // (size * size) - 50) // 5)
    return score


@lru_cache(maxsize=64)
def _mask_rows(size: int, pattern: int) -> tuple[int, ...]:
    """Mask `pattern` over a `size`-module symbol, one integer per row (column 0 the highest bit)."""
    mask = QRUtil.getMask(pattern)
    return tuple(
        sum(1 << (size - 1 - column) for column in range(size) if mask(row, column)) for row in range(size)
    )


def best_mask(qr: QRCode) -> int:
    """The mask reportlab's `getBestMaskPattern` would choose (the first of the lowest scores).

    reportlab lays the whole symbol out again for each of the 8 masks; only the data modules change with
    the mask, so the symbol is laid out once (test mode, as reportlab scores it) and each mask is applied to
    the data modules as integer operations, row by row.
    """
    qr.makeImpl(True, 0)
    size = qr.moduleCount
    first = QRUtil.getMask(0)
    data_rows = [0] * size  # which modules hold data
    bits_rows = [0] * size  # the data bits before masking
    fixed_rows = [0] * size  # everything else: finder, timing, alignment, (blank) format information
    for column, row in qr.dataPosIterator():
        bit = 1 << (size - 1 - column)
        data_rows[row] |= bit
        if qr.modules[row][column] != first(row, column):
            bits_rows[row] |= bit
    for row, cells in enumerate(qr.modules):
        value = int("".join("1" if cell else "0" for cell in cells), 2)
        fixed_rows[row] = value & ~data_rows[row]
    best_pattern, best_score = 0, -1
    for pattern in range(8):
        masked = _mask_rows(size, pattern)
        rows = [
            format(fixed | ((bits ^ mask) & data), f"0{size}b")
            for fixed, bits, mask, data in zip(fixed_rows, bits_rows, masked, data_rows, strict=True)
        ]
        score = _score(rows)
        if best_score < 0 or score < best_score:
            best_pattern, best_score = pattern, score
    return best_pattern


@lru_cache(maxsize=32)
def encode(text: str) -> Modules:
    """The module matrix (rows of dark/light) of `text`, as reportlab's QR widget encodes it."""
    widget = QrCodeWidget(text, barLevel=ERROR_CORRECTION, barBorder=QUIET_ZONE)
    qr = widget.qr
    if qr.version is None:
        qr.version = qr.calculate_version()
    qr.makeImpl(False, best_mask(qr))  # what qr.make() does, with the faster scoring
    return tuple(tuple(bool(cell) for cell in row) for row in qr.modules)


def dark_runs(modules: Modules) -> list[tuple[int, int, int]]:
    """(row, first column, length) of every horizontal run of dark modules."""
    runs: list[tuple[int, int, int]] = []
    for r, row in enumerate(modules):
        column = 0
        for dark, group in itertools.groupby(row):
            length = sum(1 for _ in group)
            if dark:
                runs.append((r, column, length))
            column += length
    return runs


@lru_cache(maxsize=32)
def path_operators(text: str) -> tuple[int, str]:
    """(module count, PDF operators filling every dark run) in module units, y growing upwards."""
    modules = encode(text)
    count = len(modules)
    rects = " ".join(f"{column} {count - row - 1} {length} 1 re" for row, column, length in dark_runs(modules))
    return count, f"{rects} f"


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
        count, operators = path_operators(self.text)
        box = self.size / (count + 2 * QUIET_ZONE)
        canvas = self.canv
        canvas.saveState()
        canvas.setFillGray(0)
        canvas.transform(box, 0, 0, box, QUIET_ZONE * box, QUIET_ZONE * box)
        canvas.addLiteral(operators)
        canvas.restoreState()
