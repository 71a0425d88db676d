"""The reference portal's behaviour, independent of HTTP: accounts, tokens, pushes, the change feed,
reference data, attachments, and the processing agency's status changes.

Merge rule (the same one the contract states): the portal's status wins over a desk transition that was
not made from it; the desk that received a dossier wins for what it received (applicant, documents, form
data, fee); either clash is answered `conflict` with the portal's version, never overwritten silently.
"""

from __future__ import annotations

import hashlib
import logging
import os
import random
import secrets
import time
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from forms.clock import now_vn, to_portal
from forms.dossier_code import format_code, validate_agency_code
from forms.errors import InvalidInput, MotcuaError
from forms.i18n import N_
from forms.status import Channel, DossierStatus
from sync.contract import jsonio
from sync.contract.schema import validate
from sync.contract.transitions import Side, transition_problem
from sync.contract.wire import WireError, check_dates, comparable, dossier_to_wire
from sync.portal.db import Database, Transaction, auto_id
from sync.portal.seed import FALLBACK_PROCEDURES, Procedure, online_dossier

log = logging.getLogger(__name__)

TOKEN_TTL_S = 3600
MAX_CHUNK = 8 * 1024 * 1024
MAX_ATTACHMENT = 1024 * 1024 * 1024
ONLINE_FIRST_NUMBER = 9001  # online codes use 9001–9999, a block no desk draws from (desks use 1–8999)
AGENCY_ACTOR = "co-quan-xu-ly"
CITIZEN_ACTOR = "cong-dan"

# What the status carries with it: whoever sets the status sets these.
STATUS_FIELDS = frozenset({"TrangThaiHoSo", "NgayKetThucXuLy"})
# Fixed once the dossier exists, or kept by the portal itself.
IDENTITY_FIELDS = frozenset({"UUID", "MaHoSo", "DonViXuLy", "HinhThuc", "PhienBan", "BanTiepNhan"})

class PortalError(MotcuaError):
    kind = "portal"


class Unauthorized(PortalError):
    kind = "unauthorized"


class UploadProblem(PortalError):
    kind = "upload"

    def __init__(self, status: int, code: str, template: str, *, held: dict[str, Any] | None = None,
                 **params: Any) -> None:
        super().__init__(template, **params)
        self.status = status
        self.code = code
        self.held = held  # for 409: what the portal holds, so the desk resumes from there


@dataclass(frozen=True)
class Account:
    username: str
    agency: str


@dataclass(frozen=True)
class Outcome:
    result: str  # applied | duplicate | conflict | rejected
    reason_code: str | None = None
    reason_message: str | None = None

    def reason(self) -> dict[str, str] | None:
        if self.reason_code is None:
            return None
        return {"code": self.reason_code, "message": self.reason_message or ""}


_REASONS: dict[str, str] = {
    "status_changed": N_("Trạng thái hồ sơ trên cổng đã được thay đổi ({portal}); thao tác từ trạng thái {desk} không còn áp dụng"),
    "held_by_other_desk": N_("Hồ sơ do bàn tiếp nhận khác quản lý; thông tin tiếp nhận của bàn đó được giữ"),
    "invalid_transition": N_("Không được chuyển hồ sơ từ trạng thái {before} sang {after}: {why}"),
    "code_taken": N_("Mã hồ sơ đã được dùng cho một hồ sơ khác trên cổng"),
    "code_changed": N_("Mã hồ sơ không được thay đổi sau khi đã đồng bộ"),
    "wrong_agency": N_("Hồ sơ không thuộc cơ quan của tài khoản này"),
    "invalid_data": N_("Dữ liệu hồ sơ không hợp lệ: {where}"),
}


def _outcome(result: str, code: str | None = None, **params: Any) -> Outcome:
    if code is None:
        return Outcome(result)
    return Outcome(result, code, _REASONS[code].format(**params))


def _dump(value: Any) -> str:
    return jsonio.dumps_text(value)


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _counter(hoso: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in hoso.items() if k not in STATUS_FIELDS and k not in IDENTITY_FIELDS}


