"""The conflict inbox: dossiers the desk and the portal both changed, shown side by side for the official.

Nothing was overwritten silently by sync (sync/ keeps both versions); here the official sees, field by field,
what the desk has and what the portal has — the fields that differ first and highlighted — and chooses.
The suggestion follows the merge rule of sync: the processing agency is authoritative for the status it set,
the desk for what it received at the counter. The choice is confirmed (the default button is "cancel"),
then recorded through the store as an event of the audit trail, attributed to the signed-in official.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import Changes
from desktop.headings import Heading
from desktop.i18n import tr_domain
from desktop.services import AppServices
from forms.status import Channel, DossierStatus

log = logging.getLogger(__name__)

# The resolutions recorded by sync.store (Store.resolve_conflict).
KEEP_LOCAL = "keep_local"
TAKE_REMOTE = "take_remote"

# Field paths whose authority is the processing agency (the portal's version is suggested).
AGENCY_FIELDS = frozenset({"status", "finished_at", "returned_at", "rescheduled_due_at", "due_at"})

_DIFF_BACKGROUND = QColor("#fff3cd")
_ISO_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class ConflictView:
    """What the inbox needs of one conflict (built from sync.store.models.Conflict)."""

    id: int
    dossier_uuid: str
    local: Mapping[str, Any]
    remote: Mapping[str, Any]
    fields: tuple[str, ...]

    @property
    def code(self) -> str:
        return str(self.local.get("code") or self.remote.get("code") or "")

    @property
    def applicant_name(self) -> str:
        applicant = self.local.get("applicant") or self.remote.get("applicant") or {}
        return str(applicant.get("full_name", "")) if isinstance(applicant, Mapping) else ""


def flatten(document: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """{"applicant": {"full_name": x}} → {"applicant.full_name": x}; lists are kept whole."""
    out: dict[str, Any] = {}
    for key, value in document.items():
        path = f"{prefix}{key}"
        if isinstance(value, Mapping) and value and key != "provenance":
            out.update(flatten(value, path + "."))
        else:
            out[path] = value
    return out


def differing(local: Mapping[str, Any], remote: Mapping[str, Any]) -> list[str]:
    a, b = flatten(local), flatten(remote)
    return sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))


def suggested_choice(fields: Sequence[str]) -> str:
    """The merge rule of sync, as a suggestion: agency-owned fields → the portal's version."""
    return TAKE_REMOTE if any(f in AGENCY_FIELDS for f in fields) else KEEP_LOCAL


def list_open(store: Any) -> list[ConflictView]:
    return [ConflictView(c.id, c.dossier_uuid, c.local, c.remote, tuple(c.fields))
            for c in store.conflicts(open_only=True)]


def resolve(store: Any, conflict_id: int, choice: str, *, actor: str) -> str:
    """Record the choice (an audit event, by `actor`) and, for the portal's version, make it the desk's.

    One transaction: either the dossier takes the chosen version and the conflict is closed, or nothing.
    Keeping the desk's version leaves the dossier as it is; its change stays queued for the portal.
    """
    from sync.store.codec import dossier_from_dict

    with store.transaction():
        if choice == TAKE_REMOTE:
            for conflict in store.conflicts(open_only=True):
                if conflict.id == conflict_id:
                    store.upsert_remote(dossier_from_dict(conflict.remote))
        store.resolve_conflict(conflict_id, resolution=choice, resolved_by=actor)
    return choice


