"""xAPI 1.0.3 statements for one attempt: the mapping documented in docs/xapi.md.

Pure functions from an :class:`AttemptContext` and what the engine returned to JSON-ready
statement dicts. No I/O and no clock: the caller passes the timestamp, so the same step always
gives the same statement, and its id is a UUIDv5 of the attempt's registration and the step,
so a statement written or sent twice is still one statement.

Only graded attempts are reported. "What if" explorations (attempts of kind ``explore``) are
private practice: nothing about them leaves the computer (see docs/xapi.md).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

XAPI_VERSION = "1.0.3"
ADL = "http://adlnet.gov/expapi/verbs/"
VERBS = {
    "initialized": ADL + "initialized",
    "answered": ADL + "answered",
    "completed": ADL + "completed",
    "passed": ADL + "passed",
    "failed": ADL + "failed",
    "suspended": ADL + "suspended",
    "resumed": ADL + "resumed",
    "terminated": ADL + "terminated",
    "voided": ADL + "voided",
}
VERB_NAMES_EN = {name: name for name in VERBS}

# Activity and extension IRIs. ``urn:`` IRIs need no web site of ours to stay valid.
BASE = "urn:vagval:"
ACTIVITY_SCENARIO = "http://adlnet.gov/expapi/activities/simulation"
ACTIVITY_INTERACTION = "http://adlnet.gov/expapi/activities/cmi.interaction"
ACTIVITY_CATALOGUE = "http://id.tincanapi.com/activitytype/source"
EXT = BASE + "ext:"
EXT_SCENARIO_HASH = EXT + "scenario-hash"
EXT_CATALOGUE_VERSION = EXT + "catalogue-version"
EXT_APP_VERSION = EXT + "app-version"
EXT_SCORES = EXT + "scores"  # {dimension: points} for one decision
EXT_FOLLOWS = EXT + "follows"  # guidance ids the decision followed
EXT_BREAKS = EXT + "breaks"  # guidance ids the decision broke
EXT_CRITICAL = EXT + "critical"  # the decision would put someone at risk
EXT_CRITICAL_AREAS = EXT + "critical-areas"  # competence dimensions of the broken guidance
EXT_CHOICE_TEXT = EXT + "choice-text"
EXT_DIMENSIONS = EXT + "dimensions"  # {dimension: {"achieved": n, "best": m}}
EXT_REASONS = EXT + "fail-reasons"  # the rules that failed: critical, threshold, unfinished
EXT_MISSED = EXT + "missed-decisions"  # [{"node", "choice", "cost", "critical"}]
EXT_ENDING = EXT + "ending"

# A fixed namespace for our UUIDv5 ids (itself a v5 id of the URL namespace and our base IRI).
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, BASE + "statement")


@dataclass(frozen=True)
class AttemptContext:
    """What every statement of one attempt shares."""

    registration: str  # the attempt's UUID
    account: str  # the name the organisation knows the trainee by (never the pseudonym)
    home_page: str  # the organisation's system that issues those names (an IRL)
    scenario_id: str
    scenario_title: str
    scenario_hash: str
    catalogue_version: str
    app_version: str
    language: str  # "sv" or "en": the app's language during the attempt

    @property
    def scenario_iri(self) -> str:
        return f"{BASE}scenario:{self.scenario_id}"

    def node_iri(self, node: str) -> str:
        return f"{self.scenario_iri}/node/{node}"


def context_from(statement: Mapping[str, Any]) -> AttemptContext:
    """The context of an attempt, read back from one of its statements."""
    context = statement["context"]
    extensions = context.get("extensions", {})
    names = statement["object"].get("definition", {}).get("name", {})
    return AttemptContext(
        registration=context["registration"],
        account=statement["actor"]["account"]["name"],
        home_page=statement["actor"]["account"]["homePage"],
        scenario_id=statement["object"]["id"].removeprefix(f"{BASE}scenario:"),
        scenario_title=next(iter(names.values()), ""),
        scenario_hash=extensions.get(EXT_SCENARIO_HASH, ""),
        catalogue_version=extensions.get(EXT_CATALOGUE_VERSION, ""),
        app_version=extensions.get(EXT_APP_VERSION, ""),
        language="en" if context.get("language", "").startswith("en") else "sv",
    )


def statement_id(registration: str, key: str) -> str:
    """A deterministic id for the statement ``key`` (e.g. ``answered/3``) of an attempt."""
    return str(uuid.uuid5(NAMESPACE, f"{registration}/{key}"))


def initialized(ctx: AttemptContext, timestamp: str) -> dict[str, Any]:
    return _statement(ctx, "initialized", "initialized", _scenario_object(ctx), timestamp)


def answered(
    ctx: AttemptContext,
    timestamp: str,
    *,
    index: int,
    node: str,
    node_title: str,
    choice: str,
    choice_text: str,
    scores: Mapping[str, int],
    follows: Sequence[str],
    breaks: Sequence[str],
    critical: bool,
    critical_areas: Sequence[str] = (),
    seconds: float | None = None,
    taken_back: int = 0,
    replaces: str | None = None,
) -> dict[str, Any]:
    """One decision: the chosen option, its points per dimension and the guidance it touched.

    ``taken_back`` is how many decisions of the attempt had been taken back (practice mode)
    before this one; it is part of the id, so a decision taken again after an undo is a new
    statement even when it is the same choice. ``replaces`` is the id of the answer taken back
    at this step, which this one stands in for (sent as ``context.statement``)."""
    obj = {
        "objectType": "Activity",
        "id": ctx.node_iri(node),
        "definition": {
            "type": ACTIVITY_INTERACTION,
            "interactionType": "choice",
            "name": {_lang(ctx): node_title or node},
        },
    }
    result: dict[str, Any] = {
        "response": choice,
        "success": not critical,
        "extensions": {
            EXT_CHOICE_TEXT: choice_text,
            EXT_SCORES: dict(scores),
            EXT_FOLLOWS: list(follows),
            EXT_BREAKS: list(breaks),
            EXT_CRITICAL: critical,
            EXT_CRITICAL_AREAS: sorted(set(critical_areas)) if critical else [],
        },
    }
    if seconds is not None and seconds >= 0:
        result["duration"] = _duration(seconds)
    # The choice and the count of decisions taken back are part of the key: in practice mode a
    # decision can be taken back and taken again at the same step, and the new one must neither
    # be mistaken for a repeat of the first nor reuse the id of the one that was voided.
    statement = _statement(ctx, "answered", with_undos(f"answered/{index}/{choice}", taken_back),
                           obj, timestamp, result=result)
    statement["context"]["contextActivities"]["parent"] = [_scenario_object(ctx)]
    if replaces is not None:
        statement["context"]["statement"] = {"objectType": "StatementRef", "id": replaces}
    return statement


def with_undos(key: str, taken_back: int) -> str:
    """``key`` for a moment after ``taken_back`` decisions of the attempt were taken back:
    unchanged while there were none (so the ids of attempts without undo stay as they were)."""
    return f"{key}/{taken_back}" if taken_back else key


def voided(ctx: AttemptContext, timestamp: str, *, target: str) -> dict[str, Any]:
    """The decision ``target`` (an ``answered`` statement's id) was taken back (practice mode).

    xAPI's way to say a statement no longer holds: a report counting answers then sees the
    decision that stood, and the voiding statement itself keeps the fact that one was taken
    back. The id comes from the target, so voiding twice is one statement."""
    statement = _statement(ctx, "voided", f"voided/{target}",
                           {"objectType": "StatementRef", "id": target}, timestamp)
    # xAPI: "platform" only where the object is an activity; here it is a statement reference.
    del statement["context"]["platform"]
    return statement


def finished(
    ctx: AttemptContext,
    timestamp: str,
    *,
    passed: bool,
    total: int,
    best_total: int,
    reasons: Sequence[str],
    dimensions: Mapping[str, tuple[int, int]],
    missed: Sequence[Mapping[str, Any]],
    ending: str | None,
) -> list[dict[str, Any]]:
    """``completed`` and then ``passed`` or ``failed``, both with the scaled score."""
    score = {
        "scaled": _scaled(total, best_total),
        "raw": total,
        "min": min(0, total),
        "max": max(best_total, total),
    }
    extensions = {
        EXT_DIMENSIONS: {d: {"achieved": a, "best": b} for d, (a, b) in dimensions.items()},
        EXT_REASONS: list(reasons),
        EXT_MISSED: [dict(m) for m in missed],
        EXT_ENDING: ending or "",
    }
    completed = _statement(
        ctx, "completed", "completed", _scenario_object(ctx), timestamp,
        result={"completion": True, "score": score, "extensions": extensions},
    )
    verdict = "passed" if passed else "failed"
    judged = _statement(
        ctx, verdict, verdict, _scenario_object(ctx), timestamp,
        result={"completion": True, "success": passed, "score": score, "extensions": extensions},
    )
    return [completed, judged]


def left(ctx: AttemptContext, timestamp: str, *, key: str, verb: str = "terminated") -> dict[str, Any]:
    """``terminated`` (the attempt is over), ``suspended`` (left part-way, can be resumed) or
    ``resumed`` (continued).

    ``key`` tells apart several of these in one attempt (e.g. ``suspended/4`` after step 4)."""
    if verb not in ("terminated", "suspended", "resumed"):
        raise ValueError(f"not a leaving verb: {verb}")
    return _statement(ctx, verb, key, _scenario_object(ctx), timestamp)


def _statement(
    ctx: AttemptContext,
    verb: str,
    key: str,
    obj: dict[str, Any],
    timestamp: str,
    *,
    result: dict[str, Any] | None = None,
) -> dict[str, Any]:
    statement: dict[str, Any] = {
        "id": statement_id(ctx.registration, key),
        "actor": {
            "objectType": "Agent",
            "account": {"homePage": ctx.home_page, "name": ctx.account},
        },
        "verb": {"id": VERBS[verb], "display": {"en-US": VERB_NAMES_EN[verb]}},
        "object": obj,
        "context": {
            "registration": ctx.registration,
            "platform": "Vägval",
            "language": _lang(ctx),
            "contextActivities": {
                "grouping": [
                    {
                        "objectType": "Activity",
                        "id": f"{BASE}catalogue:{ctx.catalogue_version or 'unknown'}",
                        "definition": {"type": ACTIVITY_CATALOGUE},
                    }
                ],
                "category": [{"objectType": "Activity", "id": f"{BASE}app"}],
            },
            "extensions": {
                EXT_SCENARIO_HASH: ctx.scenario_hash,
                EXT_CATALOGUE_VERSION: ctx.catalogue_version,
                EXT_APP_VERSION: ctx.app_version,
            },
        },
        "timestamp": timestamp,
        "version": XAPI_VERSION,
    }
    if result is not None:
        statement["result"] = result
    return statement


def _scenario_object(ctx: AttemptContext) -> dict[str, Any]:
    return {
        "objectType": "Activity",
        "id": ctx.scenario_iri,
        "definition": {
            "type": ACTIVITY_SCENARIO,
            "name": {_lang(ctx): ctx.scenario_title or ctx.scenario_id},
        },
    }


def _lang(ctx: AttemptContext) -> str:
    return "en-GB" if ctx.language == "en" else "sv-SE"


def _scaled(total: int, best: int) -> float:
    if best <= 0:
        return 1.0 if total >= best else 0.0
    return max(-1.0, min(1.0, round(total / best, 4)))


def _duration(seconds: float) -> str:
    return f"PT{round(seconds, 2)}S"
