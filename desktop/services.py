"""`AppServices`: what every screen is given — the desk's data, the background helper, and one change signal.

A screen receives one `AppServices` and nothing else (`ReceptionPage(services)`). API:

    services.layout                       DataLayout of this desk's data folder
    services.profile                      DeskProfile (agency, desk number, office hours …), from the store
    services.catalogue                    forms.catalogue Catalogue, or None until `catalogue_ready` fired
    services.official                     the logged-in Official (login, display_name, role) or None
    services.actor                        login to pass as `actor=` to every store write (audit trail)
    services.runner                       the OpRunner (desktop/ops.py)
    services.settings                     UserSettings (QSettings in the data folder; desktop/settings.py)

    services.op(fn, parent=w, description=…)          -> Op   network / decoding / printing (thread pool)
    services.db(lambda store: …, parent=w, …)         -> Op   read the Store on the database thread
    services.change(lambda store: …, changes=lambda result: Changes(…), parent=w, …)
                                                      -> Op   write; `changes_applied` fires before success
    services.apply_changes(Changes(…))                        broadcast from the GUI thread (sync runner)
    services.when_catalogue(cb)                               cb(catalogue) now or once it is loaded
    services.save_profile(profile)                    -> Op   persist the DeskProfile (store settings table)
    services.store_setting(key) / set_store_setting(key, value) -> Op   other store settings (portal_url)

Signals (GUI thread):
    changes_applied(Changes)   after a save, a lifecycle action, a sync pull, a conflict choice, a settings
                               change — each screen decides itself whether to refresh (Anki's OpChanges)
    official_changed(object)   login, logout, lock
    catalogue_ready(object)    the catalogue finished loading in the background

Every Op returned must be `.run()` by the caller after chaining `.success(...)`/`.failure(...)`.
The `fn` given to `db`/`change` runs on the database thread: it receives the Store and plain values only —
never a widget. The Store is opened lazily on that thread (SQLite connections stay on their thread).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal

from desktop.changes import Changes
from desktop.ops import Lane, Op, OpRunner
from desktop.settings import UserSettings, open_user_settings
from forms.catalogue import Catalogue, load_default_catalogue
from forms.desk import DeskProfile
from sync.layout import DataLayout
from sync.store import Store

if TYPE_CHECKING:
    from sync.accounts import Official

log = logging.getLogger(__name__)

T = TypeVar("T")

StoreOpener = Callable[[DataLayout], Any]
CatalogueLoader = Callable[[], Any]

SYSTEM_ACTOR = "system"  # the actor recorded for work no official started (start-up migrations, sync)


def default_store_opener(layout: DataLayout) -> Store:
    return Store.open(layout)


def default_catalogue_loader() -> Catalogue:
    return load_default_catalogue()


class AppServices(QObject):
    changes_applied = Signal(object)
    official_changed = Signal(object)
    catalogue_ready = Signal(object)

    def __init__(
        self,
        layout: DataLayout,
        *,
        runner: OpRunner | None = None,
        store_opener: StoreOpener = default_store_opener,
        catalogue_loader: CatalogueLoader = default_catalogue_loader,
        settings: UserSettings | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.layout = layout
        self.settings = settings if settings is not None else open_user_settings(layout)
        self.runner = runner or OpRunner(self)
        self.profile = DeskProfile()
        self.catalogue: Any | None = None
        self.catalogue_error: BaseException | None = None
        self.official: Official | None = None
        self._store_opener = store_opener
        self._catalogue_loader = catalogue_loader
        self._store: Any | None = None
        self._catalogue_waiters: list[Callable[[Any], None]] = []

    # -- the current official -----------------------------------------------------------------------
    @property
    def actor(self) -> str:
        return self.official.login if self.official is not None else SYSTEM_ACTOR

    def set_official(self, official: Official | None) -> None:
        self.official = official
        self.official_changed.emit(official)

    # -- background work ----------------------------------------------------------------------------
    def op(self, fn: Callable[[], T], *, parent: QObject | None = None, description: str = "") -> Op[T]:
        return Op(parent, fn, runner=self.runner, description=description, lane=Lane.POOL)

    def db(
        self, fn: Callable[[Any], T], *, parent: QObject | None = None, description: str = ""
    ) -> Op[T]:
        return Op(parent, lambda: fn(self._store_on_db_thread()), runner=self.runner,
                  description=description, lane=Lane.DB)

    def change(
        self,
        fn: Callable[[Any], T],
        *,
        changes: Callable[[T], Changes],
        parent: QObject | None = None,
        description: str = "",
    ) -> Op[T]:
        op = self.db(fn, parent=parent, description=description)
        # Broadcast even if the screen that asked has closed meanwhile: the data did change.
        op.before_success.append(lambda result: self.apply_changes(changes(result)))
        return op

    def apply_changes(self, changes: Changes) -> None:
        if changes.settings:
            log.info("settings changed (%s)", changes.source)
        self.changes_applied.emit(changes)

    def _store_on_db_thread(self) -> Any:
        if self._store is None:
            self._store = self._store_opener(self.layout)
            store = self._store

            def close() -> None:
                closer = getattr(store, "close", None)
                if callable(closer):
                    closer()

            self.runner.db_finalizers.append(close)
        return self._store

    # -- start-up -----------------------------------------------------------------------------------
    def start(self) -> None:
        """Load the desk profile and the catalogue in the background (the window shows at once)."""
        self.load_profile()
        self.op(self._catalogue_loader, parent=self, description="catalogue").success(
            self._catalogue_loaded
        ).failure(self._catalogue_failed).run()

    def load_profile(self) -> Op[DeskProfile]:
        from sync.desk_profile import read_profile

        op: Op[DeskProfile] = self.db(read_profile, parent=self, description="")
        op.success(self._profile_loaded)
        return op.run()

    def _profile_loaded(self, profile: DeskProfile) -> None:
        if profile != self.profile:
            self.profile = profile
            self.apply_changes(Changes(source="settings", settings=True))

    def save_profile(self, profile: DeskProfile, *, parent: QObject | None = None) -> Op[DeskProfile]:
        from sync.desk_profile import write_profile

        def write(store: Any) -> DeskProfile:
            write_profile(store, profile)
            return profile

        op = self.db(write, parent=parent, description="")
        op.before_success.append(self._profile_saved)
        return op

    def _profile_saved(self, profile: DeskProfile) -> None:
        self.profile = profile
        self.apply_changes(Changes(source="settings", settings=True))

    def store_setting(self, key: str, *, parent: QObject | None = None) -> Op[str | None]:
        return self.db(lambda store: store.get_setting(key), parent=parent)

    def set_store_setting(self, key: str, value: str, *, parent: QObject | None = None) -> Op[str]:
        def write(store: Any) -> str:
            if store.get_setting(key) != value:
                store.set_setting(key, value)
            return value

        return self.change(write, changes=lambda _v: Changes(source="settings", settings=True), parent=parent)

    def save_portal_credentials(
        self, portal_url: str, user: str, password: str, *, parent: QObject | None = None
    ) -> Op[str]:
        """Store the desk's portal login in the OS keyring (off the GUI thread: keyrings may block)."""
        from sync.credentials import save_credentials

        layout = self.layout

        def save() -> str:
            return save_credentials(layout, portal_url, user, password).username

        return self.op(save, parent=parent)

    def portal_username(self, portal_url: str, *, parent: QObject | None = None) -> Op[str]:
        """The account name saved for this portal ("" if none); the password never leaves the keyring."""
        from sync.credentials import load_credentials

        layout = self.layout

        def load() -> str:
            credentials = load_credentials(layout, portal_url) if portal_url else None
            return credentials.username if credentials is not None else ""

        return self.op(load, parent=parent)

    def _catalogue_loaded(self, catalogue: Any) -> None:
        self.catalogue = catalogue
        waiters, self._catalogue_waiters = self._catalogue_waiters, []
        self.catalogue_ready.emit(catalogue)
        for cb in waiters:
            cb(catalogue)

    def _catalogue_failed(self, error: BaseException) -> None:
        from desktop.ops import show_failure

        self.catalogue_error = error
        show_failure(None, error)

    def when_catalogue(self, cb: Callable[[Any], None]) -> None:
        if self.catalogue is not None:
            cb(self.catalogue)
        else:
            self._catalogue_waiters.append(cb)

    # -- shutdown -----------------------------------------------------------------------------------
    def close(self) -> None:
        """Finish queued work and close the store on its own thread."""
        self.runner.wait_idle(timeout=10.0)
        self.runner.shutdown()
