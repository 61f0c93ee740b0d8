"""History queries over the progress store: a trainee's attempts, trends and scenario status."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from simulator.store.progress import AttemptId, FeedbackMode, Store

AttemptStatus = Literal["in_progress", "passed", "failed", "abandoned"]

# A real pass: stored as passed and not ended in harm. Attempts stored before the pass rule
# required a passing ending could be marked passed after a harm ending; they count as failed.
HARM = "skada"
REAL_PASS = f"(passed AND COALESCE(json_extract(result, '$.ending'), '') != '{HARM}')"
ScenarioState = Literal["not_started", "in_progress", "passed", "failed"]


@dataclass(frozen=True)
class AttemptSummary:
    """One graded attempt as a history list shows it."""

    id: AttemptId
    scenario_id: str
    scenario_title: str | None
    feedback_mode: FeedbackMode
    started: str
    updated: str
    finished: str | None
    status: AttemptStatus
    total: int | None
    best_total: int | None
    step_count: int
    # (achieved, reference): the reference is the expert path's points in the dimension
    dimensions: dict[str, tuple[int, int]] = field(default_factory=dict)
    reasons: tuple[str, ...] = ()  # the failed rules, as in the engine's Result.reasons

    @property
    def share(self) -> float | None:
        """Total as a share of the best achievable total (None until finished)."""
        if self.total is None or not self.best_total:
            return None
        return self.total / self.best_total


@dataclass(frozen=True)
class TrendPoint:
    """One finished attempt's result on one dimension."""

    attempt_id: AttemptId
    scenario_id: str
    finished: str
    achieved: int
    best: int

    @property
    def share(self) -> float:
        return self.achieved / self.best if self.best else 0.0


@dataclass(frozen=True)
class ScenarioStatus:
    """Where a trainee stands with one scenario.

    ``status`` is ``passed`` if any finished attempt passed, else ``in_progress`` if an attempt
    is unfinished, else ``failed`` if an attempt finished without passing, else ``not_started``
    (attempts that were abandoned to start over do not count).
    """

    scenario_id: str
    status: ScenarioState
    finished_attempts: int
    best_share: float | None
    last_activity: str | None
    unfinished_attempt: AttemptId | None  # newest unfinished attempt, to offer "resume"


def history(
    store: Store, trainee_id: int, *, scenario_id: str | None = None, limit: int | None = None
) -> list[AttemptSummary]:
    """A trainee's graded attempts, newest first, each with its per-dimension result."""
    return _summaries(store, trainee_id, "graded", scenario_id=scenario_id, limit=limit)


def trend(store: Store, trainee_id: int) -> dict[str, list[TrendPoint]]:
    """Per dimension, the trainee's finished graded attempts in the order they finished."""
    rows = store.db.execute(
        "SELECT d.dimension, a.id, a.scenario_id, a.finished, d.achieved, d.best"
        " FROM attempts a JOIN attempt_dimensions d ON d.attempt_id = a.id"
        " WHERE a.trainee_id = ? AND a.kind = 'graded' AND a.result IS NOT NULL"
        " ORDER BY a.finished, a.id",
        [trainee_id],
    ).fetchall()
    out: dict[str, list[TrendPoint]] = {}
    for dim, attempt_id, scenario_id, finished, achieved, best in rows:
        out.setdefault(dim, []).append(
            TrendPoint(AttemptId(attempt_id), scenario_id, finished, achieved, best)
        )
    return out


