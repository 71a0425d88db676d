"""Resolve the desk's data folder: --data-dir, else $MOTCUA_DATA_DIR, else Qt's per-user data folder."""

from __future__ import annotations

import os
from pathlib import Path

from forms.errors import InvalidInput
from sync.layout import DataLayout

ENV_VAR = "MOTCUA_DATA_DIR"
ORGANIZATION = "MotCua"
APPLICATION = "MotCua Desk"


def default_data_dir() -> Path:
    """The per-user application data folder that Qt reports for this platform."""
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location)


def resolve_data_dir(explicit: str | os.PathLike[str] | None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get(ENV_VAR)
    if from_env:
        return Path(from_env).expanduser()
    return default_data_dir()


def prepare_layout(explicit: str | os.PathLike[str] | None) -> DataLayout:
    """Resolve and create the data folder; an unusable folder is reported in Vietnamese."""
    root = resolve_data_dir(explicit)
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InvalidInput(
            "Không tạo được thư mục dữ liệu {path}: {reason}", path=str(root), reason=exc.strerror or exc
        ) from exc
    if not root.is_dir():
        raise InvalidInput("Đường dẫn dữ liệu {path} không phải là thư mục", path=str(root))
    return DataLayout(root.resolve())
