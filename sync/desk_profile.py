"""The desk's profile (forms.desk.DeskProfile) kept in the store's settings table, as one JSON value.

Printing and sync need it without the GUI (a receipt names the agency; dossier codes use the agency code
and desk number), so it lives in the database, not in QSettings. Unknown keys are ignored and missing keys
take the defaults, so an older or newer desk reads the value without failing.
"""

from __future__ import annotations

import json
from dataclasses import asdict, fields
from datetime import time
from typing import Any, Protocol

from forms.desk import DeskProfile

SETTINGS_KEY = "desk_profile"


class SettingsStore(Protocol):
    def get_setting(self, key: str) -> str | None: ...

    def set_setting(self, key: str, value: str) -> None: ...


def profile_to_json(profile: DeskProfile) -> str:
    values: dict[str, Any] = {}
    for name, value in asdict(profile).items():
        values[name] = value.strftime("%H:%M") if isinstance(value, time) else value
    return json.dumps(values, ensure_ascii=False, sort_keys=True)


def profile_from_json(text: str | None) -> DeskProfile:
    if not text:
        return DeskProfile()
    try:
        raw = json.loads(text)
    except ValueError:
        return DeskProfile()
    if not isinstance(raw, dict):
        return DeskProfile()
    defaults = DeskProfile()
    values: dict[str, Any] = {}
    for f in fields(DeskProfile):
        if f.name not in raw:
            continue
        default = getattr(defaults, f.name)
        value = raw[f.name]
        try:
            if isinstance(default, time):
                value = time.fromisoformat(str(value))
            elif isinstance(default, int):
                value = int(value)
            elif isinstance(default, str):
                value = str(value)
        except (TypeError, ValueError):
            continue
        values[f.name] = value
    return DeskProfile(**values)


def read_profile(store: SettingsStore) -> DeskProfile:
    return profile_from_json(store.get_setting(SETTINGS_KEY))


def write_profile(store: SettingsStore, profile: DeskProfile) -> None:
    store.set_setting(SETTINGS_KEY, profile_to_json(profile))
