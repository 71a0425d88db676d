"""The desk's portal credentials, kept in the OS keyring (Windows Credential Manager, macOS Keychain,
Secret Service on Linux) through `keyring`, never in a settings file or a log.

Entries are named by a random desk id stored in the data folder (not secret), so several desks on one
machine keep separate credentials and a moved data folder keeps its own. Where the machine has no OS
keyring, `keyring` would fall back to a plain file in the user's home shared by every desk; instead this
module uses a plain-file keyring inside the desk's data folder, and says so in the log.
"""

from __future__ import annotations

import json
import logging
import uuid
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from forms.errors import InvalidInput, MotcuaError
from forms.i18n import N_
from sync.layout import DataLayout

log = logging.getLogger(__name__)

SERVICE = "MotCua Desk portal"
_DESK_ID_FILE = "desk-id"
_PLAIN_FILE = "keyring-plaintext.cfg"
_warned: set[Path] = set()


class CredentialStoreError(MotcuaError):
    kind = "credentials"


@dataclass(frozen=True)
class Credentials:
    portal_url: str
    username: str
    password: str

    def __repr__(self) -> str:  # never print the password, even in a traceback
        return f"Credentials(portal_url={self.portal_url!r}, username={self.username!r}, password='***')"


def normalise_url(url: str) -> str:
    """`https://Portal.example/` and `https://portal.example` name the same portal."""
    text = url.strip()
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InvalidInput(N_("Địa chỉ cổng «{url}» không hợp lệ; cần dạng https://máy-chủ[:cổng]"), url=text[:200])
    return urlunsplit((parts.scheme, parts.netloc.lower(), parts.path.rstrip("/"), "", ""))


def _sync_dir(layout: DataLayout) -> Path:
    return layout.root / "sync"


def desk_id(layout: DataLayout) -> str:
    path = _sync_dir(layout) / _DESK_ID_FILE
    try:
        existing = path.read_text(encoding="ascii").strip()
        if existing:
            return existing
    except FileNotFoundError:
        pass
    except OSError as exc:
        raise CredentialStoreError(N_("Không đọc được tệp {path}"), path=str(path)) from exc
    value = str(uuid.uuid4())
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(value, encoding="ascii")
    except OSError as exc:
        raise CredentialStoreError(N_("Không ghi được tệp {path}"), path=str(path)) from exc
    return value


def _is_plain_or_missing(backend: KeyringBackend) -> bool:
    module = type(backend).__module__
    return module.startswith(("keyring.backends.fail", "keyring.backends.null", "keyrings.alt.file"))


def backend_for(layout: DataLayout) -> KeyringBackend:
    """The OS keyring when there is one; otherwise a plain-file keyring in the data folder (logged)."""
    current: KeyringBackend = keyring.get_keyring()
    if not _is_plain_or_missing(current):
        return current
    from keyrings.alt.file import PlaintextKeyring

    plain: KeyringBackend = PlaintextKeyring()
    path = _sync_dir(layout) / _PLAIN_FILE
    plain.file_path = str(path)  # type: ignore[attr-defined]
    if path not in _warned:
        _warned.add(path)
        log.warning("no OS keyring on this machine: portal credentials kept in a plain file in the data folder "
                    "(%s)", path)
    return plain


def _entry(layout: DataLayout, portal_url: str) -> str:
    return f"{desk_id(layout)}|{normalise_url(portal_url)}"


def save_credentials(layout: DataLayout, portal_url: str, username: str, password: str) -> Credentials:
    if not username.strip() or not password:
        raise InvalidInput(N_("Cần tên tài khoản và mật khẩu của bàn tiếp nhận trên cổng"))
    url = normalise_url(portal_url)
    secret = json.dumps({"username": username.strip(), "password": password}, ensure_ascii=False)
    try:
        backend_for(layout).set_password(SERVICE, _entry(layout, url), secret)
    except keyring.errors.KeyringError as exc:
        raise CredentialStoreError(N_("Không lưu được mật khẩu vào kho khóa của hệ điều hành: {kind}"),
                                   kind=type(exc).__name__) from exc
    log.info("portal credentials saved for %s", url)
    return Credentials(url, username.strip(), password)


def load_credentials(layout: DataLayout, portal_url: str) -> Credentials | None:
    url = normalise_url(portal_url)
    try:
        secret = backend_for(layout).get_password(SERVICE, _entry(layout, url))
    except keyring.errors.KeyringError as exc:
        raise CredentialStoreError(N_("Không đọc được mật khẩu từ kho khóa của hệ điều hành: {kind}"),
                                   kind=type(exc).__name__) from exc
    if secret is None:
        return None
    try:
        value = json.loads(secret)
        return Credentials(url, str(value["username"]), str(value["password"]))
    except (ValueError, KeyError, TypeError) as exc:
        raise CredentialStoreError(N_("Thông tin đăng nhập cổng trong kho khóa bị hỏng; hãy đăng nhập lại")) from exc


def delete_credentials(layout: DataLayout, portal_url: str) -> bool:
    try:
        backend_for(layout).delete_password(SERVICE, _entry(layout, normalise_url(portal_url)))
    except keyring.errors.PasswordDeleteError:
        return False
    except keyring.errors.KeyringError as exc:
        raise CredentialStoreError(N_("Không xóa được mật khẩu khỏi kho khóa: {kind}"),
                                   kind=type(exc).__name__) from exc
    return True
