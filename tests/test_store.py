"""The store's save path, lifecycle records, audit trail, outbox, conflicts, settings and reference data."""

from __future__ import annotations

import json
import sqlite3
import threading
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from forms.clock import VN_TZ
from forms.desk import DeskProfile
from forms.dossier import Applicant, AuthorisedPerson, Dossier, DossierEvent, SyncState
from forms.dossier_code import SequenceExhausted, parse_code
from forms.status import Channel, DossierStatus
from sync.desk_profile import write_profile
from sync.store import (
    DossierNotFound,
    PushOutcome,
    PushResult,
    Rating,
    StaleDossier,
    Store,
)
from sync.store.codec import dossier_from_dict, dossier_to_dict
from tests.store_fixtures import (  # noqa: F401  (fixtures)
    AGENCY,
    START,
    Desk,
    desk_fixture,
    make_dossier,
    memory_keyring_fixture,
    new_desk,
    store_fixture,
    template_database,
)


def _rows(store: Store, sql: str, *params: object) -> list[tuple[object, ...]]:
    return store.connection.execute(sql, params).fetchall()


def _transition(store: Store, dossier: Dossier, to: DossierStatus, **event_fields: object) -> Dossier:
    event = DossierEvent(dossier_uuid=dossier.uuid, action="transfer", actor="lan", role="reception",
                         at=START + timedelta(hours=1), from_status=dossier.status, to_status=to,
                         **event_fields)  # type: ignore[arg-type]
    return store.record(replace(dossier, status=to), event)


# ------------------------------------------------------------------------------------------------ save_new


def test_save_new_issues_the_next_code_of_the_desk_block_for_the_reception_day(store: Store) -> None:
    first = store.save_new(make_dossier(1), actor="lan")
    second = store.save_new(make_dossier(2), actor="lan")
    next_day = store.save_new(make_dossier(3, received_at=START + timedelta(days=1)), actor="lan")
    assert first.code == f"{AGENCY}-250715-0001"
    assert second.code == f"{AGENCY}-250715-0002"
    assert next_day.code == f"{AGENCY}-250716-0001"  # the sequence restarts every day
    assert (first.revision, first.sync_state) == (1, SyncState.PENDING)


def test_desk_number_from_the_profile_selects_the_block(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory,
                                                        memory_keyring: object) -> None:
    desk3 = new_desk(tmp_path / "d3", template_database(tmp_path_factory), desk_number=3)
    with desk3.open() as s:
        codes = [s.save_new(make_dossier(i), actor="x").code for i in range(3)]
    assert [parse_code(c).number for c in codes] == [2001, 2002, 2003]
    assert {parse_code(c).desk for c in codes} == {3}


def test_saved_dossier_reads_back_identical_with_every_field(store: Store) -> None:
    original = make_dossier(
        5,
        authorised_by=AuthorisedPerson(full_name="Trần Thị Bé", id_number="049190000123", phone="0905111222",
                                       authorisation_paper="Giấy ủy quyền số 12/UQ ngày 01/07/2025"),
        rescheduled_due_at=START + timedelta(days=5),
        note="Ghi chú có dấu: Đắk Lắk",
        channel=Channel.POST,
    )
    stored = store.save_new(original, actor="lan")
    assert stored == replace(original, code=stored.code, revision=1, sync_state=SyncState.PENDING)
    assert store.get(stored.uuid) == stored
    assert store.get_by_code(stored.code) == stored
    assert store.get_by_code(f"  {stored.code.lower()} ") == stored
    assert store.get(stored.uuid).form_data["ngay_sinh_tre"] == date(2025, 7, 1)  # types survive JSON


def test_one_save_writes_the_dossier_its_create_event_and_its_outbox_row(store: Store) -> None:
    stored = store.save_new(make_dossier(1), actor="lan", role="reception")
    [event] = store.events(stored.uuid)
    assert (event.action, event.actor, event.to_status, event.from_status) == ("create", "lan", DossierStatus.RECEIVED, None)
    [item] = store.outbox_pending()
    assert (item.kind, item.event_uuid, item.dossier_uuid) == ("create", event.uuid, stored.uuid)
    assert dossier_from_dict(item.payload["dossier"]) == stored
    assert item.payload["event"]["uuid"] == event.uuid


