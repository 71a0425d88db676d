"""Serial scanners (USB-COM / CDC mode) through QtSerialPort: the bytes of the QR, no input method between.

This is the mode domain.md §2 recommends when a Vietnamese input method mangles a keyboard-mode scanner:
the scanner sends the payload's own UTF-8 bytes, which are decoded strictly (never guessed).

- `available_ports()` lists the ports for the settings page (name, description, USB vendor/product).
- `SerialScanner` opens the chosen port, frames the bytes into payloads (`SerialFramer`: CR, LF or CRLF
  ends a payload; for scanners set to send no suffix, a silence of `idle_gap_ms` does), and emits
  `payload_scanned(text, "serial")`. When the scanner is unplugged it closes the port, says so with
  `connection_changed(False, port)`, and tries again every `reconnect_ms` — under the same name, or under
  the new name Windows gave the same device (same USB vendor, product and serial number).
- Problems are signals, not dialogs: `scan_failed(kind, message)` with a Vietnamese message.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QIODevice, QObject, QTimer, Signal
from PySide6.QtSerialPort import QSerialPort, QSerialPortInfo

from desktop.scanning.decoder import text_from_bytes
from desktop.scanning.errors import NotUtf8, ScanError, SerialFrameTooLong, SerialPortFailure

log = logging.getLogger(__name__)

SOURCE_SERIAL = "serial"
MAX_FRAME_BYTES = 4096  # an ID-card payload is ~150 bytes; anything this long without a terminator is noise


@dataclass(frozen=True)
class PortChoice:
    """One serial port as the settings page shows it."""

    name: str  # "COM3", "ttyACM0": what QSerialPort.setPortName takes and settings store
    system_location: str
    description: str = ""
    manufacturer: str = ""
    vendor_id: int | None = None
    product_id: int | None = None
    serial_number: str = ""

    @property
    def usb_identity(self) -> tuple[int, int, str] | None:
        if self.vendor_id is None or self.product_id is None:
            return None
        return (self.vendor_id, self.product_id, self.serial_number)

    @property
    def label(self) -> str:
        """A choice-list label, e.g. "COM3 — Honeywell Barcode Scanner (0c2e:0b61)"."""
        detail = " ".join(p for p in (self.manufacturer, self.description) if p)
        text = f"{self.name} — {detail}" if detail else self.name
        if self.vendor_id is not None and self.product_id is not None:
            text += f" ({self.vendor_id:04x}:{self.product_id:04x})"
        return text


def _choice(info: QSerialPortInfo) -> PortChoice:
    return PortChoice(
        name=info.portName(),
        system_location=info.systemLocation(),
        description=info.description(),
        manufacturer=info.manufacturer(),
        vendor_id=info.vendorIdentifier() if info.hasVendorIdentifier() else None,
        product_id=info.productIdentifier() if info.hasProductIdentifier() else None,
        serial_number=info.serialNumber(),
    )


def available_ports() -> list[PortChoice]:
    """The serial ports present now, USB ones (the scanners) first."""
    ports = [_choice(info) for info in QSerialPortInfo.availablePorts()]
    return sorted(ports, key=lambda p: (p.usb_identity is None, p.name))


class SerialFramer:
    """Cuts a byte stream into payloads. Pure logic: bytes in, complete payloads out."""

    def __init__(self, *, terminators: bytes = b"\r\n", max_bytes: int = MAX_FRAME_BYTES) -> None:
        self.terminators = terminators
        self.max_bytes = max_bytes
        self._buffer = bytearray()

    def feed(self, data: bytes) -> list[bytes]:
        """Add bytes; return the payloads they completed (empty ones, as between CR and LF, dropped).

        Raises SerialFrameTooLong (and forgets the buffer) when no terminator comes within `max_bytes`.
        """
        frames: list[bytes] = []
        for byte in data:
            if byte in self.terminators:
                if self._buffer:
                    frames.append(bytes(self._buffer))
                    self._buffer.clear()
                continue
            self._buffer.append(byte)
            if len(self._buffer) > self.max_bytes:
                self._buffer.clear()
                raise SerialFrameTooLong(self.max_bytes)
        return frames

    def flush(self) -> bytes | None:
        """The silence after a scanner that sends no terminator: what is buffered is one payload."""
        if not self._buffer:
            return None
        frame = bytes(self._buffer)
        self._buffer.clear()
        return frame

    def reset(self) -> None:
        self._buffer.clear()


PortFactory = Callable[[], QSerialPort]
PortLister = Callable[[], list[PortChoice]]


class SerialScanner(QObject):
    """A scanner on a serial port. Lives on the GUI thread (QSerialPort is asynchronous; nothing blocks).

    Signals:
        payload_scanned(text: str, source: str) — source is always "serial";
        scan_failed(kind: str, message: str) — kind of a desktop.scanning.errors.ScanError, Vietnamese text;
        connection_changed(connected: bool, port: str).
    """

    payload_scanned = Signal(str, str)
    scan_failed = Signal(str, str)
    connection_changed = Signal(bool, str)

    def __init__(self, parent: QObject | None = None, *, port_name: str = "", baud_rate: int = 9600,
                 idle_gap_ms: int = 80, reconnect_ms: int = 1000, port_factory: PortFactory = QSerialPort,
                 port_lister: PortLister = available_ports) -> None:
        super().__init__(parent)
        self.port_name = port_name
        self.baud_rate = baud_rate
        self._port_factory = port_factory
        self._port_lister = port_lister
        self._port: QSerialPort | None = None
        self._framer = SerialFramer()
        self._identity: tuple[int, int, str] | None = None
        self._running = False
        self._reported_down = False
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(idle_gap_ms)
        self._idle.timeout.connect(self._on_idle)
        self._retry = QTimer(self)
        self._retry.setInterval(reconnect_ms)
        self._retry.timeout.connect(self._try_open)

    # -- public -----------------------------------------------------------------------------------------
    def set_port(self, name: str) -> None:
        """Use another port (from the settings page); reconnects at once if running."""
        if name == self.port_name:
            return
        self.port_name = name
        self._identity = None
        if self._running:
            self._close()
            self._try_open()

    def start(self) -> None:
        self._running = True
        self._reported_down = False
        if not self.is_connected():
            self._try_open()

    def stop(self) -> None:
        self._running = False
        self._retry.stop()
        self._close()

    def is_connected(self) -> bool:
        return self._port is not None and self._port.isOpen()

    # -- connection -------------------------------------------------------------------------------------
    def _candidate_names(self) -> list[str]:
        names = [self.port_name] if self.port_name else []
        if self._identity is not None:  # the same device may come back under another name (COM3 → COM5)
            for choice in self._port_lister():
                if choice.usb_identity == self._identity and choice.name not in names:
                    names.append(choice.name)
        return names

    def _try_open(self) -> None:
        if not self._running:
            return
        names = self._candidate_names()
        if not names:
            self._down(SerialPortFailure("(chưa chọn)", "chưa chọn cổng COM trong phần cài đặt"))
            return
        failure: ScanError | None = None
        for name in names:
            port = self._port_factory()
            port.setPortName(name)
            if port.open(QIODevice.OpenModeFlag.ReadOnly):
                port.setBaudRate(self.baud_rate)
                port.setDataBits(QSerialPort.DataBits.Data8)
                port.setParity(QSerialPort.Parity.NoParity)
                port.setStopBits(QSerialPort.StopBits.OneStop)
                port.setFlowControl(QSerialPort.FlowControl.NoFlowControl)
                self._attach(port, name)
                return
            failure = SerialPortFailure(name, _reason(port))
            port.deleteLater()
        assert failure is not None
        self._down(failure)

    def _attach(self, port: QSerialPort, name: str) -> None:
        self._port = port
        port.setParent(self)
        port.readyRead.connect(self._on_ready_read)
        port.errorOccurred.connect(self._on_error)
        self._framer.reset()
        self._retry.stop()
        self._reported_down = False
        if name != self.port_name:
            log.info("serial scanner came back under another port name")
            self.port_name = name
        if self._identity is None:
            for choice in self._port_lister():
                if choice.name == name and choice.usb_identity is not None:
                    self._identity = choice.usb_identity
        log.info("serial scanner connected")
        self.connection_changed.emit(True, name)

    def _down(self, failure: ScanError) -> None:
        if not self._reported_down:  # one message per outage, not one per retry
            self._reported_down = True
            log.info("serial scanner unavailable (%s)", failure.kind)
            self.connection_changed.emit(False, self.port_name)
            self.scan_failed.emit(failure.kind, str(failure))
        if self._running and not self._retry.isActive():
            self._retry.start()

    def _close(self) -> None:
        self._idle.stop()
        self._framer.reset()
        port, self._port = self._port, None
        if port is not None:
            port.readyRead.disconnect(self._on_ready_read)
            port.errorOccurred.disconnect(self._on_error)
            if port.isOpen():
                port.close()
            port.deleteLater()

    def _on_error(self, error: QSerialPort.SerialPortError) -> None:
        if error in (QSerialPort.SerialPortError.NoError, QSerialPort.SerialPortError.TimeoutError):
            return
        port = self._port
        reason = _reason(port) if port is not None else ""
        name = self.port_name
        self._close()
        self._down(SerialPortFailure(name, reason or "máy quét đã bị rút ra"))

    # -- data -------------------------------------------------------------------------------------------
    def _on_ready_read(self) -> None:
        port = self._port
        if port is None:
            return
        data = bytes(port.readAll().data())
        try:
            frames = self._framer.feed(data)
        except SerialFrameTooLong as exc:
            self.scan_failed.emit(exc.kind, str(exc))
            return
        for frame in frames:
            self._emit(frame)
        self._idle.start()

    def _on_idle(self) -> None:
        frame = self._framer.flush()
        if frame is not None:
            self._emit(frame)

    def _emit(self, frame: bytes) -> None:
        try:
            text = text_from_bytes(frame)
        except NotUtf8 as exc:
            log.info("serial scanner sent %d bytes that are not UTF-8", len(frame))
            self.scan_failed.emit(exc.kind, str(exc))
            return
        log.info("serial scan: %d bytes", len(frame))
        self.payload_scanned.emit(text, SOURCE_SERIAL)


def _reason(port: QSerialPort) -> str:
    error = port.error()
    reasons = {
        QSerialPort.SerialPortError.DeviceNotFoundError: "không thấy cổng (máy quét chưa cắm?)",
        QSerialPort.SerialPortError.PermissionError: "cổng đang bị chương trình khác dùng hoặc không có quyền",
        QSerialPort.SerialPortError.OpenError: "cổng đã mở sẵn",
        QSerialPort.SerialPortError.ResourceError: "máy quét đã bị rút ra",
    }
    return reasons.get(error, port.errorString() or "lỗi không rõ")
