"""Schema of the progress database: numbered forward migrations and the version table."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any, Literal, Protocol

import sqlite_utils

# Each entry moves the schema from version n-1 to n. Never edit a released entry: add a new one.
# The SQL is written out rather than generated so that a file's layout does not depend on the
# version of any library.
MIGRATIONS: tuple[str, ...] = (
    # 1: trainees, attempts, steps and the per-dimension result of finished attempts.
    """
    CREATE TABLE trainees (
        id INTEGER PRIMARY KEY,
        pseudonym TEXT NOT NULL UNIQUE COLLATE NOCASE,
        created TEXT NOT NULL
    );
    CREATE TABLE attempts (
        id INTEGER PRIMARY KEY,
        trainee_id INTEGER NOT NULL REFERENCES trainees(id) ON DELETE CASCADE,
        scenario_id TEXT NOT NULL,
        scenario_hash TEXT NOT NULL,
        scenario_path TEXT,
        feedback_mode TEXT NOT NULL DEFAULT 'direct' CHECK (feedback_mode IN ('direct', 'end')),
        started TEXT NOT NULL,
        updated TEXT NOT NULL,
        finished TEXT,
        state TEXT NOT NULL,
        result TEXT,
        passed INTEGER,
        total INTEGER,
        best_total INTEGER,
        step_count INTEGER NOT NULL DEFAULT 0,
        node TEXT
    );
    CREATE INDEX attempts_by_trainee ON attempts (trainee_id, scenario_id, started);
    CREATE TABLE steps (
        attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        node TEXT NOT NULL,
        choice TEXT NOT NULL,
        at TEXT NOT NULL,
        seconds REAL,
        deltas TEXT NOT NULL,
        critical INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (attempt_id, idx)
    ) WITHOUT ROWID;
    CREATE TABLE attempt_dimensions (
        attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
        dimension TEXT NOT NULL,
        achieved INTEGER NOT NULL,
        best INTEGER NOT NULL,
        PRIMARY KEY (attempt_id, dimension)
    ) WITHOUT ROWID;
    """,
    # 2: "what if" explorations beside graded attempts, the scenario title for lists, and the
    # once-per-attempt shuffled order of choices that the app restores on resume.
    """
    ALTER TABLE attempts ADD COLUMN kind TEXT NOT NULL DEFAULT 'graded'
        CHECK (kind IN ('graded', 'explore'));
    ALTER TABLE attempts ADD COLUMN branched_from INTEGER
        REFERENCES attempts(id) ON DELETE SET NULL;
    ALTER TABLE attempts ADD COLUMN scenario_title TEXT;
    ALTER TABLE attempts ADD COLUMN choice_order TEXT;
    CREATE INDEX attempts_unfinished ON attempts (trainee_id, kind, finished);
    """,
    # 3: practice mode lets a trainee take back the last decision; the step taken back is kept
    # here (when it was taken and when it was taken back), so the attempt records it.
    """
    CREATE TABLE undone_steps (
        attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        node TEXT NOT NULL,
        choice TEXT NOT NULL,
        at TEXT NOT NULL,
        undone TEXT NOT NULL,
        deltas TEXT NOT NULL,
        critical INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX undone_by_attempt ON undone_steps (attempt_id, idx);
    """,
    # 4: results to the organisation's Learning Record Store (simulator/lrs). Each attempt gets
    # a random registration UUID (old attempts get one here); the outbox holds statements
    # written in the same transaction as their step until the LRS has acknowledged them
    # ('sent') or refused them with a 4xx ('rejected', with the LRS's reason); lrs_accounts
    # holds a trainee's opt-in with the account name the organisation knows them by.
    """
    ALTER TABLE attempts ADD COLUMN registration TEXT;
    UPDATE attempts SET registration = lower(
        hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2)
        || '-' || substr('89ab', 1 + abs(random()) % 4, 1) || substr(hex(randomblob(2)), 2)
        || '-' || hex(randomblob(6))) WHERE registration IS NULL;
    CREATE TABLE outbox (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
        created TEXT NOT NULL,
        body TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'sent', 'rejected')),
        tries INTEGER NOT NULL DEFAULT 0,
        last_try TEXT,
        reason TEXT
    );
    CREATE INDEX outbox_by_state ON outbox (state, seq);
    CREATE INDEX outbox_by_attempt ON outbox (attempt_id);
    CREATE TABLE lrs_accounts (
        trainee_id INTEGER PRIMARY KEY REFERENCES trainees(id) ON DELETE CASCADE,
        account TEXT NOT NULL,
        since TEXT NOT NULL
    );
    """,
)

LATEST = len(MIGRATIONS)


def schema_version(db: sqlite_utils.Database) -> int | None:
    """The file's schema version; 0 for an empty file; None if it holds tables not made by us."""
    names = set(db.table_names())
    if "schema_version" in names:
        row = db.execute("SELECT MAX(version) FROM schema_version").fetchone()
        return int(row[0] or 0)
    return 0 if not names else None