class ConflictInboxPage(QWidget):
    """List of open conflicts on the left; the two versions side by side on the right."""

    resolved = Signal(int, str)

    def __init__(self, services: AppServices, parent: QWidget | None = None, *,
                 lister: Callable[[Any], list[ConflictView]] = list_open,
                 resolver: Callable[..., str] = resolve) -> None:
        super().__init__(parent)
        self.setObjectName("ConflictInboxPage")
        self.services = services
        self._lister = lister
        self._resolver = resolver
        self.conflicts: list[ConflictView] = []
        self.heading = Heading(self)
        self.rule = QLabel(self)
        self.rule.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("conflictList")
        self.list.currentRowChanged.connect(self._show_current)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("conflictTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.suggestion = QLabel(self)
        self.suggestion.setObjectName("conflictSuggestion")
        self.suggestion.setWordWrap(True)
        self.keep_local = QPushButton(self)
        self.keep_local.setObjectName("keepLocal")
        self.keep_local.clicked.connect(lambda: self.choose(KEEP_LOCAL))
        self.take_remote = QPushButton(self)
        self.take_remote.setObjectName("takeRemote")
        self.take_remote.clicked.connect(lambda: self.choose(TAKE_REMOTE))
        self.empty = QLabel(self)
        self.empty.setObjectName("conflictEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.table, 1)
        right_layout.addWidget(self.suggestion)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_local)
        buttons.addWidget(self.take_remote)
        buttons.addStretch(1)
        right_layout.addLayout(buttons)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([340, 900])
        self.list.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.rule)
        layout.addWidget(self.empty)
        layout.addWidget(self.splitter, 1)
        services.changes_applied.connect(self._on_changes)
        self.retranslate_ui()
        self.reload()

    # -- language -----------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Xung đột cần cán bộ quyết định"))
        self.rule.setText(self.tr(
            "Hồ sơ dưới đây vừa được sửa tại quầy vừa được thay đổi trên Cổng. Không bản nào bị ghi đè. "
            "Nguyên tắc: cơ quan xử lý quyết định trạng thái; quầy quyết định thông tin đã tiếp nhận."
        ))
        self.table.setHorizontalHeaderLabels([self.tr("Thông tin"), self.tr("Tại quầy (máy này)"),
                                              self.tr("Trên Cổng dịch vụ công")])
        self.keep_local.setText(self.tr("Giữ bản tại &quầy"))
        self.take_remote.setText(self.tr("Nhận bản trên &Cổng"))
        self.empty.setText(self.tr("Không có xung đột nào. Mọi hồ sơ đều khớp với Cổng."))
        self._fill_list()

    def field_label(self, path: str) -> str:
        labels = {
            "status": self.tr("Trạng thái"), "applicant.full_name": self.tr("Họ tên người nộp"),
            "applicant.id_number": self.tr("Số định danh"), "applicant.address": self.tr("Địa chỉ"),
            "applicant.phone": self.tr("Điện thoại"), "applicant.birth_date": self.tr("Ngày sinh"),
            "applicant.email": self.tr("Thư điện tử"), "due_at": self.tr("Hẹn trả"),
            "rescheduled_due_at": self.tr("Hẹn trả mới"), "received_at": self.tr("Ngày nhận"),
            "finished_at": self.tr("Ngày giải quyết xong"), "returned_at": self.tr("Ngày trả kết quả"),
            "fee": self.tr("Lệ phí"), "documents": self.tr("Thành phần hồ sơ"), "note": self.tr("Ghi chú"),
            "procedure_name": self.tr("Thủ tục"), "form_data": self.tr("Tờ khai"), "revision": self.tr("Phiên bản"),
            "code": self.tr("Mã hồ sơ"), "agency_code": self.tr("Mã cơ quan"),
            "applicant.kind": self.tr("Loại người nộp"), "applicant.old_id_number": self.tr("Số CMND cũ"),
            "applicant.sex": self.tr("Giới tính"), "authorised_by": self.tr("Người được ủy quyền"),
            "catalogue_version": self.tr("Phiên bản danh mục"), "channel": self.tr("Hình thức nộp"),
            "field_code": self.tr("Mã lĩnh vực"), "field_name": self.tr("Lĩnh vực"), "summary": self.tr("Trích yếu"),
            "sets": self.tr("Số bộ hồ sơ"), "result_delivery": self.tr("Hình thức nhận kết quả"),
            "procedure_code": self.tr("Mã thủ tục"), "training": self.tr("Hồ sơ tập huấn"),
        }
        if path in labels:
            return labels[path]
        if path.startswith("form_data."):
            return self.tr("Tờ khai: {field}").format(field=path.removeprefix("form_data."))
        return path

    def value_text(self, path: str, value: Any) -> str:
        if value is None or value == "":
            return "—"
        if path == "status":
            try:
                return f"{int(value)} · {tr_domain(DossierStatus(int(value)).label)}"
            except ValueError:
                return str(value)
        if path == "channel":
            try:
                return tr_domain(Channel(int(value)).label)
            except ValueError:
                return str(value)
        if path == "applicant.kind":
            return self.tr("Tổ chức") if value == 2 else self.tr("Công dân")
        if isinstance(value, str) and _ISO_DATETIME.match(value):
            try:
                moment = datetime.fromisoformat(value)
            except ValueError:
                return value
            return moment.strftime("%H:%M %d/%m/%Y")
        if isinstance(value, str) and _ISO_DATE.fullmatch(value):
            return f"{value[8:10]}/{value[5:7]}/{value[0:4]}"
        if isinstance(value, list):
            return "; ".join(str(v.get("name", v)) if isinstance(v, Mapping) else str(v) for v in value)
        if isinstance(value, bool):
            return self.tr("có") if value else self.tr("không")
        return str(value)

    # -- data ---------------------------------------------------------------------------------------
    def focus_first(self) -> None:
        self.list.setFocus()

    def _on_changes(self, changes: Changes) -> None:
        if changes.conflicts or changes.source == "sync":
            self.reload()

    def reload(self) -> None:
        lister = self._lister
        self.services.db(lister, parent=self).success(self._loaded).run()

    def _loaded(self, conflicts: list[ConflictView]) -> None:
        current = self.current()
        self.conflicts = conflicts
        self._fill_list()
        ids = [c.id for c in conflicts]
        if current is not None and current.id in ids:
            self.list.setCurrentRow(ids.index(current.id))
        elif conflicts:
            self.list.setCurrentRow(0)
        else:
            self._show_current(-1)

    def _fill_list(self) -> None:
        if not hasattr(self, "conflicts"):
            return
        row = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        for c in self.conflicts:
            fields = c.fields or tuple(differing(c.local, c.remote))
            item = QListWidgetItem(self.tr("{code} — {name}\n{n} thông tin khác nhau").format(
                code=c.code, name=c.applicant_name, n=len(fields)))
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        if 0 <= row < self.list.count():
            self.list.setCurrentRow(row)
        has_any = bool(self.conflicts)
        self.empty.setVisible(not has_any)
        self.splitter.setVisible(has_any)

    def current(self) -> ConflictView | None:
        row = self.list.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def _show_current(self, _row: int) -> None:
        conflict = self.current()
        self.table.setRowCount(0)
        enabled = conflict is not None
        self.keep_local.setEnabled(enabled)
        self.take_remote.setEnabled(enabled)
        if conflict is None:
            self.suggestion.clear()
            return
        local, remote = flatten(conflict.local), flatten(conflict.remote)
        differ = [p for p in (conflict.fields or differing(conflict.local, conflict.remote)) if p != "sync_state"]
        others = [p for p in sorted(local.keys() | remote.keys())
                  if p not in differ and p not in {"uuid", "sync_state", "applicant.raw_qr", "applicant.provenance"}]
        for path in [*differ, *others]:
            self._add_row(path, local.get(path), remote.get(path), highlight=path in differ)
        choice = suggested_choice(differ)
        self.suggestion.setText(
            self.tr("Gợi ý: nhận bản trên Cổng (cơ quan xử lý đã thay đổi trạng thái hoặc thời hạn).")
            if choice == TAKE_REMOTE else
            self.tr("Gợi ý: giữ bản tại quầy (thông tin tiếp nhận do quầy quyết định).")
        )

    def _add_row(self, path: str, local: Any, remote: Any, *, highlight: bool) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        cells = (self.field_label(path), self.value_text(path, local), self.value_text(path, remote))
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, path)
            if highlight:
                item.setBackground(QBrush(_DIFF_BACKGROUND))
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.table.setItem(row, column, item)

    # -- the choice ---------------------------------------------------------------------------------
    def confirm(self, conflict: ConflictView, choice: str) -> bool:
        box = QMessageBox(self)
        box.setObjectName("confirmConflict")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Xác nhận"))
        version = self.tr("bản tại quầy") if choice == KEEP_LOCAL else self.tr("bản trên Cổng")
        box.setText(self.tr("Dùng {version} cho hồ sơ {code}? Bản còn lại vẫn được lưu trong nhật ký.").format(
            version=version, code=conflict.code))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # a risky choice: the harmless default
        return box.exec() == QMessageBox.StandardButton.Yes

    def choose(self, choice: str, *, confirmed: bool | None = None) -> None:
        conflict = self.current()
        if conflict is None:
            return
        if confirmed is None:
            confirmed = self.confirm(conflict, choice)
        if not confirmed:
            return
        actor, resolver, conflict_id = self.services.actor, self._resolver, conflict.id
        log.info("conflict %d resolved: %s", conflict_id, choice)
        self.services.change(
            lambda store: resolver(store, conflict_id, choice, actor=actor),
            changes=lambda _c: Changes.dossiers([conflict.dossier_uuid], source="conflict", conflicts=True,
                                                origin=self),
            parent=self,
        ).success(lambda _c: self.resolved.emit(conflict_id, choice)).run()
