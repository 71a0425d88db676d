"""Merge a portal version of a dossier into the desk's, field group by field group. Pure: no I/O.

Merge rule: the processing agency (the portal) wins for the status it set, the receiving desk wins for what it took in at the counter, and every clash is kept with both versions.

In detail: the status (with the processing end time that goes with it) comes from the portal unless a desk
transition is still waiting to be pushed — the push then settles it, as a conflict if the portal moved
meanwhile. The applicant, documents, form data, fee and dates belong to the desk that received the dossier
(`BanTiepNhan`); other desks take the holder's version unless they have edits of their own waiting, which
the push then reports as a conflict. Conflicts are stored by the engine with both versions
(`Store.add_conflict`); nothing is overwritten silently.
"""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any

from forms.dossier import Dossier
from sync.contract.wire import PortalDossier, comparable, dossier_to_wire

# Whoever sets the status sets these.
STATUS_FIELDS = ("status", "finished_at")
# What the receiving desk took in at its counter.
COUNTER_FIELDS = (
    "applicant", "authorised_by", "procedure_code", "procedure_name", "catalogue_version", "field_code",
    "field_name", "form_data", "documents", "fee", "sets", "result_delivery", "summary", "note", "received_at",
    "due_at", "rescheduled_due_at", "returned_at",
)
# Desk-only bookkeeping that never takes part in a comparison.
_LOCAL_ONLY = frozenset({"revision", "sync_state", "training"})


def same_on_the_wire(a: Dossier, b: Dossier) -> bool:
    """Equal in everything the contract carries (sub-second times, provenance and raw QR aside)."""
    return comparable(dossier_to_wire(a)) == comparable(dossier_to_wire(b))


def differing_fields(local: Dossier, remote: Dossier) -> list[str]:
    """Names of the dossier's fields whose wire form differs (what the conflict inbox highlights)."""
    result = []
    for f in fields(Dossier):
        if f.name in _LOCAL_ONLY:
            continue
        probe_local = replace(remote, **{f.name: getattr(local, f.name)})
        if not same_on_the_wire(probe_local, remote):
            result.append(f.name)
    return result


def merge_remote(local: Dossier | None, remote: PortalDossier, *, me: str | None, pending_transition: bool,
                 pending_edit: bool) -> Dossier:
    """The desk's dossier after taking in the portal's version `remote`.

    `me` is this desk's portal account; `pending_transition`/`pending_edit` say whether this desk still has
    a status change / other changes of this dossier waiting in its outbox.
    """
    if local is None:
        return remote.dossier
    changes: dict[str, Any] = {}
    if not pending_transition:
        changes.update({name: getattr(remote.dossier, name) for name in STATUS_FIELDS})
    if remote.holder != me and not pending_edit and not pending_transition:
        counter = {name: getattr(remote.dossier, name) for name in COUNTER_FIELDS}
        if not same_on_the_wire(replace(local, **counter), local):
            changes.update(counter)
    merged = replace(local, **changes)
    return local if merged == local else merged
