"""The engine's own flowables: what they keep between reportlab's calls."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from reportlab.platypus import Paragraph as RLParagraph

from printing.engine import Paragraph, styles_for
from printing.fonts import FAMILY

TEXT = "Nơi tiếp nhận: Trung tâm phục vụ hành chính công xã Tam Thanh, tỉnh Thừa Thiên Huế " * 3


def test_a_paragraph_breaks_its_lines_once_per_text_style_and_width(monkeypatch: pytest.MonkeyPatch) -> None:
    text = TEXT + " (dòng riêng của phép thử này)"  # not broken by any earlier test in this process
    paragraph = Paragraph(text, styles_for(10).body)
    breaks: list[object] = []
    original = Paragraph.breakLines

    def counted(self: Paragraph, widths: list[float]) -> object:
        breaks.append(widths)
        return original(self, widths)

    monkeypatch.setattr(Paragraph, "breakLines", counted)
    wide = paragraph.wrap(400, 100)
    assert paragraph.wrap(400, 5000) == wide  # a table's second wrap at draw time: same width, same lines
    assert len(breaks) == 1
    narrow = paragraph.wrap(150, 100)
    assert len(breaks) == 2 and narrow[1] > wide[1]
    assert len(paragraph.blPara.lines) * paragraph.style.leading == narrow[1]  # drawn as last wrapped
    assert paragraph.wrap(400, 100) == wide and len(breaks) == 2
    assert len(paragraph.blPara.lines) * paragraph.style.leading == wide[1]
    # The next slip's paragraph with the same text and style: its lines are known, its text never parsed.
    again = Paragraph(text, styles_for(10).body)
    assert again.wrap(400, 100) == wide and len(breaks) == 2
    assert again.blPara is paragraph.blPara and "_read_frags" in again.__dict__
    # Another style or another text is broken afresh.
    assert Paragraph(text, styles_for(10).italic).wrap(400, 100) and len(breaks) == 3
    assert Paragraph(text + ".", styles_for(10).body).wrap(400, 100) and len(breaks) == 4


def test_a_paragraph_is_parsed_only_when_its_lines_are_not_known(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Họ và tên: <b>Phan Thị Ngọc Ánh</b> (lần đầu trong phép thử này)"
    style = styles_for(10).body
    parsed: list[str] = []
    original = RLParagraph._setup

    def counted(self: RLParagraph, text: str, *args: object) -> None:
        parsed.append(text)
        original(self, text, *args)

    monkeypatch.setattr(RLParagraph, "_setup", counted)
    first = Paragraph(text, style)
    assert parsed == []  # not before it is needed
    first.wrap(300, 100)
    assert len(parsed) == 1
    second = Paragraph(text, style)
    second.wrap(300, 100)
    assert len(parsed) == 1
    asked = Paragraph(text, style)
    assert [fragment.text for fragment in asked.frags][:2] == ["Họ và tên: ", "Phan Thị Ngọc Ánh"]  # asked first
    assert len(parsed) == 2


LINE = st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyÀÁẢÃẠàáảãạỳýỷỹỵĐđ0123456789 .,:;/()-–«»&\n\t\u00a0",
               min_size=0, max_size=120)
STYLES = sorted(name for name in vars(styles_for(10)) if name != "size")


@settings(max_examples=60, deadline=None)
@given(LINE, st.sampled_from(STYLES), st.sampled_from([10.0, 12.0, 8.5]))
@example("Số điện thoại: 0905123456&nbsp;&nbsp;&nbsp; Email: a&amp;b@example.vn", "indent", 10.0)
def test_plain_text_is_what_reportlabs_parser_makes_of_it(text: str, name: str, size: float) -> None:
    style = getattr(styles_for(size), name)
    ours, theirs = Paragraph(text, style), RLParagraph(text, style)
    assert ours.text == theirs.text
    assert [vars(fragment) for fragment in ours.frags] == [vars(fragment) for fragment in theirs.frags]
    assert ours.wrap(180, 1000) == theirs.wrap(180, 1000)
    assert repr(ours.blPara) == repr(theirs.blPara)  # the lines as broken, fragment by fragment


def test_markup_still_goes_through_the_parser() -> None:
    style = styles_for(10).body
    ours = Paragraph("Tiếp nhận hồ sơ của <b>Nguyễn Thị Hương</b> &amp; con", style)
    texts = [fragment.text for fragment in ours.frags]
    assert texts[:2] == ["Tiếp nhận hồ sơ của ", "Nguyễn Thị Hương"] and "".join(texts[2:]) == " & con"
    assert ours.frags[1].fontName == FAMILY.bold and ours.frags[0].fontName == FAMILY.regular


def test_plain_paragraphs_share_no_mutable_state() -> None:
    style = styles_for(10).body
    first, second = Paragraph("Liên 1: Lưu", style), Paragraph("Liên 2: Giao người nộp", style)
    assert first.frags[0] is not second.frags[0]
    assert first.frags[0].link is not second.frags[0].link
    assert first.frags[0].us_lines is not second.frags[0].us_lines


def test_a_paragraph_split_over_two_pages_draws_both_halves() -> None:
    style = styles_for(10).body
    paragraph = Paragraph(TEXT * 4, style)
    _, height = paragraph.wrap(300, 10_000)
    halves = paragraph.split(300, height / 2)
    assert len(halves) == 2 and all(isinstance(half, Paragraph) for half in halves)
    heights = [half.wrap(300, 10_000)[1] for half in halves]
    assert sum(heights) == pytest.approx(height) and all(h > 0 for h in heights)
    words = " ".join(" ".join(w for line in half.blPara.lines for w in line[1]) for half in halves)
    assert words.split() == (TEXT * 4).split()
    # A half is not taken for the other, nor for the whole, by what is kept between paragraphs.
    assert Paragraph(TEXT * 4, style).wrap(300, 10_000)[1] == pytest.approx(height)
