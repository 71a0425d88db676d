"""Reference data, backups, training-data purge and the full integrity check (part of `Store`)."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import Any

from sync.store import backup as backup_mod
from sync.store._base import StoreBase
from sync.store.codec import dt_from_db, dt_to_db, json_dumps, json_loads
from sync.store.errors import AttachmentError, BackupInfo
from sync.store.models import ReferenceDocument

log = logging.getLogger(__name__)

BACKUP_KEEP_KEY = "backup.keep"
BACKUP_SECOND_FOLDER_KEY = "backup.second_folder"


class UpkeepMixin(StoreBase):
    def put_reference(self, kind: str, version: str, document: Any) -> None:
        """Keep a version of reference data (catalogue, calendar overrides, agency list) as pulled."""
        with self._write() as conn:
            conn.execute(
                "INSERT INTO reference_data (kind, version, document, received_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (kind, version) DO UPDATE SET document = excluded.document,"
                " received_at = excluded.received_at",
                (kind, version, json_dumps(document), dt_to_db(self.now())),
            )

    def get_reference(self, kind: str, version: str | None = None) -> ReferenceDocument | None:
        """A given version, or the most recently received one."""
        sql = "SELECT kind, version, document, received_at FROM reference_data WHERE kind = ?"
        params: list[Any] = [kind]
        if version is not None:
            sql += " AND version = ?"
            params.append(version)
        sql += " ORDER BY received_at DESC, version DESC LIMIT 1"
        with self._read():
            row = self._conn.execute(sql, params).fetchone()
        if row is None:
            return None
        return ReferenceDocument(kind=row[0], version=row[1], document=json_loads(row[2]),
                                 received_at=dt_from_db(row[3]) or self.now())

    def reference_versions(self, kind: str) -> list[str]:
        with self._read():
            rows = self._conn.execute(
                "SELECT version FROM reference_data WHERE kind = ? ORDER BY received_at DESC", (kind,)
            ).fetchall()
        return [r[0] for r in rows]

    def backup(self, reason: str = "manual", *, target: Path | None = None) -> backup_mod.BackupResult:
        """An online backup: rotating into `backups/` (and the second folder when set), or to `target`."""
        with self._lock, self._faults():
            if target is not None:
                backup_mod.copy_database(self._conn, target)
                info = BackupInfo(path=target, taken_at=self.now().replace(microsecond=0),
                                             reason=reason, size=target.stat().st_size)
                return backup_mod.BackupResult(info)
            return self._take_backup(reason)

    def _take_backup(self, reason: str) -> backup_mod.BackupResult:
        keep_text = self.get_setting(BACKUP_KEEP_KEY) if reason != "pre-migration" else None
        keep = int(keep_text) if keep_text and keep_text.isdigit() and int(keep_text) > 0 else backup_mod.DEFAULT_KEEP
        second = self.get_setting(BACKUP_SECOND_FOLDER_KEY) if reason != "pre-migration" else None
        return backup_mod.take_backup(
            self._conn, self.layout, reason=reason, now=self.now(), keep=keep,
            second_folder=Path(second) if second else None,
        )

    def backup_if_due(self) -> backup_mod.BackupResult | None:
        """Take today's "daily" backup unless one exists (the GUI calls this at start and every hour)."""
        today = self.now().date()
        for info in backup_mod.list_backups(self.layout.backups):
            if info.reason == "daily" and info.taken_at.date() == today:
                return None
        return self.backup("daily")

    def purge_training(self) -> int:
        """Delete every training dossier with its events, links and conflicts; real data is untouched."""
        with self._write() as conn:
            uuids = [r[0] for r in conn.execute("SELECT uuid FROM dossiers WHERE training = 1")]
            for chunk_start in range(0, len(uuids), 500):
                chunk = uuids[chunk_start:chunk_start + 500]
                marks = ",".join("?" * len(chunk))
                for table in ("events", "outbox", "dossier_attachments", "conflicts"):
                    conn.execute(f"DELETE FROM {table} WHERE dossier_uuid IN ({marks})", chunk)
                conn.execute(f"DELETE FROM dossiers WHERE uuid IN ({marks}) AND training = 1", chunk)
        log.info("purged %d training dossier(s)", len(uuids))
        return len(uuids)

    def integrity_problems(self) -> list[str]:
        """A full check for `motcua db check`: SQLite's integrity and foreign keys, the search index against
        the dossiers, the audit trail and outbox against the dossiers, the scans against their files."""
        problems: list[str] = []
        with self._lock, self._faults():
            conn = self._conn
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check(20)")]
            if rows != ["ok"]:
                problems.extend(f"integrity_check: {r}" for r in rows)
            for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check").fetchall()[:20]:
                problems.append(f"foreign_key_check: {table} row {rowid} → {parent}")
            try:
                conn.execute("INSERT INTO dossier_fts(dossier_fts, rank) VALUES ('integrity-check', 1)")
            except sqlite3.DatabaseError as exc:
                problems.append(f"search index: {exc}")
            missing_create = conn.execute(
                "SELECT count(*) FROM dossiers d WHERE NOT EXISTS"
                " (SELECT 1 FROM events e WHERE e.dossier_uuid = d.uuid)"
            ).fetchone()[0]
            if missing_create:
                problems.append(f"{missing_create} dossier(s) without any event in the audit trail")
            unqueued = conn.execute(
                "SELECT count(*) FROM dossiers d WHERE d.training = 0 AND d.channel != 2 AND d.portal_revision IS NULL"
                " AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.dossier_uuid = d.uuid)"
                " AND d.sync_state = 'pending'"
            ).fetchone()[0]
            if unqueued:
                problems.append(f"{unqueued} dossier(s) pending without an outbox row")
            for (sha, encrypted) in conn.execute("SELECT sha256, encrypted FROM attachments").fetchall():
                if not self._files.path_for(sha).exists():
                    problems.append(f"attachment {sha[:12]}… missing its file")
                elif not encrypted:
                    try:
                        self._files.read(sha, encrypted=False)
                    except AttachmentError:
                        problems.append(f"attachment {sha[:12]}… content does not match its hash")
        return problems
