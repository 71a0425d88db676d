"""The dossier desk's filters, as plain values turned into the store's `DossierFilter`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from enum import StrEnum

from forms.clock import VN_TZ, as_vn
from forms.dossier import SyncState
from forms.i18n import N_
from forms.status import DossierStatus
from sync.store.models import DossierFilter, DueState


class QuickFilter(StrEnum):
    ALL = "all"
    DUE_TODAY = "due_today"  # unfinished, due later today
    OVERDUE = "overdue"  # unfinished, due time passed
    NOT_SYNCED = "not_synced"  # changes waiting for the portal, or refused by it
    CONFLICTS = "conflicts"  # desk and portal disagree: the conflict inbox decides

    @property
    def label(self) -> str:
        return QUICK_LABELS[self]


QUICK_LABELS: dict[QuickFilter, str] = {
    QuickFilter.ALL: N_("Tất cả"),
    QuickFilter.DUE_TODAY: N_("Đến hạn hôm nay"),
    QuickFilter.OVERDUE: N_("Quá hạn"),
    QuickFilter.NOT_SYNCED: N_("Chưa đồng bộ"),
    QuickFilter.CONFLICTS: N_("Có xung đột"),
}


@dataclass(frozen=True)
class DeskQuery:
    """What the official asked the list for: search text, one quick filter, one status (None = any)."""

    text: str = ""
    quick: QuickFilter = QuickFilter.ALL
    status: DossierStatus | None = None

    def to_filter(self, now: datetime) -> DossierFilter | None:
        statuses = frozenset({self.status}) if self.status is not None else None
        local = as_vn(now)
        if self.quick is QuickFilter.DUE_TODAY:
            end_of_day = datetime.combine(local.date() + timedelta(days=1), time(0, 0), tzinfo=VN_TZ)
            return DossierFilter(statuses=statuses, due_state=DueState.DUE_SOON,
                                 due_soon_within=end_of_day - local, now=local)
        if self.quick is QuickFilter.OVERDUE:
            return DossierFilter(statuses=statuses, due_state=DueState.OVERDUE, now=local)
        if self.quick is QuickFilter.NOT_SYNCED:
            return DossierFilter(statuses=statuses, sync_states=frozenset({SyncState.PENDING, SyncState.REJECTED}))
        if self.quick is QuickFilter.CONFLICTS:
            return DossierFilter(statuses=statuses, sync_states=frozenset({SyncState.CONFLICT}))
        return DossierFilter(statuses=statuses) if statuses is not None else None
