"""The push's direct mapping of outbox payloads (sync.outbox_wire) gives exactly the domain path's item."""

from __future__ import annotations

import json
import random
from datetime import date, datetime
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from forms.clock import VN_TZ
from forms.dossier import Dossier, DossierEvent
from forms.status import DossierStatus
from sync.contract.schema import is_valid
from sync.contract.wire import dossier_to_wire, event_to_wire
from sync.outbox_wire import push_item
from sync.store._outbox import payload_loads
from sync.store.codec import dossier_from_dict, dossier_to_dict, event_from_dict, event_to_dict, json_dumps
from tests.sync_fixtures import counter_dossier, dossiers, open_desk, transition

_moment = st.datetimes(min_value=datetime(1001, 1, 1), max_value=datetime(9998, 12, 31),
                       timezones=st.just(VN_TZ))
_scalar = st.none() | st.booleans() | st.integers(-10**20, 10**20) | st.floats(allow_nan=False) | st.text(max_size=8)
_plain = st.recursive(_scalar, lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=5), c, max_size=3),
                      max_leaves=8)
_tagged = _plain | st.dates() | _moment  # dates and datetimes are stored tagged and take the domain path


def same(fast: dict[str, Any] | None, expected: dict[str, Any] | None) -> bool:
    """Equal as JSON text, key order included (`==` would take 1 for True and 1.0 for 1)."""
    return fast is not None and json.dumps(fast, ensure_ascii=False) == json.dumps(expected, ensure_ascii=False)


def reference(payload: dict[str, Any]) -> dict[str, Any]:
    """What the engine built before: through the domain values."""
    event, dossier = event_from_dict(payload["event"]), dossier_from_dict(payload["dossier"])
    return {"SuKien": event_to_wire(event, code=dossier.code), "HoSo": dossier_to_wire(dossier)}


@st.composite
def events(draw: st.DrawFn, dossier: Dossier) -> DossierEvent:
    return DossierEvent(
        dossier_uuid=dossier.uuid, action=draw(st.sampled_from(["create", "edit", "to_4", "print"])),
        actor=draw(st.text(min_size=1, max_size=10)), at=draw(_moment),
        from_status=draw(st.none() | st.sampled_from(list(DossierStatus))),
        to_status=draw(st.none() | st.sampled_from(list(DossierStatus))), role=draw(st.text(max_size=8)),
        reason=draw(st.text(max_size=20)), changes=draw(st.dictionaries(st.text(max_size=6), _tagged, max_size=3)),
        form=draw(st.none() | st.sampled_from(["02", "03", "04"])),
    )


@st.composite
def payloads(draw: st.DrawFn) -> dict[str, Any]:
    dossier = draw(dossiers())
    form_data = draw(st.dictionaries(st.text(max_size=6), _tagged, max_size=4))
    dossier = Dossier(**{**dossier.__dict__, "form_data": form_data,
                         "received_at": draw(_moment), "due_at": draw(st.none() | _moment)})
    text = json_dumps({"event": event_to_dict(draw(events(dossier))), "dossier": dossier_to_dict(dossier)})
    return dict(payload_loads(text))  # as the engine receives it from `outbox_pending`


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(payloads())
def test_the_direct_item_is_the_domain_paths_item(payload: dict[str, Any]) -> None:
    expected = reference(payload)
    fast = push_item(payload)
    plain_json = not any(isinstance(v, (date, datetime)) for v in (
        *payload["dossier"]["form_data"].values(), *payload["event"]["changes"].values()))
    if plain_json:
        assert same(fast, expected)
    else:
        assert fast is None or same(fast, expected)