class _Transactional(Protocol):
    def execute(self, sql: str, /) -> Any: ...
    def rollback(self) -> None: ...


@contextmanager
def immediate(db: _Transactional) -> Iterator[None]:
    """One write transaction that takes the write lock at once (BEGIN IMMEDIATE), so a second
    program waits for the busy timeout instead of failing half-way; rolled back on any error.
    Shared by the progress store and the workshop store."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
        db.execute("COMMIT")
    except BaseException:
        db.rollback()
        raise


def migrate(db: sqlite_utils.Database) -> int:
    """Bring the file up to :data:`LATEST` in one transaction; return the version found before.

    The version is read again inside the write lock, so two programs opening the same new file
    at once do not both try to create it. Raises :class:`NewerSchema` or :class:`ForeignDatabase`
    without changing anything.
    """
    with immediate(db):
        current = schema_version(db)
        if current is None:
            raise ForeignDatabase()
        if current > LATEST:
            raise NewerSchema(current)
        if current == 0:
            db.execute(VERSION_TABLE_SQL)
        for version in range(current + 1, LATEST + 1):
            for statement in _statements(MIGRATIONS[version - 1]):
                db.execute(statement)
            db.execute(
                "INSERT INTO schema_version (version, applied) VALUES (?, ?)",
                [version, datetime.now(UTC).isoformat(timespec="seconds")],
            )
    return current


VERSION_TABLE_SQL = "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied TEXT NOT NULL)"


def expected_objects(version: int, migrations: tuple[str, ...] = MIGRATIONS,
                     version_table: str = VERSION_TABLE_SQL) -> frozenset[tuple[str, str, str, str]]:
    """What `sqlite_master` holds in a file at `version`: (type, name, table, sql) for every
    table, index, trigger and view the migrations create, built by running them in memory.
    SQL text is compared without white space, quoting or case, which SQLite may keep as typed.
    The progress store's migrations by default; the workshop store passes its own."""
    key = (version, migrations, version_table)
    cached = _EXPECTED.get(key)
    if cached is None:
        import sqlite3

        conn = sqlite3.connect(":memory:")
        try:
            conn.execute(version_table)
            for script in migrations[:version]:
                for statement in _statements(script):
                    conn.execute(statement)
            cached = _objects(conn) if version else frozenset()
        finally:
            conn.close()
        _EXPECTED[key] = cached
    return cached


def foreign_objects(db: Any, version: int, migrations: tuple[str, ...] = MIGRATIONS,
                    version_table: str = VERSION_TABLE_SQL) -> list[str]:
    """Objects in the file that the migrations for `version` do not create, or that differ
    from what they create (a planted trigger, view or table, an altered table): their names,
    empty for a file exactly as Vägval makes it."""
    found = _objects(db)
    expected = expected_objects(version, migrations, version_table)
    return sorted({f"{kind} {name}" for kind, name, _, _ in found - expected}
                  | {f"{kind} {name}" for kind, name, _, _ in expected - found})


# Columns holding JSON: (table, column) -> the JSON type at the top ("" for any).
PROGRESS_JSON: dict[tuple[str, str], str] = {
    ("attempts", "state"): "object", ("attempts", "result"): "object",
    ("attempts", "choice_order"): "", ("steps", "deltas"): "object",
    ("undone_steps", "deltas"): "object",
}  # not the outbox's body: a row that is not JSON is the LRS's to refuse (simulator/lrs)
# Deeper than this is no JSON Vägval writes (a few levels at most); Python's parser would run
# out of recursion long before SQLite's limit of 1,000 levels.
MAX_JSON_DEPTH = 32
_ALLOWED = {"INTEGER": ("integer",), "REAL": ("real", "integer"), "TEXT": ("text",)}


# The largest file whose every value is checked when it is opened (see foreign_values).
VALUE_CHECK_LIMIT = 8 * 1024 * 1024


