"""Play with the outbox: the store's session bridge, plus the xAPI statements of each step.

:class:`Recorder` has the same calls as :mod:`simulator.store.sessions` (begin, save a step, take
a step back) and three more (leave, resume, abandon). Each writes its statements to the outbox
in the same transaction as the change it reports, so the two are stored together or not at all.

An attempt is reported when, and only when, its trainee had opted in (an account name in
``lrs_accounts``) when it began and it is graded: its ``initialized`` statement in the outbox is
the durable mark of that, so a resumed attempt is treated the same after a restart. "What if"
explorations are never reported (docs/xapi.md says why).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from simulator import __version__
from simulator.engine.session import Session, StepResult
from simulator.lrs import statements as xs
from simulator.store import outbox
from simulator.store.progress import AttemptId, FeedbackMode, Kind, Outgoing, Store, now
from simulator.store.sessions import begin_attempt, finish_from, save_step


@dataclass
class Recorder:
    """Writes statements for opted-in trainees. ``home_page`` names the organisation's system
    that issues the account names (an https address); ``language`` is the app's."""

    home_page: str
    language: str = "sv"
    app_version: str = __version__
    enabled: bool = True  # False while no LRS is configured: then it only stores, as before
    _contexts: dict[int, xs.AttemptContext | None] = field(default_factory=dict, repr=False)

    # -- the calls the app and the terminal player make ----------------------------------------

    def begin(
        self,
        store: Store,
        trainee_id: int,
        session: Session,
        *,
        feedback_mode: FeedbackMode = "direct",
        kind: Kind = "graded",
        choice_order: Any = None,
        branched_from: int | None = None,
    ) -> AttemptId:
        """Start an attempt; for an opted-in trainee's graded attempt, with ``initialized``."""
        account = outbox.account(store, trainee_id) if kind == "graded" and self.enabled else None
        if account is None or session.steps:
            # A rewound session (what if) or no opt-in: nothing is reported.
            return begin_attempt(store, trainee_id, session, feedback_mode=feedback_mode, kind=kind,
                                 choice_order=choice_order, branched_from=branched_from)
        registration = str(uuid.uuid4())
        ctx = self._context(session, registration, account)
        at = now()
        scenario = session.scenario
        attempt_id = store.start_attempt(
            trainee_id, scenario.id, scenario.content_hash, session.to_json(),
            feedback_mode=feedback_mode, kind=kind,
            scenario_path=str(Path(scenario.path).resolve()) if scenario.path else None,
            scenario_title=scenario.title, node=session.node.id, choice_order=choice_order,
            branched_from=branched_from, started=at, registration=registration,
            outgoing=[_outgoing(xs.initialized(ctx, at))],
        )
        self._contexts[attempt_id] = ctx
        return attempt_id

    def save_step(
        self,
        store: Store,
        attempt_id: int,
        session: Session,
        result: StepResult,
        *,
        seconds: float | None = None,
    ) -> bool:
        """Commit the step (as ``simulator.store.sessions.save_step``) with its statements."""
        ctx = self.context_of(store, attempt_id)
        if ctx is None:
            return save_step(store, attempt_id, session, result, seconds=seconds)
        at = now()
        taken_back = _taken_back(store, attempt_id)
        replaces = (self._answer_taken_back_at(store, ctx, attempt_id, result.step.index)
                    if taken_back else None)
        items = [self._answered(ctx, at, session, result, seconds, taken_back, replaces)]
        finish = None
        if session.finished:
            outcome = session.result()
            finish = finish_from(outcome)
            catalogue = session.scenario.catalogue
            principles = catalogue.principles if catalogue is not None else {}
            missed = [
                {"node": d.node, "choice": d.choice.id, "cost": d.cost, "critical": d.choice.critical,
                 "areas": sorted({principles[g].dimension for g in d.choice.breaks if g in principles})
                 if d.choice.critical else []}
                for d in outcome.decisions if d.cost > 0 or d.choice.critical
            ]
            items += xs.finished(
                ctx, at, passed=finish.passed, total=finish.total, best_total=finish.best_total,
                reasons=list(outcome.reasons), dimensions=finish.dimensions, missed=missed,
                ending=outcome.ending,
            )
            items.append(xs.left(ctx, at, key="terminated"))
        step = result.step
        return store.record_step(
            attempt_id, index=step.index, node=step.node, choice=step.choice, deltas=step.deltas,
            critical=step.critical, state=session.to_json(), node_after=session.node.id,
            seconds=seconds, finish=finish, at=at, outgoing=[_outgoing(s) for s in items],
        )

    def undo(self, store: Store, attempt_id: int, session: Session) -> bool:
        """Take back the last decision (practice mode); ``session`` is the one from before it.

        The decision's ``answered`` statement is voided in the same transaction; the decision
        taken instead at that step is a new statement (see :func:`statements.answered`)."""
        items = []
        ctx = self.context_of(store, attempt_id)
        if ctx is not None:
            last = store.db.execute(
                "SELECT idx, choice FROM steps WHERE attempt_id = ? ORDER BY idx DESC LIMIT 1",
                [attempt_id],
            ).fetchone()
            if last is not None:
                target = _reported(store, ctx, last[0], last[1], _taken_back(store, attempt_id))
                if target is not None:
                    items.append(_outgoing(xs.voided(ctx, now(), target=target)))
        return store.undo_last_step(attempt_id, state=session.to_json(), node=session.node.id,
                                    outgoing=items)

    def leave(self, store: Store, attempt_id: int, session: Session) -> bool:
        """The trainee left an unfinished attempt (it can be resumed): ``suspended``.

        The id comes from where the attempt stands (steps taken, decisions taken back), so
        leaving twice from the same place is one statement."""
        ctx = self.context_of(store, attempt_id)
        if ctx is None or session.finished:
            return True
        return store.send_later(attempt_id, [self._moment(store, ctx, attempt_id, session,
                                                          "suspended")])

    def resume(self, store: Store, attempt_id: int, session: Session) -> bool:
        """The trainee came back to an unfinished attempt: ``resumed`` (keyed like ``leave``)."""
        ctx = self.context_of(store, attempt_id)
        if ctx is None or session.finished:
            return True
        return store.send_later(attempt_id, [self._moment(store, ctx, attempt_id, session,
                                                          "resumed")])

    def abandon(self, store: Store, attempt_id: int) -> bool:
        """Close an unfinished attempt (the trainee starts over): ``terminated``."""
        ctx = self.context_of(store, attempt_id)
        items = [_outgoing(xs.left(ctx, now(), key="terminated"))] if ctx is not None else []
        return store.abandon_attempt(attempt_id, outgoing=items)

    # -- helpers ---------------------------------------------------------------------------------

    def context_of(self, store: Store, attempt_id: int) -> xs.AttemptContext | None:
        """The attempt's statement context, or None when the attempt is not reported.

        Read back from its ``initialized`` statement, so every statement of an attempt has the
        same context (account, language, versions) even across restarts."""
        if attempt_id in self._contexts:
            return self._contexts[attempt_id]
        if not self.enabled:
            return None
        ctx = None
        row = store.db.execute(
            "SELECT trainee_id, registration, kind FROM attempts WHERE id = ?", [attempt_id]
        ).fetchone()
        if row is not None and row[1] and row[2] == "graded":
            first = xs.statement_id(row[1], "initialized")
            begun = store.db.execute("SELECT body FROM outbox WHERE id = ?", [first]).fetchone()
            account = outbox.account(store, row[0])
            if begun is not None and account is not None:
                ctx = xs.context_from(json.loads(begun[0]))
        self._contexts[attempt_id] = ctx
        return ctx

    def _context(self, session: Session, registration: str, account: str) -> xs.AttemptContext:
        scenario = session.scenario
        catalogue = scenario.catalogue.version if scenario.catalogue else scenario.guidance_version
        return xs.AttemptContext(
            registration=registration, account=account, home_page=self.home_page,
            scenario_id=scenario.id, scenario_title=scenario.title,
            scenario_hash=scenario.content_hash, catalogue_version=catalogue,
            app_version=self.app_version, language=self.language,
        )

    @staticmethod
    def _moment(store: Store, ctx: xs.AttemptContext, attempt_id: int, session: Session,
                verb: str) -> Outgoing:
        key = xs.with_undos(f"{verb}/{len(session.steps)}", _taken_back(store, attempt_id))
        return _outgoing(xs.left(ctx, now(), key=key, verb=verb))

    @staticmethod
    def _answer_taken_back_at(store: Store, ctx: xs.AttemptContext, attempt_id: int,
                              index: int) -> str | None:
        """The id of the reported answer last taken back at step ``index``, if any."""
        row = store.db.execute(
            "SELECT choice, (SELECT COUNT(*) FROM undone_steps AS before"
            "  WHERE before.attempt_id = u.attempt_id AND before.rowid < u.rowid)"
            " FROM undone_steps AS u WHERE attempt_id = ? AND idx = ? ORDER BY rowid DESC LIMIT 1",
            [attempt_id, index],
        ).fetchone()
        # The n-th decision taken back (from 0) was answered after n others had been.
        return None if row is None else _reported(store, ctx, index, row[0], row[1])

    @staticmethod
    def _answered(ctx: xs.AttemptContext, at: str, session: Session, result: StepResult,
                  seconds: float | None, taken_back: int = 0,
                  replaces: str | None = None) -> dict[str, Any]:
        scenario = session.scenario
        choice = scenario.choice(result.step.choice)
        node = scenario.nodes[result.step.node]
        # The ids come from the choice itself, so they are sent even if the catalogue is missing.
        areas = [p.dimension for p in result.breaks]
        return xs.answered(
            ctx, at, index=result.step.index, node=node.id, node_title=node.title,
            choice=choice.id, choice_text=choice.text, scores=result.deltas,
            follows=list(choice.follows), breaks=list(choice.breaks),
            critical=result.critical, critical_areas=areas, seconds=seconds,
            taken_back=taken_back, replaces=replaces,
        )


def _outgoing(statement: dict[str, Any]) -> Outgoing:
    return Outgoing(statement["id"], json.dumps(statement, ensure_ascii=False, sort_keys=True))


def _taken_back(store: Store, attempt_id: int) -> int:
    """How many decisions of the attempt have been taken back so far."""
    row = store.db.execute("SELECT COUNT(*) FROM undone_steps WHERE attempt_id = ?",
                           [attempt_id]).fetchone()
    return int(row[0])


def _reported(store: Store, ctx: xs.AttemptContext, index: int, choice: str,
              taken_back: int) -> str | None:
    """The id of the ``answered`` statement in the outbox for ``choice`` at step ``index``,
    answered after ``taken_back`` undos; None when it was never reported."""
    keys = [xs.with_undos(f"answered/{index}/{choice}", taken_back)]
    if taken_back:
        # Written before the undo count was part of the id (outboxes from issue 16's first
        # version): the plain key.
        keys.append(f"answered/{index}/{choice}")
    for key in keys:
        found = xs.statement_id(ctx.registration, key)
        if store.db.execute("SELECT 1 FROM outbox WHERE id = ?", [found]).fetchone():
            return found
    return None
