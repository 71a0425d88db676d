"""Scanned documents on disk, content-addressed by the SHA-256 of their original bytes.

Layout: `attachments/<first two hex digits>/<sha256>`. A file is written to a temporary name in
`attachments/.tmp/`, flushed and fsync'd, renamed into place (atomic), and its folder fsync'd; only then does
the store insert its row, and a dossier references it in the same transaction as the dossier change. A crash
leaves at worst a file or a row nobody references: `Store.clean_orphan_attachments` removes those once they
are older than a grace period (so a save in progress is never robbed of its file).

What is encrypted (Law 91/2025/QH15, Decree 356/2025: images of identity documents are sensitive data):
- ENCRYPTED: the bytes of every attachment stored with `sensitive=True` — the default, and what the desk
  uses for every scan of a citizen's paper (ID card, birth certificate, certificates, …). AES-256-GCM,
  a fresh 96-bit nonce per file, the SHA-256 bound in as associated data (a file cannot be swapped for
  another). File = b"MCA1" + nonce + ciphertext‖tag.
- NOT ENCRYPTED: attachments stored with `sensitive=False` (blank templates, public documents); the SQLite
  database itself — dossier fields, names, ID numbers, the raw QR payload, attachment file names and MIME
  types — and its backups, which rely on the OS account's permissions and disk encryption (BitLocker) if
  the centre uses it. The SHA-256 of the original bytes is visible (as the file name).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from forms.i18n import N_
from sync.store.errors import AttachmentError

MAGIC = b"MCA1"
NONCE_BYTES = 12
_AAD_PREFIX = b"motcua-attachment-v1:"
_TMP_DIR = ".tmp"
_HEX = frozenset("0123456789abcdef")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def is_sha256(text: str) -> bool:
    return len(text) == 64 and set(text) <= _HEX


def encrypt(key: bytes, sha256: str, data: bytes) -> bytes:
    nonce = secrets.token_bytes(NONCE_BYTES)
    return MAGIC + nonce + AESGCM(key).encrypt(nonce, data, _AAD_PREFIX + sha256.encode("ascii"))


def decrypt(key: bytes, sha256: str, blob: bytes) -> bytes:
    if not blob.startswith(MAGIC) or len(blob) < len(MAGIC) + NONCE_BYTES + 16:
        raise AttachmentError(N_("Tệp quét {sha} không phải tệp đã mã hóa hợp lệ"), sha=sha256[:12])
    nonce = blob[len(MAGIC):len(MAGIC) + NONCE_BYTES]
    try:
        return AESGCM(key).decrypt(nonce, blob[len(MAGIC) + NONCE_BYTES:], _AAD_PREFIX + sha256.encode("ascii"))
    except InvalidTag as exc:
        raise AttachmentError(
            N_("Tệp quét {sha} không giải mã được: tệp bị hỏng hoặc khóa mã hóa không đúng"), sha=sha256[:12]
        ) from exc


def _fsync_handle(handle: BinaryIO) -> None:
    os.fsync(handle.fileno())


def _fsync_dir(path: Path) -> None:
    if os.name == "nt":  # Windows cannot open a directory for fsync; NTFS journals the rename itself
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@dataclass
class AttachmentFiles:
    """The attachments folder. `key` is called only when a file must be encrypted or decrypted."""

    folder: Path
    key: Callable[[bool], bytes]  # key(create) -> the AES key

    def path_for(self, sha256: str) -> Path:
        if not is_sha256(sha256):
            raise AttachmentError(N_("Mã băm tệp quét «{sha}» không hợp lệ"), sha=sha256[:70])
        return self.folder / sha256[:2] / sha256

    def write(self, data: bytes, *, encrypt_it: bool) -> str:
        """Store `data` durably and return its SHA-256 (an existing identical file is kept as is)."""
        sha = sha256_hex(data)
        final = self.path_for(sha)
        if final.exists():
            return sha
        blob = encrypt(self.key(True), sha, data) if encrypt_it else data
        tmp_dir = self.folder / _TMP_DIR
        tmp_dir.mkdir(parents=True, exist_ok=True)
        final.parent.mkdir(parents=True, exist_ok=True)
        tmp = tmp_dir / f"{sha}.{secrets.token_hex(4)}"
        try:
            with open(tmp, "wb") as handle:
                handle.write(blob)
                handle.flush()
                _fsync_handle(handle)
            os.replace(tmp, final)
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
        _fsync_dir(final.parent)
        return sha

    def read(self, sha256: str, *, encrypted: bool) -> bytes:
        path = self.path_for(sha256)
        try:
            blob = path.read_bytes()
        except FileNotFoundError as exc:
            raise AttachmentError(N_("Không tìm thấy tệp quét {sha} trong thư mục dữ liệu"), sha=sha256[:12]) from exc
        data = decrypt(self.key(False), sha256, blob) if encrypted else blob
        if sha256_hex(data) != sha256:
            raise AttachmentError(N_("Tệp quét {sha} bị hỏng (nội dung không khớp mã băm)"), sha=sha256[:12])
        return data

    def remove(self, sha256: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path_for(sha256).unlink()

    def stored(self) -> Iterator[tuple[str, Path]]:
        """Every content file in the folder, as (sha256, path)."""
        if not self.folder.is_dir():
            return
        for sub in self.folder.iterdir():
            if sub.name == _TMP_DIR or not sub.is_dir():
                continue
            for path in sub.iterdir():
                if is_sha256(path.name) and path.name[:2] == sub.name:
                    yield path.name, path

    def stale_temporaries(self, older_than_s: float) -> Iterator[Path]:
        tmp_dir = self.folder / _TMP_DIR
        if not tmp_dir.is_dir():
            return
        limit = time.time() - older_than_s
        for path in tmp_dir.iterdir():
            with contextlib.suppress(FileNotFoundError):
                if path.stat().st_mtime < limit:
                    yield path
