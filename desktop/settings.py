"""Every option of the desk, declared once: key, type, default, translatable title, where it is kept.

Where each kind of value lives (and why):
- `Scope.DESK`: fields of `forms.desk.DeskProfile` (agency, desk number, office hours …), in the store's
  settings table, because printing, dossier codes and sync need them without the GUI.
- `Scope.STORE`: other values the headless rooms need (the portal URL, the second backup folder), one store
  settings key each.
- `Scope.USER`: the official's preferences and devices (language, large font, auto-lock, printer, scanner)
  in QSettings.
- Window geometry and splitter positions are *state*, not settings: `UserSettings.save_state/restore_state`
  keep them in their own group so a "reset settings" never loses them and they never clutter the options.
- Passwords and tokens: never here. The portal credentials go to the OS keyring (sync.credentials).

QSettings is an INI file inside the data folder (`QSettings(path, IniFormat)`), so desks side by side keep
separate settings. Its layout is versioned: `migrate(settings, backup_dir)` runs the `MIGRATIONS` in order
after copying the file to the backup folder; each migration is a plain function with its own test.

Use: `services.settings.value(LANGUAGE)` → typed value; `services.settings.set(LANGUAGE, "en")`.
"""

from __future__ import annotations

import logging
import re
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import time
from enum import Enum
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings

from forms.clock import now_vn
from forms.errors import InvalidInput
from forms.i18n import CONTEXT, N_
from sync.layout import DataLayout

log = logging.getLogger(__name__)

T = TypeVar("T")

SETTINGS_FILE = "motcua-desk.ini"
OPTIONS_GROUP = "options"
STATE_GROUP = "state"
VERSION_KEY = "meta/version"


def translate_title(title: str) -> str:
    """Option titles and choice labels are marked with N_() and live in the shared "motcua" context."""
    return QCoreApplication.translate(CONTEXT, title)


class Scope(Enum):
    DESK = "desk"
    STORE = "store"
    USER = "user"


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    default: T
    title: str  # Vietnamese source, translated with translate_title()
    scope: Scope = Scope.USER
    section: str = "general"
    help: str = ""

    def parse(self, raw: object) -> T:
        """Turn what QSettings (INI: strings) or a widget gave back into the typed value."""
        return raw  # type: ignore[return-value]

    def validate(self, value: T) -> T:
        return value

    def dump(self, value: T) -> object:
        return value


@dataclass(frozen=True)
class TextOption(Option[str]):
    pattern: str = ""
    pattern_message: str = ""
    suggestions: str = ""  # "printers" | "serial_ports": the editor offers what the machine has

    def parse(self, raw: object) -> str:
        return "" if raw is None else str(raw)

    def validate(self, value: str) -> str:
        value = value.strip()
        if self.pattern and value and not re.fullmatch(self.pattern, value):
            raise InvalidInput(self.pattern_message or "Giá trị của “{title}” không hợp lệ", title=self.title)
        return value


@dataclass(frozen=True)
class IntOption(Option[int]):
    minimum: int = 0
    maximum: int = 10**9

    def parse(self, raw: object) -> int:
        try:
            return int(str(raw))
        except (TypeError, ValueError):
            return self.default

    def validate(self, value: int) -> int:
        if not self.minimum <= value <= self.maximum:
            raise InvalidInput(
                "“{title}” phải từ {lo} đến {hi}", title=self.title, lo=self.minimum, hi=self.maximum
            )
        return value


@dataclass(frozen=True)
class BoolOption(Option[bool]):
    def parse(self, raw: object) -> bool:
        if isinstance(raw, bool):
            return raw
        return str(raw).strip().lower() in {"1", "true", "yes", "on"}

    def dump(self, value: bool) -> object:
        return "true" if value else "false"


@dataclass(frozen=True)
class ChoiceOption(Option[str]):
    choices: tuple[tuple[str, str], ...] = ()  # (stored value, Vietnamese label)

    def parse(self, raw: object) -> str:
        value = str(raw) if raw is not None else self.default
        return value if value in self.values() else self.default

    def validate(self, value: str) -> str:
        if value not in self.values():
            raise InvalidInput("“{title}”: lựa chọn không hợp lệ", title=self.title)
        return value

    def values(self) -> list[str]:
        return [v for v, _ in self.choices]


@dataclass(frozen=True)
class TimeOption(Option[time]):
    def parse(self, raw: object) -> time:
        if isinstance(raw, time):
            return raw
        try:
            return time.fromisoformat(str(raw))
        except ValueError:
            return self.default

    def dump(self, value: time) -> object:
        return value.strftime("%H:%M")


@dataclass(frozen=True)
class PathOption(TextOption):
    directory: bool = True


