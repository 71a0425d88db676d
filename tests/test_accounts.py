"""Officials' accounts: Argon2id hashes, roles, one message for wrong login or password, last admin kept."""

from __future__ import annotations

import sqlite3

import pytest

from sync import accounts
from sync.accounts import AccountError, BadCredentials, Role
from sync.store import Store


@pytest.fixture
def conn(gui_store: Store, fast_hashing: None) -> sqlite3.Connection:
    return gui_store.connection


def test_add_and_authenticate(conn: sqlite3.Connection) -> None:
    lan = accounts.add_official(conn, " Lan.NT ", display_name="Nguyễn  Thị Lan", role="reception",
                                password="mật khẩu dài")
    assert lan.login == "lan.nt" and lan.display_name == "Nguyễn Thị Lan" and lan.role is Role.RECEPTION
    assert accounts.authenticate(conn, "LAN.NT", "mật khẩu dài") == lan
    stored = conn.execute("SELECT password_hash FROM officials").fetchone()[0]
    assert stored.startswith("$argon2id$")
    assert "mật khẩu" not in stored


@pytest.mark.parametrize(("login", "password"), [("lan", "wrong-password"), ("nobody", "mật khẩu dài")])
def test_wrong_login_or_password_get_the_same_message(conn: sqlite3.Connection, login: str, password: str) -> None:
    accounts.add_official(conn, "lan", display_name="Lan", role=Role.RECEPTION, password="mật khẩu dài")
    with pytest.raises(BadCredentials) as err:
        accounts.authenticate(conn, login, password)
    assert str(err.value) == "Sai tên đăng nhập hoặc mật khẩu"


def test_inactive_officials_cannot_sign_in(conn: sqlite3.Connection) -> None:
    accounts.add_official(conn, "admin", display_name="Quản trị", role=Role.ADMIN, password="12345678")
    accounts.add_official(conn, "lan", display_name="Lan", role=Role.RECEPTION, password="12345678")
    accounts.set_active(conn, "lan", False)
    with pytest.raises(BadCredentials):
        accounts.authenticate(conn, "lan", "12345678")
    assert [o.login for o in accounts.list_officials(conn, include_inactive=False)] == ["admin"]


def test_the_last_administrator_cannot_be_deactivated(conn: sqlite3.Connection) -> None:
    accounts.add_official(conn, "admin", display_name="Quản trị", role=Role.ADMIN, password="12345678")
    with pytest.raises(AccountError, match="quản trị viên cuối cùng"):
        accounts.set_active(conn, "admin", False)
    assert accounts.has_active_admin(conn)


@pytest.mark.parametrize(
    ("login", "role", "password", "message"),
    [
        ("l", "reception", "12345678", "không hợp lệ"),
        ("lan nt", "reception", "12345678", "không hợp lệ"),
        ("lân", "reception", "12345678", "không hợp lệ"),
        ("lan", "boss", "12345678", "Vai trò “boss” không có"),
        ("lan", "head", "1234567", "ít nhất 8 ký tự"),
        ("lan", "head", " 12345678", "dấu cách"),
    ],
)
def test_bad_input_is_refused_in_vietnamese(conn: sqlite3.Connection, login: str, role: str, password: str,
                                            message: str) -> None:
    with pytest.raises(AccountError, match=message):
        accounts.add_official(conn, login, display_name="Lan", role=role, password=password)
    assert accounts.count_officials(conn) == 0


def test_duplicate_login_is_refused(conn: sqlite3.Connection) -> None:
    accounts.add_official(conn, "lan", display_name="Lan", role=Role.RECEPTION, password="12345678")
    with pytest.raises(AccountError, match="đã có"):
        accounts.add_official(conn, "LAN", display_name="Lan 2", role=Role.HEAD, password="12345678")


def test_password_change_and_rehash_of_old_parameters(conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch) -> None:
    from argon2 import PasswordHasher

    accounts.add_official(conn, "lan", display_name="Lan", role=Role.RECEPTION, password="12345678")
    accounts.set_password(conn, "lan", "mới-87654321")
    with pytest.raises(BadCredentials):
        accounts.authenticate(conn, "lan", "12345678")
    old = conn.execute("SELECT password_hash FROM officials").fetchone()[0]
    # Stronger parameters arrive with an update: the next successful sign-in upgrades the stored hash.
    monkeypatch.setattr(accounts, "hasher", PasswordHasher(time_cost=2, memory_cost=128, parallelism=1))
    accounts.authenticate(conn, "lan", "mới-87654321")
    new = conn.execute("SELECT password_hash FROM officials").fetchone()[0]
    assert new != old and "t=2" in new


def test_production_hasher_is_argon2id_with_rfc_9106_parameters() -> None:
    h = accounts.hasher
    assert h.type.name == "ID"
    assert h.memory_cost >= 64 * 1024 and h.time_cost >= 2
