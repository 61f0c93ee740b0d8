"""The outbox: messages for the organisation's Learning Record Store, kept until acknowledged.

Rows are written by :class:`~simulator.store.progress.Store` in the same transaction as the
step they report (``outgoing=``). A sender (``simulator.lrs.sender``) reads the waiting rows in
order, and marks them ``sent`` only after the LRS has acknowledged them, so a kill or a power
cut at any moment leaves them waiting: at worst a message is sent twice, and its deterministic
id makes the LRS keep one. A message the LRS refuses (a 4xx about the message itself) is set
aside as ``rejected`` with the LRS's reason and never retried on its own.

The per-trainee opt-in lives here too (``lrs_accounts``): the account name the organisation
knows the trainee by. Nothing is put in the outbox for a trainee without one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from simulator.store.names import normalise_name
from simulator.store.progress import Store, now


@dataclass(frozen=True)
class Waiting:
    seq: int
    id: str
    attempt_id: int
    body: str
    tries: int


@dataclass(frozen=True)
class Rejected:
    id: str
    attempt_id: int
    created: str
    last_try: str | None
    reason: str


@dataclass(frozen=True)
class OutboxCounts:
    waiting: int
    sent: int
    rejected: int
    last_reason: str | None  # the reason noted at the last failed try of a waiting message


def waiting(store: Store, limit: int = 50) -> list[Waiting]:
    """The oldest waiting messages, in the order they were written."""
    rows = store.db.execute(
        "SELECT seq, id, attempt_id, body, tries FROM outbox WHERE state = 'waiting'"
        " ORDER BY seq LIMIT ?",
        [limit],
    ).fetchall()
    return [Waiting(*r) for r in rows]


def mark_sent(store: Store, ids: Sequence[str]) -> bool:
    when = now()
    return store._durable_write(
        lambda: store.db.conn.executemany(
            "UPDATE outbox SET state = 'sent', last_try = ?, reason = NULL, tries = tries + 1"
            " WHERE id = ? AND state = 'waiting'",
            [(when, i) for i in ids],
        )
    )


def mark_rejected(store: Store, message_id: str, reason: str) -> bool:
    when = now()
    return store._durable_write(
        lambda: store.db.execute(
            "UPDATE outbox SET state = 'rejected', last_try = ?, reason = ?, tries = tries + 1"
            " WHERE id = ? AND state = 'waiting'",
            [when, reason, message_id],
        )
    )


def note_failure(store: Store, ids: Sequence[str], reason: str) -> bool:
    """A try that failed for a reason not about the messages (offline, 5xx, 401): they wait."""
    when = now()
    return store._durable_write(
        lambda: store.db.conn.executemany(
            "UPDATE outbox SET last_try = ?, reason = ?, tries = tries + 1"
            " WHERE id = ? AND state = 'waiting'",
            [(when, reason, i) for i in ids],
        )
    )


def retry_rejected(store: Store) -> int:
    """Put every rejected message back in the queue (after the cause was fixed)."""
    with store.write():
        cursor = store.db.execute(
            "UPDATE outbox SET state = 'waiting', reason = NULL WHERE state = 'rejected'"
        )
    return int(cursor.rowcount)


def counts(store: Store) -> OutboxCounts:
    found = dict(store.db.execute("SELECT state, COUNT(*) FROM outbox GROUP BY state").fetchall())
    last = store.db.execute(
        "SELECT reason FROM outbox WHERE state = 'waiting' AND reason IS NOT NULL"
        " ORDER BY last_try DESC LIMIT 1"
    ).fetchone()
    return OutboxCounts(
        waiting=int(found.get("waiting", 0)),
        sent=int(found.get("sent", 0)),
        rejected=int(found.get("rejected", 0)),
        last_reason=last[0] if last else None,
    )


def rejected(store: Store) -> list[Rejected]:
    rows = store.db.execute(
        "SELECT id, attempt_id, created, last_try, reason FROM outbox WHERE state = 'rejected'"
        " ORDER BY seq"
    ).fetchall()
    return [Rejected(r[0], r[1], r[2], r[3], r[4] or "") for r in rows]


def rows_for_trainee(store: Store, trainee_id: int) -> list[dict[str, Any]]:
    """Every outbox row about one trainee's attempts, for their own-data export."""
    cursor = store.db.execute(
        "SELECT o.id, o.attempt_id, o.created, o.state, o.tries, o.last_try, o.reason, o.body"
        " FROM outbox o JOIN attempts a ON a.id = o.attempt_id WHERE a.trainee_id = ?"
        " ORDER BY o.seq",
        [trainee_id],
    )
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def account(store: Store, trainee_id: int) -> str | None:
    """The organisation's account name for this trainee, or None when they have not opted in."""
    row = store.db.execute(
        "SELECT account FROM lrs_accounts WHERE trainee_id = ?", [trainee_id]
    ).fetchone()
    return row[0] if row else None


MAX_ACCOUNT_CHARS = 254  # an e-mail address at its longest


def clean_account(raw: str) -> str:
    """The account name as stored and sent; raises :class:`InvalidName` (sv and en) for one
    that is empty, too long, or holds control or invisible characters — it goes into every
    statement, and the organisation must be able to read it."""
    return normalise_name(raw, MAX_ACCOUNT_CHARS,
                          ("Namnet hos organisationen", "The name at the organisation"))


def set_account(store: Store, trainee_id: int, name: str | None) -> bool:
    """Opt a trainee in with the account name the organisation knows them by (None: opt out).
    A name that cannot be used raises :class:`InvalidName` and changes nothing.

    Opting out stops new statements; those already waiting stay and are still sent, because
    they report attempts made while the trainee had agreed."""
    clean = clean_account(name) if name is not None else ""

    def write() -> None:
        if clean:
            store.db.execute(
                "INSERT INTO lrs_accounts (trainee_id, account, since) VALUES (?, ?, ?)"
                " ON CONFLICT (trainee_id) DO UPDATE SET account = excluded.account",
                [trainee_id, clean, now()],
            )
        else:
            store.db.execute("DELETE FROM lrs_accounts WHERE trainee_id = ?", [trainee_id])

    return store._durable_write(write)
