"""Typed options, the data-folder QSettings, versioned migrations and the settings dialog."""

from __future__ import annotations

import functools
from datetime import time
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QSpinBox
from pytestqt.qtbot import QtBot

from desktop import settings as s
from desktop.changes import Changes
from desktop.services import AppServices
from desktop.settings_dialog import SettingsDialog
from forms.errors import InvalidInput
from sync.layout import DataLayout
from sync.store import Store


def test_every_option_is_declared_once_with_a_title_and_a_valid_default() -> None:
    keys = [o.key for o in s.all_options()]
    assert len(keys) == len(set(keys))
    for opt in s.all_options():
        assert opt.title.strip(), opt.key
        assert opt.validate(opt.default) == opt.default, opt.key


@pytest.mark.parametrize("code", ["000.00.12.H49", "000.12.34.G01"])
def test_agency_code_accepts_the_four_group_format(code: str) -> None:
    assert s.AGENCY_CODE.validate(f" {code} ") == code


@pytest.mark.parametrize("code", ["12.H49", "000.00.12.h49", "000.00.12.H4", "000-00-12-H49"])
def test_agency_code_rejects_other_shapes_in_vietnamese(code: str) -> None:
    with pytest.raises(InvalidInput) as err:
        s.AGENCY_CODE.validate(code)
    assert "000.00.12.H49" in str(err.value)


def test_desk_number_is_one_to_nine() -> None:
    assert s.DESK_NUMBER.validate(9) == 9
    with pytest.raises(InvalidInput, match="từ 1 đến 9"):
        s.DESK_NUMBER.validate(10)


def test_user_settings_are_typed_and_kept_in_the_data_folder(tmp_path: Path, qapp: QApplication) -> None:
    a, b = DataLayout(tmp_path / "a"), DataLayout(tmp_path / "b")
    first = s.open_user_settings(a)
    first.set(s.LANGUAGE, "en")
    first.set(s.LARGE_FONT, True)
    first.set(s.AUTO_LOCK_MINUTES, 5)
    first.sync()
    assert (tmp_path / "a" / s.SETTINGS_FILE).exists()
    again = s.open_user_settings(a)
    assert again.value(s.LANGUAGE) == "en"
    assert again.value(s.LARGE_FONT) is True
    assert again.value(s.AUTO_LOCK_MINUTES) == 5
    # A second desk on the same machine keeps its own values.
    other = s.open_user_settings(b)
    assert other.value(s.LANGUAGE) == "vi"
    assert other.value(s.LARGE_FONT) is False


def test_invalid_values_are_refused_and_junk_in_the_file_reads_as_default(tmp_path: Path, qapp: QApplication) -> None:
    settings = s.open_user_settings(DataLayout(tmp_path))
    with pytest.raises(InvalidInput):
        settings.set(s.LANGUAGE, "fr")
    settings.qsettings.setValue("options/ui/auto_lock_minutes", "ten")
    assert settings.value(s.AUTO_LOCK_MINUTES) == s.AUTO_LOCK_MINUTES.default
    with pytest.raises(ValueError):
        settings.value(s.AGENCY_CODE)  # kept in the store, not in QSettings


def test_window_state_is_kept_apart_from_options(tmp_path: Path, qapp: QApplication) -> None:
    settings = s.open_user_settings(DataLayout(tmp_path))
    settings.save_state("main_window/geometry", QByteArray(b"\x01\x02geometry"))
    settings.set(s.PRINTER_NAME, "HP LaserJet")
    settings.sync()
    raw = QSettings(str(settings.path), QSettings.Format.IniFormat)
    assert raw.childGroups() == ["meta", "options", "state"]
    state = settings.restore_state("main_window/geometry")
    assert state is not None and state.data() == b"\x01\x02geometry"


def _legacy_file(path: Path, values: dict[str, object]) -> QSettings:
    q = QSettings(str(path), QSettings.Format.IniFormat)
    for key, value in values.items():
        q.setValue(key, value)
    q.sync()
    return q


