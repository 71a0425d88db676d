"""Training dossiers: realistic, marked `training`, recorded through the same save path as the counter.

`motcua demo seed --n N` calls `seed`: each dossier gets a Vietnamese name, a valid 12-digit ID number with the
ID-card QR payload it would have been scanned from (domain.md §2), an address, a phone number, a real procedure
of the catalogue with its form filled, its checklist, its fee (`forms.fees`) and its legal due time
(`forms.deadlines`); it is saved with `Store.save_new` — like the reception page does — and then, if it is old
enough, moved along its lifecycle with `forms.lifecycle.apply` + `Store.record` (forwarded, results ready
before or after the due time, returned with a satisfaction rating, some supplements, refusals, withdrawals),
so lists, searches and reports see a plausible desk.

Training data is never queued for the portal and `purge` (`Store.purge_training`) removes it and only it.
`fast=True` groups many dossiers into one transaction (for benchmark databases of a million dossiers); the
default commits each save on its own, as the counter does.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from forms.calendar import WorkingCalendar
from forms.catalogue import Catalogue, FieldType, FormField, Procedure, load_default_catalogue, validate_form
from forms.clock import VN_TZ, as_vn, now_vn
from forms.deadlines import due_at
from forms.dossier import Applicant, DocumentItem, Dossier, DossierEvent, Provenance
from forms.fees import compute_fee
from forms.idcard import PROVINCES
from forms.lifecycle import Action, Role, apply
from forms.status import Channel, DossierStatus
from sync.store import Rating, Store

DEMO_ACTOR = "tap-huan"  # training: never a real official's login

# Family names with roughly their share of the population; given names by sex.
_FAMILY = (("Nguyễn", 38), ("Trần", 11), ("Lê", 9), ("Phạm", 7), ("Hoàng", 4), ("Huỳnh", 3), ("Phan", 4),
           ("Vũ", 3), ("Võ", 3), ("Đặng", 2), ("Bùi", 2), ("Đỗ", 2), ("Hồ", 1), ("Ngô", 1), ("Dương", 1),
           ("Lý", 1), ("Đinh", 1), ("Đoàn", 1), ("Trịnh", 1), ("Mai", 1), ("Trương", 1), ("Lương", 1))
_MIDDLE = {"Nam": ("Văn", "Đức", "Minh", "Quang", "Hữu", "Công", "Thành", "Xuân"),
           "Nữ": ("Thị", "Ngọc", "Thu", "Thanh", "Kim", "Mai", "Thùy", "Bích")}
_GIVEN = {"Nam": ("An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khánh", "Long", "Minh", "Nam", "Phúc", "Quân",
                  "Sơn", "Thắng", "Trung", "Tuấn", "Việt", "Đạt", "Hiếu", "Lộc"),
          "Nữ": ("Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hoa", "Hương", "Lan", "Linh", "Mai", "Ngọc", "Nhung",
                 "Oanh", "Phương", "Thảo", "Trang", "Uyên", "Vân", "Yến")}
_COMMUNES = ("Tam Thanh", "Bình Minh", "Hòa Tiến", "Phú Lộc", "Quảng Phú", "Tân Hiệp", "Đông Sơn", "Yên Bình",
             "Thạch Hà", "Điện Bàn", "Nghĩa Hành", "Cẩm Lệ")
_VILLAGES = ("Thôn", "Xóm", "Ấp", "Tổ dân phố", "Bản")
_PHONE_PREFIXES = ("032", "033", "034", "035", "036", "037", "038", "039", "070", "076", "077", "078", "079", "081",
                   "082", "083", "084", "085", "086", "088", "089", "090", "091", "093", "094", "096", "097", "098")
_HOSPITALS = ("Trạm Y tế xã {commune}", "Bệnh viện Đa khoa tỉnh {province}", "Trung tâm Y tế huyện")
# How often each field of the catalogue comes to a commune desk (civil status and certification dominate).
_FIELD_WEIGHT = {"ho-tich": 40, "chung-thuc": 35, "cu-tru": 15, "bao-tro-xa-hoi": 5, "dat-dai": 3, "ho-kinh-doanh": 2}


@dataclass(frozen=True)
class Person:
    name: str
    sex: str
    birth: date
    id_number: str
    province: str
    address: str
    phone: str
    issued: date

    def qr_payload(self) -> str:
        """What the chip ID card's QR holds (7 fields, no old ID number), as the scanner reads it."""
        return (f"{self.id_number}||{self.name}|{self.birth:%d%m%Y}|{self.sex}|{self.address}|"
                f"{self.issued:%d%m%Y}")


