"""The desk's signing key in the OS keyring (an in-memory backend here) and its public-key history."""

from __future__ import annotations

import base64
from datetime import datetime
from pathlib import Path

import keyring.backend
import keyring.errors
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from forms.receipt_signature import ReceiptClaim, ReceiptSignatureInvalid, sign_receipt, verify_receipt_text
from sync import keys
from sync.layout import DataLayout
from tests.print_fixtures import MemoryKeyring, memory_keyring

__all__ = ["memory_keyring"]


def _layout(tmp_path: Path, name: str = "desk") -> DataLayout:
    root = tmp_path / name
    root.mkdir()
    return DataLayout(root)


def _slip(key: Ed25519PrivateKey) -> str:
    claim = ReceiptClaim.for_dossier(
        dossier_code="000.00.12.H49-250715-0001", id_number="049190123456",
        received_at=datetime(2025, 7, 15, 9, 30), due_at=None,
        desk="000.00.12.H49/1", lookup_url="https://dichvucong.gov.vn/tra-cuu-ho-so",
    )
    return sign_receipt(claim, key).to_qr_text()


def test_key_is_made_once_and_kept_in_the_keyring(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    layout = _layout(tmp_path)
    first = keys.signing_key(layout)
    again = keys.signing_key(layout)
    raw = first.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())
    assert again.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                               serialization.NoEncryption()) == raw
    assert len(memory_keyring.entries) == 1
    (service, _entry), stored = next(iter(memory_keyring.entries.items()))
    assert service == keys.KEYRING_SERVICE
    assert base64.b64decode(stored) == raw
    # The secret is in the keyring only: no file of the data folder holds it.
    for path in layout.root.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            assert raw not in content and stored.encode() not in content


def test_public_key_is_exported_and_verifies_slips(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    layout = _layout(tmp_path)
    text = _slip(keys.signing_key(layout))
    exported = keys.export_public_key(layout)
    assert verify_receipt_text(text, keys.public_keys(layout)).dossier_code
    assert exported in keys.public_keys_file(layout).read_text(encoding="utf-8")


def test_two_data_folders_have_two_keys(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    desk_a, desk_b = _layout(tmp_path, "a"), _layout(tmp_path, "b")
    assert keys.export_public_key(desk_a) != keys.export_public_key(desk_b)
    with pytest.raises(ReceiptSignatureInvalid):
        verify_receipt_text(_slip(keys.signing_key(desk_a)), keys.public_keys(desk_b))


def test_a_lost_keyring_entry_gives_a_new_key_and_old_slips_still_verify(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    layout = _layout(tmp_path)
    old_slip = _slip(keys.signing_key(layout))
    old_public = keys.export_public_key(layout)
    memory_keyring.entries.clear()  # a new Windows profile, a reinstalled machine …
    new_slip = _slip(keys.signing_key(layout))
    assert keys.export_public_key(layout) != old_public
    history = keys.public_keys(layout)
    assert len(history) == 2
    assert verify_receipt_text(old_slip, history)
    assert verify_receipt_text(new_slip, history[:1])  # newest first


def test_a_desk_that_never_signed_has_no_public_key_and_gets_none_made(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    layout = _layout(tmp_path)
    with pytest.raises(keys.DeskKeyError) as caught:
        keys.public_keys(layout)
    assert "chưa có khóa công khai" in str(caught.value)
    assert memory_keyring.entries == {}


def test_a_moved_data_folder_keeps_its_key(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    layout = _layout(tmp_path, "before")
    public = keys.export_public_key(layout)
    moved = tmp_path / "after"
    layout.root.rename(moved)
    assert keys.export_public_key(DataLayout(moved)) == public


class _BrokenKeyring(keyring.backend.KeyringBackend):
    # Defining a backend class registers it with keyring for the whole process; "not viable" keeps it out of the
    # default chain that other tests in the same worker use (it got in there under xdist). Installed by hand below.
    priority = 1
    viable = False

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("no")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.PasswordDeleteError("no")


def test_an_unreachable_keyring_is_a_vietnamese_error(tmp_path: Path) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(_BrokenKeyring())  # type: ignore[no-untyped-call]
    try:
        with pytest.raises(keys.DeskKeyError) as caught:
            keys.signing_key(_layout(tmp_path))
    finally:
        keyring.set_keyring(previous)
    assert "kho khóa" in str(caught.value)


def test_a_damaged_keyring_entry_is_reported_not_replaced(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    layout = _layout(tmp_path)
    keys.signing_key(layout)
    entry = next(iter(memory_keyring.entries))
    memory_keyring.entries[entry] = "not a key"
    with pytest.raises(keys.DeskKeyError) as caught:
        keys.signing_key(layout)
    assert "bị hỏng" in str(caught.value)
    assert memory_keyring.entries[entry] == "not a key"
