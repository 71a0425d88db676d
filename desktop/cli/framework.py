"""What every `motcua` subcommand shares: its context, output in text or JSON, and its errors.

A subcommand is a module in `desktop/cli/commands/` with a `register(subparsers, common)` function that
adds its parser and sets `handler=` to a function `(ctx, args) -> int`. Modules are discovered at start,
so adding a subcommand touches no other file. Handlers raise `MotcuaError` (or `CliError`) for bad input;
the entry point turns it into one Vietnamese line on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any, Protocol

from forms.errors import MotcuaError
from sync.layout import DataLayout

EXIT_OK = 0
EXIT_UNEXPECTED = 1
EXIT_BAD_INPUT = 2


class CliError(MotcuaError):
    """Bad input or a refused operation at the command line."""

    kind = "cli"


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat(timespec="minutes") if value.second == 0 else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def to_json(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, default=_json_default)


@dataclass
class Context:
    """Resolved once per invocation and handed to the subcommand."""

    layout: DataLayout
    json: bool

    @property
    def data_dir(self) -> Path:
        return self.layout.root

    def emit(self, obj: Any, text: str | Callable[[], str]) -> None:
        """Print one result: the JSON document with --json, otherwise the Vietnamese text."""
        if self.json:
            print(to_json(obj), flush=True)
        else:
            print(text() if callable(text) else text, flush=True)

    def emit_line(self, obj: Any, text: str) -> None:
        """One item of a stream (one JSON object per line with --json), flushed at once."""
        self.emit(obj, text)

    def emit_many(self, items: Iterable[Any], text: Callable[[Any], str]) -> None:
        for item in items:
            self.emit_line(item, text(item))


class Handler(Protocol):
    def __call__(self, ctx: Context, args: argparse.Namespace) -> int: ...


def warn(message: str) -> None:
    print(message, file=sys.stderr, flush=True)