def test_save_new_refuses_a_dossier_that_already_has_a_code(store: Store) -> None:
    with pytest.raises(ValueError):
        store.save_new(make_dossier(1, code=f"{AGENCY}-250715-0007"), actor="lan")


def test_training_dossiers_are_never_queued_for_the_portal(store: Store) -> None:
    stored = store.save_new(make_dossier(1, training=True), actor="lan")
    assert stored.sync_state is SyncState.LOCAL
    assert store.outbox_pending() == []
    moved = _transition(store, stored, DossierStatus.PROCESSING)
    assert moved.sync_state is SyncState.LOCAL
    assert store.outbox_counts()["pending"] == 0


def test_sequence_survives_reopen_and_numbers_are_never_reused(desk: Desk) -> None:
    with desk.open() as s:
        s.save_new(make_dossier(1), actor="lan")
        s.save_new(make_dossier(2), actor="lan")
    with desk.open() as s:
        third = s.save_new(make_dossier(3), actor="lan")
    assert third.code.endswith("-0003")


def test_a_lagging_sequence_skips_codes_that_already_exist(store: Store) -> None:
    # As after restoring an old backup while later codes came back from the portal: never hand one out twice.
    first = store.save_new(make_dossier(1), actor="lan")
    store.save_new(make_dossier(2), actor="lan")
    store.connection.execute("UPDATE daily_sequences SET last = 0 + 0 WHERE 1")  # counter set back
    store.connection.execute("DELETE FROM daily_sequences")
    third = store.save_new(make_dossier(3), actor="lan")
    assert first.code.endswith("-0001")
    assert third.code.endswith("-0003")


def test_a_failed_save_rolls_back_and_does_not_consume_a_printed_number(store: Store) -> None:
    store.connection.execute(
        "CREATE TEMP TRIGGER fail_outbox BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'boom'); END"
    )
    with pytest.raises(sqlite3.IntegrityError):
        store.save_new(make_dossier(1), actor="lan")
    assert store.count() == 0
    assert _rows(store, "SELECT count(*) FROM events") == [(0,)]
    store.connection.execute("DROP TRIGGER temp.fail_outbox")
    # Nothing was handed to a citizen, so the same number is issued to the next dossier.
    assert store.save_new(make_dossier(2), actor="lan").code.endswith("-0001")


def test_a_desk_that_used_its_999_numbers_gets_a_vietnamese_refusal(store: Store) -> None:
    store.connection.execute(
        "INSERT INTO daily_sequences (agency, day, desk, last, updated_at) VALUES (?, '2025-07-15', 1, 999, '')",
        (AGENCY,),
    )
    with pytest.raises(SequenceExhausted, match="đã cấp hết 999 số"):
        store.save_new(make_dossier(1), actor="lan")
    assert store.count() == 0


def test_agency_code_falls_back_to_the_desk_profile(store: Store) -> None:
    write_profile(store, DeskProfile(agency_code="000.00.07.H22", desk_number=2))
    stored = store.save_new(make_dossier(1, agency_code=""), actor="lan")
    assert stored.code == "000.00.07.H22-250715-1001"
    assert stored.agency_code == "000.00.07.H22"


def test_two_connections_saving_at_once_never_share_a_code(desk: Desk) -> None:
    codes: list[str] = []
    errors: list[BaseException] = []

    def worker(offset: int) -> None:
        try:
            with desk.open() as s:
                for i in range(25):
                    codes.append(s.save_new(make_dossier(offset + i), actor="lan").code)
        except BaseException as exc:  # surfaced below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(k * 100,)) for k in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(codes) == len(set(codes)) == 50
    assert sorted(parse_code(c).number for c in codes) == list(range(1, 51))


# ------------------------------------------------------------------------------------------------ record / edit


def test_record_persists_a_transition_with_its_event_and_outbox_row(store: Store) -> None:
    stored = store.save_new(make_dossier(1), actor="lan")
    moved = _transition(store, stored, DossierStatus.PROCESSING, reason="Chuyển UBND xã", form="05")
    assert (moved.status, moved.revision) == (DossierStatus.PROCESSING, 2)
    assert store.get(stored.uuid) == moved
    events = store.events(stored.uuid)
    assert [e.action for e in events] == ["create", "transfer"]
    assert (events[1].reason, events[1].form, events[1].to_status) == ("Chuyển UBND xã", "05", DossierStatus.PROCESSING)
    assert [i.kind for i in store.outbox_pending()] == ["create", "transition"]


