"""A thin database layer for the reference portal: SQLite by default, PostgreSQL for load tests.

The portal's SQL is written once, with `?` placeholders and the common subset of both dialects
(`ON CONFLICT`, `RETURNING`); only the DDL's auto-increment column and the placeholder style differ.
PostgreSQL needs `psycopg` (not a dependency of the desk: `pip install "psycopg[binary]"`), and takes a
table lock when appending to the change feed so that sequence numbers become visible in commit order
(SQLite serialises writers anyway).
"""

from __future__ import annotations

import re
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

from forms.errors import MotcuaError


class PortalDatabaseError(MotcuaError):
    kind = "portal_db"


class Cursor(Protocol):
    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any: ...
    def fetchone(self) -> Any: ...
    def fetchall(self) -> list[Any]: ...


class Transaction:
    """One unit of work; `?` placeholders in every dialect."""

    def __init__(self, cursor: Any, placeholder: str) -> None:
        self._cursor = cursor
        self._placeholder = placeholder

    def _sql(self, sql: str) -> str:
        return sql if self._placeholder == "?" else sql.replace("?", self._placeholder)

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        self._cursor.execute(self._sql(sql), tuple(params))

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        self._cursor.executemany(self._sql(sql), [tuple(r) for r in rows])

    def one(self, sql: str, params: Sequence[Any] = ()) -> tuple[Any, ...] | None:
        self._cursor.execute(self._sql(sql), tuple(params))
        row = self._cursor.fetchone()
        return None if row is None else tuple(row)

    def all(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        self._cursor.execute(self._sql(sql), tuple(params))
        return [tuple(row) for row in self._cursor.fetchall()]


class Database:
    dialect: str = "sqlite"

    def transaction(self) -> Any:  # a context manager yielding a Transaction
        raise NotImplementedError

    def lock_feed(self, tx: Transaction) -> None:
        """Make change-feed sequence numbers visible in commit order (see the module docstring)."""

    def close(self) -> None:
        raise NotImplementedError

    @property
    def label(self) -> str:
        raise NotImplementedError


class SqliteDatabase(Database):
    dialect = "sqlite"

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None,
                                         timeout=30)
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
            self._conn.execute("PRAGMA foreign_keys=ON")
        except (OSError, sqlite3.Error) as exc:
            raise PortalDatabaseError("Không mở được cơ sở dữ liệu của cổng {path}: {reason}",
                                      path=str(path), reason=str(exc)) from exc
        self._lock = threading.RLock()

    @contextmanager
    def transaction(self) -> Iterator[Transaction]:
        with self._lock:
            cursor = self._conn.cursor()
            cursor.execute("BEGIN IMMEDIATE")
            try:
                yield Transaction(cursor, "?")
            except BaseException:
                cursor.execute("ROLLBACK")
                raise
            else:
                cursor.execute("COMMIT")
            finally:
                cursor.close()

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    @property
    def label(self) -> str:
        return str(self.path)


class PostgresDatabase(Database):  # pragma: no cover - exercised only by load tests with a server
    dialect = "postgresql"

    def __init__(self, url: str) -> None:
        try:
            import psycopg
        except ImportError as exc:
            raise PortalDatabaseError(
                "Cần cài psycopg để dùng PostgreSQL: pip install \"psycopg[binary]\"") from exc
        self._url = url
        try:
            self._conn = psycopg.connect(url, autocommit=False)
        except Exception as exc:
            raise PortalDatabaseError("Không kết nối được PostgreSQL: {reason}",
                                      reason=type(exc).__name__) from exc
        self._lock = threading.RLock()

    @contextmanager
    def transaction(self) -> Iterator[Transaction]:
        with self._lock:
            cursor = self._conn.cursor()
            try:
                yield Transaction(cursor, "%s")
            except BaseException:
                self._conn.rollback()
                raise
            else:
                self._conn.commit()
            finally:
                cursor.close()

    def lock_feed(self, tx: Transaction) -> None:
        tx.execute("LOCK TABLE changes IN EXCLUSIVE MODE")

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    @property
    def label(self) -> str:
        # Never echo the password that a URL may carry.
        return re.sub(r"//([^:/@]+):[^@]*@", r"//\1:***@", self._url)


def open_database(target: str | Path) -> Database:
    """`postgresql://…` opens PostgreSQL; anything else is a path to a SQLite file."""
    text = str(target)
    if text.startswith(("postgresql://", "postgres://")):
        return PostgresDatabase(text)
    return SqliteDatabase(Path(text).expanduser())


def auto_id(dialect: str) -> str:
    """The DDL of an auto-increment primary key whose values never go back."""
    if dialect == "postgresql":
        return "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY"
    return "INTEGER PRIMARY KEY AUTOINCREMENT"
