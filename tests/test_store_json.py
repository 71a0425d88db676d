"""The store's JSON: what `json_dumps` writes, `json_loads` gives back — dates and datetimes included, on the
fast path (no tag in the text) and on the tag-decoding one."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from forms.clock import VN_TZ
from sync.store.codec import json_dumps, json_loads

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-(2**70), 2**70), st.text(),
    st.sampled_from(["$date", "$datetime", "giá $ 5", "Nguyễn Văn An"]),
    st.dates(min_value=date(1900, 1, 1)),
    st.datetimes(min_value=datetime(1950, 1, 1), max_value=datetime(2100, 1, 1)).map(
        lambda d: d.replace(tzinfo=VN_TZ)),
)
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                                           max_size=4), max_leaves=20)


@settings(max_examples=300, deadline=None)
@given(values)
def test_what_is_written_is_read_back(value: Any) -> None:
    assert json_loads(json_dumps(value)) == value


def test_a_tag_lookalike_key_with_others_stays_a_mapping() -> None:
    text = '{"$date": "2025-07-15", "note": "x"}'
    assert json_loads(text) == {"$date": "2025-07-15", "note": "x"}
    assert json_loads('{"d": {"$date": "2025-07-15"}}') == {"d": date(2025, 7, 15)}
    assert json_loads('{"d": {"\\u0024date": "2025-07-15"}}') == {"d": date(2025, 7, 15)}
