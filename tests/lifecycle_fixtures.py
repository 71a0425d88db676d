"""Dossiers and valid action details for lifecycle tests."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from forms.clock import VN_TZ
from forms.dossier import Applicant, Dossier
from forms.lifecycle import Action, SatisfactionLevel
from forms.status import Channel, DossierStatus

RECEIVED_AT = datetime(2025, 5, 5, 9, 0, tzinfo=VN_TZ)  # a Monday
DUE_AT = datetime(2025, 5, 12, 17, 0, tzinfo=VN_TZ)  # the next Monday


def dossier(status: DossierStatus = DossierStatus.RECEIVED, **changes: Any) -> Dossier:
    online = status is DossierStatus.NEW_ONLINE
    values: dict[str, Any] = {
        "code": "000.00.12.H49-250505-0001",
        "procedure_code": "1.001193",
        "procedure_name": "Đăng ký khai sinh",
        "catalogue_version": "2025.05-1",
        "applicant": Applicant(full_name="Nguyễn Văn An", id_number="001090123456"),
        "received_at": RECEIVED_AT,
        "due_at": None if online else DUE_AT,
        "status": status,
        "channel": Channel.ONLINE if online else Channel.AT_DESK,
    }
    values.update(changes)
    return Dossier(**values)


def valid_details(action: Action) -> dict[str, Any]:
    """Keyword arguments that satisfy every rule of `action` for a dossier made by `dossier()`."""
    details: dict[str, Any] = {"reason": "Thiếu bản sao giấy chứng sinh"}
    if action is Action.RECEIVE:
        details["due_at"] = DUE_AT
    elif action is Action.RESCHEDULE:
        details["new_due_at"] = DUE_AT + timedelta(days=7)
    elif action is Action.RETURN_RESULT:
        details.update(id_checked=True, rating=SatisfactionLevel.VERY_SATISFIED)
    return details


def moment_for(action: Action) -> datetime:
    # Early enough for an apology (≥ 1 working day before the due date).
    return RECEIVED_AT + timedelta(hours=2) if action is Action.RESCHEDULE else RECEIVED_AT + timedelta(days=1)
