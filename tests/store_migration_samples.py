"""Sample rows for each schema version, written with the SQL of that version (frozen like the migrations).

`tests/test_store_migrations.py` builds a database at every earlier version with these rows and upgrades it.
A new migration needs its entry here (the test fails until it has one).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

_NOW = "2025-07-15T09:30:00.000000+07:00"


def _v1(conn: sqlite3.Connection) -> None:
    conn.execute(
        """INSERT INTO dossiers (uuid, code, procedure_code, procedure_name, catalogue_version, applicant_name,
               applicant_id_number, applicant_phone, received_at, due_at, status, agency_code, created_at, updated_at,
               form_data, documents)
           VALUES ('v1-dossier', '000.00.12.H49-250715-0001', '1.001193', 'Đăng ký khai sinh', '2025.07',
               'Đặng Thị Hoa', '049190000001', '0905 111 222', ?, '2025-07-18T17:00:00.000000+07:00', 2,
               '000.00.12.H49', ?, ?, '{"noi_sinh":"Trạm y tế"}', '[{"name":"Tờ khai","copies":1,"form":"original","received":true,"attachment_sha256":[]}]')""",
        (_NOW, _NOW, _NOW),
    )
    conn.execute(
        """INSERT INTO events (uuid, dossier_uuid, action, actor, at, recorded_at, to_status)
           VALUES ('v1-event', 'v1-dossier', 'create', 'lan', ?, ?, 2)""", (_NOW, _NOW))
    conn.execute(
        """INSERT INTO outbox (event_uuid, dossier_uuid, kind, payload, created_at)
           VALUES ('v1-event', 'v1-dossier', 'create', '{}', ?)""", (_NOW,))
    conn.execute("INSERT INTO daily_sequences (agency, day, desk, last, updated_at) VALUES ('000.00.12.H49', "
                 "'2025-07-15', 1, 1, ?)", (_NOW,))
    conn.execute("INSERT INTO settings (key, value, updated_at) VALUES ('store.id', 'v1-store', ?)", (_NOW,))
    conn.execute("INSERT INTO officials (login, display_name, role, password_hash, created_at) "
                 "VALUES ('lan', 'Lê Thị Lan', 'reception', 'x', ?)", (_NOW,))
    conn.execute("INSERT INTO conflicts (dossier_uuid, local, remote, detected_at) VALUES ('v1-dossier', '{}', '{}', ?)",
                 (_NOW,))
    conn.execute("INSERT INTO reference_data (kind, version, document, received_at) VALUES ('catalogue', '1', '{}', ?)",
                 (_NOW,))


def _v2(conn: sqlite3.Connection) -> None:
    conn.execute(
        """INSERT INTO dossiers (uuid, code, procedure_code, procedure_name, catalogue_version, applicant_name,
               applicant_id_number, received_at, status, created_at, updated_at, search_text)
           VALUES ('v2-dossier', '000.00.12.H49-250715-0002', '2.000815', 'Chứng thực bản sao', '2025.07',
               'Nguyễn Văn An', '001090123456', ?, 4, ?, ?,
               '000.00.12.h49-250715-0002 nguyen van an 001090123456 chung thuc ban sao 2.000815')""",
        (_NOW, _NOW, _NOW),
    )
    conn.execute(
        """INSERT INTO events (uuid, dossier_uuid, action, actor, at, recorded_at, to_status)
           VALUES ('v2-event', 'v2-dossier', 'create', 'lan', ?, ?, 4)""", (_NOW, _NOW))


def _v3(conn: sqlite3.Connection) -> None:
    sha = "ab" * 32
    conn.execute("INSERT INTO attachments (sha256, size, mime, encrypted, created_at) VALUES (?, 10, 'image/png', 1, ?)",
                 (sha, _NOW))
    conn.execute("INSERT INTO dossier_attachments (dossier_uuid, sha256, linked_at) VALUES ('v1-dossier', ?, ?)",
                 (sha, _NOW))


def _v4(conn: sqlite3.Connection) -> None:
    conn.execute(
        """INSERT INTO dossiers (uuid, code, procedure_code, procedure_name, catalogue_version, applicant_name,
               received_at, due_at, rescheduled_due_at, status, created_at, updated_at, search_text)
           VALUES ('v4-dossier', '000.00.12.H49-250715-0003', '1.004222', 'Đăng ký thường trú', '2025.07',
               'Lê Văn Bình', ?, '2025-07-20T17:00:00.000000+07:00', '2025-07-25T17:00:00.000000+07:00', 4, ?, ?,
               '000.00.12.h49-250715-0003 le van binh dang ky thuong tru 1.004222')""",
        (_NOW, _NOW, _NOW),
    )
    conn.execute(
        """INSERT INTO events (uuid, dossier_uuid, action, actor, at, recorded_at, to_status)
           VALUES ('v4-event', 'v4-dossier', 'create', 'lan', ?, ?, 4)""", (_NOW, _NOW))


def _v5(conn: sqlite3.Connection) -> None:
    conn.execute(
        """INSERT INTO dossiers (uuid, code, procedure_code, procedure_name, catalogue_version, applicant_name,
               received_at, due_at, finished_at, returned_at, status, created_at, updated_at, search_text,
               rating, rating_scale, rated_at)
           VALUES ('v5-dossier', '000.00.12.H49-250715-0004', '2.000815', 'Chứng thực bản sao', '2025.07',
               'Phạm Thị Mai', ?, '2025-07-15T17:00:00.000000+07:00', '2025-07-15T11:00:00.000000+07:00',
               '2025-07-15T14:00:00.000000+07:00', 10, ?, ?, '000.00.12.h49-250715-0004 pham thi mai', 3, 3, ?)""",
        (_NOW, _NOW, _NOW, _NOW),
    )
    conn.execute(
        """INSERT INTO events (uuid, dossier_uuid, action, actor, at, recorded_at, to_status)
           VALUES ('v5-event', 'v5-dossier', 'create', 'lan', ?, ?, 2)""", (_NOW, _NOW))


def _v6(conn: sqlite3.Connection) -> None:
    conn.execute(
        """INSERT INTO dossiers (uuid, code, procedure_code, procedure_name, catalogue_version, applicant_name,
               applicant_id_number, received_at, status, created_at, updated_at, search_text)
           VALUES ('v6-dossier', '000.00.12.H49-250715-0005', '1.001193', 'Đăng ký khai sinh', '2025.07',
               'Hoàng Thị Nguyệt', '038305000777', ?, 2, ?, ?,
               '000.00.12.h49-250715-0005 hoang thi nguyet 038305000777 dang ky khai sinh 1.001193')""",
        (_NOW, _NOW, _NOW),
    )
    conn.execute(
        """INSERT INTO events (uuid, dossier_uuid, action, actor, at, recorded_at, to_status)
           VALUES ('v6-event', 'v6-dossier', 'create', 'lan', ?, ?, 2)""", (_NOW, _NOW))


SAMPLES: dict[int, Callable[[sqlite3.Connection], None]] = {1: _v1, 2: _v2, 3: _v3, 4: _v4, 5: _v5, 6: _v6}