# -- the registry ---------------------------------------------------------------------------------------
AGENCY_CODE_PATTERN = r"\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}"

_REGISTRY: dict[str, Option[Any]] = {}


def _declare(option: Option[T]) -> Option[T]:
    if option.key in _REGISTRY:
        raise ValueError(f"option {option.key} declared twice")
    _REGISTRY[option.key] = option
    return option


# Desk identity (DeskProfile fields; key = field name).
CENTRE_NAME = _declare(TextOption("centre_name", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG",
                                  N_("Tên bộ phận / cơ quan"), Scope.DESK, "desk"))
AGENCY_CODE = _declare(TextOption(
    "agency_code", "000.00.00.H00", N_("Mã định danh cơ quan"), Scope.DESK, "desk",
    help=N_("Dạng 000.00.12.H49 (QCVN 102:2016/BTTTT)"),
    pattern=AGENCY_CODE_PATTERN,
    pattern_message="Mã định danh cơ quan phải có dạng 000.00.12.H49 (bốn nhóm số, nhóm cuối là chữ in hoa và hai số)",
))
GOVERNING_BODY = _declare(TextOption("governing_body", "UBND XÃ", N_("Cơ quan chủ quản"), Scope.DESK, "desk"))
PLACE_NAME = _declare(TextOption("place_name", "", N_("Địa danh (dòng ngày tháng)"), Scope.DESK, "desk"))
PROVINCE_NAME = _declare(TextOption("province_name", "", N_("Tỉnh / thành phố"), Scope.DESK, "desk"))
DESK_NUMBER = _declare(IntOption("desk_number", 1, N_("Số quầy"), Scope.DESK, "desk", minimum=1, maximum=9))
OFFICE_OPEN = _declare(TimeOption("office_open", time(7, 30), N_("Giờ mở cửa"), Scope.DESK, "hours"))
OFFICE_CLOSE = _declare(TimeOption("office_close", time(17, 0), N_("Giờ đóng cửa"), Scope.DESK, "hours"))
CUTOFF = _declare(TimeOption("cutoff", time(15, 0), N_("Sau giờ này tính từ ngày làm việc kế tiếp"),
                             Scope.DESK, "hours"))
LOOKUP_URL = _declare(TextOption("lookup_url", "https://dichvucong.gov.vn/tra-cuu-ho-so",
                                 N_("Địa chỉ tra cứu in trên giấy hẹn"), Scope.DESK, "desk"))

# Values the sync room reads from the store.
PORTAL_URL = _declare(TextOption(
    "portal_url", "", N_("Địa chỉ Cổng dịch vụ công"), Scope.STORE, "sync",
    pattern=r"https?://\S+", pattern_message="Địa chỉ cổng phải bắt đầu bằng http:// hoặc https://",
))

# The official's preferences and devices (QSettings).
LANGUAGE = _declare(ChoiceOption("ui/language", "vi", N_("Ngôn ngữ"), Scope.USER, "ui",
                                 choices=(("vi", "Tiếng Việt"), ("en", "English"))))
LARGE_FONT = _declare(BoolOption("ui/large_font", False, N_("Chữ lớn (màn hình nhỏ, người lớn tuổi)"),
                                 Scope.USER, "ui"))
AUTO_LOCK_MINUTES = _declare(IntOption("ui/auto_lock_minutes", 10, N_("Tự khóa sau (phút không thao tác, 0 = tắt)"),
                                       Scope.USER, "ui", minimum=0, maximum=240))
PRINTER_NAME = _declare(TextOption("devices/printer", "", N_("Máy in"), Scope.USER, "devices",
                                   suggestions="printers"))
SCANNER_MODE = _declare(ChoiceOption(
    "devices/scanner_mode", "keyboard", N_("Kiểu máy quét mã QR"), Scope.USER, "devices",
    choices=(("keyboard", N_("Bàn phím (USB HID)")), ("serial", N_("Cổng COM (USB-serial)")),
             ("camera", N_("Webcam"))),
))
SCANNER_PORT = _declare(TextOption("devices/serial_port", "", N_("Cổng COM của máy quét"), Scope.USER, "devices",
                                   suggestions="serial_ports"))
# The store copies each of its backups there too (sync.store: "backup.second_folder").
BACKUP_FOLDER = _declare(PathOption("backup.second_folder", "",
                                    N_("Thư mục sao lưu thứ hai (USB, ổ mạng; để trống: chỉ trong thư mục dữ liệu)"),
                                    Scope.STORE, "backup"))


def all_options() -> list[Option[Any]]:
    return list(_REGISTRY.values())


def option(key: str) -> Option[Any]:
    return _REGISTRY[key]


