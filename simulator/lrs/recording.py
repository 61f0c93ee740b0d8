"""Play with the outbox: the store's session bridge, plus the xAPI statements of each step.

:class:`Recorder` has the same calls as :mod:`simulator.store.sessions` (begin, save a step) and
two more (leave, resume). Each writes its statements to the outbox in the same transaction as
the step, so the step and its statement are stored together or not at all.

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
        items = [self._answered(ctx, at, session, result, seconds)]
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

    def leave(self, store: Store, attempt_id: int, session: Session) -> bool:
        """The trainee left an unfinished attempt (it can be resumed): ``suspended``."""
        ctx = self.context_of(store, attempt_id)
        if ctx is None or session.finished:
            return True
        statement = xs.left(ctx, now(), key=f"suspended/{len(session.steps)}", verb="suspended")
        return store.send_later(attempt_id, [_outgoing(statement)])

    def resume(self, store: Store, attempt_id: int, session: Session) -> bool:
        """The trainee came back to an unfinished attempt: ``resumed``."""
        ctx = self.context_of(store, attempt_id)
        if ctx is None:
            return True
        statement = xs.left(ctx, now(), key=f"resumed/{len(session.steps)}", verb="resumed")
        return store.send_later(attempt_id, [_outgoing(statement)])

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
    def _answered(ctx: xs.AttemptContext, at: str, session: Session, result: StepResult,
                  seconds: float | None) -> dict[str, Any]:
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
        )


def _outgoing(statement: dict[str, Any]) -> Outgoing:
    return Outgoing(statement["id"], json.dumps(statement, ensure_ascii=False, sort_keys=True))
