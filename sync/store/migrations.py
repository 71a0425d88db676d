"""The store's schema, as numbered migrations recorded in `PRAGMA user_version`.

Rules:
- A migration, once released, never changes: fix a mistake with a new one. Tables are created with
  sqlite-utils (its DDL is plain and stable); what it cannot express (FTS5, triggers, expression indexes,
  AUTOINCREMENT) is written as SQL here.
- Each migration runs in its own `BEGIN IMMEDIATE` transaction together with its `user_version` bump, so a
  crash leaves the database at the previous version or the next, never in between.
- Before upgrading a database that already holds data, the store takes a backup (`Store.open`).
- `tests/test_store_migrations.py` builds a database at every earlier version, fills it with that version's
  sample rows, upgrades it, and compares the schema with a fresh one: a new migration is tested by adding
  it here and its sample rows there.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

import sqlite_utils

from forms.text import fold
from sync.store.report_schema import v5_reports

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    apply: Callable[[sqlite3.Connection], None]


def _db(conn: sqlite3.Connection) -> sqlite_utils.Database:
    # No plugins, no connection-wide pragmas: the store owns the connection's settings.
    return sqlite_utils.Database(conn, recursive_triggers=False, execute_plugins=False)


# --------------------------------------------------------------------------------------------- v1


def _v1_core(conn: sqlite3.Connection) -> None:
    db = _db(conn)
    db.create_table(
        "dossiers",
        {
            "id": int,  # local row id: stable for the full-text index (a TEXT key's hidden rowid is not)
            "uuid": str,  # made on the desk (or by the portal for online dossiers): the identity everywhere
            "code": str,
            "procedure_code": str,
            "procedure_name": str,
            "catalogue_version": str,
            "applicant_kind": int,
            "applicant_name": str,
            "applicant_id_number": str,
            "applicant_old_id_number": str,
            "applicant_birth_date": str,
            "applicant_sex": str,
            "applicant_address": str,
            "applicant_phone": str,
            "applicant_email": str,
            "applicant_raw_qr": str,
            "applicant_provenance": str,  # JSON {field: "qr" | "typed" | "portal"}
            "authorised_by": str,  # JSON or NULL
            "form_data": str,  # JSON
            "documents": str,  # JSON checklist
            "fee": int,
            "sets": int,
            "result_delivery": str,
            "summary": str,
            "note": str,
            "received_at": str,
            "due_at": str,
            "rescheduled_due_at": str,
            "finished_at": str,
            "returned_at": str,
            "status": int,  # the portal's TrangThaiHoSo code
            "channel": int,  # HinhThuc
            "agency_code": str,
            "field_code": str,
            "field_name": str,
            "revision": int,  # optimistic concurrency: +1 at every write
            "sync_state": str,
            "training": int,
            "rating": int,  # satisfaction at return: 1 = not satisfied … scale
            "rating_scale": int,  # 3 (counter) or 5
            "rating_comment": str,
            "rating_criteria": str,  # JSON
            "rated_at": str,
            "portal_revision": int,  # the portal's revision of this dossier, kept by the sync engine
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={
            "uuid", "code", "procedure_code", "procedure_name", "catalogue_version", "applicant_kind",
            "applicant_name", "applicant_provenance", "form_data", "documents", "fee", "sets",
            "result_delivery", "summary", "note", "received_at", "status", "channel", "agency_code",
            "field_code", "field_name", "revision", "sync_state", "training", "created_at", "updated_at",
        },
        defaults={
            "applicant_kind": 1, "applicant_provenance": "{}", "form_data": "{}", "documents": "[]",
            "fee": 0, "sets": 1, "result_delivery": "desk", "summary": "", "note": "", "channel": 1,
            "agency_code": "", "field_code": "", "field_name": "", "revision": 1, "sync_state": "pending",
            "training": 0,
        },
    )
    dossiers = db.table("dossiers")
    dossiers.create_index(["uuid"], index_name="dossiers_uuid", unique=True)
    dossiers.create_index(["code"], index_name="dossiers_code", unique=True)
    dossiers.create_index(["received_at"], index_name="dossiers_received_at")
    dossiers.create_index(["status", "received_at"], index_name="dossiers_status_received_at")
    dossiers.create_index(["applicant_id_number"], index_name="dossiers_applicant_id_number")
    dossiers.create_index(["sync_state"], index_name="dossiers_sync_state")
    dossiers.create_index(["training"], index_name="dossiers_training")
    conn.execute(
        "CREATE INDEX dossiers_effective_due ON dossiers (COALESCE(rescheduled_due_at, due_at))"
    )
    # Real dossiers are never deleted (training data may be purged): the audit trail must stay whole.
    conn.execute(
        """CREATE TRIGGER dossiers_keep_real BEFORE DELETE ON dossiers WHEN OLD.training = 0
           BEGIN SELECT RAISE(ABORT, 'a dossier that is not training data cannot be deleted'); END"""
    )

    db.create_table(
        "events",
        {
            "id": int,
            "uuid": str,
            "dossier_uuid": str,  # NULL for audit entries about no dossier (an export, a login)
            "action": str,
            "actor": str,
            "role": str,
            "at": str,  # device time of the action
            "recorded_at": str,
            "from_status": int,
            "to_status": int,
            "reason": str,
            "form": str,
            "changes": str,  # JSON: field changes, or the details of an audit entry
        },
        pk="id",
        not_null={"uuid", "action", "actor", "role", "at", "recorded_at", "reason", "changes"},
        defaults={"role": "", "reason": "", "changes": "{}"},
        foreign_keys=[("dossier_uuid", "dossiers", "uuid")],
    )
    events = db.table("events")
    events.create_index(["uuid"], index_name="events_uuid", unique=True)
    events.create_index(["dossier_uuid", "id"], index_name="events_dossier")
    events.create_index(["at"], index_name="events_at")
    conn.execute(
        """CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
           BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"""
    )
    conn.execute(
        """CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
           WHEN OLD.dossier_uuid IS NULL
             OR NOT EXISTS (SELECT 1 FROM dossiers WHERE uuid = OLD.dossier_uuid AND training = 1)
           BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"""
    )

    # AUTOINCREMENT: ids are never reused after acknowledged rows are pruned, so they order the queue.
    conn.execute(
        """CREATE TABLE outbox (
               id INTEGER PRIMARY KEY AUTOINCREMENT,
               event_uuid TEXT NOT NULL UNIQUE REFERENCES events(uuid),
               dossier_uuid TEXT NOT NULL REFERENCES dossiers(uuid),
               kind TEXT NOT NULL,
               payload TEXT NOT NULL,
               created_at TEXT NOT NULL,
               state TEXT NOT NULL DEFAULT 'pending',
               attempts INTEGER NOT NULL DEFAULT 0,
               last_error TEXT,
               acknowledged_at TEXT
           )"""
    )
    conn.execute("CREATE INDEX outbox_state ON outbox (state, id)")
    conn.execute("CREATE INDEX outbox_dossier ON outbox (dossier_uuid)")

    db.create_table(
        "daily_sequences",
        {"agency": str, "day": str, "desk": int, "last": int, "updated_at": str},
        pk=("agency", "day", "desk"),
        not_null={"last", "updated_at"},
    )
    db.create_table(
        "settings",
        {"key": str, "value": str, "updated_at": str},
        pk="key",
        not_null={"value", "updated_at"},
    )
    db.create_table(
        "officials",
        {"login": str, "display_name": str, "role": str, "password_hash": str, "active": int, "created_at": str},
        pk="login",
        not_null={"display_name", "role", "password_hash", "active", "created_at"},
        defaults={"active": 1},
    )
    db.create_table(
        "conflicts",
        {
            "id": int,
            "dossier_uuid": str,
            "local": str,  # JSON document of the desk's version
            "remote": str,  # JSON document of the portal's version
            "fields": str,  # JSON list of the fields that differ
            "detected_at": str,
            "resolved_at": str,
            "resolution": str,
            "resolved_by": str,
        },
        pk="id",
        not_null={"dossier_uuid", "local", "remote", "fields", "detected_at"},
        defaults={"fields": "[]"},
        foreign_keys=[("dossier_uuid", "dossiers", "uuid")],
    )
    db.table("conflicts").create_index(["dossier_uuid"], index_name="conflicts_dossier")
    db.table("conflicts").create_index(["resolved_at"], index_name="conflicts_open")
    db.create_table(
        "reference_data",
        {"kind": str, "version": str, "document": str, "received_at": str},
        pk=("kind", "version"),
        not_null={"document", "received_at"},
    )


# --------------------------------------------------------------------------------------------- v2


def _v2_search(conn: sqlite3.Connection) -> None:
    """Full-text search over a folded copy of the searchable fields (domain.md §9).

    The folded text is computed in Python (`codec.search_text`: đ → d, no marks, lower case) and kept in
    `dossiers.search_text`; an external-content FTS5 index follows it through plain SQL triggers, so no
    connection needs a Python function registered to write a dossier.
    """
    conn.execute("ALTER TABLE dossiers ADD COLUMN search_text TEXT NOT NULL DEFAULT ''")
    rows = conn.execute(
        "SELECT id, code, applicant_name, applicant_id_number, applicant_old_id_number, applicant_phone,"
        " procedure_name, procedure_code FROM dossiers"
    ).fetchall()
    for row_id, code, name, id_number, old_id, phone, procedure_name, procedure_code in rows:
        # Frozen copy of codec.search_text as it was when v2 was written (migrations never change).
        parts = [code, name, id_number or "", old_id or "", phone or "", re.sub(r"\D+", "", phone or ""),
                 procedure_name, procedure_code]
        conn.execute("UPDATE dossiers SET search_text = ? WHERE id = ?",
                     (fold(" ".join(p for p in parts if p)), row_id))
    conn.execute(
        """CREATE VIRTUAL TABLE dossier_fts USING fts5(
               search_text, content='dossiers', content_rowid='id',
               tokenize='unicode61 remove_diacritics 0', prefix='1 2 3')"""
    )
    _fts_triggers_and_rebuild(conn)


def _fts_triggers_and_rebuild(conn: sqlite3.Connection) -> None:
    """Keep `dossier_fts` (external content) in step with `dossiers.search_text`, then fill it.
    Used by v2 and v6; a later migration that needs other triggers writes its own."""
    conn.execute(
        """CREATE TRIGGER dossiers_fts_insert AFTER INSERT ON dossiers BEGIN
               INSERT INTO dossier_fts(rowid, search_text) VALUES (NEW.id, NEW.search_text);
           END"""
    )
    conn.execute(
        """CREATE TRIGGER dossiers_fts_delete AFTER DELETE ON dossiers BEGIN
               INSERT INTO dossier_fts(dossier_fts, rowid, search_text) VALUES ('delete', OLD.id, OLD.search_text);
           END"""
    )
    conn.execute(
        """CREATE TRIGGER dossiers_fts_update AFTER UPDATE OF search_text ON dossiers
           WHEN OLD.search_text IS NOT NEW.search_text BEGIN
               INSERT INTO dossier_fts(dossier_fts, rowid, search_text) VALUES ('delete', OLD.id, OLD.search_text);
               INSERT INTO dossier_fts(rowid, search_text) VALUES (NEW.id, NEW.search_text);
           END"""
    )
    conn.execute("INSERT INTO dossier_fts(dossier_fts) VALUES ('rebuild')")


# --------------------------------------------------------------------------------------------- v3


def _v3_attachments(conn: sqlite3.Connection) -> None:
    db = _db(conn)
    db.create_table(
        "attachments",
        {"sha256": str, "size": int, "mime": str, "encrypted": int, "original_name": str, "created_at": str},
        pk="sha256",
        not_null={"size", "mime", "encrypted", "original_name", "created_at"},
        defaults={"original_name": ""},
    )
    db.create_table(
        "dossier_attachments",
        {"dossier_uuid": str, "sha256": str, "linked_at": str},
        pk=("dossier_uuid", "sha256"),
        not_null={"linked_at"},
        foreign_keys=[("dossier_uuid", "dossiers", "uuid"), ("sha256", "attachments", "sha256")],
    )
    db.table("dossier_attachments").create_index(["sha256"], index_name="dossier_attachments_sha256")


# --------------------------------------------------------------------------------------------- v4


def _v4_lean_indexes(conn: sqlite3.Connection) -> None:
    """Measured at a million dossiers (bench/store.py): the due-state lists scanned every finished dossier,
    and the audit trail's time index cost 200 bytes a dossier for no query.

    Unfinished dossiers get their own partial index on the due time in force, so "overdue" and "due soon"
    read only the dossiers still running. The statuses listed are those of `queries.UNFINISHED`.
    """
    conn.execute("DROP INDEX events_at")
    conn.execute("DROP INDEX dossiers_effective_due")
    conn.execute(
        "CREATE INDEX dossiers_open_due ON dossiers (COALESCE(rescheduled_due_at, due_at))"
        " WHERE status IN (2, 4, 5, 6) AND finished_at IS NULL"
    )


# --------------------------------------------------------------------------------------------- v6


def _v6_prefix_search(conn: sqlite3.Connection) -> None:
    """Every word a prefix, fast at a million dossiers (measured with bench/store.py).

    With prefix indexes only for 1–3 characters, "nguyen"* had to merge the postings of 40 % of all dossiers
    before the first hit (≈ 45 ms at 1 000 000). Vietnamese syllables have at most 7 letters, so prefix
    indexes for 1–7 characters make every prefix of every name word a direct lookup (< 2 ms). `detail=none`
    drops positions, which no query uses (no phrase or NEAR queries: words are ANDed), and halves the index.
    """
    for trigger in ("dossiers_fts_insert", "dossiers_fts_delete", "dossiers_fts_update"):
        conn.execute(f"DROP TRIGGER {trigger}")
    conn.execute("DROP TABLE dossier_fts")
    conn.execute(
        """CREATE VIRTUAL TABLE dossier_fts USING fts5(
               search_text, content='dossiers', content_rowid='id',
               tokenize='unicode61 remove_diacritics 0', prefix='1 2 3 4 5 6 7', detail=none)"""
    )
    _fts_triggers_and_rebuild(conn)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "dossiers, audit trail, outbox, sequences, settings, officials, conflicts, reference data",
              _v1_core),
    Migration(2, "folded full-text search", _v2_search),
    Migration(3, "content-addressed attachments", _v3_attachments),
    Migration(4, "partial index for running dossiers' due times; no audit-trail time index", _v4_lean_indexes),
    Migration(5, "periodic statistics: end of processing, digitisation, report indexes", v5_reports),
    Migration(6, "prefix indexes for 1-7 characters, no positions, in the search index", _v6_prefix_search),
)
LATEST_VERSION = MIGRATIONS[-1].version

assert [m.version for m in MIGRATIONS] == list(range(1, LATEST_VERSION + 1)), "migrations must be numbered 1…N"


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, *, target: int = LATEST_VERSION) -> list[int]:
    """Apply every migration above the database's version up to `target`; return the versions applied."""
    applied: list[int] = []
    for migration in MIGRATIONS:
        if migration.version > target:
            break
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Re-read inside the write lock: another process may have migrated meanwhile.
            if user_version(conn) >= migration.version:
                conn.execute("ROLLBACK")
                continue
            migration.apply(conn)
            conn.execute(f"PRAGMA user_version = {migration.version}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        applied.append(migration.version)
        log.info("store schema now at version %d", migration.version)
    return applied

