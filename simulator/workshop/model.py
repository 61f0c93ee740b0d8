"""The workshop mode's model: a room votes at each decision of one engine `Session`.

A `Workshop` wraps a `Session`. At the current decision it keeps a vote count per option; the
room follows the option with the most votes, the facilitator breaks a tie or overrides the
room, and the chosen option goes through `Session.choose` like any trainee's. Each decision
leaves a `DecisionRecord` with the whole split, so the debrief can set the room's votes
against the guidance. Nothing here knows about Qt or about storage; the state round-trips as
JSON so an interrupted workshop can resume.

Nothing personal is held: a workshop has an optional group label, an optional head count and
counts of votes, never who voted for what.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from simulator.engine.analysis import Analysis
from simulator.engine.errors import SessionError
from simulator.engine.result import Result
from simulator.engine.session import Session, StepResult
from simulator.format.model import Choice, Node, NodeId, Scenario
from simulator.store.csvcells import safe_rows
from simulator.store.names import normalise_name

FORMAT = "vagval-workshop/1"

# How the option that the room followed was picked.
How = Literal["majority", "tie_break", "override", "no_votes"]
# How the room voted, compared with the guidance (see `classify`).
Agreement = Literal["consensus", "split", "critical_majority"]

# The leading option needs at least this share of the votes for the room to count as agreed.
CONSENSUS_SHARE = 0.75


MAX_GROUP_CHARS = 80


def clean_group(raw: str) -> str:
    """The group's name as kept and shown (on the projector, in the exports): optional, so
    blank is "", else the pseudonyms' rules — no control or invisible character (a
    bidirectional override would make the projector show text reversed), at most
    MAX_GROUP_CHARS. Raises :class:`~simulator.store.names.InvalidName` (sv and en)."""
    if not raw.strip():
        return ""
    return normalise_name(raw, MAX_GROUP_CHARS, ("Gruppens namn", "The group's name"))


class WorkshopError(Exception):
    """Misuse of the workshop API: an unknown option, a negative count, a tie left undecided."""


@dataclass(frozen=True)
class DecisionRecord:
    """One decision the room took: what was offered, how the room voted, what was chosen."""

    index: int  # the step number in the session, from 0
    node: str
    options: tuple[str, ...]  # choice ids offered, in the order they were shown
    votes: Mapping[str, int]  # choice id -> votes (every option present, zeros included)
    chosen: str
    how: How
    guidance: str | None  # the choice the guidance would take here (the analysis' best)
    critical: tuple[str, ...]  # the options marked as critical errors

    @property
    def total(self) -> int:
        return sum(self.votes.values())

    def share(self, choice_id: str) -> float:
        return self.votes.get(choice_id, 0) / self.total if self.total else 0.0

    @property
    def leaders(self) -> tuple[str, ...]:
        """The options with the most votes (all of them tie at zero when nobody voted)."""
        return leaders(self.options, self.votes)

    @property
    def agreement(self) -> Agreement:
        return classify(self)

    @property
    def room_with_guidance(self) -> bool:
        """True when the guidance's option was the room's clear favourite."""
        return self.guidance is not None and self.leaders == (self.guidance,)

    def to_dict(self) -> dict[str, Any]:
        return {
            "index": self.index, "node": self.node, "options": list(self.options),
            "votes": dict(self.votes), "chosen": self.chosen, "how": self.how,
            "guidance": self.guidance, "critical": list(self.critical),
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> DecisionRecord:
        return cls(index=int(d["index"]), node=str(d["node"]),
                   options=tuple(d["options"]), votes={str(k): int(v) for k, v in d["votes"].items()},
                   chosen=str(d["chosen"]), how=d["how"], guidance=d.get("guidance"),
                   critical=tuple(d.get("critical", ())))


def leaders(options: Iterable[str], votes: Mapping[str, int]) -> tuple[str, ...]:
    options = tuple(options)
    if not options:
        return ()
    top = max(votes.get(o, 0) for o in options)
    return tuple(o for o in options if votes.get(o, 0) == top)


def classify(record: DecisionRecord) -> Agreement:
    """Consensus, split, or a majority for a critical error.

    A critical majority: the room's single favourite is an option marked critical (whatever
    its share). Consensus: one favourite with at least `CONSENSUS_SHARE` of the votes. Anything
    else, a tie or no votes included, is a split.
    """
    top = record.leaders
    if record.total and len(top) == 1 and top[0] in record.critical:
        return "critical_majority"
    if record.total and len(top) == 1 and record.share(top[0]) >= CONSENSUS_SHARE:
        return "consensus"
    return "split"


@dataclass
class Workshop:
    """A room playing one scenario together. Commands mutate it; `to_json` saves all of it."""

    scenario: Scenario
    analysis: Analysis
    group: str = ""
    people: int | None = None
    session: Session = field(default=None)  # type: ignore[assignment]
    decisions: list[DecisionRecord] = field(default_factory=list)
    votes: dict[str, int] = field(default_factory=dict)  # the current decision's counts

    def __post_init__(self) -> None:
        if self.session is None:
            self.session = Session(self.scenario, self.analysis)
        if self.people is not None and self.people <= 0:
            self.people = None
        self.group = clean_group(self.group)
        self._reset_votes(keep=self.votes)

    # -- what is on screen ---------------------------------------------------------------
    @property
    def node(self) -> Node:
        return self.session.node

    @property
    def options(self) -> list[Choice]:
        """The options at the current decision, in the engine's order (empty at an ending)."""
        return [] if self.session.finished else list(self.session.choices)

    @property
    def finished(self) -> bool:
        return self.session.finished

    def option(self, number: int) -> Choice:
        """The option with this 1-based number."""
        opts = self.options
        if not 1 <= number <= len(opts):
            raise WorkshopError(f"no option {number} (there are {len(opts)})")
        return opts[number - 1]

    @property
    def total_votes(self) -> int:
        return sum(self.votes.values())

    @property
    def leaders(self) -> tuple[str, ...]:
        return leaders((c.id for c in self.options), self.votes)

    @property
    def is_tie(self) -> bool:
        """More than one option shares the most votes (including nobody having voted)."""
        return len(self.leaders) > 1

    @property
    def majority(self) -> Choice | None:
        """The room's single favourite, or None in a tie."""
        top = self.leaders
        return self.scenario.choice(top[0]) if len(top) == 1 else None

    def guidance_choice(self) -> Choice | None:
        """The option the guidance would take at this point (best total still reachable)."""
        if self.finished:
            return None
        # best_choice takes the values tuple in declaration order (Session.values), not the dict
        return self.analysis.best_choice(self.node.id, self.session.values)

    # -- votes ---------------------------------------------------------------------------------
    def set_votes(self, choice: Choice | str | int, count: int) -> int:
        """Set an option's count (typed by the facilitator). Options may be given by number."""
        cid = self._option_id(choice)
        if count < 0:
            raise WorkshopError("a vote count cannot be negative")
        self.votes[cid] = int(count)
        return self.votes[cid]

    def add_votes(self, choice: Choice | str | int, delta: int = 1) -> int:
        """Change an option's count by `delta`; it never goes below zero."""
        cid = self._option_id(choice)
        self.votes[cid] = max(0, self.votes[cid] + delta)
        return self.votes[cid]

    def clear_votes(self) -> None:
        self._reset_votes(keep={})

    # -- deciding ----------------------------------------------------------------------------
    def how_for(self, choice: Choice | str | int) -> How:
        cid = self._option_id(choice)
        if self.total_votes == 0:
            return "no_votes"
        top = self.leaders
        if top == (cid,):
            return "majority"
        return "tie_break" if cid in top else "override"

    def decide(self, choice: Choice | str | int | None = None) -> tuple[DecisionRecord, StepResult]:
        """Apply the room's choice. With no `choice`, the majority; a tie needs a choice."""
        if self.finished:
            raise WorkshopError("the scenario has ended")
        if choice is None:
            chosen = self.majority
            if chosen is None:
                raise WorkshopError("the vote is tied: the facilitator must pick an option")
            cid: str = chosen.id
        else:
            cid = self._option_id(choice)
        opts = self.options
        guidance = self.guidance_choice()
        record = DecisionRecord(
            index=len(self.session.steps), node=self.node.id, options=tuple(c.id for c in opts),
            votes={c.id: self.votes.get(c.id, 0) for c in opts}, chosen=cid,
            how=self.how_for(cid), guidance=None if guidance is None else guidance.id,
            critical=tuple(c.id for c in opts if c.critical))
        step = self.session.choose(cid)
        self.decisions.append(record)
        self._reset_votes(keep={})
        return record, step

    # -- results ---------------------------------------------------------------------------
    def result(self) -> Result:
        return self.session.result()

    def debrief(self) -> Debrief:
        return build_debrief(self)

    # -- saving ------------------------------------------------------------------------------
    def to_json(self) -> str:
        return json.dumps({
            "format": FORMAT, "scenario": self.scenario.id, "hash": self.scenario.content_hash,
            "group": self.group, "people": self.people,
            "session": json.loads(self.session.to_json()),
            "decisions": [d.to_dict() for d in self.decisions], "votes": self.votes,
        }, ensure_ascii=False)

    @classmethod
    def from_json(cls, scenario: Scenario, analysis: Analysis, text: str) -> Workshop:
        """Rebuild a saved workshop; raises WorkshopError (or the engine's SessionError)."""
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise WorkshopError(f"not a saved workshop: {exc}") from exc
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise WorkshopError("not a saved workshop (unknown format)")
        if data.get("scenario") != scenario.id:
            raise WorkshopError(f"saved for scenario {data.get('scenario')!r}, not {scenario.id!r}")
        # Stored data is checked as it is read: a value of the wrong type (a list where the
        # votes belong, a number as the group's name) is an unreadable workshop, not a crash.
        group, people = data.get("group") or "", data.get("people")
        if not isinstance(group, str) or not (people is None or type(people) is int):
            raise WorkshopError("saved group or head count has the wrong type")
        try:
            session = Session.from_json(scenario, analysis, json.dumps(data["session"]))
            decisions = [DecisionRecord.from_dict(d) for d in data.get("decisions", [])]
            votes = {str(k): int(v) for k, v in (data.get("votes") or {}).items()}
        except (SessionError, KeyError, TypeError, AttributeError, ValueError,
                RecursionError) as exc:
            raise WorkshopError(f"saved workshop cannot be read: {type(exc).__name__}") from exc
        if len(decisions) != len(session.steps):
            raise WorkshopError("saved decisions and session steps disagree")
        return cls(scenario, analysis, group=group, people=people, session=session,
                   decisions=decisions, votes=votes)

    # -- helpers -----------------------------------------------------------------------------
    def _option_id(self, choice: Choice | str | int) -> str:
        if isinstance(choice, int) and not isinstance(choice, bool):
            return self.option(choice).id
        cid = choice.id if isinstance(choice, Choice) else str(choice)
        if cid not in {c.id for c in self.options}:
            raise WorkshopError(f"{cid!r} is not an option at {self.node.id!r}")
        return cid

    def _reset_votes(self, keep: Mapping[str, int]) -> None:
        self.votes = {c.id: max(0, int(keep.get(c.id, 0))) for c in self.options}


