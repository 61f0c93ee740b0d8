"""The verdict (issue 10): the lexicographic expert objective, the pass rule, and the author's
errors and warnings about it. One inline scenario per rule."""

from __future__ import annotations

from engine_support import codes

from simulator.cli.commands import summary
from simulator.engine.analysis import pass_mark
from simulator.engine.session import Session


def by_code(loaded, code):
    return [d for d in loaded.diagnostics if d.code == code]


TRAP = """\
## a
* [Det säkra valet] -> slut
  score: sakerhet +2
  guidance: +GEN-03
  > Säkert.
* [Det farliga valet] -> slut
  score: barn +5
  guidance: -GEN-03
  critical: true
  > Farligt.

## slut
ending: skyddad

Slut.
"""


def test_the_expert_path_avoids_a_critical_choice_that_scores_more(build):
    loaded = build(TRAP, extra="dimensions: [sakerhet, barn]\n")
    analysis = loaded.analysis
    assert analysis.expert_path == ["a:1"]
    assert analysis.best_total == 2 and analysis.max_total == 5
    assert analysis.expert_critical == 0 and analysis.passable
    [gains] = [d for d in loaded.diagnostics if d.code == "critical-gains"]  # +5 on a:2
    assert gains.line == loaded.scenario.choice("a:2").line and "barn +5" in gains.message("en")
    # two options make a decision for guessability too
    assert loaded.analysis.guessability.decisions == 1
    safe = Session(loaded.scenario, analysis)
    safe.choose("a:1")
    assert safe.result().passed  # 2 of 2: nobody is failed by an unreachable 5
    risky = Session(loaded.scenario, analysis)
    risky.choose("a:2")
    result = risky.result()
    assert not result.passed and result.reasons == ["critical"]
    assert result.decisions[0].loss == "critical" and result.decisions[0].cost == 0


def test_every_route_critical_is_an_error(build):
    body = TRAP.replace("  > Säkert.", "  critical: true\n  > Säkert.")
    body = body.replace("score: sakerhet +2", "score: sakerhet -1")
    loaded = build(body, extra="dimensions: [sakerhet, barn]\n")
    [error] = by_code(loaded, "all-critical")
    assert error.severity == "error" and error.line == loaded.scenario.nodes["a"].line
    line = loaded.scenario.choice("a:2").line  # the expert's: fewest critical, then points
    assert f"a:2 (line {line})" in error.message("en")
    assert f"a:2 (rad {line})" in error.message("sv")
    assert loaded.analysis.expert_critical == 1 and not loaded.analysis.passable
    assert "no-pass" not in codes(loaded)  # the more specific error says it


HARM = """\
## a
* [Vänta och se] -> b
  score: sakerhet +3
  guidance: +GEN-01
  > Vänta.
* [Gör en riskbedömning] -> b
  score: sakerhet +1
  guidance: +GEN-03
  > Bra.

## b
* [Avsluta ärendet] -> slut-skada
  score: sakerhet +4
  guidance: +GEN-01
  > Avslut.
* [Planera skyddet] -> slut
  score: sakerhet +1
  guidance: +GEN-03
  critical: {critical}
  > Skydd.

## slut
ending: skyddad

Slut.

## slut-skada
ending: skada

Skada.
"""


def test_a_harm_ending_reached_without_a_critical_choice_is_an_error_with_its_path(build):
    loaded = build(HARM.format(critical="false"))
    [error] = by_code(loaded, "harm-reachable")
    scenario = loaded.scenario
    assert error.line == scenario.nodes["slut-skada"].line
    a1, b1 = scenario.choice("a:1").line, scenario.choice("b:1").line
    assert f"a:1 (line {a1}) → b:1 (line {b1})" in error.message("en")
    assert f"a:1 (rad {a1}) → b:1 (rad {b1})" in error.message("sv")
    # The expert path prefers the protected ending to the 7 points of the harm path.
    assert loaded.analysis.expert_path == ["a:1", "b:2"]
    assert loaded.analysis.best_total == 4 and loaded.analysis.expert_outcome == "skyddad"


def test_a_harm_ending_never_passes_whatever_the_score(build):
    loaded = build(HARM.format(critical="false"))
    session = Session(loaded.scenario, loaded.analysis)  # analysed despite the error
    session.replay(["a:1", "b:1"])
    result = session.result()
    assert result.total == 7 > result.best_total
    assert not result.passed and result.reasons == ["ending"]
    assert "'skada eller eskalering'" in result.reason_texts("sv")[0]
    assert "'harm or escalation'" in result.reason_texts("en")[0]
    assert result.to_dict()["reason_texts"]["en"] == result.reason_texts("en")
    assert result.decisions[1].loss == "ending"