def test_migration_1_moves_window_state_and_top_level_options(tmp_path: Path, qapp: QApplication) -> None:
    q = _legacy_file(tmp_path / "legacy.ini", {"geometry": QByteArray(b"geo"), "language": "en", "printer": "P1"})
    s._v1_split_window_state(q)
    assert not q.contains("geometry") and not q.contains("language")
    assert bytes(q.value("state/main_window/geometry")) == b"geo"
    assert q.value("options/ui/language") == "en"
    assert q.value("options/devices/printer") == "P1"


@pytest.mark.parametrize(("seconds", "minutes"), [(600, 10), (61, 2), (0, 0), (999999, 240)])
def test_migration_2_turns_seconds_into_minutes(tmp_path: Path, qapp: QApplication, seconds: int, minutes: int) -> None:
    q = _legacy_file(tmp_path / "legacy.ini", {"options/ui/auto_lock_seconds": seconds})
    s._v2_auto_lock_seconds_to_minutes(q)
    assert not q.contains("options/ui/auto_lock_seconds")
    assert int(q.value("options/ui/auto_lock_minutes")) == minutes


def _record_then_v2(ran: list[int], q: QSettings) -> None:
    ran.append(2)
    s._v2_auto_lock_seconds_to_minutes(q)


def test_migrate_backs_up_first_runs_pending_migrations_in_order_once(tmp_path: Path, qapp: QApplication) -> None:
    q = _legacy_file(tmp_path / "motcua-desk.ini", {"meta/version": 1, "options/ui/auto_lock_seconds": 120})
    ran: list[int] = []
    migrations = (
        s.Migration(1, "old", lambda _q: ran.append(1)),
        s.Migration(2, "seconds", functools.partial(_record_then_v2, ran)),
        s.Migration(3, "later", lambda _q: ran.append(3)),
    )
    backups = tmp_path / "backups"
    assert s.migrate(q, backups, migrations) == [2, 3]
    assert ran == [2, 3]
    assert s.settings_version(q) == 3
    [backup] = list(backups.iterdir())
    assert backup.name.startswith("motcua-desk-v1-")
    assert "auto_lock_seconds" in backup.read_text()  # the file as it was before migrating
    assert s.migrate(q, backups, migrations) == []
    assert ran == [2, 3]


def test_a_fresh_desk_starts_at_the_current_version_without_a_backup(gui_layout: DataLayout, qapp: QApplication) -> None:
    settings = s.open_user_settings(gui_layout)
    assert s.settings_version(settings.qsettings) == s.CURRENT_VERSION
    assert not gui_layout.backups.exists()


# -- the dialog -----------------------------------------------------------------------------------------
def _dialog(qtbot: QtBot, services: AppServices) -> SettingsDialog:
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_dialog_saves_desk_profile_to_the_store_and_options_to_qsettings(
    qtbot: QtBot, gui_services: AppServices, gui_store: Store
) -> None:
    seen: list[Changes] = []
    gui_services.changes_applied.connect(seen.append)
    dialog = _dialog(qtbot, gui_services)
    code = dialog.findChild(QLineEdit, "opt_agency_code")
    assert code is not None
    code.selectAll()
    QTest.keyClicks(code, "000.00.12.H49")
    desk = dialog.findChild(QSpinBox, "opt_desk_number")
    assert desk is not None
    desk.selectAll()
    QTest.keyClicks(desk, "3")
    dialog.editors["ui/language"].put("en")
    dialog.editors["ui/auto_lock_minutes"].put(3)
    QTest.keyClick(dialog, Qt.Key.Key_Return)  # Save is the default button
    assert dialog.result() == dialog.DialogCode.Accepted
    assert gui_services.profile.agency_code == "000.00.12.H49"
    assert gui_services.profile.desk_number == 3
    assert '"agency_code": "000.00.12.H49"' in (gui_store.get_setting("desk_profile") or "")
    assert gui_services.settings.value(s.LANGUAGE) == "en"
    assert gui_services.settings.value(s.AUTO_LOCK_MINUTES) == 3
    assert any(c.settings for c in seen)