# -- the room's debrief -------------------------------------------------------------------------
@dataclass(frozen=True)
class DebriefDecision:
    number: int  # 1-based
    record: DecisionRecord
    node: Node
    options: tuple[Choice, ...]
    chosen: Choice
    guidance: Choice | None

    @property
    def agreement(self) -> Agreement:
        return self.record.agreement

    @property
    def divided(self) -> bool:
        """The room did not agree (a split, or a favourite that is a critical error)."""
        return self.agreement != "consensus"


@dataclass(frozen=True)
class Debrief:
    scenario: Scenario
    finished: bool
    path: tuple[tuple[Node, Choice | None], ...]  # each node and the choice taken (None: last)
    decisions: tuple[DebriefDecision, ...]
    result: Result
    questions: tuple[tuple[Node, tuple[str, ...]], ...]  # divided decisions and their questions

    @property
    def counts(self) -> dict[Agreement, int]:
        out: dict[Agreement, int] = {"consensus": 0, "split": 0, "critical_majority": 0}
        for d in self.decisions:
            out[d.agreement] += 1
        return out


def build_debrief(workshop: Workshop) -> Debrief:
    scenario = workshop.scenario
    decisions = []
    for n, rec in enumerate(workshop.decisions, 1):
        guidance = scenario.choice(rec.guidance) if rec.guidance else None
        decisions.append(DebriefDecision(
            number=n, record=rec, node=scenario.nodes[NodeId(rec.node)],
            options=tuple(scenario.choice(c) for c in rec.options),
            chosen=scenario.choice(rec.chosen), guidance=guidance))
    path: list[tuple[Node, Choice | None]] = [(d.node, d.chosen) for d in decisions]
    path.append((workshop.node, None))  # the ending, or where an unfinished workshop stopped
    questions = tuple((d.node, tuple(d.node.questions)) for d in decisions if d.divided)
    return Debrief(scenario=scenario, finished=workshop.finished, path=tuple(path),
                   decisions=tuple(decisions), result=workshop.result(), questions=questions)


# -- export --------------------------------------------------------------------------------------
CSV_COLUMNS = ("scenario", "decision", "node", "node_title", "option", "choice_id", "option_text",
               "votes", "share", "chosen", "how", "guidance", "critical", "agreement")


def csv_rows(workshop: Workshop) -> list[dict[str, Any]]:
    """One row per option offered at every decision: counts only, nothing about who voted."""
    rows = []
    debrief = workshop.debrief()
    for d in debrief.decisions:
        rec = d.record
        for number, choice in enumerate(d.options, 1):
            rows.append({
                "scenario": workshop.scenario.id, "decision": d.number, "node": d.node.id,
                "node_title": d.node.title, "option": number, "choice_id": choice.id,
                "option_text": choice.text, "votes": rec.votes.get(choice.id, 0),
                "share": f"{rec.share(choice.id):.2f}", "chosen": int(choice.id == rec.chosen),
                "how": rec.how if choice.id == rec.chosen else "",
                "guidance": int(choice.id == rec.guidance), "critical": int(choice.critical),
                "agreement": rec.agreement,
            })
    return rows


def to_csv(workshop: Workshop) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(safe_rows(csv_rows(workshop)))
    return out.getvalue()
