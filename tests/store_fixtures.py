"""Fixtures and builders for the store's tests.

A migrated empty database is built once per test process and copied for each test (fast), every test gets
its own data folder, a controllable clock and in-memory keys — the real OS keyring is never touched (an
in-memory `keyring` backend is installed for the whole test too, in case anything reaches `keyring`).
"""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from forms.clock import VN_TZ
from forms.desk import DeskProfile
from forms.dossier import Applicant, DocumentItem, Dossier, Provenance
from sync.desk_profile import write_profile
from sync.layout import DataLayout
from sync.store import MemoryKeys, Store
from sync.store.migrations import migrate
from tests.keyring_fixtures import MemoryKeyring, memory_keyring

AGENCY = "000.00.12.H49"
START = datetime(2025, 7, 15, 9, 30, tzinfo=VN_TZ)  # a Tuesday


InMemoryKeyring = MemoryKeyring
memory_keyring_fixture = memory_keyring


@dataclass
class Clock:
    """A clock the test moves by hand."""

    now: datetime = START

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> datetime:
        self.now = self.now + timedelta(**kwargs)
        return self.now


_TEMPLATE: dict[str, Path] = {}


def template_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated, empty database, built once per test process."""
    if "path" not in _TEMPLATE:
        path = tmp_path_factory.mktemp("store-template") / "motcua.sqlite3"
        conn = sqlite3.connect(str(path), isolation_level=None)
        migrate(conn)
        conn.close()
        _TEMPLATE["path"] = path
    return _TEMPLATE["path"]


@dataclass
class Desk:
    layout: DataLayout
    clock: Clock
    keys: MemoryKeys = field(default_factory=MemoryKeys)

    def open(self, **kwargs: Any) -> Store:
        kwargs.setdefault("clock", self.clock)
        kwargs.setdefault("keys", self.keys)
        return Store.open(self.layout, **kwargs)


def new_desk(root: Path, template: Path | None, *, desk_number: int = 1, agency: str = AGENCY) -> Desk:
    layout = DataLayout(root)
    root.mkdir(parents=True, exist_ok=True)
    if template is not None:
        shutil.copyfile(template, layout.database)
    desk = Desk(layout, Clock())
    with desk.open() as store:
        write_profile(store, DeskProfile(agency_code=agency, desk_number=desk_number))
    return desk


@pytest.fixture(name="desk")
def desk_fixture(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, memory_keyring: InMemoryKeyring) -> Desk:
    return new_desk(tmp_path / "desk", template_database(tmp_path_factory))


@pytest.fixture(name="store")
def store_fixture(desk: Desk) -> Iterator[Store]:
    with desk.open() as opened:
        yield opened


_GIVEN = ["An", "Bình", "Chi", "Dũng", "Hoa", "Lan", "Minh", "Ngọc", "Phúc", "Quang", "Thảo", "Vy"]
_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Đặng", "Đỗ", "Hoàng", "Bùi"]
_MIDDLE = ["Văn", "Thị", "Đức", "Ngọc", "Minh", "Thanh"]


def make_dossier(i: int = 0, **overrides: Any) -> Dossier:
    """A realistic, deterministic dossier (not yet saved: code empty)."""
    name = f"{_FAMILY[i % len(_FAMILY)]} {_MIDDLE[(i // 3) % len(_MIDDLE)]} {_GIVEN[(i // 7) % len(_GIVEN)]}"
    male = i % 2 == 0
    birth = date(1950 + i % 60, 1 + i % 12, 1 + i % 28)
    century = (0 if birth.year < 2000 else 2) + (0 if male else 1)
    id_number = f"{(1, 49, 79, 48)[i % 4]:03d}{century}{birth.year % 100:02d}{i % 1_000_000:06d}"
    received = START + timedelta(minutes=7 * i)
    applicant = Applicant(
        full_name=name,
        id_number=id_number,
        birth_date=birth,
        sex="Nam" if male else "Nữ",
        address=f"Thôn {1 + i % 9}, Xã Tam Thanh, Tỉnh Quảng Nam",
        phone=f"09{i % 100_000_000:08d}",
        raw_qr=f"{id_number}||{name}|{birth:%d%m%Y}|{'Nam' if male else 'Nữ'}|Thôn {1 + i % 9}, Xã Tam Thanh|15042021",
        provenance={"full_name": Provenance.QR, "id_number": Provenance.QR, "phone": Provenance.TYPED},
    )
    values: dict[str, Any] = {
        "code": "",
        "procedure_code": ("1.001193", "2.000815", "1.004222")[i % 3],
        "procedure_name": ("Đăng ký khai sinh", "Chứng thực bản sao từ bản chính", "Đăng ký thường trú")[i % 3],
        "catalogue_version": "2025.07",
        "applicant": applicant,
        "received_at": received,
        "due_at": received + timedelta(days=3),
        "agency_code": AGENCY,
        "field_code": "HT",
        "field_name": "Hộ tịch",
        "form_data": {"noi_sinh": "Trạm y tế xã", "ngay_sinh_tre": date(2025, 7, 1), "so_ban": i % 5},
        "documents": (DocumentItem(name="Tờ khai đăng ký khai sinh", received=True),
                      DocumentItem(name="Giấy chứng sinh", form="original", received=i % 2 == 0)),
        "fee": 0 if i % 3 == 0 else 2000 * (1 + i % 4),
        "summary": "Đăng ký khai sinh cho con",
        "uuid": str(uuid.uuid4()),
    }
    values.update(overrides)
    return Dossier(**values)
