"""The dossier desk: find any dossier fast, see its timeline, take the next lifecycle step and print its form.

Search is instant and accent-insensitive (the store's folded index; "dang" finds "Đặng"), debounced so a
fast typist sends one query, and the list pages itself in as the official scrolls. Actions are only those
`forms.lifecycle.allowed_actions` gives the official's role; each one runs in the background through
`services.change`, which broadcasts `changes_applied` so every open screen refreshes itself.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import Changes
from desktop.dossiers.action_dialog import ActionDialog
from desktop.dossiers.actions import (
    ActionOutcome,
    ActionRequest,
    earlier_prints,
    forms_printable,
    perform_action,
    procedure_of,
    render_form,
)
from desktop.dossiers.detail import DossierDetail
from desktop.dossiers.filters import DeskQuery, QuickFilter
from desktop.dossiers.table_model import DossierTableModel
from desktop.i18n import tr_domain
from desktop.ops import failure_text
from desktop.print_preview import FormPrinter, PrintingPage
from desktop.reception.banner import Banner, Level
from forms.clock import now_vn
from forms.dossier import Dossier, DossierEvent
from forms.lifecycle import Action, Role, allowed_actions
from forms.status import DossierStatus
from sync.store.models import Rating

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 150


def load_detail(store: Any, uuid: str) -> tuple[Dossier, list[DossierEvent], Rating | None]:
    return store.get(uuid), list(store.events(uuid)), store.rating(uuid)


class DossierDeskPage(PrintingPage, QWidget):
    detail_shown = Signal(str)  # uuid, once its detail is on screen
    action_done = Signal(object)  # ActionOutcome
    printed = Signal(str)  # form number

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dossierDeskPage")
        self.services = services
        self.current_uuid: str | None = None
        self.current: Dossier | None = None
        self.events: list[DossierEvent] = []
        self.action_dialog: ActionDialog | None = None
        self.form_printer = FormPrinter(services, self)
        self.form_printer.printed.connect(self._printed)
        self.form_printer.failed.connect(lambda message: self.banner.show_message(
            self.tr("Chưa tạo được phiếu: {message}").format(message=message), Level.ERROR))
        self._reselect: str | None = None
        self._build()
        self.model = DossierTableModel(services, self)
        self.table.setModel(self.model)
        self._size_columns()
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.count_known.connect(self._show_count)
        self.model.page_loaded.connect(self._page_loaded)
        self.model.modelReset.connect(lambda: self._show_count(None))
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.apply_query)
        services.changes_applied.connect(self._on_changes)
        services.official_changed.connect(lambda _o: self._refresh_detail())
        self.retranslate_ui()
        self.apply_query()

    # -- layout -------------------------------------------------------------------------------------
    def _build(self) -> None:
        root = QVBoxLayout(self)
        self.banner = Banner(self)
        root.addWidget(self.banner)
        bar = QHBoxLayout()
        self.search_caption = QLabel(self)
        self.search = QLineEdit(self)
        self.search.setObjectName("dossierSearch")
        self.search.setClearButtonEnabled(True)
        self.search_caption.setBuddy(self.search)
        self.search.textEdited.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self._search_enter)
        self.quick_caption = QLabel(self)
        self.quick = QComboBox(self)
        self.quick.setObjectName("quickFilter")
        for quick in QuickFilter:
            self.quick.addItem("", quick)
        self.quick_caption.setBuddy(self.quick)
        self.quick.currentIndexChanged.connect(lambda _i: self.apply_query())
        self.status_caption = QLabel(self)
        self.status = QComboBox(self)
        self.status.setObjectName("statusFilter")
        self.status.addItem("", None)
        for status in DossierStatus:
            self.status.addItem("", status)
        self.status_caption.setBuddy(self.status)
        self.status.currentIndexChanged.connect(lambda _i: self.apply_query())
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        bar.addWidget(self.search_caption)
        bar.addWidget(self.search, 3)
        bar.addWidget(self.quick_caption)
        bar.addWidget(self.quick, 1)
        bar.addWidget(self.status_caption)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.count_label)
        root.addLayout(bar)
        # The list over the detail: the table gets the window's whole width for its seven columns.
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        self.table: QTableView = QTableView(splitter)
        self.table.setObjectName("dossierTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the detail's actions
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # fast for many rows
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.detail = DossierDetail(splitter)
        self.detail.action_requested.connect(self.open_action)
        self.detail.reprint_requested.connect(self.reprint)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([420, 320])
        root.addWidget(splitter, 1)
        find = QAction(self)
        find.setShortcut(QKeySequence("F3"))
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(self.focus_search)
        self.addAction(find)
        refresh = QAction(self)
        refresh.setShortcut(QKeySequence("Ctrl+R"))
        refresh.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.triggered.connect(self.apply_query)
        self.addAction(refresh)

    def _size_columns(self) -> None:
        """Widths from the font (large-font mode scales them), the procedure's name takes what is left."""
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        samples = {"code": "000.00.00.H00-261124-0000", "applicant": "Nguyễn Thị Ngọc Ánh",
                   "received": "24/11/2026 09:30", "due": "24/11/2026 09:30", "status": "Yêu cầu bổ sung",
                   "sync": "Cổng từ chối"}
        for column, key in enumerate(DossierTableModel.COLUMNS):
            if key == "procedure":
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, metrics.horizontalAdvance(samples[key]) + 18)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._size_columns()
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.search_caption.setText(self.tr("&Tìm"))
        self.search.setPlaceholderText(self.tr("Mã hồ sơ, tên, số định danh, điện thoại hoặc thủ tục — không cần dấu"))
        self.quick_caption.setText(self.tr("&Lọc"))
        for index in range(self.quick.count()):
            self.quick.setItemText(index, tr_domain(QuickFilter(self.quick.itemData(index)).label))
        self.status_caption.setText(self.tr("Trạng thái"))
        self.status.setItemText(0, self.tr("Mọi trạng thái"))
        for index in range(1, self.status.count()):
            status = self.status.itemData(index)
            self.status.setItemText(index, f"{int(status)}. {tr_domain(status.label)}")
        self._show_count(self.model.total if hasattr(self, "model") else None)

    # -- focus --------------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def focus_first(self) -> None:
        self.focus_search()

    def _search_enter(self) -> None:
        """Enter in the search: run it now and go to the first hit (arrows then walk the list)."""
        self._debounce.stop()
        self.apply_query()
        self.table.setFocus()
        if self.model.rowCount():
            self.table.selectRow(0)

    # -- the list -----------------------------------------------------------------------------------
    def query(self) -> DeskQuery:
        return DeskQuery(text=self.search.text().strip(), quick=QuickFilter(self.quick.currentData()),
                         status=self.status.currentData())

    def apply_query(self) -> None:
        self._debounce.stop()
        self.model.set_query(self.query())

    def _show_count(self, total: int | None) -> None:
        if not hasattr(self, "model"):
            return
        shown = self.model.rowCount()
        if total is None:
            text = self.tr("{n} hồ sơ khớp").format(n=shown) if self.model.query.text else ""
            if self.model.canFetchMore():
                text = self.tr("{n}+ hồ sơ khớp").format(n=shown)
        else:
            text = self.tr("{n} hồ sơ").format(n=f"{total:,}".replace(",", "."))
        self.count_label.setText(text)

    def _page_loaded(self) -> None:
        self._show_count(self.model.total)
        if self._reselect is not None:
            row = self.model.row_of(self._reselect)
            self._reselect = None
            if row is not None:
                self.table.selectRow(row)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return
        summary = indexes[0].data(DossierTableModel.SummaryRole)
        if summary is not None:
            self.open_dossier(summary.uuid)

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.EnsureVisible)

    # -- detail -------------------------------------------------------------------------------------
    def open_dossier(self, uuid: str) -> None:
        self.current_uuid = uuid
        self.services.db(lambda store: load_detail(store, uuid), parent=self).success(
            lambda loaded: self._detail_loaded(uuid, *loaded)).run()

    def _refresh_detail(self) -> None:
        if self.current_uuid is not None:
            self.open_dossier(self.current_uuid)

    def role(self) -> Role | None:
        official = self.services.official
        if official is None:
            return None
        try:
            return Role(getattr(official.role, "value", official.role))
        except ValueError:
            return None

    def _detail_loaded(self, uuid: str, dossier: Dossier, events: list[DossierEvent], rating: Rating | None) -> None:
        if uuid != self.current_uuid:
            return  # the official has moved on
        self.current, self.events = dossier, events
        role = self.role()
        actions = allowed_actions(dossier, role) if role is not None else []
        self.detail.show_dossier(dossier, events, rating, actions, forms_printable(dossier, events))
        self.detail_shown.emit(uuid)

    def _on_changes(self, changes: Changes) -> None:
        if changes.lists:
            self._reselect = self.current_uuid
            self.model.reload()
        if self.current_uuid is not None and changes.touches(self.current_uuid):
            self.open_dossier(self.current_uuid)

    # -- actions ------------------------------------------------------------------------------------
    def open_action(self, action: Action) -> ActionDialog | None:
        dossier = self.current
        if dossier is None:
            return None
        procedure = procedure_of(self.services.catalogue, dossier)
        dialog = ActionDialog(dossier, action, default_unit=procedure.competent_body if procedure else "",
                              parent=self)
        dialog.finished.connect(lambda result: self._dialog_done(dialog, result))
        self.action_dialog = dialog
        dialog.open()
        dialog.activateWindow()
        return dialog

    def _dialog_done(self, dialog: ActionDialog, result: int) -> None:
        if self.action_dialog is dialog:
            self.action_dialog = None
        request = dialog.request()
        dialog.deleteLater()
        if result == ActionDialog.DialogCode.Accepted and request is not None:
            self.run_action(request)

    def run_action(self, request: ActionRequest) -> None:
        dossier, role = self.current, self.role()
        if dossier is None or role is None:
            return
        uuid, seen = dossier.uuid, dossier.status
        actor, profile, catalogue = self.services.actor, self.services.profile, self.services.catalogue
        self.banner.show_message(self.tr("Đang thực hiện…"), Level.INFO)
        self.services.change(
            lambda store: perform_action(store, uuid, seen, request, actor=actor, role=role, profile=profile,
                                         catalogue=catalogue),
            changes=lambda outcome: Changes.dossiers([outcome.dossier.uuid], source="status", origin=self),
            parent=self, description=self.tr("Đang cập nhật hồ sơ…"),
        ).success(self._action_done).failure(self._action_failed).run()

    def _action_done(self, outcome: ActionOutcome) -> None:
        label = tr_domain(Action(outcome.event.action).label)
        self.banner.show_message(self.tr("Đã {action}: hồ sơ {code} — {status}.").format(
            action=label, code=outcome.dossier.code, status=tr_domain(outcome.dossier.status.label)), Level.SUCCESS)
        log.info("lifecycle %s on %s", outcome.event.action, outcome.dossier.code)
        self.current, self.events = outcome.dossier, list(outcome.events)
        if outcome.event.form is not None:
            self.print_form(outcome.event.form, reprint=False)
        self.action_done.emit(outcome)

    def _action_failed(self, error: BaseException) -> None:
        self.banner.show_message(self.tr("Chưa thực hiện được: {message}").format(message=failure_text(error)),
                                 Level.ERROR)
        if self.current_uuid is not None:
            self.open_dossier(self.current_uuid)

    # -- printing -----------------------------------------------------------------------------------
    def reprint(self, form: str) -> None:
        self.print_form(form, reprint=earlier_prints(self.events, form) > 0)

    def print_form(self, form: str, *, reprint: bool) -> None:
        dossier, events = self.current, list(self.events)
        if dossier is None:
            return
        profile, layout = self.services.profile, self.services.layout
        procedure = procedure_of(self.services.catalogue, dossier)
        officer = getattr(self.services.official, "display_name", "") or ""
        reprint_at = now_vn() if reprint else None
        self.form_printer.open(
            lambda: render_form(form, dossier, events, profile=profile, layout=layout, procedure=procedure,
                                officer_name=officer, reprint_at=reprint_at),
            dossier_uuid=dossier.uuid, form=form, reprint=reprint, description=self.tr("Đang tạo phiếu…"))

    def _printed(self, form: str, _reprint: bool) -> None:
        self._refresh_detail()  # the print is in the timeline now
        self.printed.emit(form)