def test_no_path_can_pass_when_every_safe_path_ends_in_harm(build):
    loaded = build(HARM.format(critical="true"))
    [error] = by_code(loaded, "no-pass")
    assert "skada" in error.message("en")
    assert not loaded.analysis.passable and loaded.analysis.expert_outcome == "skada"
    assert "harm-reachable" in codes(loaded)


def test_a_scenario_may_declare_more_failing_outcomes(build):
    body = HARM.format(critical="true").replace("ending: skada", "ending: delvis")
    plain = build(body)
    assert plain.ok and plain.analysis.expert_outcome == "delvis"
    strict = build(body, extra="failing_outcomes: [delvis]\n")
    assert strict.scenario.failing_outcomes == ("delvis", "skada")
    assert "no-pass" in codes(strict) and "harm-reachable" in codes(strict)
    session = Session(strict.scenario, strict.analysis)
    session.replay(["a:1", "b:1"])
    assert session.result().reasons == ["ending"]


def test_failing_outcomes_must_be_outcome_categories(build):
    loaded = build(TRAP, extra="failing_outcomes: [delvis, katastrof]\n")
    [error] = by_code(loaded, "value-choice")
    assert "katastrof" in error.message("en")
    assert loaded.scenario.failing_outcomes == ("delvis", "skada")


def test_outcome_rank_puts_passing_before_failing_and_harm_last(build):
    loaded = build(TRAP, extra="failing_outcomes: [delvis]\n")
    rank = loaded.scenario.outcome_rank
    assert rank("skyddad") < rank("delvis") < rank("skada") < rank("okänt")
    default = build(TRAP).scenario.outcome_rank
    assert default("skyddad") < default("delvis") < default("skada")


THRESHOLD = """\
## a
* [Bäst] -> slut
  score: sakerhet +10
  guidance: +GEN-03
  > Bäst.
* [Sju] -> slut
  score: sakerhet +7
  guidance: +GEN-03
  > Sju.
* [Sex] -> slut
  score: sakerhet +6
  guidance: +GEN-03
  > Sex.

## slut
ending: skyddad

Slut.
"""


def test_the_threshold_boundary_passes(build):
    loaded = build(THRESHOLD)
    assert loaded.analysis.pass_mark == 7
    verdicts = {}
    for choice in ("a:1", "a:2", "a:3"):
        session = Session(loaded.scenario, loaded.analysis)
        session.choose(choice)
        verdicts[choice] = session.result().reasons
    assert verdicts == {"a:1": [], "a:2": [], "a:3": ["threshold"]}
    session = Session(loaded.scenario, loaded.analysis)
    session.choose("a:3")
    [text] = session.result().reason_texts("en")
    assert "You scored 6 points; a pass needs at least 7 (70 % of the expert path's 10)" in text


def test_pass_mark_against_a_negative_expert_total():
    assert pass_mark(10, 0.7) == 7
    assert pass_mark(-10, 0.7) == -13  # at most 30 % of |−10| below the expert
    assert pass_mark(0, 0.7) == 0
    assert pass_mark(5, 1.0) == 5


LOOP = """\
## a
* [Genvägen] -> b
  guidance: -GEN-03
  critical: true
  > Farligt.
* [Tänk om] -> c
  guidance: +GEN-01
  > Ok.

## c
* [Tillbaka] -> a
  guidance: +GEN-01
  > Tillbaka.
* [Vidare] -> b
  guidance: +GEN-03
  > Vidare.

## b
* [Slut] -> slut
  score: sakerhet +1
  guidance: +GEN-03
  > Slut.

## slut
ending: skyddad

Slut.
"""


def test_a_critical_choice_inside_a_loop_still_counts(build):
    loaded = build(LOOP)
    assert loaded.ok, [d.format("en") for d in loaded.diagnostics]
    analysis = loaded.analysis
    assert analysis.expert_path == ["a:2", "c:2", "b:1"]
    assert analysis.expert_critical == 0 and analysis.best_total == 1
    assert analysis.assess("a", (), loaded.scenario.choice("a:1")).loss == "critical"
    # Going round the loop once more gives nothing up (a loop weighs nothing), so it ties.
    assert [c.id for c in analysis.best_choices("c", ())] == ["c:1", "c:2"]
    assert analysis.best_choice("c", ()).id == "c:2"  # but the expert never loops