# -- QSettings-backed user settings ---------------------------------------------------------------------
def settings_path(layout: DataLayout) -> Path:
    return layout.root / SETTINGS_FILE


class UserSettings:
    """Typed access to the USER-scope options and the window state, in the data folder's INI file."""

    def __init__(self, layout: DataLayout) -> None:
        self.path = settings_path(layout)
        self.qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)

    def value(self, opt: Option[T]) -> T:
        self._check_scope(opt)
        raw = self.qsettings.value(f"{OPTIONS_GROUP}/{opt.key}")
        return opt.default if raw is None else opt.parse(raw)

    def set(self, opt: Option[T], value: T) -> None:
        self._check_scope(opt)
        value = opt.validate(value)
        self.qsettings.setValue(f"{OPTIONS_GROUP}/{opt.key}", opt.dump(value))

    def reset(self, opt: Option[Any]) -> None:
        self.qsettings.remove(f"{OPTIONS_GROUP}/{opt.key}")

    def save_state(self, name: str, data: QByteArray | bytes) -> None:
        self.qsettings.setValue(f"{STATE_GROUP}/{name}", QByteArray(data))

    def restore_state(self, name: str) -> QByteArray | None:
        raw = self.qsettings.value(f"{STATE_GROUP}/{name}")
        return raw if isinstance(raw, QByteArray) and not raw.isEmpty() else None

    def sync(self) -> None:
        self.qsettings.sync()

    @staticmethod
    def _check_scope(opt: Option[Any]) -> None:
        if opt.scope is not Scope.USER:
            raise ValueError(f"{opt.key} is kept in the store, not in QSettings")


# -- versioned migrations -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    apply: Callable[[QSettings], None] = field(repr=False)


def _v1_split_window_state(s: QSettings) -> None:
    """Before versioning, the first window kept `geometry`/`windowState` and a few options at the top level."""
    for legacy, new in (("geometry", f"{STATE_GROUP}/main_window/geometry"),
                        ("windowState", f"{STATE_GROUP}/main_window/state")):
        if s.contains(legacy):
            s.setValue(new, s.value(legacy))
            s.remove(legacy)
    for legacy, opt in (("language", LANGUAGE), ("printer", PRINTER_NAME)):
        if s.contains(legacy):
            s.setValue(f"{OPTIONS_GROUP}/{opt.key}", s.value(legacy))
            s.remove(legacy)


def _v2_auto_lock_seconds_to_minutes(s: QSettings) -> None:
    """The auto-lock delay was first stored in seconds; the option is now whole minutes (rounded up)."""
    legacy = f"{OPTIONS_GROUP}/ui/auto_lock_seconds"
    if s.contains(legacy):
        try:
            seconds = int(str(s.value(legacy)))
        except ValueError:
            seconds = AUTO_LOCK_MINUTES.default * 60
        minutes = 0 if seconds <= 0 else max(1, -(-seconds // 60))
        s.setValue(f"{OPTIONS_GROUP}/{AUTO_LOCK_MINUTES.key}", min(minutes, 240))
        s.remove(legacy)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "window state apart from options", _v1_split_window_state),
    Migration(2, "auto-lock in minutes", _v2_auto_lock_seconds_to_minutes),
)
CURRENT_VERSION = MIGRATIONS[-1].version


def settings_version(s: QSettings) -> int:
    try:
        return int(str(s.value(VERSION_KEY, 0)))
    except ValueError:
        return 0


def migrate(
    s: QSettings, backup_dir: Path, migrations: Sequence[Migration] = MIGRATIONS
) -> list[int]:
    """Bring the settings file to the newest layout; the old file is copied to `backup_dir` first."""
    version = settings_version(s)
    pending = [m for m in migrations if m.version > version]
    if not pending:
        return []
    s.sync()
    source = Path(s.fileName())
    if source.exists() and source.stat().st_size > 0:
        backup_dir.mkdir(parents=True, exist_ok=True)
        stamp = now_vn().strftime("%Y%m%d-%H%M%S")
        shutil.copy2(source, backup_dir / f"{source.stem}-v{version}-{stamp}{source.suffix}")
    done: list[int] = []
    for m in pending:
        m.apply(s)
        s.setValue(VERSION_KEY, m.version)
        s.sync()
        done.append(m.version)
        # "to version N" reads like an address ("tổ N") to the redactor: say it another way.
        log.info("settings migrated: v%d (%s)", m.version, m.description)
    return done


def open_user_settings(layout: DataLayout) -> UserSettings:
    """Open the data folder's settings and run pending migrations (after a backup)."""
    settings = UserSettings(layout)
    migrate(settings.qsettings, layout.backups)
    return settings
