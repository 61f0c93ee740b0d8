"""Opening the progress database safely: checks, pragmas, migrations and fall-backs."""

from __future__ import annotations

import os
import sqlite3
import stat
import struct
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, Protocol

import sqlite_utils

from simulator.store.datadir import make_private, others_can_change, private_folder
from simulator.store.problems import Action, ProblemCode, StoreError, StoreProblem, move_aside
from simulator.store.schema import (
    LATEST,
    ForeignDatabase,
    NewerSchema,
    TamperedSchema,
    TamperedValues,
    foreign_objects,
    foreign_values,
    immediate,
    migrate,
    schema_version,
)

Mode = Literal["file", "read_only", "memory"]

BUSY_TIMEOUT_MS = 15_000
# Files up to this size get a full `PRAGMA quick_check` when opened; larger ones only the
# header arithmetic below (a quick check reads every page, which would slow the start).
QUICK_CHECK_LIMIT = 16 * 1024 * 1024
_MAGIC = b"SQLite format 3\x00"


@dataclass
class Opened:
    """What :func:`open_database` produced: a usable database, its mode and any problems."""

    db: sqlite_utils.Database
    mode: Mode
    problems: list[StoreProblem] = field(default_factory=list)


def connect(path: Path | str, *, read_only: bool = False) -> sqlite3.Connection:
    """A raw connection with the busy timeout set; ``read_only`` opens the file as immutable.

    Every connection distrusts the file's schema (``trusted_schema=OFF``): a view or trigger
    found in a file may not call functions with side effects; the schema check in
    :func:`check_schema` then refuses such a file altogether."""
    timeout = BUSY_TIMEOUT_MS / 1000
    if not read_only:
        return _distrusting(sqlite3.connect(str(path), timeout=timeout))
    uri = Path(path).resolve().as_uri()
    # Plain read-only mode still reads the write-ahead log, so a copy includes the last steps
    # a crashed program left there.
    conn = _distrusting(sqlite3.connect(uri + "?mode=ro", uri=True, timeout=timeout))
    try:
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.Error:
        conn.close()
    # In a folder where the -shm file cannot be made, only an immutable open works.
    return _distrusting(sqlite3.connect(uri + "?mode=ro&immutable=1", uri=True, timeout=timeout))


def _distrusting(conn: sqlite3.Connection) -> sqlite3.Connection:
    conn.execute("PRAGMA trusted_schema = OFF")
    return conn


def check_schema(db: Any, version: int) -> None:
    """Raise :class:`TamperedSchema` when the file holds a table, view, trigger or index the
    migrations did not create (or one they created, altered). Such a file could run its own
    SQL on every write (a trigger deleting each step as it is saved) or keep copies of data
    that erasing a trainee would not reach, so it is treated like a damaged file."""
    extra = foreign_objects(db, version)
    if extra:
        raise TamperedSchema(extra)
    odd = foreign_values(db)  # by the file's own columns, so for any version
    if odd:
        raise TamperedValues(odd)


def refuse_symlinks(path: Path) -> None:
    """The database and its -wal/-shm companions must be plain files in the data folder: a
    symbolic link would make SQLite read and write wherever it points, and a named pipe,
    socket or device planted there would make the first read wait for ever (a folder is left
    to SQLite's open, which refuses it)."""
    for candidate in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if candidate.is_symlink():
            raise SymlinkRefused(candidate)
        try:
            mode = candidate.lstat().st_mode
        except OSError:
            continue  # not there (or not visible): SQLite's open reports what is wrong
        if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
            raise SymlinkRefused(candidate, "not_a_file")


class SymlinkRefused(Exception):
    """A link (``code`` "symlink") or another non-file (``code`` "not_a_file") at the
    database's path or a companion's."""

    def __init__(self, link: Path, code: ProblemCode = "symlink") -> None:
        super().__init__(f"{link.name} is not a plain file ({code})")
        self.link, self.code = link, code


def configure(db: sqlite_utils.Database, *, on_file: bool) -> None:
    """Pragmas for durability: WAL with synchronous=FULL (see docs/store.md), foreign keys on."""
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA foreign_keys = ON")
    if on_file:
        mode = _to_wal(db)
        if str(mode).lower() != "wal":
            raise sqlite3.OperationalError("attempt to write a readonly database")
        db.execute("PRAGMA synchronous = FULL")