def test_record_with_a_stale_revision_is_refused_and_writes_nothing(store: Store) -> None:
    stored = store.save_new(make_dossier(1), actor="lan")
    _transition(store, stored, DossierStatus.PROCESSING)
    with pytest.raises(StaleDossier, match="vừa được thay đổi ở nơi khác"):
        _transition(store, stored, DossierStatus.SUPPLEMENT_REQUESTED)  # still holds revision 1
    assert store.get(stored.uuid).status is DossierStatus.PROCESSING
    assert len(store.events(stored.uuid)) == 2
    assert len(store.outbox_pending()) == 2


def test_record_refuses_an_event_whose_from_status_is_not_the_stored_one(store: Store) -> None:
    stored = store.save_new(make_dossier(1), actor="lan")
    event = DossierEvent(dossier_uuid=stored.uuid, action="return", actor="lan", at=START,
                         from_status=DossierStatus.RESULT_READY, to_status=DossierStatus.RETURNED)
    with pytest.raises(StaleDossier):
        store.record(replace(stored, status=DossierStatus.RETURNED), event)


def test_record_on_an_unknown_dossier_is_a_typed_error(store: Store) -> None:
    ghost = replace(make_dossier(1), code="X", revision=1)
    with pytest.raises(DossierNotFound, match="Không tìm thấy hồ sơ"):
        store.record(ghost, DossierEvent(dossier_uuid=ghost.uuid, action="x", actor="a", at=START))


def test_update_fields_records_each_change_and_skips_a_no_op(store: Store) -> None:
    stored = store.save_new(make_dossier(1), actor="lan")
    edited = replace(stored, applicant=replace(stored.applicant, phone="0987654321"), fee=5000)
    saved = store.update_fields(edited, actor="minh", reason="Sửa số điện thoại")
    assert saved.revision == 2
    last = store.events(stored.uuid)[-1]
    assert last.action == "edit"
    assert last.actor == "minh"
    assert dict(last.changes) == {"applicant.phone": [stored.applicant.phone, "0987654321"], "fee": [stored.fee, 5000]}
    assert store.update_fields(saved, actor="minh") == saved  # nothing changed: no event, no revision
    assert len(store.events(stored.uuid)) == 2
    with pytest.raises(ValueError):
        store.update_fields(replace(saved, status=DossierStatus.PROCESSING), actor="minh")


def test_audit_entries_for_views_prints_and_exports(store: Store) -> None:
    stored = store.save_new(make_dossier(1), actor="lan")
    store.audit(stored.uuid, "print", "lan", {"form": "01", "copies": 2})
    store.audit(stored.uuid, "reprint", "lan", {"form": "01"})
    store.audit(None, "export", "head", {"report": "II.06a", "rows": 120})
    assert [e.action for e in store.events(stored.uuid)] == ["create", "print", "reprint"]
    assert dict(store.events(stored.uuid)[1].changes) == {"form": "01", "copies": 2}
    assert [e.action for e in store.audit_log(limit=2)] == ["export", "reprint"]
    assert len(store.outbox_pending()) == 1  # audits never go to the portal


def test_the_audit_trail_is_append_only_and_real_dossiers_cannot_be_deleted(store: Store) -> None:
    stored = store.save_new(make_dossier(1), actor="lan")
    for sql in ("UPDATE events SET actor = 'someone else'", "DELETE FROM events",
                "DELETE FROM dossiers"):
        with pytest.raises(sqlite3.IntegrityError):
            store.connection.execute(sql)
    assert store.events(stored.uuid)[0].actor == "lan"


