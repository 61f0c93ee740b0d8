"""The Qt-free workshop model: votes, majority, ties, overrides, the debrief, CSV and JSON."""

from __future__ import annotations

import csv
import io
import json
import random
from pathlib import Path

import pytest

from simulator.engine.session import SessionError
from simulator.workshop.model import CSV_COLUMNS, Workshop, WorkshopError, classify, to_csv

ROOT = Path(__file__).resolve().parents[2]


def new(loaded, **kw) -> Workshop:
    return Workshop(loaded.scenario, loaded.analysis, **kw)


def test_the_room_follows_the_option_with_most_votes(example):
    w = new(example, people=10)
    assert [c.id for c in w.options] == ["besok:1", "besok:2"]
    w.set_votes(1, 7)
    w.add_votes(2, 3)
    assert w.majority.id == "besok:1" and not w.is_tie
    record, step = w.decide()
    assert record.chosen == "besok:1" and record.how == "majority"
    assert dict(record.votes) == {"besok:1": 7, "besok:2": 3}
    assert record.guidance == "besok:1"  # the analysis' best choice at the start
    assert record.agreement == "split"  # 70 % is under the consensus share
    assert step.node.id == "berattar" and w.node.id == "berattar"
    assert w.votes == {"berattar:1": 0, "berattar:2": 0}  # fresh counts at the next decision


def test_a_tie_needs_the_facilitator(example):
    w = new(example)
    w.set_votes(1, 4)
    w.set_votes(2, 4)
    assert w.is_tie and w.majority is None
    with pytest.raises(WorkshopError, match="tied"):
        w.decide()
    assert w.node.id == "besok"  # nothing was applied
    record, _ = w.decide(2)
    assert record.how == "tie_break" and record.chosen == "besok:2"
    assert record.agreement == "split"


def test_the_facilitator_may_override_the_room(example):
    w = new(example)
    w.set_votes("besok:1", 1)
    w.set_votes("besok:2", 9)
    record, _ = w.decide("besok:1")
    assert record.how == "override" and record.chosen == "besok:1"
    assert record.leaders == ("besok:2",)


def test_no_votes_at_all_is_recorded_as_such(example):
    w = new(example)
    assert w.is_tie and w.majority is None  # every option ties at zero
    record, _ = w.decide(1)
    assert record.how == "no_votes" and record.total == 0
    assert record.agreement == "split"


def play_to_plan(w: Workshop) -> None:
    w.set_votes(1, 10)
    w.decide()
    w.set_votes(1, 10)  # the risk assessment: "Boka skyddat boende" becomes available
    w.decide()
    assert w.node.id == "plan"


def test_a_majority_for_a_critical_error_is_flagged(example):
    w = new(example)
    play_to_plan(w)
    critical = next(c for c in w.options if c.critical)
    for c in w.options:
        w.set_votes(c, 2)
    w.set_votes(critical, 5)
    record, step = w.decide()
    assert step.critical and record.chosen == critical.id
    assert record.agreement == "critical_majority"
    assert critical.id in record.critical
    assert w.finished
    debrief = w.debrief()
    assert debrief.counts == {"consensus": 2, "split": 0, "critical_majority": 1}
    assert [e.choice.id for e in debrief.result.critical_errors] == [critical.id]
    assert not debrief.result.passed


def test_consensus_needs_three_quarters(example):
    w = new(example)
    w.set_votes(1, 3)
    w.set_votes(2, 1)
    rec, _ = w.decide()
    assert rec.share("berattar:1") == 0.0 and rec.share("besok:1") == 0.75
    assert classify(rec) == "consensus"
    w.set_votes(1, 2)
    w.set_votes(2, 1)
    rec, _ = w.decide()
    assert classify(rec) == "split"


def test_counts_never_go_negative_and_options_are_checked(example):
    w = new(example)
    assert w.add_votes(1, -3) == 0
    assert w.add_votes(1, 2) == 2
    with pytest.raises(WorkshopError):
        w.set_votes(1, -1)
    with pytest.raises(WorkshopError):
        w.set_votes(3, 1)  # there are two options
    with pytest.raises(WorkshopError):
        w.set_votes("plan:2", 1)  # not an option here
    assert w.votes == {"besok:1": 2, "besok:2": 0}


