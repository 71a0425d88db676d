"""Reading the ID-card QR and scanning the citizen's papers at the counter.

`decoder` (no Qt) reads pictures; the Qt sources built on it are documented in ARCHITECTURE.md
("Scanning"). Nothing is imported here, so the command line can use the decoder without loading Qt.
"""
