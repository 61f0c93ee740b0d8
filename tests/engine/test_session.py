"""Session: the play loop, its order of evaluation, rewind and the JSON round trip."""

from __future__ import annotations

import json

import pytest
from test_analysis import DIAMOND

from simulator.engine.session import Session, SessionError

STORY = """\
## a
::: dokument anmalan | Anmälan
Skolan är orolig.
:::

* [Gör en riskbedömning] -> b
  score: sakerhet +2
  guidance: +GEN-03
  set: risk = true, tillit = tillit + 1
  > Bra.
* [Ring föräldrarna] -> b
  score: sakerhet -3
  guidance: -GEN-03 -HV-02
  set: tillit = tillit - 5
  critical: true
  > Farligt.

## b
::: dokument polis | Polisens underrättelse
Polisen har fått ett larm.
:::

* [Placera skyddat] -> slut
  if: risk and tillit >= 1
  score: sakerhet +3
  guidance: +GEN-03
  > Bäst.
* [Vänta] -> delvis
  score: sakerhet +0
  guidance: +GEN-01
  > Sämre.

## slut
ending: skyddad

Skyddad.

## delvis
ending: delvis

Delvis.
"""
VARS = "variables:\n  risk: false\n  tillit: 0..3 = 0\n"


@pytest.fixture
def story(build):
    loaded = build(STORY, extra=VARS)
    assert loaded.ok, loaded.diagnostics
    return loaded


def test_start_state(story):
    session = Session(story.scenario, story.analysis)
    assert session.node.id == "a"
    assert [c.id for c in session.choices] == ["a:1", "a:2"]
    assert [d.id for d in session.documents] == ["anmalan"]
    assert session.variables == {"risk": False, "tillit": 0}
    assert not session.finished


def test_choose_reports_what_changed(story):
    session = Session(story.scenario, story.analysis)
    result = session.choose("a:1")
    assert result.deltas == {"sakerhet": 2}
    assert result.feedback == "Bra."
    assert [p.id for p in result.follows] == ["GEN-03"]
    assert [d.id for d in result.new_documents] == ["polis"]
    assert not result.critical and result.ending is None
    assert result.node.id == "b"
    assert session.variables == {"risk": True, "tillit": 1}
    assert [c.id for c in session.choices] == ["b:1", "b:2"]


def test_effects_are_clamped_and_conditions_close_options(story):
    session = Session(story.scenario, story.analysis)
    result = session.choose("a:2")
    assert result.critical
    assert [p.id for p in result.breaks] == ["GEN-03", "HV-02"]
    assert session.variables["tillit"] == 0  # 0 - 5 clamped to the range 0..3
    assert [c.id for c in session.choices] == ["b:2"]


def test_unavailable_choice_and_choosing_after_the_end_raise(story):
    session = Session(story.scenario, story.analysis)
    session.choose("a:2")
    with pytest.raises(SessionError):
        session.choose("b:1")
    session.choose("b:2")
    assert session.finished and session.choices == []
    with pytest.raises(SessionError):
        session.choose("b:2")


def test_rewind_makes_a_new_session_and_leaves_the_original(story):
    session = Session(story.scenario, story.analysis)
    session.choose("a:2")
    session.choose("b:2")
    what_if = session.rewind(0)
    assert what_if.node.id == "a" and what_if.steps == ()
    what_if.choose("a:1")
    what_if.choose("b:1")
    assert what_if.node.id == "slut"
    assert session.node.id == "delvis" and len(session.steps) == 2
    with pytest.raises(SessionError):
        session.rewind(5)


def test_json_round_trip(story):
    session = Session(story.scenario, story.analysis)
    session.choose("a:1")
    text = session.to_json()
    again = Session.from_json(story.scenario, story.analysis, text)
    assert again.node.id == session.node.id
    assert again.variables == session.variables
    assert again.scores == session.scores
    assert [d.id for d in again.documents] == ["anmalan", "polis"]
    assert again.to_json() == text


