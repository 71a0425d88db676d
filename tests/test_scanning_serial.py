"""Serial scanners: framing, strict UTF-8, unplug and replug — over a real pty opened by QSerialPort.

A pseudo-terminal is a real serial device to QSerialPort on Linux: the test writes to its master side as
the scanner would, and "unplugs" it by closing the master (the port then fails with ResourceError, as a
USB-COM port does when its cable is pulled). The port is reached through a symlink so that a new pty can
take the place of the old one, as a scanner plugged back in does.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.scanning.errors import SerialFrameTooLong
from desktop.scanning.serial import SOURCE_SERIAL, PortChoice, SerialFramer, SerialScanner, available_ports

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="pty serial devices: Linux only")

CARD = "001090123456|012345678|Nguyễn Văn An|01011990|Nam|Thôn 3, Xã Tam Thanh, Tỉnh Quảng Nam|15042021"


# -- the framer alone -------------------------------------------------------------------------------------
@pytest.mark.parametrize("ending", [b"\r", b"\n", b"\r\n"])
def test_framer_cuts_at_cr_lf_or_crlf(ending: bytes) -> None:
    framer = SerialFramer()
    data = CARD.encode() + ending + "Đặng".encode() + ending
    assert framer.feed(data) == [CARD.encode(), "Đặng".encode()]
    assert framer.flush() is None


def test_framer_keeps_a_letter_split_between_two_reads() -> None:
    framer = SerialFramer()
    raw = "Nguyễn".encode()
    assert framer.feed(raw[:5]) == []  # "ễ" is three bytes; the read ends inside it
    assert framer.feed(raw[5:] + b"\r\n") == [raw]


def test_framer_flush_is_the_payload_of_a_scanner_without_suffix() -> None:
    framer = SerialFramer()
    assert framer.feed("Lê Thị Ánh".encode()) == []
    assert framer.flush() == "Lê Thị Ánh".encode()
    assert framer.flush() is None


def test_framer_refuses_endless_noise() -> None:
    framer = SerialFramer(max_bytes=16)
    with pytest.raises(SerialFrameTooLong):
        framer.feed(b"x" * 17)
    assert framer.feed(b"ok\r") == [b"ok"]  # the noise was forgotten


def test_port_choice_label() -> None:
    usb = PortChoice("COM3", r"\\.\COM3", "Barcode Scanner", "Honeywell", 0x0C2E, 0x0B61, "A1")
    assert usb.label == "COM3 — Honeywell Barcode Scanner (0c2e:0b61)"
    assert usb.usb_identity == (0x0C2E, 0x0B61, "A1")
    plain = PortChoice("ttyS0", "/dev/ttyS0")
    assert plain.label == "ttyS0" and plain.usb_identity is None


def test_available_ports_lists_usb_first() -> None:
    ports = available_ports()
    assert all(isinstance(p, PortChoice) for p in ports)
    usb_flags = [p.usb_identity is None for p in ports]
    assert usb_flags == sorted(usb_flags)


# -- a scanner on a pty -----------------------------------------------------------------------------------
@dataclass
class FakeScannerDevice:
    """The scanner's side of a pty, reachable through a stable symlink like a COM port name."""

    link: Path
    master: int | None = None
    slave: int | None = None

    def plug(self, link: Path | None = None) -> None:
        self.master, self.slave = os.openpty()
        target = link or self.link
        if target.is_symlink():
            target.unlink()
        target.symlink_to(os.ttyname(self.slave))

    def send(self, data: bytes) -> None:
        assert self.master is not None
        os.write(self.master, data)

    def unplug(self) -> None:
        for fd in (self.master, self.slave):
            if fd is not None:
                os.close(fd)
        self.master = self.slave = None
        self.link.unlink(missing_ok=True)


@dataclass
class Events:
    payloads: list[tuple[str, str]] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)
    connections: list[tuple[bool, str]] = field(default_factory=list)

    def watch(self, scanner: SerialScanner) -> None:
        scanner.payload_scanned.connect(lambda text, source: self.payloads.append((text, source)))
        scanner.scan_failed.connect(lambda kind, message: self.failures.append((kind, message)))
        scanner.connection_changed.connect(lambda up, port: self.connections.append((up, port)))


@pytest.fixture
def device(tmp_path: Path) -> Iterator[FakeScannerDevice]:
    fake = FakeScannerDevice(tmp_path / "ttyScanner")
    yield fake
    fake.unplug()


def _scanner(link: Path, events: Events, **kwargs: object) -> SerialScanner:
    scanner = SerialScanner(port_name=str(link), idle_gap_ms=60, reconnect_ms=40, **kwargs)  # type: ignore[arg-type]
    events.watch(scanner)
    return scanner