def _weighted(rng: random.Random, pairs: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def make_person(rng: random.Random, *, today: date, min_age: int = 18, max_age: int = 80) -> Person:
    sex = rng.choice(("Nam", "Nữ"))
    name = f"{_weighted(rng, _FAMILY)} {rng.choice(_MIDDLE[sex])} {rng.choice(_GIVEN[sex])}"
    age_days = rng.randint(min_age * 365 + 5, max_age * 365)
    birth = today - timedelta(days=age_days)
    province_code = rng.choice(sorted(PROVINCES))
    province = PROVINCES[province_code]
    century = (birth.year - 1900) // 100 * 2 + (0 if sex == "Nam" else 1)
    id_number = f"{province_code}{century}{birth.year % 100:02d}{rng.randrange(1_000_000):06d}"
    commune = rng.choice(_COMMUNES)
    address = f"{rng.choice(_VILLAGES)} {rng.randint(1, 12)}, Xã {commune}, Tỉnh {province}"
    if province.startswith(("Hà Nội", "TP.", "Hải Phòng", "Đà Nẵng", "Cần Thơ")):
        address = f"Số {rng.randint(1, 300)} đường {rng.choice(_GIVEN['Nam'])}, Phường {commune}, {province}"
    phone = rng.choice(_PHONE_PREFIXES) + f"{rng.randrange(10_000_000):07d}"
    issued = max(birth + timedelta(days=14 * 365), date(2021, 1, 1)) + timedelta(days=rng.randint(0, 900))
    issued = min(issued, today - timedelta(days=1))
    return Person(name, sex, birth, id_number, province, address, phone, issued)


def _text_for(field: FormField, rng: random.Random, person: Person, today: date) -> str:
    key = field.key
    if key.startswith("ten_ho_kinh_doanh"):
        return f"Hộ kinh doanh {rng.choice(_GIVEN['Nữ'])} {rng.choice(('Tạp hóa', 'Ăn uống', 'May mặc'))}"
    if "ho_ten" in key:
        return make_person(rng, today=today).name
    if "noi_sinh" in key:
        return rng.choice(_HOSPITALS).format(commune=rng.choice(_COMMUNES), province=person.province)
    if any(word in key for word in ("cu_tru", "dia_chi", "que_quan", "noi_")):
        return person.address
    if "dan_toc" in key:
        return "Kinh"
    if "quoc_tich" in key:
        return "Việt Nam"
    return "Theo giấy tờ kèm theo"


def fill_form(procedure: Procedure, rng: random.Random, person: Person, today: date) -> dict[str, Any]:
    """Plausible values for every field of the procedure's form (prefilled ones from the applicant)."""
    prefills = {"applicant.full_name": person.name, "applicant.id_number": person.id_number,
                "applicant.address": person.address, "applicant.phone": person.phone,
                "applicant.birth_date": person.birth, "applicant.sex": person.sex}
    data: dict[str, Any] = {}
    for field in procedure.form.fields:
        if field.prefill in prefills:
            value: Any = prefills[field.prefill]
        elif field.default not in (None, "") and field.type is not FieldType.BOOL:
            value = field.default
        elif field.type is FieldType.SELECT and field.choices:
            value = rng.choice(field.choices).value
        elif field.type is FieldType.DATE:
            value = today - timedelta(days=rng.randint(3, 60 if "sinh" in field.key else 3000))
        elif field.type is FieldType.NUMBER:
            low = field.min_value if field.min_value is not None else 0
            high = field.max_value if field.max_value is not None else low + 10
            value = rng.randint(1960, 2000) if "nam" in field.key and low <= 1960 <= high else rng.randint(low, min(high, low + 5))
        elif field.type is FieldType.ID_NUMBER:
            value = make_person(rng, today=today).id_number
        elif field.type is FieldType.PHONE:
            value = person.phone
        elif field.type is FieldType.EMAIL:
            value = ""
        elif field.type is FieldType.BOOL:
            value = True if field.required or field.required_when is not None else rng.random() < 0.5
        elif field.type is FieldType.TEXTAREA:
            value = "Đề nghị cơ quan có thẩm quyền xem xét, giải quyết theo quy định."
        else:
            value = _text_for(field, rng, person, today)
        data[field.key] = value
    # Optional values the schema refuses (a pattern the generator does not know) are left out, as an
    # official would leave them blank; required ones are kept, so a broken schema shows in the tests.
    optional = {f.key for f in procedure.form.fields if not f.required}
    for error in validate_form(procedure.form, data, today=today):
        if error.key in optional:
            data.pop(error.key, None)
    return data


def _documents(procedure: Procedure, rng: random.Random) -> tuple[DocumentItem, ...]:
    items = []
    for required in procedure.documents:
        if not required.mandatory and rng.random() < 0.7:
            continue
        if required.originals:
            form, copies = "original", required.originals
        elif required.certified_copies:
            form, copies = "certified_copy", required.certified_copies
        elif required.photocopies:
            form, copies = "photocopy", required.photocopies
        else:
            form, copies = "original", 1
        items.append(DocumentItem(name=required.name, copies=copies, form=form, received=True))
    return tuple(items)


def working_days_back(calendar: WorkingCalendar, end: date, count: int) -> list[date]:
    """The `count` working days up to `end` (included if it is one), oldest first."""
    days: list[date] = []
    day = end
    while len(days) < count:
        if calendar.is_working_day(day):
            days.append(day)
        day -= timedelta(days=1)
    return days[::-1]


@dataclass
class Seeder:
    store: Store
    catalogue: Catalogue
    rng: random.Random
    now: datetime
    calendar: WorkingCalendar
    # None: each lifecycle step is recorded as the counter does (`Store.record`); a list: the steps are
    # applied in memory and collected, and the dossier is saved once with them as its history (bulk mode).
    history: list[DossierEvent] | None = None

    def procedures(self) -> tuple[list[Procedure], list[int]]:
        procedures = list(self.catalogue.procedures)
        weights = [_FIELD_WEIGHT.get(p.field_code, 1) * 10 // max(1, sum(
            1 for q in procedures if q.field_code == p.field_code)) + 1 for p in procedures]
        return procedures, weights

    def draft(self, procedure: Procedure, received: datetime) -> Dossier:
        today = received.date()
        person = make_person(self.rng, today=today, min_age=20 if procedure.field_code == "ho-tich" else 18)
        form_data = fill_form(procedure, self.rng, person, today)
        try:
            fee = compute_fee(procedure.fee, pages=self.rng.randint(1, 6), copies=self.rng.randint(1, 3),
                              form_data=form_data, received_on=today).amount
        except Exception:  # a rule the generator cannot satisfy: the demo dossier is simply free
            fee = 0
        due = due_at(received, procedure.processing_time_for(form_data), calendar=self.calendar)
        applicant = Applicant(
            full_name=person.name, id_number=person.id_number, birth_date=person.birth, sex=person.sex,
            address=person.address, phone=person.phone, raw_qr=person.qr_payload(),
            provenance={"full_name": Provenance.QR, "id_number": Provenance.QR, "birth_date": Provenance.QR,
                        "sex": Provenance.QR, "address": Provenance.QR, "phone": Provenance.TYPED},
        )
        return Dossier(
            code="", procedure_code=procedure.code, procedure_name=procedure.name,
            catalogue_version=self.catalogue.version, applicant=applicant, received_at=received, due_at=due,
            status=DossierStatus.RECEIVED,
            channel=Channel.POST if self.rng.random() < 0.03 else Channel.AT_DESK,
            field_code=procedure.field_code, field_name=procedure.field_name, form_data=form_data,
            documents=_documents(procedure, self.rng), fee=fee, summary=procedure.name, training=True,
        )

    def _step(self, dossier: Dossier, action: Action, role: Role, at: datetime, **details: Any) -> Dossier | None:
        if at > self.now:
            return None
        new, event = apply(dossier, action, actor=DEMO_ACTOR, role=role, at=at, **details)
        if self.history is None:
            return self.store.record(new, event)
        self.history.append(event)
        return new

    def follow(self, dossier: Dossier) -> Dossier:
        """Move a saved dossier along a plausible lifecycle, as far as its age allows."""
        rng, received = self.rng, dossier.received_at
        due = dossier.due_at or received
        roll = rng.random()
        if roll < 0.01:
            return self._step(dossier, Action.WITHDRAW, Role.RECEPTION, received + timedelta(minutes=40),
                              reason="Công dân xin rút hồ sơ để bổ sung giấy tờ") or dossier
        forwarded_at = received + timedelta(minutes=rng.randint(5, 90))
        forwarded = self._step(dossier, Action.FORWARD, Role.RECEPTION, forwarded_at)
        if forwarded is None:
            return dossier
        current, last = forwarded, forwarded_at
        if roll < 0.05:
            asked = self._step(current, Action.REQUEST_SUPPLEMENT, Role.PROCESSING, last + timedelta(hours=2),
                               reason="Thiếu bản sao giấy tờ chứng minh nơi cư trú")
            if asked is None:
                return current
            last = last + timedelta(days=1)
            back = self._step(asked, Action.SUPPLEMENT_RECEIVED, Role.RECEPTION, last, due_at=due + timedelta(days=1))
            if back is None:
                return asked
            current, due = back, due + timedelta(days=1)
        elif roll < 0.06:
            return self._step(current, Action.STOP, Role.PROCESSING, last + timedelta(hours=4),
                              reason="Người yêu cầu không đủ điều kiện theo quy định") or current
        # Most results are ready before the due time, some on the day, a few late.
        span = max(due - received, timedelta(hours=1))
        late = rng.random() < 0.07
        ready_at = due + timedelta(hours=rng.randint(2, 72)) if late else received + span * rng.uniform(0.3, 0.98)
        ready_at = max(ready_at, last + timedelta(minutes=10))
        ready = self._step(current, Action.RESULT_READY, Role.PROCESSING, ready_at)
        if ready is None:
            return current
        returned_at = ready_at + timedelta(hours=rng.randint(1, 48))
        level = rng.choices((3, 2, 1), weights=(70, 26, 4))[0]
        returned = self._step(ready, Action.RETURN_RESULT, Role.RECEPTION, returned_at, id_checked=True, rating=level)
        if returned is None:
            return ready
        self.rating = Rating(level=level, rated_at=returned_at)
        return returned

    rating: Rating | None = None  # the satisfaction given at return by the last dossier followed

    def one(self, procedure: Procedure, received: datetime, *, follow_lifecycle: bool) -> Dossier:
        """Draft, save and (if old enough) follow one training dossier; bulk mode saves it once at the end."""
        draft = self.draft(procedure, received)
        self.rating = None
        if self.history is None:
            saved = self.store.save_new(draft, actor=DEMO_ACTOR)
            current = self.follow(saved) if follow_lifecycle else saved
            if self.rating is not None:
                current = self.store.set_rating(current.uuid, self.rating, actor=DEMO_ACTOR)
            return current
        self.history.clear()
        final = self.follow(draft) if follow_lifecycle else draft
        return self.store.save_new(final, actor=DEMO_ACTOR, history=list(self.history), rating=self.rating)

