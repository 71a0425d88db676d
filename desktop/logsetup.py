"""Logging to a rotating file in the data folder, with personal data redacted on every handler."""

from __future__ import annotations

import logging
import logging.handlers

from forms.redact import RedactingFilter
from sync.layout import DataLayout

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"
_MAX_BYTES = 2_000_000
_BACKUPS = 5


def configure_logging(layout: DataLayout, *, level: int = logging.INFO) -> logging.Handler | None:
    """Install the rotating file handler once per data folder; returns it (None if the folder is unwritable)."""
    root = logging.getLogger()
    target = str(layout.log_file)
    for handler in root.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler) and handler.baseFilename == target:
            return handler
    try:
        layout.logs.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            target, maxBytes=_MAX_BYTES, backupCount=_BACKUPS, encoding="utf-8"
        )
    except OSError:
        # Logging must never stop the desk from working (read-only or full disk): carry on without a file.
        return None
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    handler.addFilter(RedactingFilter())
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    return handler