def test_payload_arrives_exact_even_when_split_inside_a_letter(qtbot: QtBot, device: FakeScannerDevice) -> None:
    device.plug()
    events = Events()
    scanner = _scanner(device.link, events)
    scanner.start()
    try:
        assert scanner.is_connected() and events.connections == [(True, str(device.link))]
        raw = CARD.encode()
        cut = raw.index("ễ".encode()) + 1
        device.send(raw[:cut])
        qtbot.wait(20)
        device.send(raw[cut:] + b"\r\n")
        qtbot.waitUntil(lambda: bool(events.payloads), timeout=3000)
        assert events.payloads == [(CARD, SOURCE_SERIAL)]
        assert events.failures == []
    finally:
        scanner.stop()


def test_scanner_without_suffix_is_framed_by_silence(qtbot: QtBot, device: FakeScannerDevice) -> None:
    device.plug()
    events = Events()
    scanner = _scanner(device.link, events)
    scanner.start()
    try:
        device.send("Đặng Thị Ước".encode())
        qtbot.waitUntil(lambda: bool(events.payloads), timeout=3000)
        assert events.payloads == [("Đặng Thị Ước", SOURCE_SERIAL)]
    finally:
        scanner.stop()


def test_bytes_that_are_not_utf8_are_refused_not_guessed(qtbot: QtBot, device: FakeScannerDevice) -> None:
    device.plug()
    events = Events()
    scanner = _scanner(device.link, events)
    scanner.start()
    try:
        device.send("Tr\xe2\u0300n".encode("cp1258") + b"\r\n" + "Trần".encode() + b"\r\n")  # Windows-1258 Trần
        qtbot.waitUntil(lambda: bool(events.payloads), timeout=3000)
        assert events.payloads == [("Trần", SOURCE_SERIAL)]
        assert [kind for kind, _ in events.failures] == ["not_utf8"]
        assert "UTF-8" in events.failures[0][1]
    finally:
        scanner.stop()


def test_unplug_then_plug_back_reconnects(qtbot: QtBot, device: FakeScannerDevice) -> None:
    device.plug()
    events = Events()
    scanner = _scanner(device.link, events)
    scanner.start()
    try:
        device.unplug()
        qtbot.waitUntil(lambda: not scanner.is_connected(), timeout=3000)
        qtbot.wait(200)  # several reconnect attempts while unplugged…
        assert events.connections == [(True, str(device.link)), (False, str(device.link))]
        assert [kind for kind, _ in events.failures] == ["serial_port"]  # …but one message for the outage
        device.plug()
        qtbot.waitUntil(scanner.is_connected, timeout=3000)
        assert events.connections[-1] == (True, str(device.link))
        device.send(CARD.encode() + b"\r")
        qtbot.waitUntil(lambda: bool(events.payloads), timeout=3000)
        assert events.payloads == [(CARD, SOURCE_SERIAL)]
    finally:
        scanner.stop()


def test_same_device_back_under_another_name(qtbot: QtBot, device: FakeScannerDevice, tmp_path: Path) -> None:
    renamed = tmp_path / "ttyScannerNew"
    identity = dict(vendor_id=0x0C2E, product_id=0x0B61, serial_number="S123")
    listing = [PortChoice(str(device.link), str(device.link), **identity)]  # type: ignore[arg-type]
    device.plug()
    events = Events()
    scanner = _scanner(device.link, events, port_lister=lambda: listing)
    scanner.start()
    try:
        device.unplug()
        qtbot.waitUntil(lambda: not scanner.is_connected(), timeout=3000)
        device.plug(renamed)  # Windows gave the scanner another COM number
        listing[:] = [PortChoice(str(renamed), str(renamed), **identity)]  # type: ignore[arg-type]
        qtbot.waitUntil(scanner.is_connected, timeout=3000)
        assert scanner.port_name == str(renamed)
        assert events.connections[-1] == (True, str(renamed))
    finally:
        scanner.stop()
        renamed.unlink(missing_ok=True)


def test_missing_port_is_reported_once_and_opened_when_it_appears(qtbot: QtBot, device: FakeScannerDevice) -> None:
    events = Events()
    scanner = _scanner(device.link, events)
    scanner.start()
    try:
        qtbot.wait(150)
        assert not scanner.is_connected()
        assert events.connections == [(False, str(device.link))]
        assert len(events.failures) == 1 and str(device.link) in events.failures[0][1]
        device.plug()
        qtbot.waitUntil(scanner.is_connected, timeout=3000)
    finally:
        scanner.stop()


def test_no_port_chosen_says_so(qtbot: QtBot) -> None:
    events = Events()
    scanner = SerialScanner()
    events.watch(scanner)
    scanner.start()
    scanner.stop()
    assert events.failures and events.failures[0][0] == "serial_port"
    assert "cài đặt" in events.failures[0][1]


def test_stop_closes_the_port(qtbot: QtBot, device: FakeScannerDevice) -> None:
    device.plug()
    events = Events()
    scanner = _scanner(device.link, events)
    scanner.start()
    assert scanner.is_connected()
    scanner.stop()
    assert not scanner.is_connected()
    device.send(CARD.encode() + b"\r")
    qtbot.wait(100)
    assert events.payloads == []
