"""The desk's Ed25519 key that signs receipt QR codes.

The private key lives in the OS keyring (`keyring`), never in a file. Which keyring entry belongs to this
data folder is named by a random key id stored in the folder, so several desks on one machine keep separate
keys and a moved data folder keeps its key. The public keys the desk has ever used are kept, newest first,
in `keys/receipt-public-keys.txt` inside the data folder: if the keyring entry is lost (a new Windows
profile, a reinstalled machine) the desk makes a new key, and slips signed with the old one still verify.
"""

from __future__ import annotations

import base64
import logging
import os
import secrets
import tempfile
from pathlib import Path

import keyring
import keyring.errors
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from forms.errors import MotcuaError
from forms.i18n import N_
from forms.receipt_signature import key_fingerprint, load_public_keys, public_key_text
from sync.layout import DataLayout

log = logging.getLogger(__name__)

KEYRING_SERVICE = "MotCua Desk"
_KEY_DIR = "keys"
_KEY_ID_FILE = "receipt-key-id"
_PUBLIC_KEYS_FILE = "receipt-public-keys.txt"


class DeskKeyError(MotcuaError):
    kind = "desk_key"


def key_dir(layout: DataLayout) -> Path:
    return layout.root / _KEY_DIR


def public_keys_file(layout: DataLayout) -> Path:
    return key_dir(layout) / _PUBLIC_KEYS_FILE


def signing_key(layout: DataLayout) -> Ed25519PrivateKey:
    """This desk's signing key, made and stored on first use."""
    entry = _keyring_entry(layout)
    stored = _get_password(entry)
    if stored is not None:
        try:
            key = Ed25519PrivateKey.from_private_bytes(base64.b64decode(stored, validate=True))
        except ValueError as exc:  # binascii.Error is a ValueError too
            raise DeskKeyError(N_("Khóa ký phiếu trong kho khóa của hệ điều hành bị hỏng")) from exc
        _remember_public_key(layout, key.public_key())
        return key
    key = Ed25519PrivateKey.generate()
    raw = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())
    _set_password(entry, base64.b64encode(raw).decode("ascii"))
    _remember_public_key(layout, key.public_key())
    log.info("new receipt signing key created, fingerprint %s", key_fingerprint(key.public_key()))
    return key


def public_keys(layout: DataLayout) -> list[Ed25519PublicKey]:
    """Every public key this desk has signed with, newest first. Reads the data folder only (no keyring),
    so slips can be checked on a machine that holds the folder but not the desk's secret."""
    path = public_keys_file(layout)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise DeskKeyError(N_("Bàn tiếp nhận này chưa ký phiếu nào nên chưa có khóa công khai")) from exc
    except OSError as exc:
        raise DeskKeyError(N_("Không đọc được tệp khóa công khai {path}"), path=str(path)) from exc
    return load_public_keys(text)


def export_public_key(layout: DataLayout) -> str:
    """The current public key as one base64 line, to hand to whoever verifies this desk's slips."""
    return public_key_text(signing_key(layout).public_key())


def _keyring_entry(layout: DataLayout) -> str:
    path = key_dir(layout) / _KEY_ID_FILE
    try:
        key_id = path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        key_id = ""
    except (OSError, UnicodeDecodeError) as exc:
        raise DeskKeyError(N_("Không đọc được tệp {path}"), path=str(path)) from exc
    if not key_id:
        key_id = secrets.token_hex(16)
        _write_atomic(path, key_id + "\n")
    return f"receipt-signing/{key_id}"


def _remember_public_key(layout: DataLayout, key: Ed25519PublicKey) -> None:
    path = public_keys_file(layout)
    line = public_key_text(key)
    try:
        existing = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    except OSError as exc:
        raise DeskKeyError(N_("Không đọc được tệp khóa công khai {path}"), path=str(path)) from exc
    rows = [row for row in existing if row.strip() and not row.startswith("#")]
    if rows and rows[0].split()[0] == line:
        return
    kept = [row for row in rows if row.split()[0] != line]
    header = "# Khóa công khai ký phiếu tiếp nhận của bàn này, khóa mới nhất ở đầu. Không chứa bí mật."
    _write_atomic(path, "\n".join([header, f"{line} {key_fingerprint(key).replace(' ', '')}", *kept]) + "\n")


def _get_password(entry: str) -> str | None:
    try:
        return keyring.get_password(KEYRING_SERVICE, entry)
    except keyring.errors.KeyringError as exc:
        raise DeskKeyError(N_("Không truy cập được kho khóa của hệ điều hành: {kind}"), kind=type(exc).__name__) from exc


def _set_password(entry: str, value: str) -> None:
    try:
        keyring.set_password(KEYRING_SERVICE, entry, value)
    except keyring.errors.KeyringError as exc:
        raise DeskKeyError(N_("Không lưu được khóa ký vào kho khóa của hệ điều hành: {kind}"), kind=type(exc).__name__) from exc


def _write_atomic(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise DeskKeyError(N_("Không ghi được tệp {path}: {reason}"), path=str(path), reason=exc.strerror or exc) from exc
