"""Lifecycle actions of the dossier desk, as worker-side functions on plain values.

`perform_action` runs on the database thread: it re-reads the dossier, refuses if someone changed its status
since the official looked at it, applies `forms.lifecycle.apply` (the one transition table) and records the
new dossier and its event in one transaction (with the satisfaction rating at return). `render_form` runs on
the pool and renders the printed form the action requires (01–05) from the stored values, so the same
function serves a reprint.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from types import MappingProxyType
from typing import Any

from desktop.print_preview import FORM_TEMPLATES, PrintDocument
from desktop.reception.appointment import appointment, desk_calendar
from forms.catalogue import Catalogue, Procedure
from forms.clock import as_vn
from forms.deadlines import OfficeHours, Pause, compute_deadline
from forms.desk import DeskProfile
from forms.dossier import Dossier, DossierEvent
from forms.i18n import N_
from forms.lifecycle import Action, LifecycleError, PrintedForm, Role, apply, pauses_from_events
from sync.layout import DataLayout
from sync.store.models import Rating

FORM_TITLES: dict[str, str] = {
    PrintedForm.RECEIPT: N_("Giấy tiếp nhận hồ sơ và hẹn trả kết quả"),
    PrintedForm.SUPPLEMENT: N_("Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ"),
    PrintedForm.REFUSAL: N_("Phiếu từ chối tiếp nhận giải quyết hồ sơ"),
    PrintedForm.APOLOGY: N_("Phiếu xin lỗi và hẹn lại ngày trả kết quả"),
    PrintedForm.CONTROL: N_("Phiếu kiểm soát quá trình giải quyết hồ sơ"),
}


@dataclass(frozen=True)
class ActionRequest:
    """What the official entered in the action's dialog (plain values only)."""

    action: Action
    reason: str = ""
    note: str = ""  # supplement: the requirements, one per line (printed as the numbered list of form 02)
    to_unit: str = ""  # forward: the processing body
    amount: int | None = None  # request_payment
    new_due_at: datetime | None = None  # reschedule
    id_checked: bool = False  # return: the receiver's ID matched
    receiver: str = ""
    rating: int | None = None  # return: 1–3
    criteria: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    comment: str = ""  # kept only with the citizen's consent (optional personal data)
    comment_consent: bool = False


@dataclass(frozen=True)
class ActionOutcome:
    dossier: Dossier
    event: DossierEvent
    events: tuple[DossierEvent, ...]  # the whole trail after the action (the control slip needs it)


def procedure_of(catalogue: Catalogue | None, dossier: Dossier) -> Procedure | None:
    """The procedure as it was when the dossier was opened, else the current one, else None."""
    if catalogue is None:
        return None
    try:
        return catalogue.as_of(dossier.procedure_code, dossier.catalogue_version)
    except Exception:  # an older or foreign catalogue version: fall back to the current procedure
        return catalogue.find(dossier.procedure_code)


def _resumed_due(dossier: Dossier, events: Sequence[DossierEvent], at: datetime, procedure: Procedure | None,
                 profile: DeskProfile, calendar: Any) -> datetime | None:
    """The due date once the completed dossier is back: the wait for the supplement does not count."""
    if procedure is None or dossier.due_at is None:
        return None
    pauses = pauses_from_events(events)
    if pauses and pauses[-1].resumed_at is None:
        pauses[-1] = Pause(pauses[-1].paused_at, at)
    deadline = compute_deadline(dossier.received_at, procedure.processing_time_for(dossier.form_data),
                                calendar=calendar, hours=OfficeHours.from_desk(profile), pauses=pauses)
    return deadline.due_at


def perform_action(store: Any, uuid: str, seen_status: Any, request: ActionRequest, *, actor: str, role: Role,
                   profile: DeskProfile, catalogue: Catalogue | None) -> ActionOutcome:
    """Take the action on the stored dossier (database thread); nothing is written if anything refuses."""
    dossier: Dossier = store.get(uuid)
    if dossier.status != seen_status:
        raise LifecycleError("stale", N_("Hồ sơ {code} vừa chuyển sang trạng thái '{status}'; hãy xem lại trước khi "
                                         "thao tác."), code=dossier.code, status=dossier.status.label)
    at = store.now()
    calendar = desk_calendar(store)
    details: dict[str, Any] = {}
    if request.to_unit:
        details["to_unit"] = request.to_unit
    if request.note:
        details["note"] = request.note
    if request.amount is not None:
        details["amount"] = request.amount
    action = request.action
    if action is Action.RECEIVE:
        procedure = procedure_of(catalogue, dossier)
        if procedure is None:
            raise LifecycleError("procedure_unknown", N_("Danh mục không có thủ tục {code}; chưa tính được hạn trả"),
                                 code=dossier.procedure_code)
        details["due_at"] = appointment(procedure, dossier.form_data, at, profile, calendar).due_at
    elif action is Action.SUPPLEMENT_RECEIVED:
        due = _resumed_due(dossier, store.events(uuid), at, procedure_of(catalogue, dossier), profile, calendar)
        if due is not None:
            details["due_at"] = due
    elif action is Action.RESCHEDULE:
        details.update(new_due_at=request.new_due_at, calendar=calendar)
    elif action is Action.RETURN_RESULT:
        details.update(id_checked=request.id_checked, rating=request.rating, criteria=dict(request.criteria),
                       comment=request.comment if request.comment_consent else "")
        if request.receiver:
            details["receiver"] = request.receiver
    new, event = apply(dossier, action, actor=actor, role=role, at=at, reason=request.reason, **details)
    with store.transaction():
        stored: Dossier = store.record(new, event)
        if action is Action.RETURN_RESULT and request.rating is not None:
            criteria = {**dict(request.criteria), "comment_consent": request.comment_consent}
            stored = store.set_rating(uuid, Rating(level=request.rating, scale=3,
                                                   comment=request.comment.strip() if request.comment_consent else "",
                                                   criteria=criteria, rated_at=at),
                                      actor=actor, role=role.value)
    return ActionOutcome(stored, event, tuple(store.events(uuid)))


