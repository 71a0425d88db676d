"""Plain values the store returns besides the domain's `Dossier` and `DossierEvent`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from forms.dossier import SyncState
from forms.status import Channel, DossierStatus


class DueState(StrEnum):
    """Where an unfinished dossier stands against its (possibly rescheduled) due time."""

    IN_TIME = "in_time"  # trong hạn: due later than the "due soon" window
    DUE_SOON = "due_soon"  # sắp đến hạn: due within the window (default 24 h)
    OVERDUE = "overdue"  # quá hạn: due time passed and not finished


@dataclass(frozen=True)
class DossierFilter:
    """Filters for `Store.list` / `Store.search` / `Store.count`. Every field left None means "any"."""

    statuses: frozenset[DossierStatus] | None = None
    received_from: date | datetime | None = None  # inclusive; a date means from its start
    received_to: date | datetime | None = None  # inclusive; a date means to its end
    due_state: DueState | None = None  # only unfinished dossiers (final statuses and finished ones excluded)
    due_soon_within: timedelta = timedelta(hours=24)
    sync_states: frozenset[SyncState] | None = None
    procedure_code: str | None = None
    channel: Channel | None = None
    training: bool | None = None
    now: datetime | None = None  # for due states; the store's clock when None


@dataclass(frozen=True)
class DossierSummary:
    """One row of a list or search: what the dossier desk shows without loading the whole dossier."""

    uuid: str
    code: str
    status: DossierStatus
    procedure_code: str
    procedure_name: str
    applicant_name: str
    applicant_id_number: str | None
    received_at: datetime
    due_at: datetime | None  # the due time in force: the rescheduled one when there is one
    sync_state: SyncState
    channel: Channel
    training: bool
    revision: int

    def to_json(self) -> dict[str, Any]:
        """The object `motcua dossier list|search --json` prints (keys are a stable interface)."""
        return {
            "code": self.code,
            "status": int(self.status),
            "procedure_code": self.procedure_code,
            "procedure_name": self.procedure_name,
            "applicant_name": self.applicant_name,
            "applicant_id_number": self.applicant_id_number,
            "received_at": self.received_at.isoformat(timespec="seconds"),
            "due_at": None if self.due_at is None else self.due_at.isoformat(timespec="seconds"),
            "sync_state": self.sync_state.value,
            "channel": int(self.channel),
            "training": self.training,
            "uuid": self.uuid,
        }


class OutboxState(StrEnum):
    PENDING = "pending"
    SENT = "sent"
    CONFLICT = "conflict"
    REJECTED = "rejected"


class PushOutcome(StrEnum):
    """What the portal said about one pushed event (the sync contract's per-item result)."""

    APPLIED = "applied"
    DUPLICATE = "duplicate"  # already applied earlier: idempotent success
    CONFLICT = "conflict"
    REJECTED = "rejected"
    RETRY = "retry"  # not decided (network, 5xx): stays pending, attempts + 1


@dataclass(frozen=True)
class OutboxItem:
    id: int
    event_uuid: str
    dossier_uuid: str
    kind: str  # "create" | "transition" | "edit" | "rating"
    payload: Mapping[str, Any]  # {"event": event document, "dossier": dossier document after the change}
    created_at: datetime
    state: OutboxState
    attempts: int
    last_error: str | None


@dataclass(frozen=True)
class PushResult:
    event_uuid: str
    outcome: PushOutcome
    reason: str = ""


@dataclass(frozen=True)
class Conflict:
    id: int
    dossier_uuid: str
    local: Mapping[str, Any]
    remote: Mapping[str, Any]
    fields: tuple[str, ...]
    detected_at: datetime
    resolved_at: datetime | None = None
    resolution: str | None = None
    resolved_by: str | None = None


@dataclass(frozen=True)
class AttachmentInfo:
    sha256: str
    size: int  # bytes of the original content
    mime: str
    encrypted: bool
    original_name: str
    created_at: datetime


@dataclass(frozen=True)
class Rating:
    """The citizen's satisfaction recorded at return (domain.md §7)."""

    level: int  # 1 … scale; on the 3-level counter scale 3 = rất hài lòng, 2 = hài lòng, 1 = không hài lòng
    scale: int = 3
    comment: str = ""
    criteria: Mapping[str, Any] = field(default_factory=dict)
    rated_at: datetime | None = None

    @property
    def satisfied(self) -> bool:
        """Counted as satisfied in the satisfaction rate (the top two levels)."""
        return self.level >= self.scale - 1


@dataclass(frozen=True)
class ReferenceDocument:
    kind: str  # "catalogue" | "calendar" | "agencies"
    version: str
    document: Any
    received_at: datetime
