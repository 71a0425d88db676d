"""Start the GUI on a data folder (the embedded default: local SQLite, no configuration, no network)."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from desktop.datadir import APPLICATION, ORGANIZATION
from sync.layout import DataLayout


def create_application(argv: Sequence[str] | None = None) -> object:
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    if existing is not None:
        return existing
    QApplication.setOrganizationName(ORGANIZATION)
    QApplication.setApplicationName(APPLICATION)
    app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    app.setApplicationDisplayName("MotCua Desk")
    return app


def run_gui(layout: DataLayout) -> int:
    from PySide6.QtWidgets import QApplication

    from desktop.main_window import MainWindow
    from desktop.services import AppServices

    create_application()
    _compile_translations_in_a_checkout()
    services = AppServices(layout)
    services.start()  # desk profile and catalogue load in the background; the window shows at once
    window = MainWindow(services)
    window.show()
    window.begin_session()  # first-run wizard, or the sign-in screen
    _exit_after_delay_for_smoke_tests()
    try:
        return QApplication.exec()
    finally:
        services.close()


def _compile_translations_in_a_checkout() -> None:
    """A source checkout started without dev.py may lack the .qm files: build them (a bundle ships them)."""
    import logging
    import subprocess

    from desktop.i18n import compile_catalogues

    try:
        compile_catalogues()
    except (OSError, subprocess.CalledProcessError) as exc:
        logging.getLogger(__name__).warning("translations not compiled (%s); English may be missing",
                                            type(exc).__name__)


def _exit_after_delay_for_smoke_tests() -> None:
    """`MOTCUA_EXIT_AFTER_MS=N`: quit N ms after the window shows (the bundle's start-up check in CI)."""
    import os

    delay = os.environ.get("MOTCUA_EXIT_AFTER_MS", "")
    if delay.isdigit():
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        QTimer.singleShot(int(delay), QApplication.quit)


def main() -> int:
    """Entry point of the `motcua-desk` GUI script (same as `motcua` with no subcommand)."""
    from desktop.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    raise SystemExit(main())
