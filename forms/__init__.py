"""The domain core of MotCua Desk: pure Python, no Qt, no network, no database.

Everything here takes values and returns values (the catalogue loader is the one thin reader of files).
Rooms above (`sync/`, `printing/`, `desktop/`) depend on this package; it depends on none of them.
"""