def _moment(value: Any) -> datetime | None:
    """A datetime recorded in an event (a datetime in memory, ISO text once read back from the store)."""
    if isinstance(value, datetime):
        return as_vn(value)
    if isinstance(value, str):
        try:
            return as_vn(datetime.fromisoformat(value))
        except ValueError:
            return None
    return None


def latest_event_with_form(events: Sequence[DossierEvent], form: str) -> DossierEvent | None:
    found = [e for e in events if e.form == form and e.action not in ("print", "reprint")]
    return found[-1] if found else None


def forms_printable(dossier: Dossier, events: Sequence[DossierEvent]) -> list[str]:
    """The forms this dossier can (re)print: its receipt, and each form an action of its trail required."""
    forms: list[str] = []
    if dossier.due_at is not None and dossier.code:
        forms.append(PrintedForm.RECEIPT.value)
    for form in (PrintedForm.SUPPLEMENT, PrintedForm.REFUSAL, PrintedForm.APOLOGY):
        if latest_event_with_form(events, form.value) is not None:
            forms.append(form.value)
    if any(e.action == Action.FORWARD.value for e in events):
        forms.append(PrintedForm.CONTROL.value)
    return forms


def earlier_prints(events: Sequence[DossierEvent], form: str) -> int:
    return sum(1 for e in events if e.action in ("print", "reprint") and e.changes.get("form") == form)


def render_form(form: str, dossier: Dossier, events: Sequence[DossierEvent], *, profile: DeskProfile,
                layout: DataLayout, procedure: Procedure | None, officer_name: str = "",
                reprint_at: datetime | None = None) -> PrintDocument:
    """The PDF of one form for this dossier (pool thread: the receipt reads the desk key from the keyring)."""
    from printing.documents import apology_pdf, control_pdf, refusal_pdf, supplement_pdf
    from printing.values import PaperDetails

    paper = PaperDetails(officer_name=officer_name)
    title = f"{FORM_TITLES[form]} — {dossier.code}"
    stem = f"{FORM_TEMPLATES[form]}-{dossier.code}"
    if form == PrintedForm.RECEIPT:
        from desktop.reception.receipt import receipt_document

        time_text = None
        if procedure is not None:
            time_text = procedure.processing_time_text or procedure.processing_time_for(dossier.form_data).describe()
        document = receipt_document(dossier, profile, layout, processing_time=time_text,
                                    officer_name=officer_name, reprint_at=reprint_at)
        return replace(document, title=title)
    event = latest_event_with_form(events, form)
    if form == PrintedForm.SUPPLEMENT:
        assert event is not None
        requirements = [line.strip() for line in str(event.changes.get("note", "")).splitlines() if line.strip()]
        pdf = supplement_pdf(dossier, profile, requirements=requirements or [event.reason], reason=event.reason,
                             contact_name=officer_name, paper=paper, reprint_at=reprint_at)
    elif form == PrintedForm.REFUSAL:
        assert event is not None
        reasons = [line.strip() for line in event.reason.splitlines() if line.strip()]
        pdf = refusal_pdf(dossier, profile, reasons=reasons, paper=paper, reprint_at=reprint_at)
    elif form == PrintedForm.APOLOGY:
        assert event is not None
        pdf = apology_pdf(dossier, profile, reason=event.reason, new_due_at=_moment(event.changes.get("new_due_at")),
                          paper=paper, reprint_at=reprint_at)
    else:
        body = procedure.competent_body if procedure is not None else None
        pdf = control_pdf(dossier, profile, events, processing_body=body, paper=paper, reprint_at=reprint_at)
    return PrintDocument(pdf=pdf, title=title, file_stem=stem)
