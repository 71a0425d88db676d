"""Scans: content-addressed files, encrypted at rest with the key in the (in-memory, for tests) keyring,
referenced in the dossier's own transaction, orphans cleaned."""

from __future__ import annotations

import hashlib
import os
import time
from dataclasses import replace
from datetime import timedelta

import pytest

from forms.dossier import DocumentItem
from sync.store import AttachmentError, AttachmentKeyMissing, KeyringKeys, MemoryKeys, Store
from sync.store.attachments import MAGIC
from sync.store.secrets import KEYRING_SERVICE, attachment_key_name
from tests.store_fixtures import (  # noqa: F401  (fixtures)
    Desk,
    InMemoryKeyring,
    desk_fixture,
    make_dossier,
    memory_keyring_fixture,
    store_fixture,
)

SCAN = b"\x89PNG\r\n\x1a\n" + "CĂN CƯỚC CÔNG DÂN — NGUYỄN VĂN AN — 001090123456".encode() * 50


def _file(store: Store, sha: str) -> bytes:
    return (store.layout.attachments / sha[:2] / sha).read_bytes()


def test_a_sensitive_scan_is_encrypted_on_disk_and_reads_back_exactly(store: Store) -> None:
    info = store.add_attachment(SCAN, mime="image/png", original_name="cccd.png")
    assert info.sha256 == hashlib.sha256(SCAN).hexdigest()
    assert (info.size, info.mime, info.encrypted, info.original_name) == (len(SCAN), "image/png", True, "cccd.png")
    on_disk = _file(store, info.sha256)
    assert on_disk.startswith(MAGIC)
    assert b"001090123456" not in on_disk and "NGUYỄN".encode() not in on_disk
    assert store.read_attachment(info.sha256, actor="lan") == SCAN
    [audit] = store.audit_log(limit=1)
    assert (audit.action, audit.actor, dict(audit.changes)) == ("open_attachment", "lan", {"sha256": info.sha256})


def test_a_non_sensitive_file_is_stored_plain(store: Store) -> None:
    info = store.add_attachment(b"%PDF-1.7 blank form", mime="application/pdf", sensitive=False)
    assert not info.encrypted
    assert _file(store, info.sha256) == b"%PDF-1.7 blank form"


def test_identical_content_is_stored_once(store: Store) -> None:
    a = store.add_attachment(SCAN, mime="image/png")
    b = store.add_attachment(SCAN, mime="image/png")
    assert a == b
    assert len(list(store.layout.attachments.glob("*/*"))) == 1


def test_the_key_lives_in_the_os_keyring_not_in_the_data_folder(desk: Desk, memory_keyring: InMemoryKeyring) -> None:
    with desk.open(keys=KeyringKeys()) as store:
        info = store.add_attachment(SCAN, mime="image/png")
        entry = (KEYRING_SERVICE, attachment_key_name(store.store_id))
        assert entry in memory_keyring.entries
        stored_key = memory_keyring.entries[entry]
        assert store.read_attachment(info.sha256, actor="lan") == SCAN
    for path in desk.layout.root.rglob("*"):
        if path.is_file():
            assert stored_key.encode() not in path.read_bytes(), path


def test_without_the_key_the_scan_cannot_be_read_and_says_why(desk: Desk) -> None:
    with desk.open() as store:
        info = store.add_attachment(SCAN, mime="image/png")
    # Another machine or Windows profile: no key in its keyring.
    with desk.open(keys=MemoryKeys()) as store, pytest.raises(AttachmentKeyMissing,
                                                            match="Không tìm thấy khóa mã hóa tệp quét"):
        store.read_attachment(info.sha256, actor="lan")


def test_a_tampered_or_swapped_file_is_detected(store: Store) -> None:
    a = store.add_attachment(SCAN, mime="image/png")
    b = store.add_attachment(SCAN + b"other page", mime="image/png")
    path_a = store.layout.attachments / a.sha256[:2] / a.sha256
    blob = bytearray(path_a.read_bytes())
    blob[-5] ^= 0xFF
    path_a.write_bytes(bytes(blob))
    with pytest.raises(AttachmentError, match="không giải mã được"):
        store.read_attachment(a.sha256, actor="lan")
    path_a.write_bytes(_file(store, b.sha256))  # another file's ciphertext put in its place
    with pytest.raises(AttachmentError):
        store.read_attachment(a.sha256, actor="lan")
    plain = store.add_attachment(b"plain", mime="text/plain", sensitive=False)
    (store.layout.attachments / plain.sha256[:2] / plain.sha256).write_bytes(b"plaim")
    with pytest.raises(AttachmentError, match="không khớp mã băm"):
        store.read_attachment(plain.sha256, actor="lan")
    assert any("does not match its hash" in p for p in store.integrity_problems())