def test_deciding_after_the_end_is_refused(example):
    w = new(example)
    play_to_plan(w)
    w.set_votes(1, 1)
    w.decide()
    with pytest.raises(WorkshopError):
        w.decide()
    assert w.options == []


def test_group_and_people_are_normalised(example):
    w = new(example, group="  Vuxenenheten ", people=0)
    assert w.group == "Vuxenenheten" and w.people is None


def test_json_round_trip_keeps_pending_votes_and_decisions(example):
    w = new(example, group="Grupp", people=12)
    w.set_votes(1, 5)
    w.decide()
    w.set_votes(2, 3)
    back = Workshop.from_json(example.scenario, example.analysis, w.to_json())
    assert back.node.id == w.node.id == "berattar"
    assert back.votes == {"berattar:1": 0, "berattar:2": 3}
    assert back.decisions == w.decisions
    assert (back.group, back.people) == ("Grupp", 12)
    assert back.result().to_dict() == w.result().to_dict()


def test_json_round_trip_at_every_step_of_random_workshops(sommarlovet):
    rng = random.Random(7)
    for _ in range(5):
        w = new(sommarlovet)
        while not w.finished:
            for c in w.options:
                w.set_votes(c, rng.randint(0, 5))
            w = Workshop.from_json(sommarlovet.scenario, sommarlovet.analysis, w.to_json())
            w.decide(rng.randint(1, len(w.options)))
        again = Workshop.from_json(sommarlovet.scenario, sommarlovet.analysis, w.to_json())
        assert again.finished and again.decisions == w.decisions


def test_from_json_refuses_what_it_cannot_trust(example, sommarlovet):
    w = new(example)
    with pytest.raises(WorkshopError):
        Workshop.from_json(sommarlovet.scenario, sommarlovet.analysis, w.to_json())
    with pytest.raises(WorkshopError):
        Workshop.from_json(example.scenario, example.analysis, "not json")
    with pytest.raises(WorkshopError):
        Workshop.from_json(example.scenario, example.analysis, json.dumps({"format": "x"}))
    data = json.loads(w.to_json())
    data["decisions"] = [{"index": 0, "node": "besok", "options": ["besok:1"], "votes": {},
                          "chosen": "besok:1", "how": "majority", "guidance": None}]
    with pytest.raises(WorkshopError):  # a decision the session never took
        Workshop.from_json(example.scenario, example.analysis, json.dumps(data))
    data = json.loads(w.to_json())
    data["session"] = {"nonsense": True}
    with pytest.raises((WorkshopError, SessionError)):
        Workshop.from_json(example.scenario, example.analysis, json.dumps(data))


def test_the_debrief_sets_the_room_against_the_guidance(example):
    w = new(example)
    w.set_votes(1, 2)
    w.set_votes(2, 2)
    w.decide(2)  # a tie the facilitator broke away from the guidance
    w.set_votes(1, 9)
    w.decide()
    d = w.debrief()
    assert [(n.id, c and c.id) for n, c in d.path] == [
        ("besok", "besok:2"), ("nytt-mote", "nytt-mote:1"), ("berattar", None)]  # stopped here
    first, second = d.decisions
    assert first.agreement == "split" and first.guidance.id == "besok:1"
    assert not first.record.room_with_guidance
    assert second.agreement == "consensus" and second.record.room_with_guidance
    assert [n.id for n, _ in d.questions] == ["besok"]  # only the divided decision
    assert d.questions[0][1] == ("Vilka signaler ser ni i beskrivningen?",)
    assert d.result.to_dict() == w.session.result().to_dict()
    assert not d.finished


def test_csv_holds_every_option_and_its_votes_and_nothing_personal(example):
    w = new(example, group="Teamet på Storgatan", people=8)
    w.set_votes(1, 6)
    w.set_votes(2, 2)
    w.decide()
    text = to_csv(w)
    rows = list(csv.DictReader(io.StringIO(text)))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert [(r["choice_id"], r["votes"], r["chosen"]) for r in rows] == [
        ("besok:1", "6", "1"), ("besok:2", "2", "0")]
    assert rows[0]["how"] == "majority" and rows[0]["guidance"] == "1"
    assert "Storgatan" not in text  # the group's label stays out of the export
    assert not {"group", "people", "name"} & set(CSV_COLUMNS)
