"""Migration 5: what the periodic statistics (`sync.reports`) read, kept by the database itself.

Frozen like every migration (see `sync.store.migrations`): fix a mistake with a new migration, never here.

Three columns on `dossiers`, maintained by triggers so that every writer — the counter's saves and
lifecycle steps, the sync engine's upserts, bulk imports of training data — keeps them right without
knowing about reports:
- `ended_at`: when processing ended (`forms.reporting`): the result was ready (`finished_at`), else it was
  returned, else the device time of the event that put it in a final status (withdrawn, stopped …), else —
  a final dossier that came with neither, as the portal may send one — the time this desk wrote it;
- `digitised`: at least one scan is linked to the dossier;
- `result_digitised`: a scan was linked at or after the result was ready.
Three indexes answer a period's statistics without reading the wide dossier rows, field by field: one ordered
by reception, one by end of processing (open dossiers first, as SQLite sorts NULL first), one by rating time.
"""

from __future__ import annotations

import sqlite3

_ENDED = """CASE
    WHEN dossiers.finished_at IS NOT NULL OR dossiers.returned_at IS NOT NULL THEN COALESCE(dossiers.finished_at, dossiers.returned_at)
    WHEN dossiers.status IN (7, 8, 9, 10) THEN COALESCE(
        (SELECT max(e.at) FROM events e WHERE e.dossier_uuid = dossiers.uuid AND e.to_status = dossiers.status), dossiers.updated_at)
    END"""
_DIGITISED = "EXISTS (SELECT 1 FROM dossier_attachments a WHERE a.dossier_uuid = dossiers.uuid)"
_RESULT_DIGITISED = ("(dossiers.finished_at IS NOT NULL AND EXISTS (SELECT 1 FROM dossier_attachments a"
                     " WHERE a.dossier_uuid = dossiers.uuid AND a.linked_at >= dossiers.finished_at))")
# Each report index starts with (training, field_code, field_name): the statistics are read one field at a
# time, each an exact range in index order, so no query needs a sort. Then the range column, then everything
# the counts read: the query never visits the table.
_REPORT_COLUMNS = "due_at, rescheduled_due_at, status, channel, digitised, result_digitised"


def v5_reports(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE dossiers ADD COLUMN ended_at TEXT")
    conn.execute("ALTER TABLE dossiers ADD COLUMN digitised INTEGER NOT NULL DEFAULT 0")
    conn.execute("ALTER TABLE dossiers ADD COLUMN result_digitised INTEGER NOT NULL DEFAULT 0")
    conn.execute(f"UPDATE dossiers SET ended_at = {_ENDED}, digitised = {_DIGITISED},"
                 f" result_digitised = {_RESULT_DIGITISED}")
    # A new dossier at the counter has not ended: the trigger costs nothing on the counter's saves.
    conn.execute(
        f"""CREATE TRIGGER dossiers_report_insert AFTER INSERT ON dossiers
            WHEN NEW.finished_at IS NOT NULL OR NEW.returned_at IS NOT NULL OR NEW.status IN (7, 8, 9, 10)
            BEGIN
                UPDATE dossiers SET ended_at = {_ENDED}, result_digitised = {_RESULT_DIGITISED}
                WHERE id = NEW.id;
            END"""
    )
    conn.execute(
        f"""CREATE TRIGGER dossiers_report_update AFTER UPDATE OF finished_at, returned_at, status ON dossiers
            WHEN NEW.finished_at IS NOT OLD.finished_at OR NEW.returned_at IS NOT OLD.returned_at
              OR NEW.status IS NOT OLD.status
            BEGIN
                UPDATE dossiers SET ended_at = {_ENDED}, result_digitised = {_RESULT_DIGITISED}
                WHERE id = NEW.id;
            END"""
    )
    # The store writes the row first and its event after it (one transaction): the event refines the time.
    conn.execute(
        """CREATE TRIGGER events_report_ended AFTER INSERT ON events
           WHEN NEW.dossier_uuid IS NOT NULL AND NEW.to_status IN (7, 8, 9, 10)
           BEGIN
               UPDATE dossiers SET ended_at = NEW.at
               WHERE uuid = NEW.dossier_uuid AND status = NEW.to_status AND finished_at IS NULL
                 AND returned_at IS NULL AND ended_at IS NOT NEW.at;
           END"""
    )
    for operation, row in (("INSERT", "NEW"), ("DELETE", "OLD")):
        conn.execute(
            f"""CREATE TRIGGER dossier_attachments_report_{operation.lower()} AFTER {operation}
                ON dossier_attachments
                BEGIN
                    UPDATE dossiers SET digitised = {_DIGITISED}, result_digitised = {_RESULT_DIGITISED}
                    WHERE dossiers.uuid = {row}.dossier_uuid;
                END"""
        )
    field = "training, field_code, field_name"
    conn.execute(f"CREATE INDEX dossiers_report_received ON dossiers ({field}, received_at, ended_at, {_REPORT_COLUMNS})")
    conn.execute(f"CREATE INDEX dossiers_report_ended ON dossiers ({field}, ended_at, received_at, {_REPORT_COLUMNS})")
    conn.execute(f"CREATE INDEX dossiers_report_rated ON dossiers ({field}, rated_at, rating, rating_scale)"
                 " WHERE rated_at IS NOT NULL")