def test_a_scoring_loop_is_unbounded_and_null_in_json(build):
    body = LOOP.replace("* [Tillbaka] -> a\n", "* [Tillbaka] -> a\n  score: sakerhet +2\n")
    loaded = build(body)
    assert "score-in-loop" in codes(loaded, "error")
    assert {"best_total", "max_total", "sakerhet.max"} <= loaded.analysis.unbounded
    data = summary(loaded, "en")
    assert data["expert_score"] is None and data["max_total"] is None
    assert data["bounds"]["sakerhet"]["max"] is None
    assert data["bounds"]["sakerhet"]["min"] == 1  # a lower bound still holds
    assert data["expert_scores"] is None and data["pass_mark"] is None


def test_a_file_with_errors_still_gets_the_graph_checks(build):
    body = HARM.format(critical="false").replace("  > Vänta.", "  colour: red\n  > Vänta.")
    loaded = build(body)
    assert "annotation-unknown" in codes(loaded, "error")
    assert "harm-reachable" in codes(loaded, "error")  # found despite the parse error
    assert loaded.analysis is not None and not loaded.ok


def test_json_summary_carries_the_verdict_fields(build):
    data = summary(build(TRAP, extra="dimensions: [sakerhet, barn]\n"), "en")
    assert data["expert_score"] == 2 and data["expert_scores"] == {"sakerhet": 2, "barn": 0}
    assert data["expert_critical"] == 0 and data["expert_outcome"] == "skyddad"
    assert data["passable"] is True and data["pass_mark"] == 1.4
    assert data["max_total"] == 5 and data["failing_outcomes"] == ["skada"]
    assert data["bounds"] == {"sakerhet": {"min": 0, "max": 2}, "barn": {"min": 0, "max": 5}}


def test_dimension_references_add_up_to_the_expert_total(build):
    loaded = build(TRAP, extra="dimensions: [sakerhet, barn]\n")
    session = Session(loaded.scenario, loaded.analysis)
    session.choose("a:2")
    result = session.result()
    rows = {d.dimension: (d.achieved, d.reference, d.maximum, d.minimum)
            for d in result.dimensions}
    assert rows == {"sakerhet": (0, 2, 2, 0), "barn": (5, 0, 5, 0)}
    assert sum(d.reference for d in result.dimensions) == result.best_total


def test_an_equally_good_alternative_misses_nothing(build):
    body = """\
    ## a
    * [Ett sätt] -> slut
      score: sakerhet +2
      guidance: +GEN-03
      > Bra.
    * [Ett annat lika bra sätt] -> slut
      score: sakerhet +2
      guidance: +GEN-01
      > Också bra.
    * [Sämre] -> slut
      score: sakerhet +1
      guidance: +GEN-01
      > Sämre.

    ## slut
    ending: skyddad

    Slut.
    """
    loaded = build(body)
    for choice, missed in (("a:2", []), ("a:3", ["GEN-03"])):
        session = Session(loaded.scenario, loaded.analysis)
        session.choose(choice)
        result = session.result()
        assert [p.id for p in result.missed] == missed
    assert [c.id for c in loaded.analysis.best_choices("a", ())] == ["a:1", "a:2"]


def test_min_decisions_is_the_fewest(build):
    body = """\
    ## a
    * [Kort] -> slut
      guidance: +GEN-03
      score: sakerhet +1
      > Kort.
    * [Lång] -> b
      guidance: +GEN-01
      > Lång.

    ## b
    * [Vidare] -> slut
      guidance: +GEN-01
      > Vidare.

    ## slut
    ending: skyddad

    Slut.
    """
    analysis = build(body).analysis
    assert (analysis.min_decisions, analysis.max_decisions) == (1, 2)


def test_effects_apply_in_order_each_seeing_the_previous(build):
    body = """\
    ## a
    * [Två steg] -> b
      guidance: +GEN-03
      set: tillit = 2, tillit = tillit + 1
      > Ok.

    ## b
    * [Villkor med or] -> slut
      if: tillit == 3 or flagga
      score: sakerhet +1
      guidance: +GEN-03
      > Ok.
    * [Annars] -> slut
      guidance: +GEN-01
      > Ok.

    ## slut
    ending: skyddad

    Slut.
    """
    loaded = build(body, extra="variables:\n  tillit: 0..3 = 0\n  flagga: false\n")
    session = Session(loaded.scenario, loaded.analysis)
    session.choose("a:1")
    assert session.variables == {"tillit": 3, "flagga": False}
    # `or` holds with only its left side true
    assert [c.id for c in session.choices] == ["b:1", "b:2"]
    assert loaded.analysis.best_total == 1


