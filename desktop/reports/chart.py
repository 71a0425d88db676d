"""Two pictures that say it faster than the table, drawn with QPainter (QtCharts is not in the bundle).

- `OutcomeChart`: one horizontal bar per field, as long as the dossiers it took up in the period, split into
  finished before / on / after the due date and still in progress in time / overdue — where the red and
  orange are is what the head of the centre looks for.
- `RatesPanel`: the five indicators as large percentages over a thin gauge, with the counts in the tooltip.
Both follow the application font (large-font mode) and palette.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication, QGridLayout, QLabel, QSizePolicy, QWidget

from desktop.i18n import tr_domain
from forms.reporting import RATE_FORMULAS, Rate, Report


@dataclass(frozen=True)
class Segment:
    key: str  # Counts attribute
    color: str


SEGMENTS: tuple[Segment, ...] = (
    Segment("finished_before_due", "#2e7d32"),
    Segment("finished_on_due", "#81c784"),
    Segment("finished_after_due", "#c62828"),
    Segment("in_progress_in_time", "#90a4ae"),
    Segment("in_progress_overdue", "#ef6c00"),
)


class OutcomeChart(QWidget):
    """Stacked bars per field; `bars()` gives what is drawn (for tests and for the accessible description)."""

    ROW_GAP = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outcomeChart")
        self.report: Report | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(120)

    def set_report(self, report: Report | None) -> None:
        self.report = report
        self.setAccessibleDescription("; ".join(
            f"{label}: " + ", ".join(str(n) for n in values) for label, values in self.bars()))
        self.setMinimumHeight(self.sizeHint().height())
        self.updateGeometry()
        self.update()

    def legend(self) -> list[tuple[str, str]]:
        names = {
            "finished_before_due": self.tr("Trả trước hạn"),
            "finished_on_due": self.tr("Trả đúng hạn"),
            "finished_after_due": self.tr("Trả quá hạn"),
            "in_progress_in_time": self.tr("Đang giải quyết, trong hạn"),
            "in_progress_overdue": self.tr("Đang giải quyết, quá hạn"),
        }
        return [(names[s.key], s.color) for s in SEGMENTS]

    def bars(self) -> list[tuple[str, list[int]]]:
        if self.report is None:
            return []
        return [(row.label, [int(getattr(row.counts, s.key)) for s in SEGMENTS]) for row in self.report.rows]

    def _row_height(self) -> int:
        return QFontMetrics(self.font()).height() + 10

    def sizeHint(self) -> QSize:
        rows = max(1, len(self.bars()))
        return QSize(600, rows * (self._row_height() + self.ROW_GAP) + 3 * self._row_height())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            self.updateGeometry()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        palette = self.palette()
        metrics = QFontMetrics(self.font())
        text_color = palette.color(palette.ColorRole.WindowText)
        bars = self.bars()
        if not bars or all(sum(values) == 0 for _label, values in bars):
            painter.setPen(text_color)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Không có hồ sơ nào trong kỳ này."))
            return
        row_h = self._row_height()
        label_w = min(max(metrics.horizontalAdvance(label) for label, _v in bars) + 12, self.width() // 3)
        number_w = metrics.horizontalAdvance("000 000") + 8
        bar_left = label_w
        bar_w = max(40, self.width() - label_w - number_w)
        biggest = max(sum(values) for _label, values in bars) or 1
        y = 4
        for label, values in bars:
            painter.setPen(text_color)
            elided = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_w - 8)
            painter.drawText(QRectF(0, y, label_w - 8, row_h), int(Qt.AlignmentFlag.AlignRight |
                                                                   Qt.AlignmentFlag.AlignVCenter), elided)
            x = float(bar_left)
            for segment, value in zip(SEGMENTS, values, strict=True):
                width = bar_w * value / biggest
                if width > 0:
                    painter.fillRect(QRectF(x, y + 3, width, row_h - 6), QColor(segment.color))
                    x += width
            painter.setPen(text_color)
            painter.drawText(QRectF(x + 6, y, number_w, row_h), int(Qt.AlignmentFlag.AlignLeft |
                                                                  Qt.AlignmentFlag.AlignVCenter), str(sum(values)))
            y += row_h + self.ROW_GAP
        # The legend, wrapped over as many lines as the width needs.
        y += 4
        x = float(bar_left)
        swatch = metrics.height() - 4
        for name, color in self.legend():
            needed = swatch + 6 + metrics.horizontalAdvance(name) + 18
            if x + needed > self.width() and x > bar_left:
                x, y = float(bar_left), y + row_h
            painter.fillRect(QRectF(x, y + (row_h - swatch) / 2, swatch, swatch), QColor(color))
            painter.setPen(text_color)
            painter.drawText(QRectF(x + swatch + 6, y, needed, row_h), int(Qt.AlignmentFlag.AlignVCenter), name)
            x += needed


class RatesPanel(QWidget):
    """Five labelled percentages with a gauge under each; `texts()` gives what is shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ratesPanel")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(18)
        self.values: list[QLabel] = []
        self.captions: list[QLabel] = []
        self.gauges: list[Gauge] = []
        self.rates: list[tuple[str, str, Rate]] = []
        for column in range(5):
            value = QLabel("–", self)
            value.setObjectName(f"rateValue{column}")
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption = QLabel(self)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption.setWordWrap(True)
            gauge = Gauge(self)
            grid.addWidget(value, 0, column)
            grid.addWidget(gauge, 1, column)
            grid.addWidget(caption, 2, column)
            self.values.append(value)
            self.captions.append(caption)
            self.gauges.append(gauge)
        self._apply_fonts()

    def _apply_fonts(self) -> None:
        font = QFont(QApplication.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        for label in self.values:
            label.setFont(font)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationFontChange:
            self._apply_fonts()
        return super().event(event)

    def set_report(self, report: Report | None) -> None:
        self.rates = report.rates.items() if report is not None else []
        for index, (value, caption, gauge) in enumerate(zip(self.values, self.captions, self.gauges, strict=True)):
            if index < len(self.rates):
                key, label, rate = self.rates[index]
                text = rate.percent_text()
                value.setText(text)
                caption.setText(tr_domain(label))
                tip = self.tr("{numerator} / {denominator} — {formula}").format(
                    numerator=rate.numerator, denominator=rate.denominator, formula=tr_domain(RATE_FORMULAS[key]))
                for widget in (value, caption, gauge):
                    widget.setToolTip(tip)
                gauge.set_share(rate.value)
            else:
                value.setText("–")
                gauge.set_share(None)

    def retranslate(self) -> None:
        for (_key, label, _rate), caption in zip(self.rates, self.captions, strict=False):
            caption.setText(tr_domain(label))

    def texts(self) -> list[tuple[str, str]]:
        return [(caption.text(), value.text()) for caption, value in zip(self.captions, self.values, strict=True)]


class Gauge(QWidget):
    """A thin horizontal bar filled to a share in [0, 1] (empty and dashed when undefined)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.share: float | None = None
        self.setFixedHeight(8)
        self.setMinimumWidth(60)

    def set_share(self, share: float | None) -> None:
        self.share = share
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            rect = QRectF(self.rect()).adjusted(0, 1, 0, -1)
            painter.fillRect(rect, QColor("#e0e0e0"))
            if self.share is not None:
                painter.fillRect(QRectF(rect.x(), rect.y(), rect.width() * max(0.0, min(1.0, self.share)),
                                        rect.height()), QColor("#1565c0"))
        finally:
            painter.end()

