"""The sync wire's JSON codec (orjson with the standard library behind it) keeps the old meaning."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sync.contract import jsonio

wire_values = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(2**80), max_value=2**80) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(), children, max_size=4),
    max_leaves=20,
)


def _stdlib(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


@given(wire_values)
def test_the_text_is_the_standard_librarys_and_reads_back(value: object) -> None:
    assert jsonio.dumps(value) == _stdlib(value)
    assert jsonio.loads(jsonio.dumps(value)) == value
    assert jsonio.loads(jsonio.dumps_text(value)) == value


def test_integers_beyond_64_bits_go_through_the_standard_library() -> None:
    # Not powers of two: orjson reads such integers as floats, and a power of two would still compare equal.
    value = {"n": 2**70 + 1, "m": -(2**63) - 1, "k": 2**64}
    assert jsonio.dumps(value) == _stdlib(value)
    assert jsonio.loads(jsonio.dumps(value)) == value


@dataclass
class _Thing:
    x: int


@pytest.mark.parametrize("value", [datetime(2025, 1, 2, 3, 4, 5), _Thing(1), {1, 2}])
def test_what_the_standard_library_refuses_is_still_refused(value: object) -> None:
    with pytest.raises(TypeError):
        jsonio.dumps({"x": value})


@pytest.mark.parametrize("data", [b"{", b"", b"{'a': 1}", b"[1,]", "\ufeff{}"])
def test_malformed_documents_raise_value_error(data: bytes | str) -> None:
    with pytest.raises(ValueError):
        jsonio.loads(data)


def test_bytes_that_are_not_utf8_raise_value_error() -> None:
    with pytest.raises(ValueError):
        jsonio.loads(b'{"a": "\xff"}')


def test_nan_is_read_as_the_standard_library_reads_it() -> None:
    assert jsonio.loads(b'{"x": NaN}')["x"] != jsonio.loads(b'{"x": NaN}')["x"]  # NaN is not equal to itself