def _to_wal(db: sqlite_utils.Database) -> str:
    """Switch the file to WAL (a setting stored in the file itself). SQLite answers "locked"
    at once, without waiting for the busy timeout, when two programs convert a new file at the
    same moment, so the conversion is retried until the timeout; usually the other program has
    done it by then and the file already reads as WAL."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        mode = str(db.execute("PRAGMA journal_mode").fetchone()[0])
        if mode.lower() == "wal":
            return mode
        try:
            return str(db.execute("PRAGMA journal_mode = WAL").fetchone()[0])
        except sqlite3.OperationalError as exc:
            if classify(exc) != "busy" or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


# Errors after which a file cannot take more writes, so a store goes on in memory.
FALL_BACK: frozenset[str] = frozenset(
    {"disk_full", "read_only", "corrupt", "not_sqlite", "write_failed", "busy"}
)


class FallsBack(Protocol):
    """A store that can move its data into memory when its file refuses a write."""

    problems: list[StoreProblem]

    @property
    def mode(self) -> str: ...

    @property
    def durable(self) -> bool: ...

    def _to_memory(self, code: ProblemCode, detail: str) -> None: ...


def write_with_fallback(store: FallsBack, connection: Callable[[], Any],
                        action: Callable[[], object]) -> bool:
    """Run `action` in one write transaction on `connection()`. True when it is on disk. If the
    file refuses the write (full disk, I/O error, a lock held too long, ...), the store goes on
    in memory with a copy of its data and the write is made there: False, and the store's
    problems say why. Shared by the progress store and the workshop store."""
    try:
        with immediate(connection()):
            action()
        return store.durable
    except sqlite3.Error as exc:
        code = classify(exc)
        if code not in FALL_BACK or store.mode != "file":
            raise
        store._to_memory(code, repr(exc))
    try:
        with immediate(connection()):
            action()
    except sqlite3.Error as exc:
        raise StoreError(store.problems[-1]) from exc
    return False


def classify(error: BaseException) -> ProblemCode:
    """Map an SQLite error to the plain-language problem it stands for."""
    code = getattr(error, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(error).lower()
    if primary == sqlite3.SQLITE_FULL or "disk is full" in text:
        return "disk_full"
    if primary in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM) or "readonly" in text:
        return "read_only"
    if primary == sqlite3.SQLITE_NOTADB or "not a database" in text:
        return "not_sqlite"
    if primary == sqlite3.SQLITE_CORRUPT or "malformed" in text:
        return "corrupt"
    if primary == sqlite3.SQLITE_BUSY or "database is locked" in text:
        return "busy"
    if primary == sqlite3.SQLITE_IOERR or "disk i/o error" in text:
        return "write_failed"
    return "cannot_open"


def inspect_header(path: Path) -> ProblemCode | None:
    """Cheap checks that catch a file that is not SQLite or has been cut short."""
    size = path.stat().st_size
    if size == 0:
        return None  # SQLite treats an empty file as an empty database
    with path.open("rb") as f:
        header = f.read(100)
    if len(header) < 100 or not header.startswith(_MAGIC):
        return "not_sqlite"
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return "not_sqlite"
    change_counter, page_count = struct.unpack(">II", header[24:32])
    valid_for = struct.unpack(">I", header[92:96])[0]
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        # A process killed during a checkpoint leaves page 1 (with the new size) written but
        # the file not yet grown; the write-ahead log still holds every page and SQLite's
        # recovery finishes the job. The size checks only hold when there is no log.
        return None
    if size % page_size:
        return "corrupt"
    if page_count and valid_for == change_counter and size < page_count * page_size:
        return "corrupt"
    return None


def safe_place(path: Path, problems: list[StoreProblem]) -> bool:
    """Before a store opens its file at ``path``: make the folder private (0700), refuse a
    folder that other users can change, and move aside a link planted at the database or its
    -wal/-shm. False (with the problem noted) when the store must keep its data in memory.

    The link check and SQLite's open are two steps; what makes the gap between them safe is
    that nobody but this user can write in the folder, which is why a shared one is refused."""
    try:
        private_folder(path.parent)
    except OSError as exc:
        problems.append(_problem("read_only", "memory", path, detail=repr(exc)))
        return False
    if others_can_change(path.parent):
        problems.append(_problem("shared_folder", "memory", path,
                                 detail=f"mode {path.parent.stat().st_mode & 0o7777:o}"))
        return False
    for _ in range(3):  # the database, then a planted -wal or -shm link each
        try:
            refuse_symlinks(path)
            return True
        except SymlinkRefused as exc:
            if _move(exc.link, exc.code, problems) is None:
                return False
    return False


def open_database(path: Path) -> Opened:
    """Open or create the database at ``path``; never raises for a bad file or folder."""
    problems: list[StoreProblem] = []
    if not safe_place(path, problems):
        return _memory(problems)
    if path.exists():
        try:
            verdict = inspect_header(path)
        except OSError as exc:
            return _fall_back(path, "cannot_open", repr(exc), problems)
        if verdict is not None:
            moved = _move(path, verdict, problems)
            if moved is None:
                return _memory(problems)
    for _ in range(2):  # a second round after moving a bad file aside
        existed = path.exists()
        try:
            db = _open_file(path)
        except NewerSchema as exc:
            problems.append(_problem("newer_schema", "memory", path, detail=str(exc)))
            return _memory(problems)
        except ForeignDatabase:
            if _move(path, "not_vagval", problems) is None:
                return _memory(problems)
            continue
        except TamperedSchema as exc:
            if _move(path, exc.code, problems, detail=str(exc)) is None:
                return _memory(problems)
            continue
        except (sqlite3.Error, OSError) as exc:
            code = classify(exc)
            if code in ("not_sqlite", "corrupt") and path.exists():
                if _move(path, code, problems) is None:
                    return _memory(problems)
                continue
            if code == "cannot_open" and not os.access(path.parent, os.W_OK):
                code = "read_only"  # a read-only folder or file system, said in plain words
            return _fall_back(path, code, repr(exc), problems)
        make_private(path)
        if not existed:
            _sync_folder(path.parent)
        return Opened(db, "file", problems)
    return _memory(problems)


def check_integrity(db: Any, path: Path) -> None:
    """SQLite's own quick check, for files small enough that reading every page is cheap;
    raises the "malformed" error that `classify` maps to a corrupt file."""
    if path.stat().st_size <= QUICK_CHECK_LIMIT:
        verdict = db.execute("PRAGMA quick_check(1)").fetchone()[0]
        if verdict != "ok":
            raise sqlite3.DatabaseError(f"database disk image is malformed: {verdict}")


def _open_file(path: Path) -> sqlite_utils.Database:
    """Check, then configure and migrate. Nothing is written before the checks pass, so a
    file that is refused stays byte for byte as it was."""
    conn = connect(path)
    try:
        db = sqlite_utils.Database(conn, execute_plugins=False)
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        check_integrity(db, path)
        version = schema_version(db)
        if version is None:
            raise ForeignDatabase()
        if version > LATEST:
            raise NewerSchema(version)
        check_schema(db, version)
        configure(db, on_file=True)
        migrate(db)
        _probe_write(db)
        return db
    except BaseException:
        conn.close()
        raise


def _probe_write(db: sqlite_utils.Database) -> None:
    """Fail now, not at the trainee's first step, if the file cannot be written."""
    with immediate(db):
        db.execute(f"PRAGMA user_version = {LATEST}")