_odd = st.none() | st.booleans() | st.integers(-3, 12) | st.text(max_size=40) | st.lists(st.integers(), max_size=2) \
    | st.dictionaries(st.text(max_size=3), st.integers(), max_size=2) | st.sampled_from([
        "2025-07-15T09:30:00.000000+07:00", "2025-02-30T09:30:00.000000+07:00", "2025-07-15T09:30:00+00:00",
        "0999-07-15T09:30:00.000000+07:00", "2025-07-15", "2025-13-01", "20250715", "qr", "pending", "photocopy"])


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(payloads(), st.data())
def test_a_mangled_payload_gets_the_domain_paths_item_or_its_error(payload: dict[str, Any], data: st.DataObject
                                                                    ) -> None:
    part = data.draw(st.sampled_from(["dossier", "event", "applicant", "document"]))
    target = {"dossier": payload["dossier"], "event": payload["event"],
              "applicant": payload["dossier"]["applicant"],
              "document": (payload["dossier"]["documents"] or [payload["dossier"]])[0]}[part]
    key = data.draw(st.sampled_from(sorted(target)))
    if data.draw(st.booleans()):
        del target[key]
    else:
        target[key] = data.draw(_odd)
    try:
        expected: dict[str, Any] | None = reference(payload)
    except Exception:  # whatever the domain path raised, the engine still gets it from the domain path
        expected = None
    fast = push_item(payload)
    assert fast is None or same(fast, expected)


def test_what_the_store_writes_takes_the_direct_path(tmp_path: Path) -> None:
    rng = random.Random(6)
    with open_desk(tmp_path / "desk") as store:
        saved = [store.save_new(counter_dossier(rng), actor="canbo1") for _ in range(20)]
        for dossier in saved[:10]:
            transition(store, dossier.uuid, DossierStatus.PROCESSING, reason="chuyển xử lý")
        rows = store.outbox_pending(limit=1000)
    assert len(rows) == 30
    items = [push_item(row.payload) for row in rows]
    assert all(item is not None for item in items)  # the fast path is the one a push takes
    assert all(same(item, reference(dict(row.payload))) for item, row in zip(items, rows, strict=True))
    assert is_valid("PushRequest", {"items": items})


def _canonical() -> dict[str, Any]:
    rng = random.Random(3)
    dossier = counter_dossier(rng)
    event = DossierEvent(dossier_uuid=dossier.uuid, action="create", actor="canbo1", at=dossier.received_at,
                         to_status=DossierStatus.RECEIVED)
    return dict(payload_loads(json_dumps({"event": event_to_dict(event), "dossier": dossier_to_dict(dossier)})))


# Values the domain path coerces (bool(1), int("2"), str(5)…) or refuses: the direct path must not differ.
MANGLES: list[tuple[tuple[str | int, ...], Any]] = [
    (("dossier", "documents", 0, "received"), 1), (("dossier", "documents", 0, "copies"), "2"),
    (("dossier", "documents", 0, "copies"), True), (("dossier", "documents", 0, "name"), 5),
    (("dossier", "documents", 0, "attachment_sha256"), "ab"), (("dossier", "applicant", "kind"), True),
    (("dossier", "applicant", "kind"), 3), (("dossier", "applicant", "full_name"), None),
    (("dossier", "applicant", "birth_date"), "20250101"), (("dossier", "applicant", "provenance"), {"x": "q"}),
    (("dossier", "status"), "2"), (("dossier", "status"), 11), (("dossier", "channel"), 2.0),
    (("dossier", "fee"), 1.5), (("dossier", "fee"), True), (("dossier", "sets"), "1"),
    (("dossier", "revision"), "1"), (("dossier", "sync_state"), "gone"), (("dossier", "code"), 7),
    (("dossier", "received_at"), "2025-07-15T09:30:00+07:00"), (("dossier", "received_at"), None),
    (("dossier", "due_at"), "2025-07-15T09:30:00.000000+00:00"), (("dossier", "form_data"), []),
    (("dossier", "form_data"), {"d": date(2025, 1, 1)}), (("dossier", "authorised_by"), {"full_name": 1}),
    (("dossier", "summary"), None), (("event", "at"), "2025-02-30T09:30:00.000000+07:00"),
    (("event", "to_status"), "2"), (("event", "from_status"), 0), (("event", "dossier_uuid"), None),
    (("event", "changes"), {"when": datetime(2025, 1, 1, tzinfo=VN_TZ)}), (("event", "role"), 1),
]


def test_each_known_coercion_takes_the_domain_path() -> None:
    for path, value in MANGLES:
        payload = _canonical()
        target: Any = payload
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value
        try:
            expected: dict[str, Any] | None = reference(payload)
        except Exception:
            expected = None
        fast = push_item(payload)
        assert fast is None or same(fast, expected), path