def test_dialog_refuses_a_bad_agency_code_and_saves_nothing(
    qtbot: QtBot, gui_services: AppServices, gui_store: Store
) -> None:
    dialog = _dialog(qtbot, gui_services)
    dialog.editors["ui/language"].put("en")
    code = dialog.findChild(QLineEdit, "opt_agency_code")
    assert code is not None
    code.setText("12.H49")
    dialog.tabs.setCurrentIndex(4)
    dialog.save()
    assert dialog.isVisible()
    assert "000.00.12.H49" in dialog.error.text()
    assert dialog.tabs.currentIndex() == 0  # taken back to the field that is wrong
    assert gui_store.get_setting("desk_profile") is None
    assert gui_services.settings.value(s.LANGUAGE) == "vi"


def test_dialog_shows_the_stored_values(qtbot: QtBot, gui_services: AppServices) -> None:
    gui_services.settings.set(s.SCANNER_MODE, "serial")
    gui_services.settings.set(s.SCANNER_PORT, "COM4")
    dialog = _dialog(qtbot, gui_services)
    assert dialog.editors["devices/scanner_mode"].get() == "serial"
    assert dialog.editors["devices/serial_port"].get() == "COM4"
    assert dialog.editors["office_open"].get() == time(7, 30)


def test_portal_url_goes_to_the_store_and_the_password_to_the_keyring_never_to_qsettings(
    qtbot: QtBot, gui_services: AppServices, gui_store: Store
) -> None:
    from sync.credentials import load_credentials

    dialog = _dialog(qtbot, gui_services)
    dialog.editors["portal_url"].put("https://dichvucong.example.vn")
    dialog.portal_user.setText("desk-49")
    dialog.portal_password.setText("bí-mật-cổng")
    dialog.save()
    assert gui_store.get_setting("portal_url") == "https://dichvucong.example.vn"
    saved = load_credentials(gui_services.layout, "https://dichvucong.example.vn")
    assert saved is not None and (saved.username, saved.password) == ("desk-49", "bí-mật-cổng")
    assert "bí-mật-cổng" not in gui_services.settings.path.read_text(encoding="utf-8")
    # Opening the dialog again shows the URL and the account name, not the password.
    again = _dialog(qtbot, gui_services)
    assert again.editors["portal_url"].get() == "https://dichvucong.example.vn"
    assert again.portal_user.text() == "desk-49" and again.portal_password.text() == ""


def test_printer_and_serial_port_are_offered_from_the_machine_and_the_choice_is_kept(
    qtbot: QtBot, gui_services: AppServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop import settings_dialog

    monkeypatch.setitem(settings_dialog._DEVICE_FINDERS, "printers", lambda: ["HP LaserJet P1102", "Canon LBP2900"])
    monkeypatch.setitem(settings_dialog._DEVICE_FINDERS, "serial_ports", lambda: ["COM3", "COM4"])
    gui_services.settings.set(s.PRINTER_NAME, "Canon LBP2900")
    dialog = _dialog(qtbot, gui_services)
    printer = dialog.editors["devices/printer"].widget
    assert isinstance(printer, QComboBox)
    assert [printer.itemText(i) for i in range(printer.count())] == ["HP LaserJet P1102", "Canon LBP2900"]
    assert printer.currentText() == "Canon LBP2900"
    dialog.editors["devices/serial_port"].put("COM4")
    dialog.save()
    assert gui_services.settings.value(s.SCANNER_PORT) == "COM4"
    assert gui_services.settings.value(s.PRINTER_NAME) == "Canon LBP2900"