def test_a_critical_step_is_marked_in_the_session_and_its_json(build):
    loaded = build(TRAP, extra="dimensions: [sakerhet, barn]\n")
    session = Session(loaded.scenario, loaded.analysis)
    step = session.choose("a:2")
    assert step.critical and step.step.critical and session.steps[0].critical
    again = Session.from_json(loaded.scenario, loaded.analysis, session.to_json())
    assert again.steps[0].critical
    assert again.result().to_dict()["critical_errors"][0]["critical"] is True


def _library_file(folder, name, critical, reason=""):
    from engine_support import scenario_text

    body = f"""\
    ## a
    * [Skippa riskbedömningen] -> slut
      guidance: -GEN-03
      critical: {critical}
      {reason}
      > Fel.
    * [Gör en riskbedömning] -> slut
      score: sakerhet +1
      guidance: +GEN-03
      > Rätt.

    ## slut
    ending: skyddad

    Slut.
    """
    text = scenario_text(body).replace("id: test", f"id: {name}")
    text = "\n".join(line for line in text.splitlines() if line.strip()) + "\n"
    text = text.replace("## slut", "\n## slut").replace("* [Gör", "\n* [Gör")
    (folder / f"{name}.md").write_text(text, encoding="utf-8")


def test_a_principle_broken_with_two_severities_is_a_warning_in_both_places(tmp_path):
    from engine_support import CATALOGUE

    from simulator.engine.library import load_library

    (tmp_path / "guidance.md").write_text(CATALOGUE, encoding="utf-8")
    _library_file(tmp_path, "forsta", "true")
    _library_file(tmp_path, "andra", "false")
    items = {item.scenario.id: item for item in load_library([tmp_path])}
    first = [d for d in items["forsta"].diagnostics if d.code == "severity-inconsistent"]
    second = [d for d in items["andra"].diagnostics if d.code == "severity-inconsistent"]
    assert len(first) == len(second) == 1
    line = items["andra"].scenario.choice("a:1").line
    assert f"andra.md:{line}" in first[0].message("en")
    assert "by a critical choice, but by a non-critical choice elsewhere" in first[0].message("en")
    assert "icke-kritiskt" in second[0].message("sv")
    # a choice that says why it differs is left out
    _library_file(tmp_path, "andra", "false", "critical_reason: Här finns ingen akut risk.")
    items = {item.scenario.id: item for item in load_library([tmp_path])}
    assert items["andra"].scenario.choice("a:1").critical_reason == "Här finns ingen akut risk."
    assert all(d.code != "severity-inconsistent" for item in items.values()
               for d in item.diagnostics)


def test_a_critical_choice_that_scores_nothing_or_loses_is_no_gain(build):
    body = TRAP.replace("  score: barn +5\n", "  score: barn +0, sakerhet -1\n")
    loaded = build(body, extra="dimensions: [sakerhet, barn]\n")
    assert "critical-gains" not in codes(loaded)


def test_only_what_a_scoring_loop_moves_is_unbounded(build):
    body = """\
    ## a
    * [Runt] -> b
      score: sakerhet +2, barn -2, bemotande +0
      guidance: +GEN-01
      > Runt.
    * [Ut] -> slut
      guidance: +GEN-03
      > Ut.

    ## b
    * [Tillbaka] -> a
      guidance: +GEN-01
      > Tillbaka.

    ## slut
    ending: skyddad

    Slut.
    """
    loaded = build(body, extra="dimensions: [sakerhet, barn, bemotande]\n")
    assert "score-in-loop" in codes(loaded, "error")
    # the loop's total is 0: the totals' own bounds hold, the two dimensions it moves do not
    assert loaded.analysis.unbounded == {"best_total", "sakerhet.max", "barn.min"}


def test_starting_at_takes_the_ends_of_a_variable_range(build):
    import pytest

    from simulator.engine.session import SessionError

    loaded = build(THRESHOLD, extra="variables:\n  tillit: 0..3 = 1\n")
    for value in (0, 3):
        session = Session.starting_at(loaded.scenario, loaded.analysis, "a", {"tillit": value})
        assert session.variables == {"tillit": value}
    with pytest.raises(SessionError):
        Session.starting_at(loaded.scenario, loaded.analysis, "a", {"tillit": 4})
