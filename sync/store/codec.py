"""Mapping between the domain values of `forms.dossier` and database rows / JSON documents.

This is the only place that knows how a `Dossier` is laid out in SQLite (`dossier_to_row`,
`dossier_from_row`) and as a JSON document (`dossier_to_dict`, `dossier_from_dict`; used in outbox payloads,
conflicts and by the sync engine). `forms/` never sees a row.

Datetimes are stored as fixed-width ISO 8601 text in Vietnamese local time with microseconds
(`2025-07-15T09:30:00.000000+07:00`), so that comparing the text compares the instants and an index on the
column serves range filters. JSON values that plain JSON cannot hold (dates and datetimes inside form data)
are tagged (`{"$date": "…"}`) so they come back with their type.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import date, datetime
from types import MappingProxyType
from typing import Any

from forms.clock import as_vn
from forms.dossier import (
    Applicant,
    ApplicantKind,
    AuthorisedPerson,
    DocumentItem,
    Dossier,
    DossierEvent,
    Provenance,
    SyncState,
)
from forms.status import Channel, DossierStatus
from forms.text import fold

# ---------------------------------------------------------------------------------------------- scalars


def dt_to_db(value: datetime | None) -> str | None:
    if value is None:
        return None
    return as_vn(value).isoformat(timespec="microseconds")


def dt_from_db(value: str | None) -> datetime | None:
    if value is None:
        return None
    return as_vn(datetime.fromisoformat(value))


def date_to_db(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def date_from_db(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


def _tag(value: Any) -> Any:
    if isinstance(value, datetime):
        return {"$datetime": dt_to_db(value)}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    if isinstance(value, Mapping):
        return {str(k): _tag(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_tag(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return [_tag(v) for v in sorted(value, key=repr)]
    return value


def _untag(value: Any) -> Any:
    if isinstance(value, dict):
        if len(value) == 1:
            if "$datetime" in value:
                return dt_from_db(value["$datetime"])
            if "$date" in value:
                return date.fromisoformat(value["$date"])
        return {k: _untag(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_untag(v) for v in value]
    return value


def _encode_other(value: Any) -> Any:
    if isinstance(value, datetime):
        return {"$datetime": dt_to_db(value)}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    if isinstance(value, Mapping):
        return dict(value)
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=repr)
    raise TypeError(f"not storable as JSON: {type(value).__name__}")


# The C encoder walks the value and calls back only for what JSON lacks (as `_tag` does, without a Python-level
# walk of every value: this is on every save's path).
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), sort_keys=True, default=_encode_other)


def json_dumps(value: Any) -> str:
    """Compact JSON of a value that may hold dates, datetimes, enums, tuples and read-only mappings."""
    return _ENCODER.encode(value)


def _untag_object(value: dict[str, Any]) -> Any:
    # `_untag` for one JSON object, as the C decoder's object hook: called bottom-up once per object instead
    # of a Python walk over every value afterwards (a push reads thousands of outbox payloads a second).
    if len(value) == 1:
        if "$datetime" in value:
            return dt_from_db(value["$datetime"])
        if "$date" in value:
            return date.fromisoformat(value["$date"])
    return value


_TAG_DECODER = json.JSONDecoder(object_hook=_untag_object)


def json_loads(text: str | None) -> Any:
    """The value `json_dumps` wrote: tagged dates and datetimes come back as `date` and `datetime`."""
    if text is None or text == "":
        return None
    return _TAG_DECODER.decode(text)


def _frozen(value: Mapping[str, Any] | None) -> Mapping[str, Any]:
    return MappingProxyType(dict(value or {}))


# ---------------------------------------------------------------------------------------------- parts


def document_to_dict(item: DocumentItem) -> dict[str, Any]:
    """One checklist line; values equal to the defaults are left out (a million dossiers' worth of bytes)."""
    value: dict[str, Any] = {"name": item.name}
    if item.copies != 1:
        value["copies"] = item.copies
    if item.form != "original":
        value["form"] = item.form
    if item.received:
        value["received"] = True
    if item.attachment_sha256:
        value["attachment_sha256"] = list(item.attachment_sha256)
    return value


def document_from_dict(raw: Mapping[str, Any]) -> DocumentItem:
    return DocumentItem(
        name=str(raw["name"]),
        copies=int(raw.get("copies", 1)),
        form=str(raw.get("form", "original")),
        received=bool(raw.get("received", False)),
        attachment_sha256=tuple(str(h) for h in raw.get("attachment_sha256", ())),
    )


def authorised_to_dict(person: AuthorisedPerson | None) -> dict[str, Any] | None:
    if person is None:
        return None
    return {
        "full_name": person.full_name,
        "id_number": person.id_number,
        "address": person.address,
        "phone": person.phone,
        "email": person.email,
        "authorisation_paper": person.authorisation_paper,
    }


def authorised_from_dict(raw: Mapping[str, Any] | None) -> AuthorisedPerson | None:
    if raw is None:
        return None
    return AuthorisedPerson(
        full_name=str(raw["full_name"]),
        id_number=raw.get("id_number"),
        address=raw.get("address"),
        phone=raw.get("phone"),
        email=raw.get("email"),
        authorisation_paper=raw.get("authorisation_paper"),
    )


def provenance_to_dict(values: Mapping[str, Provenance]) -> dict[str, str]:
    return {str(k): Provenance(v).value for k, v in values.items()}


def provenance_from_dict(raw: Mapping[str, Any] | None) -> Mapping[str, Provenance]:
    return _frozen({str(k): Provenance(v) for k, v in (raw or {}).items()})


# ---------------------------------------------------------------------------------------------- search


_DIGITS = re.compile(r"\D+")


def search_text(dossier: Dossier) -> str:
    """The folded text the full-text index holds for a dossier (domain.md §9).

    Code, applicant name, ID numbers, phone (also as bare digits, so "0912345678" finds "0912 345 678"),
    procedure name and code. Folded: no diacritics, đ → d, lower case.
    """
    applicant = dossier.applicant
    parts = [
        dossier.code,
        applicant.full_name,
        applicant.id_number or "",
        applicant.old_id_number or "",
        applicant.phone or "",
        _DIGITS.sub("", applicant.phone or ""),
        dossier.procedure_name,
        dossier.procedure_code,
    ]
    return fold(" ".join(p for p in parts if p))


# ---------------------------------------------------------------------------------------------- rows

# The columns of `dossiers` that `dossier_to_row` fills, in table order (id is the local row id).
DOSSIER_COLUMNS: tuple[str, ...] = (
    "uuid", "code", "procedure_code", "procedure_name", "catalogue_version",
    "applicant_kind", "applicant_name", "applicant_id_number", "applicant_old_id_number",
    "applicant_birth_date", "applicant_sex", "applicant_address", "applicant_phone", "applicant_email",
    "applicant_raw_qr", "applicant_provenance", "authorised_by",
    "form_data", "documents", "fee", "sets", "result_delivery", "summary", "note",
    "received_at", "due_at", "rescheduled_due_at", "finished_at", "returned_at",
    "status", "channel", "agency_code", "field_code", "field_name",
    "revision", "sync_state", "training", "updated_at", "search_text",
)


def dossier_to_row(dossier: Dossier, *, updated_at: datetime) -> dict[str, Any]:
    a = dossier.applicant
    return {
        "uuid": dossier.uuid,
        "code": dossier.code,
        "procedure_code": dossier.procedure_code,
        "procedure_name": dossier.procedure_name,
        "catalogue_version": dossier.catalogue_version,
        "applicant_kind": int(a.kind),
        "applicant_name": a.full_name,
        "applicant_id_number": a.id_number,
        "applicant_old_id_number": a.old_id_number,
        "applicant_birth_date": date_to_db(a.birth_date),
        "applicant_sex": a.sex,
        "applicant_address": a.address,
        "applicant_phone": a.phone,
        "applicant_email": a.email,
        "applicant_raw_qr": a.raw_qr,
        "applicant_provenance": json_dumps(provenance_to_dict(a.provenance)),
        "authorised_by": None if dossier.authorised_by is None else json_dumps(authorised_to_dict(dossier.authorised_by)),
        "form_data": json_dumps(dict(dossier.form_data)),
        "documents": json_dumps([document_to_dict(d) for d in dossier.documents]),
        "fee": int(dossier.fee),
        "sets": int(dossier.sets),
        "result_delivery": dossier.result_delivery,
        "summary": dossier.summary,
        "note": dossier.note,
        "received_at": dt_to_db(dossier.received_at),
        "due_at": dt_to_db(dossier.due_at),
        "rescheduled_due_at": dt_to_db(dossier.rescheduled_due_at),
        "finished_at": dt_to_db(dossier.finished_at),
        "returned_at": dt_to_db(dossier.returned_at),
        "status": int(dossier.status),
        "channel": int(dossier.channel),
        "agency_code": dossier.agency_code,
        "field_code": dossier.field_code,
        "field_name": dossier.field_name,
        "revision": int(dossier.revision),
        "sync_state": SyncState(dossier.sync_state).value,
        "training": int(bool(dossier.training)),
        "updated_at": dt_to_db(updated_at),
        "search_text": search_text(dossier),
    }


def dossier_from_row(row: Mapping[str, Any]) -> Dossier:
    """A `Dossier` from a `sqlite3.Row` (or mapping) of the dossiers table."""
    applicant = Applicant(
        full_name=row["applicant_name"],
        id_number=row["applicant_id_number"],
        kind=ApplicantKind(row["applicant_kind"]),
        old_id_number=row["applicant_old_id_number"],
        birth_date=date_from_db(row["applicant_birth_date"]),
        sex=row["applicant_sex"],
        address=row["applicant_address"],
        phone=row["applicant_phone"],
        email=row["applicant_email"],
        raw_qr=row["applicant_raw_qr"],
        provenance=provenance_from_dict(json_loads(row["applicant_provenance"])),
    )
    received_at = dt_from_db(row["received_at"])
    assert received_at is not None  # NOT NULL in the schema
    return Dossier(
        code=row["code"],
        procedure_code=row["procedure_code"],
        procedure_name=row["procedure_name"],
        catalogue_version=row["catalogue_version"],
        applicant=applicant,
        received_at=received_at,
        due_at=dt_from_db(row["due_at"]),
        status=DossierStatus(row["status"]),
        channel=Channel(row["channel"]),
        agency_code=row["agency_code"],
        field_code=row["field_code"],
        field_name=row["field_name"],
        form_data=_frozen(json_loads(row["form_data"])),
        documents=tuple(document_from_dict(d) for d in json_loads(row["documents"]) or ()),
        fee=int(row["fee"]),
        sets=int(row["sets"]),
        authorised_by=authorised_from_dict(json_loads(row["authorised_by"])),
        result_delivery=row["result_delivery"],
        summary=row["summary"],
        note=row["note"],
        finished_at=dt_from_db(row["finished_at"]),
        returned_at=dt_from_db(row["returned_at"]),
        rescheduled_due_at=dt_from_db(row["rescheduled_due_at"]),
        uuid=row["uuid"],
        revision=int(row["revision"]),
        sync_state=SyncState(row["sync_state"]),
        training=bool(row["training"]),
    )


EVENT_COLUMNS: tuple[str, ...] = (
    "uuid", "dossier_uuid", "action", "actor", "role", "at", "from_status", "to_status", "reason", "form",
    "changes",
)


def _event_fields(event: DossierEvent) -> dict[str, Any]:
    """The event's scalar fields, as both the events table and the outbox snapshot store them."""
    return {
        "uuid": event.uuid,
        "dossier_uuid": event.dossier_uuid,
        "action": event.action,
        "actor": event.actor,
        "role": event.role,
        "at": dt_to_db(event.at),
        "from_status": None if event.from_status is None else int(event.from_status),
        "to_status": None if event.to_status is None else int(event.to_status),
        "reason": event.reason,
        "form": event.form,
    }


def event_to_row(event: DossierEvent) -> dict[str, Any]:
    row = _event_fields(event)
    row["dossier_uuid"] = event.dossier_uuid or None  # desk-level events (sign-in, backup) have no dossier
    row["changes"] = json_dumps(dict(event.changes))
    return row


def event_from_row(row: Mapping[str, Any]) -> DossierEvent:
    at = dt_from_db(row["at"])
    assert at is not None
    return DossierEvent(
        dossier_uuid=row["dossier_uuid"] or "",
        action=row["action"],
        actor=row["actor"],
        at=at,
        from_status=None if row["from_status"] is None else DossierStatus(row["from_status"]),
        to_status=None if row["to_status"] is None else DossierStatus(row["to_status"]),
        role=row["role"],
        reason=row["reason"],
        changes=_frozen(json_loads(row["changes"])),
        form=row["form"],
        uuid=row["uuid"],
    )


# ---------------------------------------------------------------------------------------------- JSON documents


def dossier_to_dict(dossier: Dossier) -> dict[str, Any]:
    """A JSON-ready document of the whole dossier (outbox payloads, conflicts, `motcua dossier show`)."""
    a = dossier.applicant
    return {
        "uuid": dossier.uuid,
        "code": dossier.code,
        "procedure_code": dossier.procedure_code,
        "procedure_name": dossier.procedure_name,
        "catalogue_version": dossier.catalogue_version,
        "applicant": {
            "full_name": a.full_name,
            "id_number": a.id_number,
            "kind": int(a.kind),
            "old_id_number": a.old_id_number,
            "birth_date": date_to_db(a.birth_date),
            "sex": a.sex,
            "address": a.address,
            "phone": a.phone,
            "email": a.email,
            "raw_qr": a.raw_qr,
            "provenance": provenance_to_dict(a.provenance),
        },
        "authorised_by": authorised_to_dict(dossier.authorised_by),
        "form_data": _tag(dict(dossier.form_data)),
        "documents": [document_to_dict(d) for d in dossier.documents],
        "fee": dossier.fee,
        "sets": dossier.sets,
        "result_delivery": dossier.result_delivery,
        "summary": dossier.summary,
        "note": dossier.note,
        "received_at": dt_to_db(dossier.received_at),
        "due_at": dt_to_db(dossier.due_at),
        "rescheduled_due_at": dt_to_db(dossier.rescheduled_due_at),
        "finished_at": dt_to_db(dossier.finished_at),
        "returned_at": dt_to_db(dossier.returned_at),
        "status": int(dossier.status),
        "channel": int(dossier.channel),
        "agency_code": dossier.agency_code,
        "field_code": dossier.field_code,
        "field_name": dossier.field_name,
        "revision": dossier.revision,
        "sync_state": SyncState(dossier.sync_state).value,
        "training": dossier.training,
    }


def dossier_from_dict(raw: Mapping[str, Any]) -> Dossier:
    a = raw["applicant"]
    received_at = dt_from_db(raw["received_at"])
    if received_at is None:
        raise ValueError("received_at is required")
    return Dossier(
        code=str(raw["code"]),
        procedure_code=str(raw["procedure_code"]),
        procedure_name=str(raw["procedure_name"]),
        catalogue_version=str(raw["catalogue_version"]),
        applicant=Applicant(
            full_name=str(a["full_name"]),
            id_number=a.get("id_number"),
            kind=ApplicantKind(int(a.get("kind", 1))),
            old_id_number=a.get("old_id_number"),
            birth_date=date_from_db(a.get("birth_date")),
            sex=a.get("sex"),
            address=a.get("address"),
            phone=a.get("phone"),
            email=a.get("email"),
            raw_qr=a.get("raw_qr"),
            provenance=provenance_from_dict(a.get("provenance")),
        ),
        received_at=received_at,
        due_at=dt_from_db(raw.get("due_at")),
        status=DossierStatus(int(raw["status"])),
        channel=Channel(int(raw.get("channel", 1))),
        agency_code=str(raw.get("agency_code", "")),
        field_code=str(raw.get("field_code", "")),
        field_name=str(raw.get("field_name", "")),
        form_data=_frozen(_untag(raw.get("form_data") or {})),
        documents=tuple(document_from_dict(d) for d in raw.get("documents") or ()),
        fee=int(raw.get("fee", 0)),
        sets=int(raw.get("sets", 1)),
        authorised_by=authorised_from_dict(raw.get("authorised_by")),
        result_delivery=str(raw.get("result_delivery", "desk")),
        summary=str(raw.get("summary", "")),
        note=str(raw.get("note", "")),
        finished_at=dt_from_db(raw.get("finished_at")),
        returned_at=dt_from_db(raw.get("returned_at")),
        rescheduled_due_at=dt_from_db(raw.get("rescheduled_due_at")),
        uuid=str(raw["uuid"]),
        revision=int(raw.get("revision", 0)),
        sync_state=SyncState(raw.get("sync_state", SyncState.PENDING.value)),
        training=bool(raw.get("training", False)),
    )


def event_to_dict(event: DossierEvent) -> dict[str, Any]:
    return {**_event_fields(event), "changes": _tag(dict(event.changes))}


def event_from_dict(raw: Mapping[str, Any]) -> DossierEvent:
    at = dt_from_db(raw["at"])
    if at is None:
        raise ValueError("at is required")
    return DossierEvent(
        dossier_uuid=str(raw.get("dossier_uuid") or ""),
        action=str(raw["action"]),
        actor=str(raw["actor"]),
        at=at,
        from_status=None if raw.get("from_status") is None else DossierStatus(int(raw["from_status"])),
        to_status=None if raw.get("to_status") is None else DossierStatus(int(raw["to_status"])),
        role=str(raw.get("role", "")),
        reason=str(raw.get("reason", "")),
        changes=_frozen(_untag(raw.get("changes") or {})),
        form=raw.get("form"),
        uuid=str(raw["uuid"]),
    )


def diff(old: Dossier, new: Dossier) -> dict[str, list[Any]]:
    """Field-level changes between two versions of a dossier: {"applicant.phone": [old, new], …}.

    Bookkeeping fields (revision, sync state) are ignored; values are JSON-ready.
    """
    before = dossier_to_dict(old)
    after = dossier_to_dict(new)
    changes: dict[str, list[Any]] = {}
    for key in sorted(set(before) | set(after)):
        if key in ("revision", "sync_state"):
            continue
        if key == "applicant":
            for sub in sorted(set(before[key]) | set(after[key])):
                if before[key].get(sub) != after[key].get(sub):
                    changes[f"applicant.{sub}"] = [before[key].get(sub), after[key].get(sub)]
        elif before.get(key) != after.get(key):
            changes[key] = [before.get(key), after.get(key)]
    return changes