def test_purge_training_removes_training_data_only(store: Store) -> None:
    real = store.save_new(make_dossier(1), actor="lan")
    fake = [store.save_new(make_dossier(i, training=True), actor="lan") for i in range(2, 5)]
    store.audit(fake[0].uuid, "view", "lan")
    assert store.purge_training() == 3
    assert store.find(fake[0].uuid) is None
    assert store.get(real.uuid) == real
    assert _rows(store, "SELECT count(*) FROM events WHERE dossier_uuid != ?", real.uuid) == [(0,)]
    fake_uuids = {f.uuid for f in fake}
    assert not fake_uuids & {hit.uuid for hit in store.search(fake[1].applicant.full_name, limit=100)}
    assert store.search(fake[2].code) == []
    # The numbers training dossiers used stay used.
    assert store.save_new(make_dossier(9), actor="lan").code.endswith("-0005")


def test_rating_is_stored_offline_and_queued(store: Store) -> None:
    stored = store.save_new(make_dossier(1), actor="lan")
    rated = store.set_rating(stored.uuid, Rating(level=3, comment="Cán bộ nhiệt tình", criteria={"thai_do": 3}),
                             actor="lan")
    assert rated.revision == 2
    rating = store.rating(stored.uuid)
    assert rating is not None
    assert (rating.level, rating.scale, rating.comment, rating.satisfied) == (3, 3, "Cán bộ nhiệt tình", True)
    assert dict(rating.criteria) == {"thai_do": 3}
    assert store.outbox_pending()[-1].payload["rating"]["level"] == 3
    with pytest.raises(ValueError):
        store.set_rating(stored.uuid, Rating(level=4), actor="lan")


# ------------------------------------------------------------------------------------------------ outbox


def test_outbox_mark_derives_each_dossiers_sync_state(store: Store) -> None:
    a = store.save_new(make_dossier(1), actor="lan")
    b = store.save_new(make_dossier(2), actor="lan")
    c = store.save_new(make_dossier(3), actor="lan")
    items = {i.dossier_uuid: i for i in store.outbox_pending()}
    store.outbox_mark([
        PushResult(items[a.uuid].event_uuid, PushOutcome.APPLIED),
        PushResult(items[b.uuid].event_uuid, PushOutcome.REJECTED, "Thiếu mã lĩnh vực"),
        PushResult(items[c.uuid].event_uuid, PushOutcome.RETRY, "timeout"),
    ])
    assert store.get(a.uuid).sync_state is SyncState.SENT
    assert store.get(b.uuid).sync_state is SyncState.REJECTED
    assert store.get(c.uuid).sync_state is SyncState.PENDING
    [pending] = store.outbox_pending()
    assert (pending.dossier_uuid, pending.attempts, pending.last_error) == (c.uuid, 1, "timeout")
    assert store.outbox_counts() == {"pending": 1, "sent": 1, "conflict": 0, "rejected": 1}
    # A fix of the rejected dossier queues a new change, which the portal accepts.
    fixed = store.update_fields(replace(store.get(b.uuid), field_code="HT01"), actor="lan")
    assert fixed.sync_state is SyncState.PENDING
    store.outbox_mark([PushResult(store.outbox_pending()[-1].event_uuid, PushOutcome.APPLIED)])
    assert store.get(b.uuid).sync_state is SyncState.SENT


def test_duplicate_is_an_idempotent_success_and_prune_keeps_the_audit_trail(store: Store) -> None:
    a = store.save_new(make_dossier(1), actor="lan")
    [item] = store.outbox_pending()
    store.outbox_mark([PushResult(item.event_uuid, PushOutcome.DUPLICATE)])
    assert store.get(a.uuid).sync_state is SyncState.SENT
    assert store.outbox_prune(START + timedelta(days=1)) == 1
    assert store.outbox_counts()["sent"] == 0
    assert [e.action for e in store.events(a.uuid)] == ["create"]


def test_conflicts_are_kept_with_both_versions_until_resolved(store: Store) -> None:
    a = store.save_new(make_dossier(1), actor="lan")
    [item] = store.outbox_pending()
    remote = dossier_to_dict(replace(a, status=DossierStatus.STOPPED))
    with store.transaction():
        store.outbox_mark([PushResult(item.event_uuid, PushOutcome.CONFLICT, "status changed on the portal")])
        cid = store.add_conflict(a.uuid, dossier_to_dict(a), remote, ["status"])
    assert store.get(a.uuid).sync_state is SyncState.CONFLICT
    [conflict] = store.conflicts()
    assert (conflict.id, conflict.fields, conflict.remote["status"]) == (cid, ("status",), 8)
    store.resolve_conflict(cid, resolution="take_remote", resolved_by="head")
    assert store.conflicts() == []
    assert store.conflicts(open_only=False)[0].resolved_by == "head"
    assert store.get(a.uuid).sync_state is SyncState.SENT
    assert store.events(a.uuid)[-1].action == "resolve_conflict"


