"""Reading the ID-card QR and scanning the citizen's papers at the counter.

Every QR source is a QObject with the same signals, connected alike by the reception screen:

    payload_scanned(text: str, source: str)   source: "keyboard" | "serial" | "camera" | "image" | "clipboard"
    scan_failed(kind: str, message: str)      kind of a desktop.scanning.errors.ScanError, Vietnamese message

- wedge.KeyboardWedge — keyboard-mode USB scanners (an event filter on the QApplication; `install()`);
  also `scan_captured(WedgeScan)` with timing and input-method evidence.
- serial.SerialScanner — USB-COM scanners; `available_ports()` for the settings page.
- camera.CameraScanner + camera.CameraPreview — the webcam; `available_cameras()`.
- images.ImageScanner — a picture file or the clipboard.
- documents.PaperAssembler / WatchedFolder / CameraPages — the citizen's papers, one PDF per paper
  (`document_ready(ScannedDocument)`).
- decoder.QrDecoder — the decoder itself, with no Qt (used by `motcua qr decode` and bench/qr.py).

Nothing is imported here, so the command line can use the decoder without loading Qt.
See ARCHITECTURE.md ("Scanning") for the design, and how a TWAIN/WIA scanner plugs in.
"""
