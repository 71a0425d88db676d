"""The appointment date shown live at the counter and stored with the dossier (domain.md §5).

Pure helpers around `forms.deadlines`, run in the background (the holiday calendar of a new year takes a
moment to build). The province's calendar overrides come from the store's reference data.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from forms.calendar import WorkingCalendar, overrides_from_document
from forms.catalogue import Procedure
from forms.clock import as_vn
from forms.deadlines import Deadline, OfficeHours, compute_deadline
from forms.desk import DeskProfile
from forms.i18n import N_


def desk_calendar(store: Any) -> WorkingCalendar:
    """The national calendar with the province's overrides, if the portal sent any (DB thread)."""
    reference = store.get_reference("calendar")
    document = reference.document if reference is not None else None
    return WorkingCalendar(overrides_from_document(document))


def appointment(procedure: Procedure, form_data: Mapping[str, Any], received_at: datetime,
                profile: DeskProfile, calendar: WorkingCalendar) -> Deadline:
    """The deadline of a dossier of `procedure` received at `received_at` (the form may pick a variant)."""
    return compute_deadline(received_at, procedure.processing_time_for(form_data), calendar=calendar,
                            hours=OfficeHours.from_desk(profile))


_WEEKDAYS = (N_("Thứ Hai"), N_("Thứ Ba"), N_("Thứ Tư"), N_("Thứ Năm"), N_("Thứ Sáu"), N_("Thứ Bảy"),
             N_("Chủ Nhật"))


def appointment_text(due: datetime, translate: Callable[[str], str] = lambda text: text) -> str:
    """"17:00 Thứ Hai 28/04/2025": the hour first, as officials say it to the citizen."""
    local = as_vn(due)
    return f"{local:%H:%M} {translate(_WEEKDAYS[local.weekday()])} {local:%d/%m/%Y}"
