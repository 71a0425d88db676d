"""The desk-side merge rule, field group by field group (pure, no I/O)."""

from __future__ import annotations

import random
from dataclasses import replace
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from forms.clock import now_vn
from forms.dossier import Dossier, Provenance
from forms.status import DossierStatus
from sync.contract.wire import PortalDossier
from sync.merge import COUNTER_FIELDS, STATUS_FIELDS, differing_fields, merge_remote, same_on_the_wire
from tests.sync_fixtures import counter_dossier, dossiers

ME = "ban-1"


def local_dossier() -> Dossier:
    return replace(counter_dossier(random.Random(8)), code="000.00.12.H49-250715-0001",
                   status=DossierStatus.PROCESSING)


def remote_of(dossier: Dossier, *, holder: str | None, **changes: Any) -> PortalDossier:
    return PortalDossier(replace(dossier, **changes), revision=3, holder=holder)


def test_an_unknown_dossier_is_taken_whole() -> None:
    remote = remote_of(local_dossier(), holder=None)
    assert merge_remote(None, remote, me=ME, pending_transition=False, pending_edit=False) is remote.dossier


def test_the_portal_status_is_taken_unless_a_desk_transition_waits() -> None:
    local = local_dossier()
    done = now_vn().replace(microsecond=0)
    remote = remote_of(local, holder=ME, status=DossierStatus.RESULT_READY, finished_at=done)
    merged = merge_remote(local, remote, me=ME, pending_transition=False, pending_edit=True)
    assert (merged.status, merged.finished_at) == (DossierStatus.RESULT_READY, done)
    waiting = merge_remote(local, remote, me=ME, pending_transition=True, pending_edit=False)
    assert waiting is local  # the push will settle it (as a conflict if the portal moved)


def test_the_receiving_desk_keeps_what_it_received() -> None:
    local = local_dossier()
    remote = remote_of(local, holder=ME, applicant=replace(local.applicant, phone="0999999999"))
    assert merge_remote(local, remote, me=ME, pending_transition=False, pending_edit=False) is local


def test_another_desks_dossier_follows_its_holder_unless_we_have_edits_waiting() -> None:
    local = local_dossier()
    remote = remote_of(local, holder="ban-2", applicant=replace(local.applicant, phone="0999999999"),
                       note="Đã bổ sung")
    merged = merge_remote(local, remote, me=ME, pending_transition=False, pending_edit=False)
    assert merged.applicant.phone == "0999999999" and merged.note == "Đã bổ sung"
    assert merged.applicant.provenance.get("phone") in (None, Provenance.PORTAL)
    assert merge_remote(local, remote, me=ME, pending_transition=False, pending_edit=True).applicant.phone == \
        local.applicant.phone


def test_identical_content_keeps_the_local_value_and_its_provenance() -> None:
    local = replace(local_dossier(), applicant=replace(local_dossier().applicant, raw_qr="001|...",
                                                       provenance={"full_name": Provenance.QR}))
    remote = remote_of(replace(local, applicant=replace(local.applicant, raw_qr=None, provenance={})), holder="ban-2")
    assert merge_remote(local, remote, me=ME, pending_transition=False, pending_edit=False) is local


def test_field_groups_cover_the_dossier() -> None:
    from dataclasses import fields

    named = set(STATUS_FIELDS) | set(COUNTER_FIELDS) | {"uuid", "code", "agency_code", "channel", "revision",
                                                         "sync_state", "training"}
    assert named == {f.name for f in fields(Dossier)}


@settings(max_examples=40, deadline=None)
@given(dossiers(), dossiers())
def test_differing_fields_names_exactly_what_would_change(a: Dossier, b: Dossier) -> None:
    b = replace(b, uuid=a.uuid)
    names = differing_fields(a, b)
    patched = replace(a, **{name: getattr(b, name) for name in names})
    assert same_on_the_wire(patched, b)
    for name in names:
        assert not same_on_the_wire(replace(b, **{name: getattr(a, name)}), b)


@settings(max_examples=40, deadline=None)
@given(dossiers(), st.sampled_from([None, ME, "ban-2"]), st.booleans(), st.booleans())
def test_merging_twice_changes_nothing_more(local: Dossier, holder: str | None, transition: bool,
                                             edit: bool) -> None:
    remote = remote_of(local, holder=holder, status=DossierStatus.STOPPED, note="khác")
    once = merge_remote(local, remote, me=ME, pending_transition=transition, pending_edit=edit)
    assert merge_remote(once, remote, me=ME, pending_transition=transition, pending_edit=edit) == once
