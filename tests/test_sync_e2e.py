"""Two desks with separate data folders and one reference portal, all driven through the real `motcua`
command in child processes, exchange dossiers both ways through network cuts: a faulty network, the portal
killed and restarted, a desk's sync killed with SIGKILL in the middle of its work. At the end nothing is
lost or doubled, and the three copies agree."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from forms.status import Channel, DossierStatus
from sync.layout import DataLayout
from sync.store import Store
from tests.cli_helpers import REPO, Result, run_cli, run_process
from tests.sync_fixtures import (
    AGENCY,
    PASSWORD,
    counter_dossier,
    desk_view,
    make_portal,
    open_desk,
    portal_view,
    start_portal_process,
    stop_process,
    transition,
)

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="uses POSIX signals")

# Never the developer's real keyring: with no OS keyring the desk keeps a plain file in its data folder.
ENV = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}


def motcua(*argv: str) -> Result:
    return run_process(*argv, env=ENV, timeout=180)


def receive(root: Path, desk_number: int, count: int, seed: int) -> list[str]:
    """Officials receive dossiers at the counter (the GUI's save path)."""
    rng = random.Random(seed)
    with open_desk(root, desk_number=desk_number) as store:
        return [store.save_new(counter_dossier(rng), actor=f"canbo{desk_number}").code for _ in range(count)]


def sync_once(desk: Path, url: str) -> Result:
    return motcua("--data-dir", str(desk), "sync", "--portal", url, "--once", "--json", "--batch", "3")


def synced(desk: Path, url: str) -> dict[str, Any]:
    """One pass over a healthy network must finish the job: push everything, pull everything."""
    result = sync_once(desk, url)
    assert result.code == 0, result.err
    report: dict[str, Any] = result.json()
    assert report["status"] == "ok" and report["pending"] == 0
    return report


def kill_mid_sync(desk: Path, url: str, db: Path, codes: list[str]) -> None:
    """Start the desk's sync loop and SIGKILL it as soon as the portal holds some, not all, of `codes`."""
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop.cli", "--data-dir", str(desk), "sync", "--portal", url, "--batch", "1",
         "--interval", "0.2"],
        cwd=REPO, env={**os.environ, **ENV}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    watcher = make_portal(db.parent)
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline and process.poll() is None:
            held = {row["code"] for row in watcher.list_dossiers()}
            if held & set(codes):
                break
            time.sleep(0.02)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        watcher.db.close()


def test_two_desks_and_a_portal_exchange_dossiers_through_network_cuts(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "portal.sqlite3"
    portal = make_portal(tmp_path, ("ban-a", AGENCY), ("ban-b", AGENCY))
    portal.db.close()
    desk_a, desk_b = tmp_path / "desk-a", tmp_path / "desk-b"
    codes_a = receive(desk_a, 1, 4, seed=1)
    codes_b = receive(desk_b, 2, 3, seed=2)

    process, url = start_portal_process(db, "--seed-online", "3", "--faults",
                                        "drop=0.15,error=0.1,truncate=0.05,delay_ms=30,seed=5", env=ENV)
    port = url.rsplit(":", 1)[1]
    try:
        for desk, user in ((desk_a, "ban-a"), (desk_b, "ban-b")):
            login = motcua("--data-dir", str(desk), "sync", "login", "--portal", url, "--user", user,
                           "--password", PASSWORD, "--json")
            assert login.code == 0, login.err
        # Through the faulty network: a pass may fail, but never with a traceback, never losing anything.
        for desk in (desk_a, desk_b):
            result = sync_once(desk, url)
            assert result.code in (0, 2), result.err
            assert "Traceback" not in result.err
        late = receive(desk_a, 1, 3, seed=3)
        codes_a += late
        kill_mid_sync(desk_a, url, db, late)  # killed in the middle of pushing these
    finally:
        stop_process(process)

    # The portal is down: the desk says so in one Vietnamese line and keeps everything queued.
    offline = sync_once(desk_b, url)
    assert offline.code == 2 and "Không kết nối được cổng" in offline.err and offline.err.count("\n") == 1

    # The portal comes back at the same address, without faults.
    process, url_again = start_portal_process(db, "--port", port, env=ENV)
    assert url_again == url
    try:
        synced(desk_a, url)
        assert synced(desk_b, url)["pending"] == 0
        online = [row for row in portal_rows(capsys, db) if row["channel"] == Channel.ONLINE]
        assert len(online) == 3
        # Desk B receives an online dossier at its counter; desk A forwards one to the processing agency.
        with Store.open(DataLayout(desk_b)) as store:
            transition(store, store.get_by_code(str(online[0]["code"])).uuid, DossierStatus.RECEIVED,
                       actor="canbo2")
        with Store.open(DataLayout(desk_a)) as store:
            transition(store, store.get_by_code(codes_a[0]).uuid, DossierStatus.PROCESSING, actor="canbo1")
        synced(desk_b, url)
        assert synced(desk_a, url)["updated"] >= 1  # desk B's reception reached desk A
        stopped = run_cli(capsys, "portal", "set-status", codes_a[0], str(int(DossierStatus.STOPPED)),
                          "--db", str(db), "--reason", "Hồ sơ không đủ điều kiện")
        assert stopped.code == 0, stopped.err
        assert synced(desk_a, url)["pulled"] == 1
    finally:
        assert stop_process(process) == 0

    rows = portal_rows(capsys, db)
    codes = [row["code"] for row in rows]
    assert len(codes) == len(set(codes)) == 4 + 3 + 3 + 3  # every dossier exactly once
    assert set(codes_a) | set(codes_b) <= set(codes)
    by_code = {row["code"]: row for row in rows}
    assert by_code[codes_a[0]]["status"] == DossierStatus.STOPPED
    assert by_code[online[0]["code"]]["status"] == DossierStatus.RECEIVED

    checked = make_portal(tmp_path)
    held = portal_view(checked, agency=AGENCY)
    online_uuids = {u for u, h in held.items() if h["HinhThuc"] == Channel.ONLINE}
    for desk, own in ((desk_a, codes_a), (desk_b, codes_b)):
        with Store.open(DataLayout(desk)) as store:
            mine = desk_view(store)
            assert store.outbox_counts()["pending"] == 0
        assert online_uuids <= set(mine)  # every online dossier, once (uuids are keys)
        assert sorted(d["MaHoSo"] for d in mine.values() if d["HinhThuc"] != Channel.ONLINE) == sorted(own)
        for uuid, content in mine.items():
            assert held[uuid] == content, (desk.name, content["MaHoSo"])
        listing = run_cli(capsys, "--data-dir", str(desk), "dossier", "list", "--json")
        assert listing.code == 0
        assert {row["sync_state"] for row in listing.json()} <= {"sent", "conflict"}


def portal_rows(capsys: pytest.CaptureFixture[str], db: Path) -> list[dict[str, int | str]]:
    result = run_cli(capsys, "portal", "list", "--db", str(db), "--json")
    assert result.code == 0, result.err
    return list(result.json())