def reception_times(calendar: WorkingCalendar, now: datetime, n: int, rng: random.Random,
                    days: int | None = None) -> list[datetime]:
    """Reception times for n dossiers over recent working days, at most ~400 a day (a desk block holds 999)."""
    local_now = as_vn(now)
    span = days or max(20, math.ceil(n / 400))
    last_day = local_now.date() if local_now.time() >= time(8, 0) else local_now.date() - timedelta(days=1)
    day_list = working_days_back(calendar, last_day, span)
    times = []
    for i in range(n):
        day = day_list[i % len(day_list)]
        latest = min(datetime.combine(day, time(16, 45), VN_TZ), local_now - timedelta(minutes=1))
        start = datetime.combine(day, time(7, 30), VN_TZ)
        seconds = max(0, int((latest - start).total_seconds()))
        times.append(start + timedelta(seconds=rng.randint(0, seconds)))
    return times


def seed(
    store: Store,
    n: int,
    *,
    rng_seed: int | None = None,
    fast: bool = False,
    batch: int = 1000,
    days: int | None = None,
    now: datetime | None = None,
    catalogue: Catalogue | None = None,
    calendar: WorkingCalendar | None = None,
    follow_lifecycle: bool = True,
) -> Iterator[Dossier]:
    """Save n training dossiers; yield each one once its save is committed (in order)."""
    rng = random.Random(rng_seed)
    moment = as_vn(now or now_vn())
    calendar = calendar or WorkingCalendar()
    seeder = Seeder(store, catalogue or load_default_catalogue(), rng, moment, calendar,
                    history=[] if fast else None)
    procedures, weights = seeder.procedures()
    times = reception_times(calendar, moment, n, rng, days)

    def one(received: datetime) -> Dossier:
        return seeder.one(rng.choices(procedures, weights=weights)[0], received, follow_lifecycle=follow_lifecycle)

    if not fast:
        for received in times:
            yield one(received)
        return
    for start in range(0, n, batch):
        with store.transaction():
            done = [one(received) for received in times[start:start + batch]]
        yield from done  # only once the batch is committed

def purge(store: Store) -> int:
    return store.purge_training()



