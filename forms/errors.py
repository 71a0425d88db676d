"""Typed errors shared by every room.

Rooms below `desktop/` never ask the user anything: they raise one of these. Each carries a
Vietnamese message template (marked for translation) and its parameters, so the command line can print
it as is and the GUI can translate the template before filling it in. `kind` lets callers decide what to
do (ask to log in again, offer a restore, ...) without parsing text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any


@dataclass(frozen=True)
class Message:
    """A user-facing message: Vietnamese source template and the values to fill in."""

    template: str
    params: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))

    def render(self, template: str | None = None) -> str:
        """Fill the (possibly translated) template; a broken translation falls back to the source."""
        try:
            return (template or self.template).format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.template.format(**self.params)

    def __str__(self) -> str:
        return self.render()


class MotcuaError(Exception):
    """Base of every expected, user-explainable failure. `kind` is a stable machine-readable tag."""

    kind: str = "error"

    def __init__(self, template: str, /, **params: Any) -> None:
        self.message = Message(template, MappingProxyType(dict(params)))
        super().__init__(str(self.message))

    def __str__(self) -> str:
        return str(self.message)


class InvalidInput(MotcuaError):
    """The official (or a script) gave a value that cannot be accepted."""

    kind = "invalid_input"
