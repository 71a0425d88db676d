"""Search in Vietnamese (folded, đ → d), by ID-number prefix, phone and code; list filters and due states."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import date, timedelta

import pytest

from forms.dossier import Applicant, DossierEvent, SyncState
from forms.status import Channel, DossierStatus
from sync.store import DossierFilter, DueState, Store
from tests.store_fixtures import (  # noqa: F401  (fixtures)
    START,
    Desk,
    desk_fixture,
    make_dossier,
    memory_keyring_fixture,
    store_fixture,
)


def _save(store: Store, i: int, name: str, id_number: str, **fields: object) -> str:
    applicant = replace(make_dossier(i).applicant, full_name=name, id_number=id_number)
    fields.setdefault("procedure_name", "Chứng thực chữ ký")  # no word of it starts like the names searched
    fields.setdefault("procedure_code", "2.000884")
    return store.save_new(make_dossier(i, applicant=applicant, **fields), actor="lan").uuid


@pytest.fixture
def people(store: Store) -> dict[str, str]:
    return {
        "an": _save(store, 1, "Nguyễn Văn An", "001090123456"),
        "anh": _save(store, 2, "Nguyễn Văn Anh", "049190654321"),
        "dang": _save(store, 3, "Đặng Thị Hoa", "079301000111"),
        "dang2": _save(store, 4, "ĐẶNG THỊ NGỌC", "079301000222"),
        "binh": _save(store, 5, "Trần Đình Bình", "038085777888", procedure_name="Đăng ký kết hôn"),
        "nfd": _save(store, 6, unicodedata.normalize("NFD", "Lê Thị Thủy"), "001092333444"),  # stored decomposed
    }


def _uuids(hits: list) -> set[str]:  # type: ignore[type-arg]
    return {h.uuid for h in hits}


def test_typed_without_diacritics_finds_the_name_with_them(store: Store, people: dict[str, str]) -> None:
    assert _uuids(store.search("nguyen van an")) == {people["an"], people["anh"]}  # "an" is a prefix of "anh"
    assert _uuids(store.search("Nguyễn Văn Anh")) == {people["anh"]}
    assert _uuids(store.search("NGUYEN VAN ANH")) == {people["anh"]}


def test_d_with_stroke_folds_to_d(store: Store, people: dict[str, str]) -> None:
    assert _uuids(store.search("dang thi")) == {people["dang"], people["dang2"]}
    assert _uuids(store.search("Đặng thị hoa")) == {people["dang"]}
    assert _uuids(store.search("dinh binh")) == {people["binh"]}


def test_composed_and_decomposed_text_find_each_other(store: Store, people: dict[str, str]) -> None:
    assert _uuids(store.search("Thủy")) == {people["nfd"]}
    assert _uuids(store.search(unicodedata.normalize("NFD", "Thủy"))) == {people["nfd"]}
    assert _uuids(store.search(unicodedata.normalize("NFD", "Đặng Thị Hoa"))) == {people["dang"]}
    assert _uuids(store.search("thuy")) == {people["nfd"]}


def test_an_id_number_prefix_finds_the_persons_dossiers(store: Store, people: dict[str, str]) -> None:
    second = store.save_new(
        make_dossier(20, applicant=replace(store.get(people["an"]).applicant)), actor="lan").uuid
    assert _uuids(store.search("0010901")) == {people["an"], second}
    assert _uuids(store.search("001090123456")) == {people["an"], second}
    assert _uuids(store.search("0793010002")) == {people["dang2"]}


def test_phone_digits_and_procedure_name(store: Store, people: dict[str, str]) -> None:
    dossier = store.get(people["an"])
    store.update_fields(replace(dossier, applicant=replace(dossier.applicant, phone="0912 345 678")), actor="lan")
    assert _uuids(store.search("0912345678")) == {people["an"]}
    assert _uuids(store.search("0912 345")) == {people["an"]}
    assert people["binh"] in _uuids(store.search("ket hon"))


def test_a_whole_code_finds_that_dossier_and_a_code_fragment_finds_by_prefix(store: Store, people: dict[str, str]) -> None:
    dossier = store.get(people["dang"])
    assert [h.uuid for h in store.search(dossier.code)] == [people["dang"]]
    assert [h.uuid for h in store.search(dossier.code.lower())] == [people["dang"]]
    assert people["dang"] in _uuids(store.search(dossier.code.rsplit("-", 1)[1]))


def test_renaming_updates_the_index(store: Store, people: dict[str, str]) -> None:
    dossier = store.get(people["an"])
    store.update_fields(replace(dossier, applicant=replace(dossier.applicant, full_name="Phạm Quốc Toản")), actor="lan")
    assert people["an"] not in _uuids(store.search("nguyen van an"))
    assert _uuids(store.search("pham quoc toan")) == {people["an"]}


@pytest.mark.parametrize("text", ['"', "a*", "(", "AND", "OR NOT", "NEAR(", "'; DROP TABLE dossiers; --", "*", ":", "^x"])
def test_fts_syntax_in_the_query_is_plain_text(store: Store, people: dict[str, str], text: str) -> None:
    store.search(text)  # must not raise
    assert store.count() == len(people)


def test_newest_first_and_paging(store: Store, people: dict[str, str]) -> None:
    hits = store.search("thi", limit=2)
    page2 = store.search("thi", limit=2, offset=2)
    assert len(hits) == 2
    assert not _uuids(hits) & _uuids(page2)
    assert _uuids(hits) | _uuids(page2) == {people["dang"], people["dang2"], people["nfd"]}
    assert hits[0].uuid == people["nfd"]  # saved last


def test_summary_json_has_the_exact_cli_keys(store: Store, people: dict[str, str]) -> None:
    [hit] = store.search("dang thi hoa")
    data = hit.to_json()
    for key in ("code", "status", "procedure_code", "applicant_name", "applicant_id_number", "received_at",
                "due_at", "sync_state"):
        assert key in data
    assert data["status"] == 2
    assert data["applicant_name"] == "Đặng Thị Hoa"
    assert data["applicant_id_number"] == "079301000111"
    assert data["sync_state"] == "pending"


# ------------------------------------------------------------------------------------------------ filters


def test_filters_by_status_date_sync_state_and_channel(store: Store) -> None:
    a = store.save_new(make_dossier(1), actor="lan")
    b = store.save_new(make_dossier(2, received_at=START + timedelta(days=2)), actor="lan")
    c = store.save_new(make_dossier(3, received_at=START + timedelta(days=5), channel=Channel.POST), actor="lan")
    store.record(replace(b, status=DossierStatus.PROCESSING),
                 DossierEvent(dossier_uuid=b.uuid, action="transfer", actor="lan", at=START,
                              from_status=DossierStatus.RECEIVED, to_status=DossierStatus.PROCESSING))
    assert _uuids(store.list(DossierFilter(statuses=frozenset({DossierStatus.PROCESSING})))) == {b.uuid}
    assert _uuids(store.list(DossierFilter(received_from=date(2025, 7, 16), received_to=date(2025, 7, 17)))) == {b.uuid}
    assert _uuids(store.list(DossierFilter(received_to=a.received_at))) == {a.uuid}  # a datetime bound is inclusive
    assert _uuids(store.list(DossierFilter(channel=Channel.POST))) == {c.uuid}
    assert store.count(DossierFilter(sync_states=frozenset({SyncState.PENDING}))) == 3
    assert store.count(DossierFilter(statuses=frozenset())) == 0
    assert [s.uuid for s in store.list()] == [c.uuid, b.uuid, a.uuid]  # newest received first
    assert _uuids(store.search("khai sinh", DossierFilter(received_from=date(2025, 7, 20)))) == {c.uuid}


def test_due_states_compare_the_due_time_in_force_with_now(store: Store, desk: Desk) -> None:
    now = START + timedelta(days=3)
    overdue = store.save_new(make_dossier(1, due_at=now - timedelta(hours=1)), actor="lan")
    soon = store.save_new(make_dossier(2, due_at=now + timedelta(hours=5)), actor="lan")
    later = store.save_new(make_dossier(3, due_at=now + timedelta(days=4)), actor="lan")
    rescheduled = store.save_new(make_dossier(4, due_at=now - timedelta(days=1),
                                              rescheduled_due_at=now + timedelta(days=2)), actor="lan")
    done = store.save_new(make_dossier(5, due_at=now - timedelta(days=1)), actor="lan")
    store.record(replace(done, status=DossierStatus.RETURNED, returned_at=now),
                 DossierEvent(dossier_uuid=done.uuid, action="return", actor="lan", at=now,
                              from_status=DossierStatus.RECEIVED, to_status=DossierStatus.RETURNED))

    def due(state: DueState) -> set[str]:
        return _uuids(store.list(DossierFilter(due_state=state, now=now)))

    assert due(DueState.OVERDUE) == {overdue.uuid}
    assert due(DueState.DUE_SOON) == {soon.uuid}
    assert due(DueState.IN_TIME) == {later.uuid, rescheduled.uuid}
    # Without an explicit `now` the store's clock decides.
    desk.clock.now = now
    assert _uuids(store.list(DossierFilter(due_state=DueState.OVERDUE))) == {overdue.uuid}
    assert [s.uuid for s in store.list(DossierFilter(due_state=DueState.IN_TIME, now=now))] == [rescheduled.uuid, later.uuid]
    assert store.search("", DossierFilter(due_state=DueState.DUE_SOON, now=now))[0].uuid == soon.uuid
    assert store.list(DossierFilter(due_state=DueState.IN_TIME, now=now))[0].due_at == now + timedelta(days=2)


def test_training_filter(store: Store) -> None:
    real = store.save_new(make_dossier(1), actor="lan")
    store.save_new(make_dossier(2, training=True, applicant=Applicant(full_name="Học Viên")), actor="lan")
    assert _uuids(store.list(DossierFilter(training=False))) == {real.uuid}
    assert store.count(DossierFilter(training=True)) == 1



def test_due_state_lists_read_only_running_dossiers_through_their_index(store: Store) -> None:
    from sync.store import queries

    sql, params = queries.list_sql(DossierFilter(due_state=DueState.OVERDUE), START, 50, 0)
    plan = " ".join(str(row) for row in store.connection.execute(f"EXPLAIN QUERY PLAN {sql}", params))
    assert "dossiers_open_due" in plan
    assert "TEMP B-TREE" not in plan  # no sort of every hit
    sql, params = queries.search_sql(["nguyen"], None, START, 50, 0)
    plan = " ".join(str(row) for row in store.connection.execute(f"EXPLAIN QUERY PLAN {sql}", params))
    assert "TEMP B-TREE" not in plan  # newest first straight from the index's rowid order
