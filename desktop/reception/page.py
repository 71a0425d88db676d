"""The reception page: scan → choose → fill → check → save (Ctrl+S) → print the receipt (Ctrl+P) → next (Ctrl+N).

Keyboard path of a usual dossier: the scan fills the applicant and puts the caret in the procedure search;
Enter takes the highlighted procedure (the desk's most used come first) and jumps to the first field that
needs the official; Enter after each answer jumps to the next one (a full date moves on by itself); Alt+G
ticks the mandatory papers; Ctrl+S saves in the background and opens the receipt's preview; Ctrl+P prints.

Everything that touches the store, the keyring, the printer or the holiday calendar runs through
`services` (desktop/ops.py); this module only reads widgets and hands plain values over.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import Changes
from desktop.i18n import tr_domain, translate_message
from desktop.ops import failure_text
from desktop.print_preview import FormPrinter, PrintingPage
from desktop.reception.applicant_panel import ApplicantPanel
from desktop.reception.appointment import appointment, appointment_text, desk_calendar
from desktop.reception.banner import Banner, Level, make_bold
from desktop.reception.checklist import DocumentChecklist
from desktop.reception.fee_panel import FeePanel
from desktop.reception.procedure_picker import ProcedurePicker
from desktop.reception.schema_form import SchemaForm
from forms.calendar import WorkingCalendar
from forms.catalogue import Catalogue, Procedure
from forms.clock import now_vn
from forms.dossier import Dossier
from forms.errors import MotcuaError
from forms.idcard import IdCard, IdCardError, ImeMangledError, certain_repair, parse_idcard
from forms.status import Channel, DossierStatus

log = logging.getLogger(__name__)

USAGE_WINDOW = timedelta(days=180)  # "most used" follows the season (school enrolment, Tết) without forgetting


@dataclass(frozen=True)
class ScanOutcome:
    card: IdCard | None
    error: IdCardError | None
    repaired: bool = False


def read_scan(payload: str) -> ScanOutcome:
    """Parse a QR payload; a Telex/VNI-mangled one is repaired only where the repair involves no guess."""
    try:
        return ScanOutcome(parse_idcard(payload), None)
    except ImeMangledError as error:
        try:
            repaired = certain_repair(payload)
        except MotcuaError:
            repaired = None
        return ScanOutcome(repaired, error, repaired=repaired is not None)
    except IdCardError as error:
        return ScanOutcome(None, error)


def desk_usage(store: Any, codes: list[str], since: datetime) -> dict[str, int]:
    """How many dossiers of each procedure this desk received since `since` (database thread)."""
    from sync.store.models import DossierFilter

    usage: dict[str, int] = {}
    for code in codes:
        count = store.count(DossierFilter(procedure_code=code, received_from=since, channel=Channel.AT_DESK))
        if count:
            usage[code] = int(count)
    return usage


class ReceptionPage(PrintingPage, QWidget):
    saved = Signal(object)  # the stored Dossier, with its code
    printed = Signal(str)  # the dossier code whose receipt went to the printer

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receptionPage")
        self.services = services
        self.catalogue: Catalogue | None = None
        self.procedure: Procedure | None = None
        self.form: SchemaForm | None = None
        self.saved_dossier: Dossier | None = None
        self.calendar: WorkingCalendar | None = None
        self.form_printer = FormPrinter(services, self)
        self.form_printer.printed.connect(self._receipt_printed)
        self.form_printer.failed.connect(lambda message: self.banner.show_message(
            self.tr("Chưa tạo được giấy tiếp nhận: {message}").format(message=message), Level.ERROR))
        self.receipt_printed = False
        self._saving = False
        self._confirm_discard = False
        self._due_seq = 0
        self._usage: dict[str, int] = {}
        self._assemblers: list[Any] = []  # papers being merged into a PDF in the background
        self._scan_waiting: str | None = None  # a card scanned while the previous dossier was being saved
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._build()
        self._build_actions()
        services.changes_applied.connect(self._on_changes)
        services.when_catalogue(self._catalogue_ready)
        services.db(desk_calendar, parent=self).success(self._calendar_ready).failure(
            lambda error: log.warning("calendar overrides not loaded: %s", type(error).__name__)).run()

    # -- layout -------------------------------------------------------------------------------------
    def _build(self) -> None:
        root = QVBoxLayout(self)
        self.banner = Banner(self)
        root.addWidget(self.banner)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        root.addWidget(splitter, 1)

        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.left_layout = left_layout
        self.applicant_panel = ApplicantPanel(left)
        self.applicant_panel.changed.connect(self._applicant_changed)
        left_layout.addWidget(self.applicant_panel)
        self.picker = ProcedurePicker(left)
        self.picker.picked.connect(self.choose_procedure)
        self.picker.folded.connect(lambda folded: self.left_layout.setStretchFactor(self.picker, 0 if folded else 1))
        left_layout.addWidget(self.picker, 1)
        # The papers sit under the procedure: they appear when its list folds away after the choice.
        self.checklist = DocumentChecklist(left)
        self.checklist.changed.connect(self._update_live)
        self.checklist.attach_requested.connect(self._attach_scan)
        left_layout.addWidget(self.checklist, 1)

        right = QWidget(splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.form_title = QLabel(right)
        self.form_title.setObjectName("formTitle")
        make_bold(self.form_title)
        self.form_title.setWordWrap(True)
        right_layout.addWidget(self.form_title)
        self.form_scroll = QScrollArea(right)
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.form_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        right_layout.addWidget(self.form_scroll, 1)
        self.fee_strip = QWidget(right)
        lower = QHBoxLayout(self.fee_strip)
        lower.setContentsMargins(0, 0, 0, 0)
        self.fee_panel = FeePanel(self.fee_strip)
        self.fee_panel.changed.connect(self._update_live)
        lower.addWidget(self.fee_panel, 3)
        self.due_box = QGroupBox(self.fee_strip)
        due_layout = QFormLayout(self.due_box)
        self.due_label = QLabel("—", self.due_box)
        self.due_label.setObjectName("dueLabel")
        make_bold(self.due_label)
        self.due_label.setWordWrap(True)
        due_layout.addRow(self.due_label)
        self.delivery = QComboBox(self.due_box)
        self.delivery.setObjectName("resultDelivery")
        for value in ("desk", "post", "online"):
            self.delivery.addItem("", value)
        self.delivery_caption = QLabel(self.due_box)
        self.delivery_caption.setBuddy(self.delivery)
        due_layout.addRow(self.delivery_caption, self.delivery)
        lower.addWidget(self.due_box, 2)
        right_layout.addWidget(self.fee_strip)
        self._show_procedure_parts(False)  # papers, fee and due date follow the chosen procedure
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([430, 850])

        bar = QHBoxLayout()
        self.code_label = QLabel(self)
        self.code_label.setObjectName("dossierCode")
        make_bold(self.code_label)
        self.code_label.setStyleSheet("color: #1b5e20;")
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bar.addWidget(self.code_label, 1)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveButton")
        self.save_button.clicked.connect(self.save)
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("printReceiptButton")
        self.print_button.clicked.connect(self.print_receipt)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newButton")
        self.new_button.clicked.connect(self.new_dossier)
        for button in (self.save_button, self.print_button, self.new_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            bar.addWidget(button)
        root.addLayout(bar)
        self._sync_buttons()
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self._show_form_title()
        self.due_box.setTitle(self.tr("Hẹn trả kết quả"))
        self.delivery_caption.setText(self.tr("Nhận kết quả"))
        self.delivery.setItemText(0, self.tr("Tại Bộ phận Một cửa"))
        self.delivery.setItemText(1, self.tr("Qua bưu chính công ích"))
        self.delivery.setItemText(2, self.tr("Trực tuyến"))
        self.save_button.setText(self.tr("Lưu hồ sơ (Ctrl+S)"))
        self.print_button.setText(self.tr("In giấy tiếp nhận (Ctrl+P)"))
        self.new_button.setText(self.tr("Hồ sơ mới (Ctrl+N)"))
        if self.saved_dossier is not None:
            self.code_label.setText(self.tr("Mã hồ sơ: {code}").format(code=self.saved_dossier.code))

    def _show_procedure_parts(self, visible: bool) -> None:
        self.checklist.setVisible(visible)
        self.fee_strip.setVisible(visible)

    def _show_form_title(self) -> None:
        if self.procedure is None:
            self.form_title.setText(self.tr("Chọn thủ tục để hiện tờ khai."))
        else:
            self.form_title.setText(self.tr("Tờ khai: {title} — {code}").format(
                title=self.procedure.form.title, code=self.procedure.code))

    def focus_first(self) -> None:
        """Where the main window puts the caret when the page opens (Alt+1)."""
        if self.saved_dossier is not None:
            self.setFocus()
        elif self.procedure is None and self.applicant_panel.person.text("full_name"):
            self.picker.focus_search()
        elif self.procedure is not None:
            self._focus_next_step()
        else:
            self.applicant_panel.person.lines["full_name"].setFocus()

    def _build_actions(self) -> None:
        def action(sequence: QKeySequence | QKeySequence.StandardKey | str, slot: Callable[[], object]) -> QAction:
            act = QAction(self)
            act.setShortcut(QKeySequence(sequence))
            # Only while this page (or a child) has focus: the main window may hold other pages.
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(lambda _checked=False: slot())
            self.addAction(act)
            return act

        self.save_action = action(QKeySequence.StandardKey.Save, self.save)
        self.print_action = action(QKeySequence.StandardKey.Print, self.print_receipt)
        self.new_action = action(QKeySequence.StandardKey.New, self.new_dossier)
        self.find_action = action("F3", self.picker.focus_search)

    # -- catalogue, usage, calendar -----------------------------------------------------------------
    def _catalogue_ready(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self.picker.set_catalogue(catalogue)
        self.load_usage()

    def load_usage(self) -> None:
        if self.catalogue is None:
            return
        codes = [p.code for p in self.catalogue.procedures]
        since = now_vn() - USAGE_WINDOW
        self.services.db(lambda store: desk_usage(store, codes, since), parent=self).success(
            self._usage_loaded).failure(lambda e: log.warning("usage counts not loaded: %s", type(e).__name__)).run()

    def _usage_loaded(self, usage: dict[str, int]) -> None:
        self._usage = usage
        self.picker.set_usage(usage)

    def _calendar_ready(self, calendar: WorkingCalendar) -> None:
        self.calendar = calendar
        self._update_due()

    def _on_changes(self, changes: Changes) -> None:
        if changes.source == "sync" and changes.lists:
            self.load_usage()  # reference data or dossiers came in; counts may have moved

    # -- scanning -----------------------------------------------------------------------------------
    def accept_scan(self, payload: str) -> None:
        """A QR payload from any scanner, at any moment: parse in the background and fill the applicant."""
        if self._saving:
            # The dossier being saved keeps its applicant: this card is for the next one.
            self._scan_waiting = payload
            self.banner.show_message(self.tr("Đang lưu hồ sơ; thẻ vừa quét sẽ mở hồ sơ mới ngay sau đó."), Level.INFO)
            return
        if self.saved_dossier is not None:
            self._reset()  # the next citizen: the saved dossier stays in the store and the dossier desk
        self.services.op(lambda: read_scan(payload), parent=self,
                         description=self.tr("Đang đọc mã QR…")).success(self._scanned).run()

    def _scanned(self, outcome: ScanOutcome) -> None:
        if outcome.card is None:
            message = translate_message(outcome.error.message) if outcome.error is not None else ""
            self.banner.show_message(self.tr("Không đọc được thẻ: {message}").format(message=message), Level.ERROR)
            log.info("ID-card scan refused (%s)", outcome.error.kind if outcome.error else "unknown")
            return
        section = self.applicant_panel.fill_from_card(outcome.card)
        if outcome.repaired:
            self.banner.show_message(
                self.tr("Mã QR bị bộ gõ tiếng Việt làm sai nhưng đã sửa được chắc chắn; hãy kiểm tra lại họ tên. "
                        "Nên chuyển bộ gõ sang tiếng Anh (chế độ E) hoặc đặt máy quét ở chế độ USB-COM."),
                Level.WARNING)
        else:
            self.banner.show_message(self.tr("Đã đọc thẻ căn cước: {name}").format(name=outcome.card.full_name),
                                     Level.SUCCESS)
        if section == "applicant":
            self._focus_next_step()

    def _applicant_changed(self) -> None:
        if self.form is not None:
            self.form.prefill(self.applicant_panel.applicant())

    def _focus_next_step(self) -> None:
        if self.procedure is None:
            self.picker.focus_search()
            return
        assert self.form is not None
        if not self.form.focus_next_needed(None):
            self.checklist.list.setFocus()

    # -- procedure and form -------------------------------------------------------------------------
    def choose_procedure(self, procedure: Procedure) -> None:
        if self.saved_dossier is not None:
            return
        previous = self.form.raw_values() if self.form is not None else {}
        self.procedure = procedure
        if self.picker.current is not procedure:
            self.picker.show_chosen(procedure)
        self._show_procedure_parts(True)
        self._show_form_title()
        form = SchemaForm(procedure.form)
        form.changed.connect(self._update_live)
        form.completed.connect(lambda: self.checklist.list.setFocus())
        form.set_values({k: v for k, v in previous.items() if k in form.editors and v not in (None, "")})
        form.prefill(self.applicant_panel.applicant())
        old = self.form_scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.form_scroll.setWidget(form)
        self.form = form
        # The form is built after the rest of the page: put its fields between the search and the papers.
        widgets = [form.editors[f.key].widget for f in sorted(procedure.form.fields, key=lambda f: f.order)]
        chain = [self.picker.search, *widgets, self.checklist.list]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        self.checklist.set_documents(procedure.documents)
        self.fee_panel.set_rule(procedure.fee)
        self._update_live()
        self._focus_next_step()

    # -- live fee and appointment -------------------------------------------------------------------
    def _update_live(self) -> None:
        if self.procedure is None or self.form is None:
            return
        values, _errors = self.form.clean()
        self.fee_panel.update_quote(values, now_vn().date())
        self._update_due()

    def _update_due(self) -> None:
        if self.procedure is None or self.form is None or self.saved_dossier is not None:
            return
        self._due_seq += 1
        seq = self._due_seq
        procedure, values = self.procedure, self.form.clean()[0]
        profile, calendar, received = self.services.profile, self.calendar or WorkingCalendar(), now_vn()
        self.services.op(lambda: appointment(procedure, values, received, profile, calendar), parent=self).success(
            lambda deadline: self._show_due(seq, deadline.due_at)).failure(
            lambda error: self._show_due_error(seq, error)).run()

    def _show_due(self, seq: int, due: datetime | None) -> None:
        if seq != self._due_seq or due is None:
            return
        time_text = tr_domain(self.procedure.processing_time_for(self.form.clean()[0]).describe()) \
            if self.procedure is not None and self.form is not None else ""
        self.due_label.setText(self.tr("{when}\n(thời hạn: {time}; tính nếu tiếp nhận bây giờ)").format(
            when=appointment_text(due, tr_domain), time=time_text))

    def _show_due_error(self, seq: int, error: BaseException) -> None:
        if seq == self._due_seq:
            self.due_label.setText(failure_text(error))

    # -- documents ----------------------------------------------------------------------------------
    def _attach_scan(self, row: int) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Chọn bản quét giấy tờ"), "", self.tr("Ảnh hoặc PDF (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"))
        if paths:
            self.attach_files(row, list(paths))

    def attach_files(self, row: int, paths: list[str]) -> None:
        """The pages of one paper (pictures or PDFs, in order) become one small PDF (desktop/scanning), stored
        encrypted at rest in the background; the checklist line is then ticked and shows the scan."""
        from desktop.scanning.documents import PaperAssembler, ScannedDocument

        line = self.checklist.lines[row]
        assembler = PaperAssembler(self.services.runner, item_id=str(row), parent=self)
        assembler.failed.connect(lambda _kind, message: self.banner.show_message(
            self.tr("Chưa đính kèm được bản quét: {message}").format(message=message), Level.ERROR))
        self._assemblers.append(assembler)

        def store_document(document: ScannedDocument) -> None:
            name = f"{line.required.name[:60]}.pdf"
            self.services.db(
                lambda store: store.add_attachment(document.pdf, mime="application/pdf", original_name=name,
                                                   sensitive=True).sha256,
                parent=self, description=self.tr("Đang lưu bản quét…"),
            ).success(lambda sha: self._attached(row, sha, document.pages)).run()
            self._assemblers.remove(assembler)

        assembler.document_ready.connect(store_document)
        if assembler.add_files(paths):
            assembler.finish()
        else:
            self._assemblers.remove(assembler)

    def _attached(self, row: int, sha256: str, pages: int) -> None:
        self.checklist.add_attachment(row, sha256)
        self.banner.show_message(self.tr("Đã đính kèm bản quét ({pages} trang).").format(pages=pages), Level.SUCCESS)

    # -- save ---------------------------------------------------------------------------------------
    def draft(self) -> Dossier | None:
        """The dossier as entered, or None after showing what is missing (inline, and focusing it)."""
        if self.procedure is None or self.form is None:
            self.banner.show_message(self.tr("Chưa chọn thủ tục: gõ tên thủ tục rồi bấm Enter."), Level.ERROR)
            self.picker.focus_search()
            return None
        applicant_problems = self.applicant_panel.problems()
        if applicant_problems:
            first = applicant_problems[0]
            self.banner.show_message(self.tr("Thông tin người nộp chưa đúng: {problem}").format(problem=first.text),
                                     Level.ERROR)
            section, _, key = first.field.rpartition(".")
            fields = self.applicant_panel.authorised if section else self.applicant_panel.person
            fields.first_widget(key or first.field).setFocus()
            return None
        errors = self.form.show_all_errors()
        if errors:
            self.banner.show_message(self.tr("Tờ khai còn {n} chỗ cần sửa: {first}").format(
                n=len(errors), first=translate_message(errors[0].message)), Level.ERROR)
            self.form.editors[errors[0].key].widget.setFocus()
            return None
        missing = self.checklist.missing_mandatory()
        if missing:
            self.banner.show_message(self.tr("Còn thiếu giấy tờ bắt buộc: {names}. Nếu công dân chưa đủ, hãy hướng "
                                             "dẫn bổ sung thay vì tiếp nhận.").format(names="; ".join(missing)),
                                     Level.ERROR)
            self.checklist.list.setFocus()
            return None
        values, _ = self.form.clean()
        received = now_vn()
        quote = self.fee_panel.update_quote(values, received.date())
        if quote is None and self.fee_panel.error:
            self.banner.show_message(self.fee_panel.error, Level.ERROR)
            return None
        procedure = self.procedure
        catalogue_version = self.catalogue.version if self.catalogue is not None else ""
        return Dossier(
            code="",
            procedure_code=procedure.code,
            procedure_name=procedure.name,
            catalogue_version=catalogue_version,
            applicant=self.applicant_panel.applicant(),
            received_at=received,
            due_at=None,  # computed with the store's calendar in the save job
            status=DossierStatus.RECEIVED,
            channel=Channel.AT_DESK,
            agency_code=self.services.profile.agency_code,
            field_code=procedure.field_code,
            field_name=procedure.field_name,
            form_data=values,
            documents=self.checklist.items(),
            fee=quote.amount if quote is not None else 0,
            authorised_by=self.applicant_panel.authorised_person(),
            result_delivery=str(self.delivery.currentData()),
            summary=procedure.name,
        )

    def save(self) -> None:
        if self._saving:
            return
        if self.saved_dossier is not None:
            self.banner.show_message(self.tr("Hồ sơ {code} đã được lưu. Ctrl+P để in lại giấy tiếp nhận, Ctrl+N để "
                                             "nhập hồ sơ mới.").format(code=self.saved_dossier.code), Level.INFO)
            return
        draft = self.draft()
        if draft is None:
            return
        procedure, profile, actor = self.procedure, self.services.profile, self.services.actor
        assert procedure is not None
        calendar = self.calendar
        role = getattr(getattr(self.services.official, "role", None), "value", "reception")

        def save_job(store: Any) -> Dossier:
            deadline = appointment(procedure, draft.form_data, draft.received_at, profile,
                                   calendar or desk_calendar(store))
            return store.save_new(replace(draft, due_at=deadline.due_at), actor=actor, role=role)  # type: ignore[no-any-return]

        self._saving = True
        self._sync_buttons()
        self.banner.show_message(self.tr("Đang lưu hồ sơ…"), Level.INFO)
        self.services.change(
            save_job,
            changes=lambda d: Changes.dossiers([d.uuid], source="save", origin=self),
            parent=self,
            description=self.tr("Đang lưu hồ sơ…"),
        ).success(self._saved).failure(self._save_failed).run()

    def _saved(self, dossier: Dossier) -> None:
        self._saving = False
        self.saved_dossier = dossier
        self.receipt_printed = False
        self._usage[dossier.procedure_code] = self._usage.get(dossier.procedure_code, 0) + 1
        self.picker.set_usage(self._usage)
        self.code_label.setText(self.tr("Mã hồ sơ: {code}").format(code=dossier.code))
        due = dossier.effective_due_at
        self.due_label.setText(appointment_text(due, tr_domain) if due is not None else "—")
        self.banner.show_message(self.tr("Đã lưu hồ sơ {code}. Hẹn trả: {due}. Ctrl+P để in giấy tiếp nhận.").format(
            code=dossier.code, due=appointment_text(due, tr_domain) if due is not None else "—"), Level.SUCCESS)
        log.info("dossier saved %s (%s)", dossier.code, dossier.procedure_code)
        self._set_editable(False)
        self.setFocus()
        self.saved.emit(dossier)
        self.show_receipt()
        waiting, self._scan_waiting = self._scan_waiting, None
        if waiting is not None:
            self.accept_scan(waiting)

    def _save_failed(self, error: BaseException) -> None:
        self._saving = False
        self._sync_buttons()
        message = self.tr("Chưa lưu được hồ sơ: {message}").format(message=failure_text(error))
        if self._scan_waiting is not None:
            self._scan_waiting = None  # the unsaved dossier stays on screen; its applicant must not change
            message += " " + self.tr("Thẻ quét trong lúc lưu chưa được dùng: hãy quét lại sau.")
        self.banner.show_message(message, Level.ERROR)
        if not isinstance(error, MotcuaError):
            log.error("saving a dossier failed", exc_info=error)

    # -- receipt ------------------------------------------------------------------------------------
    def show_receipt(self) -> None:
        """Render the receipt in the background and open its preview (a reprint once it was printed)."""
        dossier = self.saved_dossier
        if dossier is None or self.procedure is None:
            return
        from desktop.reception.receipt import receipt_document

        reprint_at = now_vn() if self.receipt_printed else None
        profile, layout = self.services.profile, self.services.layout
        officer = getattr(self.services.official, "display_name", "") or ""
        time_text = self.procedure.processing_time_text or self.procedure.processing_time_for(
            dossier.form_data).describe()
        self.form_printer.open(
            lambda: receipt_document(dossier, profile, layout, processing_time=time_text, officer_name=officer,
                                     reprint_at=reprint_at),
            dossier_uuid=dossier.uuid, form="01", reprint=reprint_at is not None,
            description=self.tr("Đang tạo giấy tiếp nhận…"))

    def _receipt_printed(self, _form: str, _reprint: bool) -> None:
        dossier = self.saved_dossier
        if dossier is None:
            return
        self.receipt_printed = True
        self.setFocus()
        self.banner.show_message(self.tr("Đã in giấy tiếp nhận hồ sơ {code}. Ctrl+N để nhập hồ sơ mới.").format(
            code=dossier.code), Level.SUCCESS)
        self.printed.emit(dossier.code)

    def print_receipt(self) -> None:
        if self.saved_dossier is None:
            self.banner.show_message(self.tr("Hãy lưu hồ sơ (Ctrl+S) trước khi in giấy tiếp nhận."), Level.WARNING)
            return
        if not self.form_printer.print_now():
            self.show_receipt()

    # -- new dossier --------------------------------------------------------------------------------
    def has_unsaved_work(self) -> bool:
        if self.saved_dossier is not None:
            return False
        applicant = self.applicant_panel.applicant()
        return bool(applicant.full_name or applicant.id_number or self.procedure is not None)

    def new_dossier(self) -> None:
        """Ctrl+N. Unsaved work is only dropped on a second Ctrl+N (said in the banner, no dialog)."""
        if self.has_unsaved_work() and not self._confirm_discard:
            self._confirm_discard = True
            self.banner.show_message(self.tr("Hồ sơ đang nhập chưa được lưu. Bấm Ctrl+N lần nữa để bỏ và nhập hồ sơ "
                                             "mới, hoặc Ctrl+S để lưu."), Level.WARNING)
            return
        self._reset()
        self.banner.clear_message()
        self.applicant_panel.person.lines["full_name"].setFocus()

    def _reset(self) -> None:
        self._confirm_discard = False
        self.saved_dossier = None
        self.receipt_printed = False
        self.procedure = None
        old = self.form_scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.form = None
        self._show_form_title()
        self.applicant_panel.clear()
        self.checklist.clear()
        self.fee_panel.set_rule(None)
        self.fee_panel.update_quote({}, now_vn().date())
        self.due_label.setText("—")
        self.code_label.clear()
        self.delivery.setCurrentIndex(0)
        self.picker.reset()
        self._show_procedure_parts(False)
        self._set_editable(True)

    def _set_editable(self, editable: bool) -> None:
        for widget in (self.applicant_panel, self.picker, self.checklist, self.fee_panel, self.due_box):
            widget.setEnabled(editable)
        if self.form is not None:
            self.form.setEnabled(editable)
        self._sync_buttons()

    def _sync_buttons(self) -> None:
        saved = self.saved_dossier is not None
        self.save_button.setEnabled(not saved and not self._saving)
        self.print_button.setEnabled(saved)
