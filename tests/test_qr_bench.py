"""bench/qr.py and its corpus: realistic payloads, reproducible damage, and a smoke run of the benchmark."""

from __future__ import annotations

import random
import re
from datetime import date

import pytest

from bench import qr as bench_qr
from bench.qr_corpus import DAMAGES, LEVELS, corpus, id_payload


def test_payloads_are_valid_id_cards() -> None:
    idcard = pytest.importorskip("forms.idcard")
    rng = random.Random(3)
    for _ in range(200):
        payload = id_payload(rng)
        card = idcard.parse_idcard(payload, today=date(2026, 1, 1))
        assert card.id_number == payload.split("|")[0] and re.fullmatch(r"\d{12}", card.id_number)
        assert card.full_name and card.address


def test_payload_shapes_vary_and_carry_diacritics() -> None:
    rng = random.Random(5)
    payloads = [id_payload(rng) for _ in range(300)]
    field_counts = {p.count("|") + 1 for p in payloads}
    assert field_counts == {6, 7, 9}  # no old-number field, the usual 7, the longer 2024 shape
    assert any("||" in p for p in payloads)  # an empty old number
    assert all(not p.isascii() for p in payloads)


def test_corpus_is_reproducible_and_complete() -> None:
    first = list(corpus(1, seed=11))
    second = list(corpus(1, seed=11))
    assert [(s.damage, s.level) for s in first] == [(d, lv) for d in DAMAGES for lv in LEVELS]
    assert [s.payload for s in first] == [s.payload for s in second]
    assert all(a.image.tobytes() == b.image.tobytes() for a, b in zip(first, second, strict=True))
    assert {s.image.mode for s in first} == {"L"}


def test_benchmark_smoke_run(capsys: pytest.CaptureFixture[str]) -> None:
    code = bench_qr.main(["--per-level", "1", "--runs", "1"])
    out = capsys.readouterr().out
    assert code in (0, 1)
    for damage in DAMAGES:
        assert re.search(rf"^{damage}\s+4 ", out, re.MULTILINE)
    assert "goal: at least the best single library on every level:" in out
    assert "goal: 100 % exact text on what is decoded:" in out
    assert re.search(r"project: median [\d.]+ ms over \d+ runs; ratio to zxing-cpp = [\d.]+x", out)