def test_a_scan_is_referenced_in_the_same_transaction_as_the_dossier(store: Store) -> None:
    info = store.add_attachment(SCAN, mime="image/png")
    dossier = make_dossier(1, documents=(DocumentItem(name="Căn cước", received=True, attachment_sha256=(info.sha256,)),))
    saved = store.save_new(dossier, actor="lan")
    assert [a.sha256 for a in store.dossier_attachments(saved.uuid)] == [info.sha256]
    assert store.get(saved.uuid).documents[0].attachment_sha256 == (info.sha256,)


def test_a_dossier_pointing_at_an_unsaved_scan_is_refused_whole(store: Store) -> None:
    ghost = "0" * 64
    dossier = make_dossier(1, documents=(DocumentItem(name="Căn cước", attachment_sha256=(ghost,)),))
    with pytest.raises(AttachmentError, match="chưa được lưu"):
        store.save_new(dossier, actor="lan")
    assert store.count() == 0
    assert store.save_new(make_dossier(2), actor="lan").code.endswith("-0001")


def test_orphans_are_cleaned_after_the_grace_period_and_referenced_scans_kept(desk: Desk) -> None:
    with desk.open() as store:
        kept = store.add_attachment(SCAN, mime="image/png")
        orphan = store.add_attachment(b"abandoned scan", mime="image/png")
        saved = store.save_new(make_dossier(1, documents=(
            DocumentItem(name="Căn cước", attachment_sha256=(kept.sha256,)),)), actor="lan")
        stray_dir = store.layout.attachments / "ee"
        stray_dir.mkdir()
        stray = stray_dir / ("ee" * 32)  # a file whose row never committed (crash before the insert)
        stray.write_bytes(b"x")
        old = time.time() - 7200
        os.utime(stray, (old, old))
        tmp_dir = store.layout.attachments / ".tmp"
        tmp_dir.mkdir(exist_ok=True)
        half = tmp_dir / "half-written"
        half.write_bytes(b"partial")
        os.utime(half, (old, old))

        assert store.clean_orphan_attachments() == 1  # the stray file only: the orphan row is still young
        assert store.attachment_info(orphan.sha256) is not None
        desk.clock.advance(hours=2)
        assert store.clean_orphan_attachments() == 1
        assert store.attachment_info(orphan.sha256) is None
        assert not (store.layout.attachments / orphan.sha256[:2] / orphan.sha256).exists()
        assert not stray.exists() and not half.exists()
        assert store.read_attachment(kept.sha256, actor="lan") == SCAN

        # Removing a scan from the checklist unlinks it in the same transaction; it becomes an orphan.
        store.update_fields(replace(saved, documents=(DocumentItem(name="Căn cước"),)), actor="lan")
        assert store.dossier_attachments(saved.uuid) == []
        desk.clock.advance(hours=2)
        assert store.clean_orphan_attachments(grace=timedelta(hours=1)) == 1
        assert store.integrity_problems() == []


def test_a_missing_file_is_reported_by_the_integrity_check(store: Store) -> None:
    info = store.add_attachment(SCAN, mime="image/png")
    (store.layout.attachments / info.sha256[:2] / info.sha256).unlink()
    assert any("missing its file" in p for p in store.integrity_problems())


def test_without_an_os_keyring_the_plain_file_backend_is_used_and_logged(
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, memory_keyring: InMemoryKeyring) -> None:
    import keyring
    import keyring.backends.fail

    import sync.store.secrets as secrets

    monkeypatch.setattr(secrets, "_checked_backend", False)
    keyring.set_keyring(keyring.backends.fail.Keyring())  # type: ignore[no-untyped-call]
    with caplog.at_level("WARNING", logger="sync.store.secrets"):
        secrets.ensure_usable_keyring()
    assert type(keyring.get_keyring()).__name__ == "PlaintextKeyring"
    assert any("no OS keyring" in r.getMessage() for r in caplog.records)