@pytest.mark.parametrize("text", [
    "not json", "[]", '{"version": 99}',
    '{"version": 1, "scenario": "annat", "choices": []}',
    '{"version": 1, "scenario": "test", "choices": ["a:9"]}',
    '{"version": 1, "scenario": "test", "choices": ["a:1"], "node": "a", "variables": {}}',
])
def test_bad_saved_state_raises_session_error(story, text):
    with pytest.raises(SessionError):
        Session.from_json(story.scenario, story.analysis, text)


def test_determinism(story):
    def play() -> str:
        session = Session(story.scenario, story.analysis)
        for choice in ("a:1", "b:1"):
            session.choose(choice)
        return json.dumps(session.result().to_dict(), sort_keys=True)

    assert play() == play()


def test_result_of_the_expert_path_passes(story):
    session = Session(story.scenario, story.analysis)
    session.replay(story.analysis.expert_path)
    result = session.result()
    assert result.passed and result.reasons == []
    assert result.total == result.best_total == 5
    assert [d.cost for d in result.decisions] == [0, 0]
    assert result.path == result.expert_path == ["a", "b", "slut"]
    assert [p.id for p in result.followed] == ["GEN-03"]
    assert result.missed == []
    assert result.ending == "skyddad"


def test_critical_choice_fails_whatever_the_total(build):
    body = STORY.replace("  score: sakerhet -3\n", "  score: sakerhet +9\n")
    loaded = build(body, extra=VARS)
    session = Session(loaded.scenario, loaded.analysis)
    session.replay(["a:2", "b:2"])
    result = session.result()
    assert not result.passed
    assert result.reasons == ["critical"]
    assert [d.choice.id for d in result.critical_errors] == ["a:2"]


def test_costs_and_missed_guidance(story):
    session = Session(story.scenario, story.analysis)
    session.replay(["a:1", "b:2"])
    result = session.result()
    assert [d.cost for d in result.decisions] == [0, 3]
    assert result.decisions[1].best_choice.id == "b:1"
    assert result.total == 2 and result.best_total == 5
    assert result.reasons == ["threshold"]  # 2 < 0.7 * 5
    assert [p.id for p in result.followed] == ["GEN-03", "GEN-01"]
    assert result.missed == []  # GEN-03 (the best choice's) was followed earlier
    dims = {d.dimension: (d.achieved, d.reference, d.maximum, d.minimum)
            for d in result.dimensions}
    assert dims == {"sakerhet": (2, 5, 5, -3)}


def test_missed_lists_broken_principles(story):
    session = Session(story.scenario, story.analysis)
    session.replay(["a:2", "b:2"])
    assert [p.id for p in session.result().missed] == ["GEN-03", "HV-02"]


def test_result_before_the_end_is_marked_unfinished(story):
    session = Session(story.scenario, story.analysis)
    session.choose("a:1")
    result = session.result()
    assert "unfinished" in result.reasons and not result.passed


def test_threshold_set_by_the_scenario(build):
    loaded = build(DIAMOND, extra="pass_threshold: 0.5\n")
    session = Session(loaded.scenario, loaded.analysis)
    session.replay(["a:2", "c:1"])  # 4 of 5
    assert session.result().passed
    session = Session(loaded.scenario, loaded.analysis)
    session.replay(["a:1", "b:1"])  # 3 of 5 >= 2.5
    assert session.result().passed


def test_saved_state_from_an_edited_file_with_a_moved_choice_is_refused(build):
    first = build(STORY, extra=VARS)
    session = Session(first.scenario, first.analysis)
    session.choose("a:1")
    saved = session.to_json()
    assert Session.saved_texts(saved) == ["Gör en riskbedömning"]
    edited = build(STORY.replace("[Gör en riskbedömning]", "[Gör en FREDA-bedömning]"), extra=VARS)
    with pytest.raises(SessionError):
        Session.from_json(edited.scenario, edited.analysis, saved)


def test_a_principle_broken_once_is_missed_even_if_followed_later(build):
    body = STORY.replace("  guidance: +GEN-01\n  > Sämre.", "  guidance: +GEN-03\n  > Sämre.")
    loaded = build(body, extra=VARS)
    session = Session(loaded.scenario, loaded.analysis)
    session.replay(["a:2", "b:2"])  # a:2 breaks GEN-03, b:2 follows it
    result = session.result()
    assert [p.id for p in result.missed] == ["GEN-03", "HV-02"]
    assert result.followed == []
