"""QR decoding on damaged ID-card codes: the project's decoder against each library alone, in one run.

    python -m bench.qr [--per-level N] [--runs R] [--seed S] [--ablation]

`--per-level 2 --runs 1` is a smoke run of a few seconds.

The corpus (bench/qr_corpus.py) has seven damages — rotation, perspective, blur, low contrast, uneven
light, glare, JPEG — at four levels each, with realistic ID-card payloads in Vietnamese. Every image is
given to three readers, one after the other:

- `project`: desktop.scanning.decoder.QrDecoder (zxing-cpp, zbar in binary mode, clean-up passes; UTF-8);
- `zxing-cpp`: `zxingcpp.read_barcodes(image)` and its `.text`, as a program would use it alone;
- `pyzbar`: `pyzbar.decode(image)` and its `.data` as UTF-8, as a program would use it alone.

It prints, per damage and level, the share of images decoded, the share decoded to exactly the payload
(the exact-text rate, over the images decoded), and the median milliseconds per image; then the passes of
the project's decoder that read each code first (why each pass is there), and the two goals: at least the
best single library on every level, and 100 % exact text on what is decoded.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from PIL import Image

from bench.qr_corpus import DAMAGES, LEVELS, corpus
from bench.timing import Measurement, report
from desktop.scanning.decoder import THOROUGH, QrDecoder

Reader = Callable[[Image.Image], str | None]


def _zxing_alone() -> Reader:
    import zxingcpp

    def read(image: Image.Image) -> str | None:
        results = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode))
        return results[0].text if results else None

    return read


def _pyzbar_alone() -> Reader:
    from pyzbar import pyzbar

    def read(image: Image.Image) -> str | None:
        results = pyzbar.decode(image, symbols=[pyzbar.ZBarSymbol.QRCODE])
        return results[0].data.decode("utf-8", errors="replace") if results else None

    return read


@dataclass
class Tally:
    images: int = 0
    decoded: int = 0
    exact: int = 0
    samples_s: list[float] = field(default_factory=list)

    def add(self, text: str | None, expected: str, seconds: float) -> None:
        self.images += 1
        self.samples_s.append(seconds)
        if text is not None:
            self.decoded += 1
            self.exact += text == expected

    @property
    def decode_rate(self) -> float:
        return self.decoded / self.images if self.images else 0.0

    @property
    def exact_rate(self) -> float:
        return self.exact / self.decoded if self.decoded else 1.0

    @property
    def median_ms(self) -> float:
        return statistics.median(self.samples_s) * 1000 if self.samples_s else 0.0


def _timed(reader: Reader, image: Image.Image, runs: int) -> tuple[str | None, float]:
    samples = []
    text: str | None = None
    for _ in range(runs):
        start = time.perf_counter()
        text = reader(image)
        samples.append(time.perf_counter() - start)
    return text, statistics.median(samples)


def ablation(per_level: int, seed: int) -> None:
    """Each pass of the project's decoder on its own: what it reads, and what no other pass reads."""
    singles = {step.name: QrDecoder([step]) for step in THOROUGH}
    reads: dict[str, set[int]] = {name: set() for name in singles}
    count = 0
    for index, sample in enumerate(corpus(per_level, seed=seed)):
        count += 1
        for name, decoder in singles.items():
            if decoder.decode(sample.image).text == sample.payload:
                reads[name].add(index)
    print(f"each pass alone on the same {count} images: read / read by no other pass")
    for name, got in reads.items():
        others = set().union(*(r for n, r in reads.items() if n != name))
        print(f"  {name:<28}{len(got):>6}{len(got - others):>6}")
    print()


def run(per_level: int, runs: int, seed: int) -> bool:
    decoder = QrDecoder()
    project_passes: Counter[str] = Counter()
    last_pass: list[str | None] = [None]

    def project(image: Image.Image) -> str | None:
        result = decoder.decode(image)
        last_pass[0] = result.pass_name
        return result.text

    readers: dict[str, Reader] = {"project": project, "zxing-cpp": _zxing_alone(), "pyzbar": _pyzbar_alone()}
    tallies: dict[tuple[str, int], dict[str, Tally]] = defaultdict(lambda: {name: Tally() for name in readers})
    totals = {name: Tally() for name in readers}

    started = time.perf_counter()
    for sample in corpus(per_level, seed=seed):
        for name, reader in readers.items():
            text, seconds = _timed(reader, sample.image, runs)
            tallies[(sample.damage, sample.level)][name].add(text, sample.payload, seconds)
            totals[name].add(text, sample.payload, seconds)
            if name == "project" and last_pass[0]:
                project_passes[last_pass[0]] += 1
    elapsed = time.perf_counter() - started

    names = list(readers)
    print(f"QR decoding, {per_level} images per damage and level, seed {seed}, "
          f"median of {runs} run(s) per image; {elapsed:.1f} s in all")
    print("columns per reader: decoded % / exact-text % of decoded / median ms per image")
    header = f"{'damage':<13}{'lvl':>3}  " + "  ".join(f"{n:>24}" for n in names)
    print(header)
    print("-" * len(header))
    shortfalls: list[str] = []
    for damage in DAMAGES:
        for level in LEVELS:
            row = tallies[(damage, level)]
            cells = [f"{row[n].decode_rate * 100:5.0f} / {row[n].exact_rate * 100:5.1f} / {row[n].median_ms:6.2f}"
                     for n in names]
            print(f"{damage:<13}{level:>3}  " + "  ".join(f"{c:>24}" for c in cells))
            best_single = max(row[n].decoded for n in names if n != "project")
            if row["project"].decoded < best_single:
                shortfalls.append(f"{damage} {level}: {row['project'].decoded} < {best_single}")
    print("-" * len(header))
    cells = [f"{totals[n].decode_rate * 100:5.1f} / {totals[n].exact_rate * 100:5.1f} / {totals[n].median_ms:6.2f}"
             for n in names]
    print(f"{'all':<16}  " + "  ".join(f"{c:>24}" for c in cells))
    print()

    measurements = {n: Measurement(n, tuple(totals[n].samples_s)) for n in names}
    for n in names:
        report(measurements[n], measurements["zxing-cpp"])
    print()

    total_project = sum(project_passes.values())
    print(f"passes of the project's decoder that read first ({total_project} codes):")
    for name, count in project_passes.most_common():
        print(f"  {name:<28}{count:>6}")
    print()

    exact_ok = totals["project"].exact == totals["project"].decoded
    print("goal: at least the best single library on every level: "
          + ("met" if not shortfalls else "NOT met — " + "; ".join(shortfalls)))
    print(f"goal: 100 % exact text on what is decoded: {'met' if exact_ok else 'NOT met'} "
          f"({totals['project'].exact}/{totals['project'].decoded})")
    return not shortfalls and exact_ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.qr", description=__doc__.splitlines()[0])
    parser.add_argument("--per-level", type=int, default=25, help="images per damage and level (default 25)")
    parser.add_argument("--runs", type=int, default=3, help="timed decodes of each image, median kept (default 3)")
    parser.add_argument("--seed", type=int, default=20250701)
    parser.add_argument("--ablation", action="store_true",
                        help="also run every pass of the project's decoder alone (slower)")
    args = parser.parse_args(argv)
    if args.per_level < 1 or args.runs < 1:
        parser.error("--per-level and --runs must be at least 1")
    if args.ablation:
        ablation(args.per_level, args.seed)
    return 0 if run(args.per_level, args.runs, args.seed) else 1


if __name__ == "__main__":
    raise SystemExit(main())