class Portal:
    def __init__(self, db: Database, *, attachments_dir: Path, token_ttl_s: int = TOKEN_TTL_S,
                 hasher: PasswordHasher | None = None) -> None:
        self.db = db
        self.hasher = hasher or PasswordHasher()
        self.attachments_dir = attachments_dir
        self.token_ttl_s = token_ttl_s

    # ----- schema -------------------------------------------------------------------------------------------
    def init_schema(self) -> None:
        seq = auto_id(self.db.dialect)
        statements = [
            "CREATE TABLE IF NOT EXISTS accounts (username TEXT PRIMARY KEY, password_hash TEXT NOT NULL,"
            " agency TEXT NOT NULL, created_at TEXT NOT NULL)",
            "CREATE TABLE IF NOT EXISTS tokens (token_hash TEXT PRIMARY KEY, username TEXT NOT NULL,"
            " expires_at BIGINT NOT NULL)",
            "CREATE TABLE IF NOT EXISTS dossiers (uuid TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE,"
            " agency TEXT NOT NULL, status INTEGER NOT NULL, channel INTEGER NOT NULL, revision INTEGER NOT NULL,"
            " holder TEXT, body TEXT NOT NULL, updated_at TEXT NOT NULL)",
            "CREATE TABLE IF NOT EXISTS pushed_events (event_uuid TEXT PRIMARY KEY, dossier_uuid TEXT NOT NULL,"
            " account TEXT NOT NULL, result TEXT NOT NULL, reason_code TEXT, reason_message TEXT,"
            " body TEXT NOT NULL, received_at TEXT NOT NULL)",
            f"CREATE TABLE IF NOT EXISTS changes (seq {seq}, agency TEXT NOT NULL, dossier_uuid TEXT NOT NULL,"
            " kind TEXT NOT NULL, origin TEXT NOT NULL, online INTEGER NOT NULL, holder TEXT,"
            " revision INTEGER NOT NULL, hoso TEXT NOT NULL, sukien TEXT)",
            "CREATE INDEX IF NOT EXISTS changes_by_agency ON changes (agency, seq)",
            "CREATE TABLE IF NOT EXISTS catalogue (code TEXT NOT NULL, version TEXT NOT NULL, name TEXT NOT NULL,"
            " field_code TEXT NOT NULL, field_name TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (code, version))",
            "CREATE TABLE IF NOT EXISTS calendar (day TEXT PRIMARY KEY, working INTEGER NOT NULL, note TEXT NOT NULL)",
            "CREATE TABLE IF NOT EXISTS agencies (code TEXT PRIMARY KEY, name TEXT NOT NULL, parent TEXT)",
            "CREATE TABLE IF NOT EXISTS attachments (sha256 TEXT PRIMARY KEY, length BIGINT NOT NULL,"
            " complete INTEGER NOT NULL)",
            "CREATE TABLE IF NOT EXISTS online_sequence (agency TEXT NOT NULL, day TEXT NOT NULL,"
            " last INTEGER NOT NULL, PRIMARY KEY (agency, day))",
        ]
        with self.db.transaction() as tx:
            for statement in statements:
                tx.execute(statement)

    # ----- accounts and tokens ---------------------------------------------------------------------------
    def add_account(self, username: str, password: str, agency: str) -> Account:
        username = username.strip()
        if not username or len(username) > 128:
            raise InvalidInput(N_("Tên tài khoản phải có từ 1 đến 128 ký tự"))
        if not password or len(password) > 256:
            raise InvalidInput(N_("Mật khẩu phải có từ 1 đến 256 ký tự"))
        agency = validate_agency_code(agency)
        digest = self.hasher.hash(password)
        with self.db.transaction() as tx:
            tx.execute(
                "INSERT INTO accounts (username, password_hash, agency, created_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (username) DO UPDATE SET password_hash = excluded.password_hash,"
                " agency = excluded.agency",
                (username, digest, agency, to_portal(now_vn())),
            )
            tx.execute("DELETE FROM tokens WHERE username = ?", (username,))
            tx.execute("INSERT INTO agencies (code, name, parent) VALUES (?, ?, NULL) ON CONFLICT (code) DO NOTHING",
                       (agency, f"Cơ quan {agency}"))
        return Account(username, agency)

    def issue_token(self, username: str, password: str) -> dict[str, Any]:
        with self.db.transaction() as tx:
            row = tx.one("SELECT password_hash, agency FROM accounts WHERE username = ?", (username,))
        try:
            if row is None:
                raise VerificationError()
            self.hasher.verify(row[0], password)
        except (VerificationError, InvalidHashError) as exc:
            raise Unauthorized(N_("Sai tên tài khoản hoặc mật khẩu")) from exc
        token = secrets.token_urlsafe(32)
        now = int(time.time())
        with self.db.transaction() as tx:
            tx.execute("DELETE FROM tokens WHERE expires_at < ?", (now,))
            tx.execute("INSERT INTO tokens (token_hash, username, expires_at) VALUES (?, ?, ?)",
                       (_token_hash(token), username, now + self.token_ttl_s))
        return {"access_token": token, "token_type": "bearer", "expires_in": self.token_ttl_s,
                "agency": row[1], "username": username}

    def authenticate(self, token: str) -> Account:
        with self.db.transaction() as tx:
            row = tx.one(
                "SELECT a.username, a.agency, t.expires_at FROM tokens t JOIN accounts a ON a.username = t.username"
                " WHERE t.token_hash = ?", (_token_hash(token),))
        if row is None or int(row[2]) < time.time():
            raise Unauthorized(N_("Phiên đăng nhập không hợp lệ hoặc đã hết hạn; hãy đăng nhập lại"))
        return Account(row[0], row[1])

    # ----- dossiers ---------------------------------------------------------------------------------------
    @staticmethod
    def _hoso(body: Mapping[str, Any], revision: int, holder: str | None) -> dict[str, Any]:
        return {**body, "PhienBan": revision, "BanTiepNhan": holder}

    def _load(self, tx: Transaction, uuid: str) -> tuple[dict[str, Any], int, str | None] | None:
        row = tx.one("SELECT body, revision, holder FROM dossiers WHERE uuid = ?", (uuid,))
        if row is None:
            return None
        return jsonio.loads(row[0]), int(row[1]), row[2]

    def _save(self, tx: Transaction, body: dict[str, Any], revision: int, holder: str | None, *,
              insert: bool, now: str) -> str:
        """Write the dossier; returns its stored JSON (the change feed keeps the same text)."""
        stored = comparable(body)
        text = _dump(stored)
        values = (stored["MaHoSo"], stored["DonViXuLy"], stored["TrangThaiHoSo"], stored["HinhThuc"], revision,
                  holder, text, now, stored["UUID"])
        if insert:
            tx.execute("INSERT INTO dossiers (code, agency, status, channel, revision, holder, body, updated_at,"
                       " uuid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", values)
        else:
            tx.execute("UPDATE dossiers SET code = ?, agency = ?, status = ?, channel = ?, revision = ?,"
                       " holder = ?, body = ?, updated_at = ? WHERE uuid = ?", values)
        return text

    def _feed(self, tx: Transaction, *, body: Mapping[str, Any], text: str, revision: int, holder: str | None,
              kind: str, origin: str, sukien: str | None) -> None:
        self.db.lock_feed(tx)
        tx.execute(
            "INSERT INTO changes (agency, dossier_uuid, kind, origin, online, holder, revision, hoso, sukien)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (body["DonViXuLy"], body["UUID"], kind, origin, int(body["HinhThuc"] == Channel.ONLINE), holder,
             revision, text, sukien),
        )

    def push(self, account: Account, items: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
        """Apply each item in order, in one transaction; one result per item."""
        now = to_portal(now_vn())
        results = []
        with self.db.transaction() as tx:
            for item in items:
                results.append(self._push_one(tx, account, item["SuKien"], item["HoSo"], now))
        return results

    def _push_one(self, tx: Transaction, account: Account, event: Mapping[str, Any],
                  hoso: Mapping[str, Any], now: str) -> dict[str, Any]:
        event_uuid = event["MaSuKien"]
        previous = tx.one("SELECT result, reason_code, reason_message, dossier_uuid FROM pushed_events"
                          " WHERE event_uuid = ?", (event_uuid,))
        if previous is not None:
            # The first outcome stands; an event first applied is acknowledged as a duplicate.
            result = "duplicate" if previous[0] in ("applied", "duplicate") else previous[0]
            outcome = Outcome(result, previous[1], previous[2])
            current = self._load(tx, previous[3])
        else:
            event_text = _dump(event)
            outcome, current = self._decide(tx, account, event, hoso, event_text, now)
            tx.execute(
                "INSERT INTO pushed_events (event_uuid, dossier_uuid, account, result, reason_code, reason_message,"
                " body, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (event_uuid, event["UUIDHoSo"], account.username, outcome.result, outcome.reason_code,
                 outcome.reason_message, event_text, now),
            )
        conflict = current is not None and outcome.result == "conflict"
        return {"MaSuKien": event_uuid, "result": outcome.result, "reason": outcome.reason(),
                "PhienBan": None if current is None else current[1],
                "HoSo": self._hoso(*current) if conflict and current is not None else None}

    def _decide(self, tx: Transaction, account: Account, event: Mapping[str, Any], hoso: Mapping[str, Any],
                event_text: str, now: str) -> tuple[Outcome, tuple[dict[str, Any], int, str | None] | None]:
        """The outcome of one new event, and the dossier as the portal holds it afterwards."""
        current = self._load(tx, hoso["UUID"])
        if event["UUIDHoSo"] != hoso["UUID"] or event["MaHoSo"] != hoso["MaHoSo"]:
            return _outcome("rejected", "invalid_data", where="SuKien.UUIDHoSo/MaHoSo"), current
        if hoso["DonViXuLy"] != account.agency:
            return _outcome("rejected", "wrong_agency"), current
        try:
            check_dates(hoso)  # a date must be real, not only fourteen digits
        except WireError as exc:
            return _outcome("rejected", "invalid_data", where=exc.where), current
        before, after = event.get("TrangThaiTruoc"), event.get("TrangThai")
        transition = after is not None and after != before

        if current is None:
            taken = tx.one("SELECT uuid FROM dossiers WHERE code = ?", (hoso["MaHoSo"],))
            if taken is not None:
                return _outcome("rejected", "code_taken"), None
            body = comparable(hoso)
            if transition:
                body["TrangThaiHoSo"] = after
            text = self._save(tx, body, 1, account.username, insert=True, now=now)
            kind = "status_changed" if transition else "dossier_updated"
            self._feed(tx, body=body, text=text, revision=1, holder=account.username, kind=kind,
                       origin=account.username, sukien=event_text)
            return _outcome("applied"), (body, 1, account.username)

        body, revision, holder = current
        if body["MaHoSo"] != hoso["MaHoSo"]:
            return _outcome("rejected", "code_changed"), current
        if body["DonViXuLy"] != account.agency:
            return _outcome("rejected", "wrong_agency"), current

        status_conflict = None
        new_status_fields: dict[str, Any] = {}
        if transition and after is not None:
            portal_status = DossierStatus(body["TrangThaiHoSo"])
            if portal_status == after:
                pass  # already there: the same step arrived by another way
            elif before is None or portal_status != before:
                status_conflict = _outcome("conflict", "status_changed", portal=int(portal_status), desk=before)
            else:
                why = transition_problem(portal_status, DossierStatus(after), Side.DESK)
                if why is not None:
                    return _outcome("rejected", "invalid_transition", before=int(portal_status), after=after,
                                    why=why), current
                new_status_fields = {key: hoso.get(key) for key in STATUS_FIELDS}
                new_status_fields["TrangThaiHoSo"] = after

        counter_conflict = None
        new_counter: dict[str, Any] = {}
        if holder not in (None, account.username):
            if _counter(hoso) != _counter(body):
                counter_conflict = _outcome("conflict", "held_by_other_desk")
        else:
            new_counter = _counter(hoso)

        updated = {**body, **new_counter, **new_status_fields}
        new_holder = holder or account.username
        if updated != body or new_holder != holder:
            revision += 1
            text = self._save(tx, updated, revision, new_holder, insert=False, now=now)
            kind = "status_changed" if new_status_fields else "dossier_updated"
            self._feed(tx, body=updated, text=text, revision=revision, holder=new_holder, kind=kind,
                       origin=account.username, sukien=event_text)
        return status_conflict or counter_conflict or _outcome("applied"), (updated, revision, new_holder)

    # ----- the processing agency and citizens (admin side) --------------------------------------------------
    def set_status(self, code: str, status: DossierStatus, *, reason: str = "", actor: str = AGENCY_ACTOR
                   ) -> dict[str, Any]:
        """Change a dossier's status as the processing agency (or, for 7, the citizen) does on the portal."""
        side = Side.CITIZEN if status == DossierStatus.WITHDRAWN else Side.AGENCY
        with self.db.transaction() as tx:
            row = tx.one("SELECT uuid FROM dossiers WHERE code = ?", (code,))
            if row is None:
                raise InvalidInput(N_("Cổng không có hồ sơ mã {code}"), code=code)
            loaded = self._load(tx, row[0])
            assert loaded is not None
            body, revision, holder = loaded
            before = DossierStatus(body["TrangThaiHoSo"])
            why = transition_problem(before, status, side)
            if why is not None:
                raise InvalidInput(N_("Không chuyển được hồ sơ {code} từ trạng thái {before} sang {after}: {why}"),
                                   code=code, before=int(before), after=int(status), why=why)
            now = now_vn()
            body["TrangThaiHoSo"] = int(status)
            if status == DossierStatus.RESULT_READY:
                body["NgayKetThucXuLy"] = to_portal(now)
            revision += 1
            text = self._save(tx, body, revision, holder, insert=False, now=to_portal(now))
            sukien = {
                "MaSuKien": _uuid(), "UUIDHoSo": body["UUID"], "MaHoSo": code,
                "HanhDong": "withdraw" if side is Side.CITIZEN else "agency_status",
                "NguoiXuLy": CITIZEN_ACTOR if side is Side.CITIZEN else actor,
                "ChucDanh": "", "ThoiDiemXuLy": to_portal(now), "TrangThaiTruoc": int(before),
                "TrangThai": int(status), "NoiDungXuLy": reason, "ThayDoi": {}, "MauPhieu": None,
            }
            kind = "withdrawal_requested" if side is Side.CITIZEN else "status_changed"
            self._feed(tx, body=body, text=text, revision=revision, holder=holder, kind=kind, origin=str(side),
                       sukien=_dump(sukien))
            return self._hoso(body, revision, holder)

    def _procedures(self, tx: Transaction) -> list[Procedure]:
        rows = tx.all("SELECT code, name, version, field_code, field_name FROM catalogue ORDER BY code, version")
        if rows:
            return [Procedure(*row) for row in rows]
        return [Procedure(code, name, "demo", field_code, field_name)
                for code, name, field_code, field_name in FALLBACK_PROCEDURES]

    def seed_online(self, count: int, agency: str, *, rng: random.Random | None = None,
                    at: datetime | None = None) -> list[str]:
        """`count` dossiers submitted online by citizens to `agency`; returns their codes."""
        agency = validate_agency_code(agency)
        rng = rng or random.Random()
        codes: list[str] = []
        with self.db.transaction() as tx:
            procedures = self._procedures(tx)
            for _ in range(count):
                submitted = at or now_vn()
                day = submitted.strftime("%y%m%d")
                row = tx.one("SELECT last FROM online_sequence WHERE agency = ? AND day = ?", (agency, day))
                number = ONLINE_FIRST_NUMBER if row is None else int(row[0]) + 1
                if number > 9999:
                    raise InvalidInput(N_("Cổng đã cấp hết mã hồ sơ trực tuyến trong ngày cho cơ quan {agency}"),
                                       agency=agency)
                tx.execute("INSERT INTO online_sequence (agency, day, last) VALUES (?, ?, ?)"
                           " ON CONFLICT (agency, day) DO UPDATE SET last = excluded.last", (agency, day, number))
                code = format_code(agency, submitted.date(), number)
                dossier = online_dossier(rng, code=code, agency=agency, procedure=rng.choice(procedures),
                                         submitted_at=submitted)
                body = comparable(dossier_to_wire(dossier))
                validate("Dossier", body)
                text = self._save(tx, body, 1, None, insert=True, now=to_portal(submitted))
                self._feed(tx, body=body, text=text, revision=1, holder=None, kind="online_submitted",
                           origin=str(Side.CITIZEN), sukien=None)
                codes.append(code)
        return codes

    def list_dossiers(self) -> list[dict[str, Any]]:
        with self.db.transaction() as tx:
            rows = tx.all("SELECT code, agency, status, revision, channel, uuid, holder, updated_at FROM dossiers"
                          " ORDER BY code")
        return [{"code": r[0], "agency": r[1], "status": int(r[2]), "revision": int(r[3]), "channel": int(r[4]),
                 "uuid": r[5], "holder": r[6], "updated_at": r[7]} for r in rows]

    def dossiers(self) -> list[dict[str, Any]]:
        """Every dossier as `HoSo` (for tests and exports)."""
        with self.db.transaction() as tx:
            rows = tx.all("SELECT body, revision, holder FROM dossiers ORDER BY code")
        return [self._hoso(jsonio.loads(r[0]), int(r[1]), r[2]) for r in rows]

    # ----- the change feed --------------------------------------------------------------------------------
    def changes(self, account: Account, cursor: str, limit: int) -> dict[str, Any]:
        since = int(cursor) if cursor else 0
        with self.db.transaction() as tx:
            rows = tx.all(
                "SELECT seq, kind, hoso, sukien, revision, holder FROM changes WHERE agency = ? AND seq > ?"
                " AND origin <> ? AND (online = 1 OR holder = ?) ORDER BY seq LIMIT ?",
                (account.agency, since, account.username, account.username, limit),
            )
        changes = [{"seq": str(r[0]), "kind": r[1], "HoSo": self._hoso(jsonio.loads(r[2]), int(r[4]), r[5]),
                    "SuKien": None if r[3] is None else jsonio.loads(r[3])} for r in rows]
        next_cursor = changes[-1]["seq"] if changes else cursor
        return {"cursor": cursor, "next_cursor": next_cursor, "has_more": len(rows) == limit, "changes": changes}

    # ----- reference data ---------------------------------------------------------------------------------
    def put_catalogue_entry(self, entry: Mapping[str, Any]) -> None:
        validate("CatalogueEntry", entry)
        with self.db.transaction() as tx:
            tx.execute(
                "INSERT INTO catalogue (code, version, name, field_code, field_name, body) VALUES (?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (code, version) DO UPDATE SET name = excluded.name, field_code = excluded.field_code,"
                " field_name = excluded.field_name, body = excluded.body",
                (entry["MaTTHC"], entry["PhienBan"], entry["TenTTHC"], entry["MaLinhVuc"], entry["TenLinhVuc"],
                 _dump(entry["NoiDung"])),
            )

    def put_calendar_override(self, day: str, working: bool, note: str) -> None:
        validate("CalendarOverride", {"Ngay": day, "LamViec": working, "GhiChu": note})
        with self.db.transaction() as tx:
            tx.execute("INSERT INTO calendar (day, working, note) VALUES (?, ?, ?) ON CONFLICT (day)"
                       " DO UPDATE SET working = excluded.working, note = excluded.note", (day, int(working), note))

    def put_agency(self, code: str, name: str, parent: str | None = None) -> None:
        validate("Agency", {"MaDonVi": code, "TenDonVi": name, "MaDonViCha": parent})
        with self.db.transaction() as tx:
            tx.execute("INSERT INTO agencies (code, name, parent) VALUES (?, ?, ?) ON CONFLICT (code)"
                       " DO UPDATE SET name = excluded.name, parent = excluded.parent", (code, name, parent))

    def catalogue(self) -> dict[str, Any]:
        with self.db.transaction() as tx:
            rows = tx.all("SELECT code, version, name, field_code, field_name, body FROM catalogue"
                          " ORDER BY code, version")
        return {"items": [{"MaTTHC": r[0], "PhienBan": r[1], "TenTTHC": r[2], "MaLinhVuc": r[3],
                           "TenLinhVuc": r[4], "NoiDung": jsonio.loads(r[5])} for r in rows]}

    def calendar(self) -> dict[str, Any]:
        with self.db.transaction() as tx:
            rows = tx.all("SELECT day, working, note FROM calendar ORDER BY day")
        return {"items": [{"Ngay": r[0], "LamViec": bool(r[1]), "GhiChu": r[2]} for r in rows]}

    def agencies(self) -> dict[str, Any]:
        with self.db.transaction() as tx:
            rows = tx.all("SELECT code, name, parent FROM agencies ORDER BY code")
        return {"items": [{"MaDonVi": r[0], "TenDonVi": r[1], "MaDonViCha": r[2]} for r in rows]}

    # ----- attachments (resumable, addressed by SHA-256) -----------------------------------------------------
    def _paths(self, sha256: str) -> tuple[Path, Path]:
        return self.attachments_dir / sha256, self.attachments_dir / f"{sha256}.part"

    def attachment_status(self, sha256: str) -> dict[str, Any] | None:
        done, part = self._paths(sha256)
        with self.db.transaction() as tx:
            row = tx.one("SELECT length, complete FROM attachments WHERE sha256 = ?", (sha256,))
        if row is None:
            return None
        length, complete = int(row[0]), bool(row[1])
        if complete and done.exists():
            return {"sha256": sha256, "offset": length, "length": length, "complete": True}
        offset = part.stat().st_size if part.exists() else 0
        return {"sha256": sha256, "offset": offset, "length": length, "complete": False}

    def upload(self, sha256: str, offset: int, length: int, chunk: bytes) -> dict[str, Any]:
        if len(chunk) > MAX_CHUNK:
            raise UploadProblem(413, "too_large", N_("Mỗi lần gửi tối đa {n} byte"), n=MAX_CHUNK)
        if length > MAX_ATTACHMENT:
            raise UploadProblem(413, "too_large", N_("Tệp đính kèm quá lớn"))
        status = self.attachment_status(sha256)
        if status is not None and status["complete"]:
            return status
        if status is not None and status["length"] != length:
            raise UploadProblem(400, "length_changed", N_("Độ dài tệp khác với lần gửi đầu ({n} byte)"),
                                n=status["length"])
        held = 0 if status is None else int(status["offset"])
        if offset != held:
            raise UploadProblem(409, "offset_mismatch", N_("Cổng đang giữ {n} byte; hãy gửi tiếp từ vị trí đó"),
                                n=held, held=status or {"sha256": sha256, "offset": 0, "length": length,
                                                        "complete": False})
        if held + len(chunk) > length:
            raise UploadProblem(400, "too_long", N_("Dữ liệu gửi vượt quá độ dài đã khai báo"))
        done, part = self._paths(sha256)
        self.attachments_dir.mkdir(parents=True, exist_ok=True)
        if status is None:
            with self.db.transaction() as tx:
                tx.execute("INSERT INTO attachments (sha256, length, complete) VALUES (?, ?, 0)"
                           " ON CONFLICT (sha256) DO NOTHING", (sha256, length))
            part.write_bytes(b"")
        with part.open("ab") as handle:
            handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        held += len(chunk)
        if held < length:
            return {"sha256": sha256, "offset": held, "length": length, "complete": False}
        digest = hashlib.sha256()
        with part.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        if digest.hexdigest() != sha256:
            part.unlink(missing_ok=True)
            with self.db.transaction() as tx:
                tx.execute("DELETE FROM attachments WHERE sha256 = ?", (sha256,))
            raise UploadProblem(422, "hash_mismatch", N_("Nội dung tệp không khớp mã SHA-256; hãy gửi lại từ đầu"))
        os.replace(part, done)
        with self.db.transaction() as tx:
            tx.execute("UPDATE attachments SET complete = 1 WHERE sha256 = ?", (sha256,))
        log.info("attachment %s… complete (%d bytes)", sha256[:12], length)
        return {"sha256": sha256, "offset": length, "length": length, "complete": True}


def _uuid() -> str:
    return str(uuid.uuid4())


__all__ = ["Account", "Portal", "PortalError", "Unauthorized", "UploadProblem"]
