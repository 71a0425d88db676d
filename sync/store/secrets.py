"""The key that encrypts sensitive attachments, kept in the OS keyring (never in a file of the data folder).

`KeyProvider` is the seam: the store asks it for a named 32-byte key; tests hand the store an in-memory
provider, or set an in-memory `keyring` backend. `KeyringKeys` is the real one, on `keyring`:
Windows Credential Manager, macOS Keychain, Secret Service on Linux desktops. A machine with no OS keyring
(a bare Linux box) falls back to keyrings.alt's plain-text file backend, and says so in the log once —
the data folder then relies on the OS account's file permissions alone, as the log line warns.

The key is named after the store's random id (settings `store.id`), so two desks on one machine have two
keys and a restored backup still finds its key. If the keyring entry is lost (new Windows profile), the
encrypted scans of that desk cannot be read any more: `AttachmentKeyMissing` says so.
"""

from __future__ import annotations

import base64
import binascii
import logging
import secrets
import threading
from typing import Protocol

import keyring
import keyring.errors

from forms.i18n import N_
from sync.store.errors import AttachmentKeyMissing

log = logging.getLogger(__name__)

KEYRING_SERVICE = "MotCua Desk"
KEY_BYTES = 32  # AES-256


class KeyProvider(Protocol):
    def get_key(self, name: str) -> bytes | None: ...

    def set_key(self, name: str, key: bytes) -> None: ...


_checked_backend = False
_check_lock = threading.Lock()


def ensure_usable_keyring() -> None:
    """Make sure `keyring` has a backend; fall back to the plain-text file one where the OS has none."""
    global _checked_backend
    with _check_lock:
        if _checked_backend:
            return
        _checked_backend = True
        backend = keyring.get_keyring()
        name = f"{type(backend).__module__}.{type(backend).__name__}"
        if name.startswith("keyring.backends.fail") or (
            name.startswith("keyring.backends.chainer") and not getattr(backend, "backends", None)
        ):
            from keyrings.alt.file import PlaintextKeyring

            keyring.set_keyring(PlaintextKeyring())
            log.warning("no OS keyring on this machine: keys are kept by keyrings.alt in a plain-text file "
                        "protected only by the OS account's permissions")
        elif name.startswith("keyrings.alt"):
            log.warning("keyring backend %s keeps keys in a file, not in an OS keyring", type(backend).__name__)


class KeyringKeys:
    """Keys in the OS keyring through `keyring`, base64-encoded under one service name."""

    def __init__(self, service: str = KEYRING_SERVICE) -> None:
        self.service = service

    def get_key(self, name: str) -> bytes | None:
        ensure_usable_keyring()
        try:
            stored = keyring.get_password(self.service, name)
        except keyring.errors.KeyringError as exc:
            raise AttachmentKeyMissing(
                N_("Không đọc được khóa mã hóa tệp quét từ kho khóa của hệ điều hành ({reason})"),
                reason=type(exc).__name__,
            ) from exc
        if stored is None:
            return None
        try:
            return base64.b64decode(stored, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise AttachmentKeyMissing(N_("Khóa mã hóa tệp quét trong kho khóa của hệ điều hành bị hỏng")) from exc

    def set_key(self, name: str, key: bytes) -> None:
        ensure_usable_keyring()
        try:
            keyring.set_password(self.service, name, base64.b64encode(key).decode("ascii"))
        except keyring.errors.KeyringError as exc:
            raise AttachmentKeyMissing(
                N_("Không lưu được khóa mã hóa tệp quét vào kho khóa của hệ điều hành ({reason})"),
                reason=type(exc).__name__,
            ) from exc


class MemoryKeys:
    """Keys in a dict: for tests and for tools that must never touch the real keyring."""

    def __init__(self) -> None:
        self.keys: dict[str, bytes] = {}

    def get_key(self, name: str) -> bytes | None:
        return self.keys.get(name)

    def set_key(self, name: str, key: bytes) -> None:
        self.keys[name] = key


def attachment_key_name(store_id: str) -> str:
    return f"attachments-key:{store_id}"


def load_or_create_key(provider: KeyProvider, store_id: str, *, create: bool) -> bytes:
    """The store's attachment key; a new one is made only when `create` (a first encrypted write)."""
    name = attachment_key_name(store_id)
    key = provider.get_key(name)
    if key is not None:
        if len(key) != KEY_BYTES:
            raise AttachmentKeyMissing(N_("Khóa mã hóa tệp quét trong kho khóa của hệ điều hành bị hỏng"))
        return key
    if not create:
        raise AttachmentKeyMissing(
            N_("Không tìm thấy khóa mã hóa tệp quét của bàn này trong kho khóa của hệ điều hành; các tệp quét "
               "đã mã hóa không đọc được trên máy hoặc tài khoản này")
        )
    key = secrets.token_bytes(KEY_BYTES)
    provider.set_key(name, key)
    if provider.get_key(name) != key:  # a backend that silently drops writes must not lose our scans
        raise AttachmentKeyMissing(N_("Kho khóa của hệ điều hành không giữ được khóa mã hóa tệp quét"))
    log.info("new attachment encryption key created")
    return key
