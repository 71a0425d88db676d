"""Officials' local accounts: login, display name, role, an Argon2id password hash, active flag.

The rows live in the store's `officials` table (login PRIMARY KEY, display_name, role, password_hash, active,
created_at). Passwords are hashed with argon2-cffi's Argon2id (RFC 9106 parameters); a hash made with older
parameters is upgraded at the next successful login. Functions take an open `sqlite3.Connection` so the
command line, the GUI (on its database thread) and the tests share one code path; every change is
attributed to an actor by the caller's audit record.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from forms.clock import now_vn
from forms.errors import MotcuaError
from forms.i18n import N_

MIN_PASSWORD_LENGTH = 8
_LOGIN_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")

# Module-level so tests can swap in cheaper parameters; production uses the RFC 9106 low-memory profile.
hasher = PasswordHasher()


class Role(StrEnum):
    RECEPTION = "reception"  # tiếp nhận và trả kết quả
    PROCESSING = "processing"  # chuyên viên xử lý
    HEAD = "head"  # lãnh đạo / trưởng bộ phận một cửa
    ADMIN = "admin"  # quản trị: tài khoản, cài đặt

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS: dict[Role, str] = {
    Role.RECEPTION: N_("Tiếp nhận hồ sơ"),
    Role.PROCESSING: N_("Xử lý hồ sơ"),
    Role.HEAD: N_("Trưởng bộ phận"),
    Role.ADMIN: N_("Quản trị"),
}


class AccountError(MotcuaError):
    kind = "account"


class BadCredentials(AccountError):
    kind = "bad_credentials"

    def __init__(self) -> None:
        # One message for a wrong login and a wrong password: do not reveal which logins exist.
        super().__init__("Sai tên đăng nhập hoặc mật khẩu")


@dataclass(frozen=True)
class Official:
    login: str
    display_name: str
    role: Role
    active: bool = True

    @property
    def is_admin(self) -> bool:
        return self.role is Role.ADMIN


def normalise_login(login: str) -> str:
    value = login.strip().lower()
    if not _LOGIN_RE.match(value):
        raise AccountError(
            "Tên đăng nhập “{login}” không hợp lệ: 2–32 ký tự, chỉ chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới",
            login=login.strip(),
        )
    return value


def parse_role(value: str) -> Role:
    try:
        return Role(value.strip().lower())
    except ValueError:
        raise AccountError(
            "Vai trò “{role}” không có; chọn một trong: {roles}",
            role=value, roles=", ".join(r.value for r in Role),
        ) from None


def check_password_strength(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError("Mật khẩu phải có ít nhất {n} ký tự", n=MIN_PASSWORD_LENGTH)
    if password.strip() != password:
        raise AccountError("Mật khẩu không được bắt đầu hoặc kết thúc bằng dấu cách")


def hash_password(password: str) -> str:
    return hasher.hash(password)


def _row_to_official(row: sqlite3.Row | tuple[object, ...]) -> Official:
    login, display_name, role, active = row[0], row[1], row[2], row[3]
    return Official(login=str(login), display_name=str(display_name), role=Role(str(role)), active=bool(active))


_COLUMNS = "login, display_name, role, active"


def add_official(
    conn: sqlite3.Connection,
    login: str,
    *,
    display_name: str,
    role: Role | str,
    password: str,
    now: datetime | None = None,
) -> Official:
    login = normalise_login(login)
    role = role if isinstance(role, Role) else parse_role(role)
    display_name = " ".join(display_name.split())
    if not display_name:
        raise AccountError("Thiếu họ và tên của cán bộ")
    check_password_strength(password)
    password_hash = hash_password(password)
    created = (now or now_vn()).isoformat()
    try:
        with conn:
            conn.execute(
                "INSERT INTO officials (login, display_name, role, password_hash, active, created_at)"
                " VALUES (?, ?, ?, ?, 1, ?)",
                (login, display_name, role.value, password_hash, created),
            )
    except sqlite3.IntegrityError:
        raise AccountError("Tên đăng nhập “{login}” đã có", login=login) from None
    return Official(login=login, display_name=display_name, role=role)


def list_officials(conn: sqlite3.Connection, *, include_inactive: bool = True) -> list[Official]:
    where = "" if include_inactive else " WHERE active = 1"
    rows = conn.execute(f"SELECT {_COLUMNS} FROM officials{where} ORDER BY login").fetchall()
    return [_row_to_official(r) for r in rows]


def get_official(conn: sqlite3.Connection, login: str) -> Official | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM officials WHERE login = ?", (login.strip().lower(),)).fetchone()
    return _row_to_official(row) if row else None


def has_active_admin(conn: sqlite3.Connection) -> bool:
    row = conn.execute("SELECT 1 FROM officials WHERE active = 1 AND role = ? LIMIT 1", (Role.ADMIN.value,))
    return row.fetchone() is not None


def count_officials(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM officials").fetchone()[0])


def authenticate(conn: sqlite3.Connection, login: str, password: str) -> Official:
    """The active official with this login and password, or BadCredentials (same message for both)."""
    key = login.strip().lower()
    row = conn.execute(
        f"SELECT {_COLUMNS}, password_hash FROM officials WHERE login = ?", (key,)
    ).fetchone()
    if row is None or not row[3]:
        # Spend the same time as a real check so a wrong login cannot be told from a wrong password.
        _burn_a_verification(password)
        raise BadCredentials()
    stored = str(row[4])
    try:
        hasher.verify(stored, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        raise BadCredentials() from None
    if hasher.check_needs_rehash(stored):
        with conn:
            conn.execute("UPDATE officials SET password_hash = ? WHERE login = ?", (hash_password(password), key))
    return _row_to_official(row)


_DUMMY_HASH: str | None = None


def _burn_a_verification(password: str) -> None:
    global _DUMMY_HASH
    if _DUMMY_HASH is None:
        _DUMMY_HASH = hasher.hash("motcua-dummy-password")
    with contextlib.suppress(VerificationError, InvalidHashError):
        hasher.verify(_DUMMY_HASH, password)


def set_password(conn: sqlite3.Connection, login: str, password: str) -> None:
    check_password_strength(password)
    with conn:
        cur = conn.execute(
            "UPDATE officials SET password_hash = ? WHERE login = ?", (hash_password(password), login)
        )
    if cur.rowcount == 0:
        raise AccountError("Không có tài khoản “{login}”", login=login)


def set_active(conn: sqlite3.Connection, login: str, active: bool) -> None:
    with conn:
        if not active:
            official = get_official(conn, login)
            if official is not None and official.is_admin and _active_admins(conn) <= 1:
                raise AccountError("Không thể khóa quản trị viên cuối cùng")
        cur = conn.execute("UPDATE officials SET active = ? WHERE login = ?", (int(active), login))
    if cur.rowcount == 0:
        raise AccountError("Không có tài khoản “{login}”", login=login)


def _active_admins(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT count(*) FROM officials WHERE active = 1 AND role = ?", (Role.ADMIN.value,))
    return int(row.fetchone()[0])