def foreign_values(db: Any, json_columns: dict[tuple[str, str], str] | None = None) -> list[str]:
    """Values Vägval never writes, in a file whose schema is as Vägval makes it: a value of
    another type than its column's (SQLite stores whatever it is given: a name as bytes, a
    score as text), text that is not JSON, JSON of the wrong shape or nested without end where
    Vägval keeps JSON. Such a file has been changed by something else; the readers trust the
    types, so it is treated like a file with a planted trigger. One pass over each table."""
    json_columns = PROGRESS_JSON if json_columns is None else json_columns
    found: list[str] = []
    pages = db.execute("PRAGMA page_count").fetchone()[0] * db.execute("PRAGMA page_size").fetchone()[0]
    if pages > VALUE_CHECK_LIMIT:
        # Reading every value costs about 45 ms per MB on the reference machine (0.7 s for
        # 16 MB, 5.4 s for a 150 MB file of a million steps), paid at every start: above the
        # limit (about 50,000 steps) the check is left out, as SQLite's own quick check is
        # above its limit (store.opening.QUICK_CHECK_LIMIT). docs/security.md says so.
        return found
    tables = [str(r[0]) for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()]
    for table in tables:
        checks: list[tuple[str, str]] = []
        for _cid, column, declared, notnull, _default, _pk in db.execute(
                f'PRAGMA table_info("{table}")').fetchall():
            allowed = _ALLOWED.get(str(declared).upper())
            if allowed is None:
                continue
            kinds = ", ".join(f"'{k}'" for k in (*allowed, *(() if notnull else ("null",))))
            checks.append((f'typeof("{column}") NOT IN ({kinds})', f"{table}.{column}: type"))
            shape = json_columns.get((table, str(column)))
            if shape is not None:
                # json_type raises on text that is not JSON, so it is asked only of valid JSON.
                test = f'CASE WHEN json_valid("{column}") THEN ' + (
                    f'json_type("{column}") != \'{shape}\'' if shape else "0") + " ELSE 1 END"
                checks.append((f'"{column}" IS NOT NULL AND ({test})', f"{table}.{column}: JSON"))
                # Nesting deeper than the limit needs more brackets than the limit, and twice
                # as many characters: the cheap length test first, then the count.
                deep = f'length("{column}") > {2 * MAX_JSON_DEPTH} AND length("{column}") - ' \
                    f'length(replace(replace("{column}", \'[\', \'\'), \'{{\', \'\')) ' \
                    f'> {MAX_JSON_DEPTH}'
                for (text,) in db.execute(f'SELECT "{column}" FROM "{table}" WHERE {deep}'):
                    if json_depth(str(text)) > MAX_JSON_DEPTH:
                        found.append(f"{table}.{column}: nested too deeply")
                        break
        if checks:
            row = db.execute("SELECT " + ", ".join(f"max({c})" for c, _ in checks)
                             + f' FROM "{table}"').fetchone()
            found += [label for (_c, label), bad in zip(checks, row, strict=True) if bad]
        if not _decodes(db, table):
            found.append(f"{table}: text that is not UTF-8")
    return found


def _decodes(db: Any, table: str) -> bool:
    """Can every text in the table be read? SQLite keeps whatever bytes it is given as text,
    and Python's reader fails on the row ("Could not decode to UTF-8 column"); reading each
    row once here (decoded in C, thrown away) finds such a value before any reader does."""
    try:
        for _row in db.execute(f'SELECT * FROM "{table}"'):
            pass
    except sqlite3.OperationalError as exc:
        if "decode" in str(exc).lower():
            return False
        raise
    return True


_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')


def json_depth(text: str) -> int:
    """How deep arrays and objects nest in JSON text (strings skipped); linear."""
    depth = deepest = 0
    for char in _JSON_STRING.sub("", text):
        if char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


_EXPECTED: dict[tuple[int, tuple[str, ...], str], frozenset[tuple[str, str, str, str]]] = {}
# Tables SQLite itself may add to any file (ANALYZE's statistics, AUTOINCREMENT's counters).
_SQLITE_OWN = ("sqlite_stat1", "sqlite_stat4", "sqlite_sequence")


def _objects(db: Any) -> frozenset[tuple[str, str, str, str]]:
    rows = db.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return frozenset((str(kind), str(name), str(table), _fold(str(sql or "")))
                     for kind, name, table, sql in rows if name not in _SQLITE_OWN)


def _fold(sql: str) -> str:
    return "".join(sql.split()).lower().translate(_UNQUOTE)


_UNQUOTE = str.maketrans("", "", "\"`[]")


class NewerSchema(Exception):
    """The file was made by a newer version of the program."""

    def __init__(self, version: int) -> None:
        super().__init__(f"schema version {version} is newer than {LATEST}")
        self.version = version


class ForeignDatabase(Exception):
    """The file is an SQLite database, but not one this program made."""


class TamperedSchema(Exception):
    """The file is Vägval's, but holds tables, views or triggers that Vägval did not make."""

    def __init__(self, objects: list[str]) -> None:
        super().__init__("objects Vägval did not create: " + ", ".join(objects[:10]))
        self.objects = objects

    code: Literal["tampered", "bad_values"] = "tampered"


class TamperedValues(TamperedSchema):
    """The file's schema is Vägval's, but it holds values Vägval never writes
    (:func:`foreign_values`); handled like a planted object, said in its own words."""

    code: Literal["tampered", "bad_values"] = "bad_values"

    def __init__(self, places: list[str]) -> None:
        Exception.__init__(self, "values Vägval did not write: " + ", ".join(places[:10]))
        self.objects = places


def _statements(script: str) -> list[str]:
    # Migrations contain no semicolons inside literals, so a plain split is safe here.
    return [s.strip() for s in script.split(";") if s.strip()]
