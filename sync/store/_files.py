"""Scans attached to dossiers (part of `Store`); the files themselves are in `sync.store.attachments`."""

from __future__ import annotations

import contextlib
import logging
import time
from datetime import timedelta

from forms.i18n import N_
from sync.store._base import StoreBase
from sync.store.codec import dt_from_db, dt_to_db
from sync.store.errors import AttachmentError
from sync.store.models import AttachmentInfo

log = logging.getLogger(__name__)

ORPHAN_GRACE = timedelta(hours=1)


class AttachmentsMixin(StoreBase):
    def add_attachment(self, data: bytes, *, mime: str, original_name: str = "", sensitive: bool = True) -> AttachmentInfo:
        """Store a scan durably (encrypted unless `sensitive=False`) and return its info; reference it from a
        `DocumentItem.attachment_sha256` in the next save. Unreferenced scans are removed after an hour."""
        now = self.now()
        with self._lock, self._faults():
            sha = self._files.write(data, encrypt_it=sensitive)
        with self._write() as conn:
            conn.execute(
                "INSERT INTO attachments (sha256, size, mime, encrypted, original_name, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING",
                (sha, len(data), mime, int(sensitive), original_name, dt_to_db(now)),
            )
        info = self.attachment_info(sha)
        assert info is not None
        return info

    def attachment_info(self, sha256: str) -> AttachmentInfo | None:
        with self._read():
            row = self._conn.execute(
                "SELECT sha256, size, mime, encrypted, original_name, created_at FROM attachments WHERE sha256 = ?",
                (sha256,),
            ).fetchone()
        if row is None:
            return None
        return AttachmentInfo(sha256=row[0], size=row[1], mime=row[2], encrypted=bool(row[3]),
                              original_name=row[4], created_at=dt_from_db(row[5]) or self.now())

    def read_attachment(self, sha256: str, *, actor: str, dossier_uuid: str | None = None, role: str = "") -> bytes:
        """The original bytes of a scan (decrypted, hash-checked). Opening a scan is audited."""
        info = self.attachment_info(sha256)
        if info is None:
            raise AttachmentError(N_("Không có tệp quét {sha} trong cơ sở dữ liệu"), sha=sha256[:12])
        with self._lock, self._faults():
            data = self._files.read(sha256, encrypted=info.encrypted)
        self.audit(dossier_uuid, "open_attachment", actor, {"sha256": sha256}, role=role)
        return data

    def dossier_attachments(self, uuid: str) -> list[AttachmentInfo]:
        with self._read():
            rows = self._conn.execute("SELECT sha256 FROM dossier_attachments WHERE dossier_uuid = ? ORDER BY linked_at",
                                      (uuid,)).fetchall()
        infos = [self.attachment_info(r[0]) for r in rows]
        return [i for i in infos if i is not None]

    def clean_orphan_attachments(self, *, grace: timedelta = ORPHAN_GRACE) -> int:
        """Remove scans no dossier references (rows and files), and files without a row, once older than
        `grace`. Returns how many contents were removed."""
        cutoff = self.now() - grace
        removed = 0
        with self._write() as conn:
            rows = conn.execute(
                "SELECT sha256 FROM attachments a WHERE created_at < ? AND NOT EXISTS"
                " (SELECT 1 FROM dossier_attachments l WHERE l.sha256 = a.sha256)", (dt_to_db(cutoff),)
            ).fetchall()
            for (sha,) in rows:
                conn.execute("DELETE FROM attachments WHERE sha256 = ?", (sha,))
            known = {r[0] for r in conn.execute("SELECT sha256 FROM attachments")}
        # Files go after the rows are gone (committed): a crash in between leaves files without rows, which
        # the next run removes; never a row without its file.
        for (sha,) in rows:
            self._files.remove(sha)
            removed += 1
        limit = time.time() - grace.total_seconds()  # file times are the file system's, not the store clock's
        for sha, path in list(self._files.stored()):
            if sha in known:
                continue
            with contextlib.suppress(FileNotFoundError):
                if path.stat().st_mtime < limit:
                    path.unlink()
                    removed += 1
        for tmp in list(self._files.stale_temporaries(grace.total_seconds())):
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
        if removed:
            log.info("removed %d orphan attachment(s)", removed)
        return removed
