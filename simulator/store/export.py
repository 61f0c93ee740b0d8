"""A trainee's own data: export everything as JSON, erase it all, and anonymous aggregates."""

from __future__ import annotations

import csv
import json
from typing import Any, TextIO

from simulator.store.csvcells import safe_rows
from simulator.store.outbox import account, rows_for_trainee
from simulator.store.problems import StoreError
from simulator.store.progress import Store, now

EXPORT_FORMAT = "vagval-trainee/1"
AGGREGATE_COLUMNS = (
    "scenario_id",
    "dimension",
    "trainees",
    "finished_attempts",
    "passed_attempts",
    "pass_rate",
    "mean_achieved",
    "mean_best",
    "mean_share",
)


def export_trainee(store: Store, trainee_id: int) -> dict[str, Any]:
    """Everything stored about one trainee, as a JSON-ready dict (explorations included)."""
    trainee = store.db.execute(
        "SELECT id, pseudonym, created FROM trainees WHERE id = ?", [trainee_id]
    ).fetchone()
    if trainee is None:
        raise KeyError(f"no trainee {trainee_id}")
    attempts = []
    for row in store.db["attempts"].rows_where("trainee_id = ?", [trainee_id], order_by="started, id"):
        item = dict(row)
        for key in ("state", "result", "choice_order"):
            item[key] = _json_or_text(item[key])
        item["dimensions"] = {
            d: {"achieved": a, "best": b}
            for d, a, b in store.db.execute(
                "SELECT dimension, achieved, best FROM attempt_dimensions WHERE attempt_id = ?"
                " ORDER BY dimension",
                [row["id"]],
            )
        }
        item["steps"] = [
            {
                "index": s.index,
                "node": s.node,
                "choice": s.choice,
                "at": s.at,
                "seconds": s.seconds,
                "deltas": s.deltas,
                "critical": s.critical,
            }
            for s in store.steps(row["id"])
        ]
        item["undone_steps"] = [
            {"index": i, "node": node, "choice": choice, "undone": when}
            for i, node, choice, when in store.undone_steps(row["id"])
        ]
        attempts.append(item)
    outgoing = [
        {**row, "body": _json_or_text(row["body"])} for row in rows_for_trainee(store, trainee_id)
    ]
    return {
        "format": EXPORT_FORMAT,
        "exported": now(),
        "trainee": {"id": trainee[0], "pseudonym": trainee[1], "created": trainee[2]},
        "attempts": attempts,
        # Results for the organisation's LRS: the account name the trainee opted in with, and
        # every statement about their attempts with its state (waiting, sent, rejected + reason).
        "lrs_account": account(store, trainee_id),
        "outbox": outgoing,
    }


def erase_trainee(store: Store, trainee_id: int) -> int:
    """Delete a trainee and every row about them, then rebuild the file so no trace remains.

    Returns the number of attempts removed. The file is vacuumed and the write-ahead log
    truncated, so deleted text is not left behind in free pages or old log frames. Raises
    :class:`StoreError` when the store works on a read-only copy of a file, because erasing the
    copy would leave the data in the file while seeming to have removed it.
    """
    if store.mode == "read_only":
        raise StoreError(store.problems[-1])
    with store.write():
        count = store.db.execute(
            "SELECT COUNT(*) FROM attempts WHERE trainee_id = ?", [trainee_id]
        ).fetchone()[0]
        gone = store.db.execute("DELETE FROM trainees WHERE id = ?", [trainee_id]).rowcount
    if not gone:
        raise KeyError(f"no trainee {trainee_id}")
    store.db.execute("VACUUM")
    if store.mode == "file":
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    return int(count)


def aggregate_rows(store: Store, *, min_trainees: int = 3) -> tuple[list[dict[str, Any]], int]:
    """Per scenario and dimension (plus a ``total`` row), results of finished graded attempts.

    No pseudonym or id appears. Groups with fewer than ``min_trainees`` distinct trainees are
    left out so nobody can be picked out; returns the rows and how many groups were left out.
    """
    per_dimension = store.db.execute(
        "SELECT a.scenario_id, d.dimension, COUNT(DISTINCT a.trainee_id), COUNT(*),"
        " SUM(a.passed), AVG(d.achieved), AVG(d.best),"
        " AVG(CASE WHEN d.best > 0 THEN CAST(d.achieved AS REAL) / d.best END)"
        " FROM attempts a JOIN attempt_dimensions d ON d.attempt_id = a.id"
        " WHERE a.kind = 'graded' AND a.result IS NOT NULL"
        " GROUP BY a.scenario_id, d.dimension",
    ).fetchall()
    totals = store.db.execute(
        "SELECT scenario_id, 'total', COUNT(DISTINCT trainee_id), COUNT(*), SUM(passed),"
        " AVG(total), AVG(best_total),"
        " AVG(CASE WHEN best_total > 0 THEN CAST(total AS REAL) / best_total END)"
        " FROM attempts WHERE kind = 'graded' AND result IS NOT NULL GROUP BY scenario_id",
    ).fetchall()
    rows: list[dict[str, Any]] = []
    left_out = 0
    for r in sorted([*per_dimension, *totals], key=lambda r: (r[0], r[1] == "total", r[1])):
        if r[2] < min_trainees:
            left_out += 1
            continue
        rows.append(
            {
                "scenario_id": r[0],
                "dimension": r[1],
                "trainees": r[2],
                "finished_attempts": r[3],
                "passed_attempts": int(r[4] or 0),
                "pass_rate": _round(int(r[4] or 0) / r[3]),
                "mean_achieved": _round(r[5]),
                "mean_best": _round(r[6]),
                "mean_share": _round(r[7]),
            }
        )
    return rows, left_out


def write_aggregate_csv(store: Store, out: TextIO, *, min_trainees: int = 3) -> int:
    """Write :func:`aggregate_rows` as CSV with a header line; returns groups left out."""
    rows, left_out = aggregate_rows(store, min_trainees=min_trainees)
    writer = csv.DictWriter(out, fieldnames=AGGREGATE_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(safe_rows(rows))
    return left_out


def _round(value: float | None) -> float | None:
    return None if value is None else round(float(value), 3)


def _json_or_text(value: str | None) -> Any:
    if value is None:
        return None
    try:
        return json.loads(value)
    except ValueError:
        return value