def library_status(store: Store, trainee_id: int, scenario_ids: Iterable[str]) -> dict[str, ScenarioStatus]:
    """The status of every listed scenario for one trainee, in the order given."""
    rows = store.db.execute(
        f"SELECT scenario_id, MAX({REAL_PASS}), SUM(finished IS NULL), SUM(result IS NOT NULL),"
        " MAX(updated), MAX(CASE WHEN finished IS NULL THEN id END),"
        " MAX(CASE WHEN best_total > 0 THEN CAST(total AS REAL) / best_total END)"
        " FROM attempts WHERE trainee_id = ? AND kind = 'graded' GROUP BY scenario_id",
        [trainee_id],
    ).fetchall()
    found = {r[0]: r for r in rows}
    out: dict[str, ScenarioStatus] = {}
    for sid in scenario_ids:
        r = found.get(sid)
        if r is None:
            out[sid] = ScenarioStatus(sid, "not_started", 0, None, None, None)
            continue
        _, any_passed, unfinished, done, last, open_id, best_share = r
        state: ScenarioState
        if any_passed:
            state = "passed"
        elif unfinished:
            state = "in_progress"
        elif done:
            state = "failed"
        else:
            state = "not_started"
        out[sid] = ScenarioStatus(
            sid,
            state,
            int(done or 0),
            best_share,
            last,
            AttemptId(open_id) if open_id is not None else None,
        )
    return out


def explorations(store: Store, trainee_id: int) -> list[AttemptSummary]:
    """ "What if" explorations, newest first; kept out of history, trends and status. They are
    never graded, so they carry no totals or dimension results."""
    return _summaries(store, trainee_id, "explore")


def _summaries(
    store: Store,
    trainee_id: int,
    kind: str,
    *,
    scenario_id: str | None = None,
    limit: int | None = None,
) -> list[AttemptSummary]:
    """One trainee's attempts of one kind, newest first."""
    where = "trainee_id = ? AND kind = ?"
    args: list[object] = [trainee_id, kind]
    if scenario_id is not None:
        where += " AND scenario_id = ?"
        args.append(scenario_id)
    sql = (
        "SELECT id, scenario_id, scenario_title, feedback_mode, started, updated, finished,"
        f" result IS NOT NULL, {REAL_PASS}, total, best_total, step_count,"
        " json_extract(result, '$.reasons'), json_extract(result, '$.ending')"
        f" FROM attempts WHERE {where} ORDER BY started DESC, id DESC"
    )
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    rows = store.db.execute(sql, args).fetchall()
    graded = kind == "graded"
    dims = _dimensions(store, [r[0] for r in rows if r[7]]) if graded else {}
    return [
        AttemptSummary(
            id=AttemptId(r[0]),
            scenario_id=r[1],
            scenario_title=r[2],
            feedback_mode=r[3],
            started=r[4],
            updated=r[5],
            finished=r[6],
            status=_attempt_status(r[6], bool(r[7]), r[8]),
            total=r[9] if graded else None,
            best_total=r[10] if graded else None,
            step_count=r[11],
            dimensions=dims.get(r[0], {}),
            reasons=_reasons(r[12], r[13]) if graded and r[7] else (),
        )
        for r in rows
    ]


def _reasons(stored: str | None, ending: str | None) -> tuple[str, ...]:
    try:
        found = json.loads(stored) if stored else []
    except ValueError:
        found = []
    reasons = tuple(str(r) for r in found) if isinstance(found, list) else ()
    if ending == HARM and "ending" not in reasons:
        reasons = ("ending", *reasons)
    return reasons


def _attempt_status(finished: str | None, has_result: bool, passed: int | None) -> AttemptStatus:
    if finished is None:
        return "in_progress"
    if not has_result:
        return "abandoned"
    return "passed" if passed else "failed"


def _dimensions(store: Store, attempt_ids: list[int]) -> dict[int, dict[str, tuple[int, int]]]:
    out: dict[int, dict[str, tuple[int, int]]] = {}
    for start in range(0, len(attempt_ids), 500):
        chunk = attempt_ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for aid, dim, achieved, best in store.db.execute(
            "SELECT attempt_id, dimension, achieved, best FROM attempt_dimensions"
            f" WHERE attempt_id IN ({marks})",
            chunk,
        ):
            out.setdefault(aid, {})[dim] = (achieved, best)
    return out