def _sync_folder(folder: Path) -> None:
    """Make a new file's name durable too: SQLite syncs the file's contents, not the folder."""
    if os.name != "posix":
        return  # Windows has no folder fsync; NTFS journals the name itself
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _move(path: Path, code: ProblemCode, problems: list[StoreProblem],
          detail: str = "") -> Path | None:
    """Rename the bad file aside and note it; None if even that failed (then use memory)."""
    try:
        moved = move_aside(path, code)
    except OSError as exc:
        problems.append(_problem(code, "memory", path, detail=repr(exc)))
        return None
    problems.append(_problem(code, "fresh", path, moved_to=moved, detail=detail))
    return moved


def _fall_back(path: Path, code: ProblemCode, detail: str, problems: list[StoreProblem]) -> Opened:
    """The file cannot be written: read it into memory if possible, else start empty."""
    if path.exists():
        try:
            db = read_into_memory(path)
        except (sqlite3.Error, OSError, NewerSchema, ForeignDatabase, TamperedSchema) as exc:
            detail = f"{detail}; read-only copy failed: {exc!r}"
        else:
            problems.append(_problem(code, "read_only", path, detail=detail))
            return Opened(db, "read_only", problems)
    problems.append(_problem(code, "memory", path, detail=detail))
    return _memory(problems)


def read_into_memory(path: Path | sqlite3.Connection) -> sqlite_utils.Database:
    """Copy a database (a file opened read-only, or a live connection) into memory."""
    source = connect(path, read_only=True) if not isinstance(path, sqlite3.Connection) else path
    memory = _distrusting(sqlite3.connect(":memory:"))
    try:
        source.backup(memory)
    finally:
        if source is not path:
            source.close()
    version = schema_version(sqlite_utils.Database(memory, execute_plugins=False))
    if version is None:
        memory.close()
        raise ForeignDatabase()
    if version <= LATEST:
        try:
            check_schema(memory, version)
        except TamperedSchema:
            memory.close()
            raise
    db = sqlite_utils.Database(memory, execute_plugins=False)
    configure(db, on_file=False)
    migrate(db)
    return db


def memory_database() -> sqlite_utils.Database:
    """An empty, migrated database in memory: the last resort, where nothing is saved."""
    db = sqlite_utils.Database(_distrusting(sqlite3.connect(":memory:")), execute_plugins=False)
    configure(db, on_file=False)
    migrate(db)
    return db


def _memory(problems: list[StoreProblem]) -> Opened:
    return Opened(memory_database(), "memory", problems)


def _problem(
    code: ProblemCode, action: Action, path: Path, *, moved_to: Path | None = None, detail: str = ""
) -> StoreProblem:
    return StoreProblem(code=code, action=action, path=path, moved_to=moved_to, detail=detail)