def test_transaction_applies_a_pull_and_its_cursor_together_or_not_at_all(store: Store) -> None:
    online = replace(make_dossier(7, channel=Channel.ONLINE, status=DossierStatus.NEW_ONLINE, due_at=None),
                     code="G22.99-250715-0042")
    with pytest.raises(RuntimeError), store.transaction():
        store.upsert_remote(online, portal_revision=3)
        store.set_sync_cursor("c-2")
        raise RuntimeError("connection dropped while applying")
    assert store.find(online.uuid) is None
    assert store.sync_cursor() is None
    with store.transaction():
        stored = store.upsert_remote(online, portal_revision=3)
        store.set_sync_cursor("c-2")
    assert store.get(online.uuid) == stored
    assert (stored.sync_state, store.portal_revision(online.uuid), store.sync_cursor()) == (SyncState.SENT, 3, "c-2")
    assert store.outbox_pending() == []


def test_upsert_remote_applied_twice_changes_nothing_more(store: Store) -> None:
    online = replace(make_dossier(7, channel=Channel.ONLINE), code="G22.99-250715-0042")
    event = DossierEvent(dossier_uuid=online.uuid, action="submit_online", actor="portal", at=START)
    store.upsert_remote(online, [event])
    again = store.upsert_remote(online, [event])
    assert len(store.events(online.uuid)) == 1
    assert again.revision == 2
    assert store.count() == 1


# ------------------------------------------------------------------------------------------------ settings, reference


def test_settings_and_reference_data(store: Store) -> None:
    store.set_setting("portal.url", "https://dvc.example.vn")
    store.set_setting("portal.url", "https://dvc2.example.vn")
    assert store.get_setting("portal.url") == "https://dvc2.example.vn"
    assert store.get_setting("missing", "x") == "x"
    assert "portal.url" in store.settings("portal.")
    store.put_reference("catalogue", "2025.07", {"procedures": [{"code": "1.001193"}]})
    store.put_reference("catalogue", "2025.08", {"procedures": []})
    latest = store.get_reference("catalogue")
    assert latest is not None
    assert latest.version == "2025.08"
    older = store.get_reference("catalogue", "2025.07")
    assert older is not None
    assert older.document == {"procedures": [{"code": "1.001193"}]}
    assert store.get_reference("calendar") is None


def test_store_id_is_stable_across_opens(desk: Desk) -> None:
    with desk.open() as s:
        first = s.store_id
    with desk.open() as s:
        assert s.store_id == first


def test_the_connection_uses_wal_full_sync_and_foreign_keys(store: Store) -> None:
    conn = store.connection
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO events (uuid, dossier_uuid, action, actor, at, recorded_at) "
                     "VALUES ('e', 'no-such-dossier', 'x', 'y', 'z', 'z')")


# ------------------------------------------------------------------------------------------------ codec


_text = st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=30)
_moment = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2090, 1, 1)).map(
    lambda d: d.replace(tzinfo=VN_TZ))


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=_text.filter(bool), note=_text, fee=st.integers(0, 10**9), received=_moment,
       due=st.none() | _moment, form=st.dictionaries(st.text(max_size=8), st.none() | st.integers() | _text
                                                    | st.dates() | st.booleans(), max_size=4))
def test_dossier_round_trips_through_row_and_json(store: Store, name: str, note: str, fee: int, received: datetime,
                                                  due: datetime | None, form: dict[str, object]) -> None:
    dossier = replace(make_dossier(1), applicant=Applicant(full_name=name), note=note, fee=fee,
                      received_at=received, due_at=due, form_data=form)
    assert dossier_from_dict(json.loads(json.dumps(dossier_to_dict(dossier)))) == dossier
    stored = store.save_new(dossier, actor="lan")
    assert store.get(stored.uuid) == stored
    assert stored.form_data == form
