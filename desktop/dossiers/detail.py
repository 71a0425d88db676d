"""One dossier: what it is, where it stands, its timeline of events, and the actions the official may take."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.dossiers.actions import FORM_TITLES
from desktop.dossiers.table_model import SYNC_LABELS, short_time
from desktop.i18n import tr_domain
from forms.dossier import Dossier, DossierEvent
from forms.i18n import N_
from forms.lifecycle import TRANSITIONS, Action, SatisfactionLevel
from forms.money import format_vnd
from sync.store.models import Rating

OTHER_EVENTS: dict[str, str] = {
    "create": N_("Tiếp nhận, tạo hồ sơ"),
    "edit": N_("Sửa thông tin hồ sơ"),
    "print": N_("In phiếu"),
    "reprint": N_("In lại phiếu"),
    "rate": N_("Ghi mức độ hài lòng"),
    "view": N_("Xem hồ sơ"),
    "export": N_("Xuất dữ liệu"),
}


def event_label(event: DossierEvent) -> str:
    try:
        label = tr_domain(Action(event.action).label)
    except ValueError:
        label = tr_domain(OTHER_EVENTS.get(event.action, event.action))
    label = label[:1].upper() + label[1:]
    form = event.form or event.changes.get("form")
    if form:
        label += QCoreApplication.translate("DossierDetail", " (mẫu {form})").format(form=form)
    return label


class DossierDetail(QWidget):
    action_requested = Signal(object)  # forms.lifecycle.Action
    reprint_requested = Signal(str)  # the form number "01".."05"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dossierDetail")
        self.dossier: Dossier | None = None
        self.events: list[DossierEvent] = []
        self.rating: Rating | None = None
        self.offered: list[Action] = []
        self.printable: list[str] = []
        self.action_buttons: dict[Action, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        layout.addLayout(left, 2)
        self.header = QLabel(self)
        self.header.setObjectName("detailHeader")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.header.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        left.addWidget(self.header)
        self.actions_box = QGroupBox(self)
        box_layout = QVBoxLayout(self.actions_box)
        box_layout.setContentsMargins(6, 6, 6, 6)
        self.no_actions = QLabel(self.actions_box)
        self.no_actions.setWordWrap(True)
        box_layout.addWidget(self.no_actions)
        # Two buttons a row: a head of centre may have five actions on a dossier.
        self.actions_grid = QGridLayout()
        box_layout.addLayout(self.actions_grid)
        self.reprint_button = QPushButton(self.actions_box)
        self.reprint_button.setObjectName("reprintButton")
        self.reprint_menu = QMenu(self.reprint_button)
        self.reprint_button.setMenu(self.reprint_menu)
        left.addWidget(self.actions_box)
        left.addStretch(1)
        self.timeline_box = QGroupBox(self)
        timeline_layout = QVBoxLayout(self.timeline_box)
        self.timeline = QTreeWidget(self.timeline_box)
        self.timeline.setObjectName("timeline")
        self.timeline.setRootIsDecorated(False)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setColumnCount(3)
        self.timeline.setWordWrap(True)
        self.timeline.setUniformRowHeights(False)
        self.timeline.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.timeline.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.timeline.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.timeline.header().setStretchLastSection(False)
        timeline_layout.addWidget(self.timeline)
        layout.addWidget(self.timeline_box, 3)
        self.retranslate_ui()
        self.show_dossier(None, [], None, [], [])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.show_dossier(self.dossier, self.events, self.rating, self.offered, self.printable)
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.actions_box.setTitle(self.tr("Thao tác"))
        self.timeline_box.setTitle(self.tr("Quá trình xử lý"))
        self.reprint_button.setText(self.tr("In &lại phiếu…"))
        self.timeline.setHeaderLabels([self.tr("Thời gian"), self.tr("Thao tác, trạng thái, lý do"),
                                       self.tr("Cán bộ")])

    # -- showing ------------------------------------------------------------------------------------
    def show_dossier(self, dossier: Dossier | None, events: Sequence[DossierEvent], rating: Rating | None,
                     actions: Sequence[Action], printable: Sequence[str]) -> None:
        self.dossier, self.events, self.rating = dossier, list(events), rating
        self.offered, self.printable = list(actions), list(printable)
        self._show_header()
        self._show_timeline()
        self._show_actions()

    def _show_header(self) -> None:
        dossier = self.dossier
        if dossier is None:
            self.header.setText(self.tr("Chọn một hồ sơ trong danh sách để xem chi tiết."))
            return
        e = html.escape
        applicant = dossier.applicant
        rows = [
            (self.tr("Thủ tục"), f"{e(dossier.procedure_name)} ({e(dossier.procedure_code)})"),
            (self.tr("Người nộp"), e(applicant.full_name) + (f" — {e(applicant.id_number)}" if applicant.id_number else "")),
        ]
        if applicant.phone:
            rows.append((self.tr("Điện thoại"), e(applicant.phone)))
        if dossier.authorised_by is not None:
            rows.append((self.tr("Người được ủy quyền"), e(dossier.authorised_by.full_name)))
        rows.append((self.tr("Tiếp nhận"), e(short_time(dossier.received_at)) + " · " + e(tr_domain(dossier.channel.label))))
        due = e(short_time(dossier.due_at)) or "—"
        if dossier.rescheduled_due_at is not None:
            due = f"<s>{due}</s> → <b>{e(short_time(dossier.rescheduled_due_at))}</b> " + self.tr("(đã hẹn lại)")
        rows.append((self.tr("Hẹn trả"), due))
        if dossier.returned_at is not None:
            rows.append((self.tr("Đã trả"), e(short_time(dossier.returned_at))))
        rows.append((self.tr("Phí, lệ phí"), e(format_vnd(dossier.fee))))
        rows.append((self.tr("Đồng bộ"), e(tr_domain(SYNC_LABELS[dossier.sync_state]))))
        if self.rating is not None:
            level = tr_domain(SatisfactionLevel(self.rating.level).label) if self.rating.scale == 3 \
                else f"{self.rating.level}/{self.rating.scale}"
            rows.append((self.tr("Đánh giá"), e(level) + (f" — “{e(self.rating.comment)}”" if self.rating.comment else "")))
        table = "".join(f"<tr><td style='color:#555;padding-right:8px'>{k}</td><td>{v}</td></tr>" for k, v in rows)
        training = f" <span style='color:#7a4f01'>({self.tr('tập huấn')})</span>" if dossier.training else ""
        self.header.setText(
            f"<div><big><b>{e(dossier.code)}</b></big>{training}</div>"
            f"<div style='font-weight:bold;color:#0d47a1'>{e(tr_domain(dossier.status.label))}</div>"
            f"<table>{table}</table>"
        )

    def _show_timeline(self) -> None:
        self.timeline.clear()
        for event in self.events:
            status = ""
            if event.to_status is not None and event.from_status != event.to_status:
                before = tr_domain(event.from_status.label) if event.from_status is not None else "—"
                status = f"{before} → {tr_domain(event.to_status.label)}"
            note = event.reason or str(event.changes.get("note") or event.changes.get("to_unit") or "")
            lines = [event_label(event)] + [line for line in (status, note) if line]
            item = QTreeWidgetItem([short_time(event.at), "\n".join(lines), event.actor])
            item.setToolTip(1, "\n".join(lines))
            self.timeline.addTopLevelItem(item)
        if self.events:
            self.timeline.scrollToBottom()

    def _show_actions(self) -> None:
        for button in self.action_buttons.values():
            button.hide()  # at once: deleteLater waits for the event loop
            self.actions_grid.removeWidget(button)
            button.deleteLater()
        self.action_buttons = {}
        self.actions_grid.removeWidget(self.reprint_button)
        dossier = self.dossier
        for action in self.offered:
            assert dossier is not None
            label = tr_domain(action.label)
            text = label[:1].upper() + label[1:]
            form = TRANSITIONS[(dossier.status, action)].form
            if form is not None:
                text += self.tr(" (mẫu {form})").format(form=form.value)
            button = QPushButton(text + "…", self.actions_box)
            button.setObjectName(f"action_{action.value}")
            button.clicked.connect(lambda _c=False, a=action: self.action_requested.emit(a))
            index = len(self.action_buttons)
            self.action_buttons[action] = button
            self.actions_grid.addWidget(button, index // 2, index % 2)
        if dossier is None:
            self.no_actions.setText("")
        elif not self.offered:
            self.no_actions.setText(self.tr("Không có thao tác nào cho vai trò của bạn ở trạng thái này."))
        else:
            self.no_actions.setText("")
        self.no_actions.setVisible(dossier is not None and not self.offered)
        self.reprint_menu.clear()
        for printable in self.printable:
            act = QAction(f"{printable} — {tr_domain(FORM_TITLES[printable])}", self.reprint_menu)
            act.triggered.connect(lambda _c=False, f=printable: self.reprint_requested.emit(f))
            self.reprint_menu.addAction(act)
        index = len(self.action_buttons)
        self.actions_grid.addWidget(self.reprint_button, index // 2, index % 2)
        self.reprint_button.setVisible(bool(self.printable))
