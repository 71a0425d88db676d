"""Portal credentials live in the OS keyring, per desk; a plain file only where no keyring exists (logged)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest

from forms.errors import InvalidInput
from sync.credentials import (
    Credentials,
    backend_for,
    delete_credentials,
    load_credentials,
    normalise_url,
    save_credentials,
)
from sync.layout import DataLayout
from sync.portal.server import BackgroundPortal
from tests.cli_helpers import run_cli
from tests.sync_fixtures import AGENCY, PASSWORD, MemoryKeyring, make_portal, memory_keyring

__all__ = ["memory_keyring"]


def test_credentials_round_trip_through_the_keyring(memory_keyring: MemoryKeyring, tmp_path: Path) -> None:
    layout = DataLayout(tmp_path / "desk")
    save_credentials(layout, "https://Portal.Example.vn/", "ban-1", "mật khẩu")
    got = load_credentials(layout, "https://portal.example.vn")
    assert got == Credentials("https://portal.example.vn", "ban-1", "mật khẩu")
    assert "mật khẩu" not in repr(got)
    # Stored in the keyring, and nowhere in the data folder.
    assert any("mật khẩu" in value for value in memory_keyring.entries.values())
    assert not any(b"m\xe1\xba\xadt" in p.read_bytes() for p in (tmp_path / "desk").rglob("*") if p.is_file())
    assert delete_credentials(layout, "https://portal.example.vn")
    assert load_credentials(layout, "https://portal.example.vn") is None
    assert not delete_credentials(layout, "https://portal.example.vn")


def test_two_desks_on_one_machine_keep_their_own_accounts(memory_keyring: MemoryKeyring, tmp_path: Path) -> None:
    a, b = DataLayout(tmp_path / "a"), DataLayout(tmp_path / "b")
    save_credentials(a, "http://127.0.0.1:8765", "ban-1", "p1")
    save_credentials(b, "http://127.0.0.1:8765", "ban-2", "p2")
    assert load_credentials(a, "http://127.0.0.1:8765").username == "ban-1"  # type: ignore[union-attr]
    assert load_credentials(b, "http://127.0.0.1:8765").username == "ban-2"  # type: ignore[union-attr]


@pytest.mark.parametrize("url", ["portal.example.vn", "ftp://portal", "https://", ""])
def test_a_bad_portal_address_is_refused_in_vietnamese(url: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        normalise_url(url)
    assert "Địa chỉ cổng" in str(caught.value)


@pytest.fixture
def no_os_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())  # type: ignore[no-untyped-call]
    try:
        yield
    finally:
        keyring.set_keyring(previous)


def test_without_an_os_keyring_a_plain_file_in_the_data_folder_is_used_and_logged(
        no_os_keyring: None, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    layout = DataLayout(tmp_path / "desk")
    with caplog.at_level(logging.WARNING, logger="sync.credentials"):
        save_credentials(layout, "http://127.0.0.1:8765", "ban-1", "bí mật")
        assert load_credentials(layout, "http://127.0.0.1:8765").password == "bí mật"  # type: ignore[union-attr]
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "no OS keyring" in warnings[0]
    assert "bí mật" not in warnings[0]
    plain = Path(backend_for(layout).file_path)  # type: ignore[attr-defined]
    assert plain.is_relative_to(tmp_path / "desk") and plain.exists()


def test_sync_login_checks_the_account_and_stores_it(memory_keyring: MemoryKeyring, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    portal = make_portal(tmp_path, ("ban-1", AGENCY))
    desk = str(tmp_path / "desk")
    with BackgroundPortal(portal) as server:
        wrong = run_cli(capsys, "--data-dir", desk, "sync", "login", "--portal", server.url, "--user", "ban-1",
                        "--password", "sai")
        assert wrong.code == 2 and "Sai tên tài khoản hoặc mật khẩu" in wrong.err
        assert load_credentials(DataLayout(Path(desk).resolve()), server.url) is None
        good = run_cli(capsys, "--data-dir", desk, "sync", "login", "--portal", server.url, "--user", "ban-1",
                       "--password", PASSWORD, "--json")
        assert good.code == 0
        assert good.json()["verified"] is True and good.json()["agency"] == AGENCY
        url = server.url
    offline = run_cli(capsys, "--data-dir", desk, "sync", "login", "--portal", url, "--user", "ban-1",
                      "--password", PASSWORD, "--json")
    assert offline.code == 0 and offline.json()["verified"] is False  # saved; checked at the next sync
    status = run_cli(capsys, "--data-dir", desk, "sync", "status", "--json").json()
    assert status["portal"] == url and status["logged_in"] is True
