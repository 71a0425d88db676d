"""The engine's own flowables: what they keep between reportlab's calls."""

from __future__ import annotations

import pytest

from printing.engine import Paragraph, styles_for

TEXT = "Nơi tiếp nhận: Trung tâm phục vụ hành chính công xã Tam Thanh, tỉnh Thừa Thiên Huế " * 3


def test_a_paragraph_breaks_its_lines_once_per_width(monkeypatch: pytest.MonkeyPatch) -> None:
    paragraph = Paragraph(TEXT, styles_for(10).body)
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
    assert paragraph.wrap(400, 100) == wide and len(breaks) == 3
