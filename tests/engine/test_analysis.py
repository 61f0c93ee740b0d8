"""Graph analysis: structure checks, exact score bounds and the expert path."""

from __future__ import annotations

import pytest
from engine_support import codes, scenario_text

from simulator.engine.analysis import analyse
from simulator.format.diagnostics import Collector
from simulator.format.parser import parse_scenario

DIAMOND = """\
## a
* [Säkert] -> b
  score: sakerhet +2
  guidance: +GEN-03
  > Bra.
* [Osäkert] -> c
  score: sakerhet -1
  guidance: -GEN-03
  > Sämre.

## b
* [Vidare] -> d
  score: sakerhet +1
  guidance: +GEN-03
  > Bra.
* [Genväg] -> e
  score: sakerhet +3
  guidance: +GEN-03
  > Bäst.

## c
* [Vidare] -> d
  score: sakerhet +5
  guidance: +GEN-03
  > Ok.

## d
ending: delvis

Slut.

## e
ending: skyddad

Slut.
"""


def test_bounds_expert_path_and_best_to_go(build):
    loaded = build(DIAMOND)
    assert loaded.diagnostics == []
    analysis = loaded.analysis
    assert analysis.bounds == {"sakerhet": (3, 5)}
    assert analysis.best_total == 5
    assert analysis.worst_total == 3
    # Ties (a->b->e = 5 and a->c->d = 4): the best is unique here: a:1, b:2.
    assert analysis.expert_path == ["a:1", "b:2"]
    assert analysis.best_to_go("b", ()) == 3
    assert analysis.best_to_go("c", ()) == 5
    assert analysis.best_choice("a", ()).id == "a:1"
    assert analysis.min_decisions == 2 and analysis.max_decisions == 2


def test_ties_go_to_the_first_choice_in_the_file(build):
    loaded = build(DIAMOND.replace("sakerhet +5", "sakerhet +6"))
    # a:1 -> b:2 = 5, a:2 -> c:1 = 5: equal, so the first choice in the file wins.
    assert loaded.analysis.best_total == 5
    assert loaded.analysis.expert_path == ["a:1", "b:2"]


def test_unreachable_node_is_a_warning(build):
    loaded = build(DIAMOND + "\n## ensam\nending: skada\n\nIngen kommer hit.\n")
    assert codes(loaded) == ["unreachable"]
    assert loaded.ok


def test_loop_with_no_way_out_is_an_error(build):
    body = DIAMOND.replace("* [Vidare] -> d\n  score: sakerhet +5", "* [Vidare] -> f\n  score: sakerhet +5")
    body += """
## f
* [Runt] -> g
  guidance: +GEN-01
  > Runt.

## g
* [Tillbaka] -> f
  guidance: +GEN-01
  > Runt igen.
"""
    loaded = build(body)
    assert "trap-loop" in codes(loaded, "error")
    assert not loaded.ok


def test_loop_with_exit_is_fine_and_expert_path_leaves_it(build):
    body = """\
## a
* [Fråga igen] -> b
  guidance: +GEN-01
  > Ok.
* [Avsluta] -> slut
  score: sakerhet +1
  guidance: +GEN-03
  > Klart.

## b
* [Tillbaka] -> a
  guidance: +GEN-01
  > Ok.

## slut
ending: skyddad

Klart.
"""
    loaded = build(body)
    assert loaded.diagnostics == []
    assert loaded.analysis.expert_path == ["a:2"]
    assert loaded.analysis.best_to_go("b", ()) == 1


def test_scoring_inside_a_loop_is_an_error(build):
    body = """\
## a
* [Samla] -> b
  score: sakerhet +1
  guidance: +GEN-01
  > Ok.
* [Avsluta] -> slut
  guidance: +GEN-03
  > Klart.

## b
* [Tillbaka] -> a
  guidance: +GEN-01
  > Ok.

## slut
ending: skyddad

Klart.
"""
    assert codes(build(body), "error") == ["score-in-loop"]


def test_counter_breaks_a_loop_in_the_state_graph(build):
    # The node graph loops, but the counter makes the state graph acyclic: scoring is allowed.
    body = """\
## a
* [Försök igen] -> a
  if: forsok < 2
  set: forsok = forsok + 1
  score: sakerhet +1
  guidance: +GEN-01
  > Ok.
* [Avsluta] -> slut
  guidance: +GEN-03
  > Klart.

## slut
ending: skyddad

Klart.
"""
    loaded = build(body, extra="variables:\n  forsok: 0..2 = 0\n")
    assert loaded.diagnostics == []
    assert loaded.analysis.best_total == 2
    assert loaded.analysis.expert_path == ["a:1", "a:1", "a:2"]


def test_condition_that_never_holds_and_unreachable_ending(build):
    body = DIAMOND.replace("* [Genväg] -> e\n", "* [Genväg] -> e\n  if: klar\n")
    loaded = build(body, extra="variables:\n  klar: false\n")
    assert sorted(codes(loaded, "warning")) == ["condition-never", "ending-unreachable"]


def test_flag_opens_a_better_option_later(build):
    body = DIAMOND.replace("* [Säkert] -> b\n", "* [Säkert] -> b\n  set: klar = true\n")
    body = body.replace("* [Genväg] -> e\n", "* [Genväg] -> e\n  if: klar\n")
    loaded = build(body, extra="variables:\n  klar: false\n")
    assert loaded.diagnostics == []
    assert loaded.analysis.best_to_go("b", (True,)) == 3
    # (a,F) (b,T) (c,F) (d,T) (d,F) (e,T)
    assert loaded.analysis.state_count == 6


def test_state_where_no_choice_is_possible_is_an_error(build):
    body = DIAMOND.replace("* [Vidare] -> d\n  score: sakerhet +5",
                           "* [Vidare] -> d\n  if: klar\n  score: sakerhet +5")
    loaded = build(body, extra="variables:\n  klar: false\n")
    assert "state-trap" in codes(loaded, "error")


def test_dimension_no_path_exercises(build):
    loaded = build(DIAMOND, extra="dimensions: [sakerhet, barn]\n")
    assert codes(loaded) == ["dimension-unused"]


def test_scoring_an_undeclared_dimension(build):
    loaded = build(DIAMOND.replace("sakerhet +5", "barn +5"))
    assert codes(loaded) == ["dimension-undeclared"]


def test_teaching_warnings(build):
    body = DIAMOND.replace("  guidance: -GEN-03\n  > Sämre.\n", "")
    loaded = build(body)
    assert sorted(codes(loaded, "teaching")) == ["no-feedback", "no-guidance"]
    assert loaded.ok


def test_state_limit_gives_a_diagnostic_not_a_hang(build, catalogue):
    variables = "".join(f"  v{i}: 0..63 = 0\n" for i in range(6))
    effects = ", ".join(f"v{i} = v{i} + 1" for i in range(6))
    body = f"""\
## a
* [Öka] -> a
  set: {effects}
  guidance: +GEN-01
  > Ok.
* [Sluta] -> slut
  guidance: +GEN-01
  > Ok.

## slut
ending: skyddad

Klart.
"""
    text = scenario_text(body, extra="variables:\n" + variables)
    out = Collector("x.md")
    scenario = parse_scenario(text.encode(), "x.md", catalogue, out)
    assert scenario is not None and out.items == []
    assert analyse(scenario, out, state_limit=30) is None
    assert [d.code for d in out.items] == ["dimension-unused", "state-limit"] or [
        d.code for d in out.items] == ["state-limit"]


def test_many_looping_choices_meet_the_edge_limit_not_a_long_wait(build):
    """Under the state limit, a small file could still make the analysis look at millions of
    choices: this one (65,536 states, 40 looping choices each) validated clean after 9 s, and
    200 such choices on one node (a 10 KB file) took `validate` 45 s; the app's library
    loads every file the same way. Now the exploration stops at EDGE_LIMIT choices looked at,
    with a diagnostic (this file: 2 s)."""
    from simulator.engine.analysis import EDGE_LIMIT, STATE_LIMIT

    variables = "  a: 0..63 = 0\n  b: 0..63 = 0\n  c: 0..15 = 0\n"
    states, looked_at = 64 * 64 * 16, 64 * 64 * 16 * 40
    assert states < STATE_LIMIT and looked_at > EDGE_LIMIT  # only the new limit applies
    choices = "".join(
        f"* [Öka {v} {i}] -> a\n  if: {v} < {top}\n  set: {v} = {v} + 1\n"
        "  guidance: +GEN-01\n  > Ok.\n"
        for i in range(13) for v, top in (("a", 63), ("b", 63), ("c", 15)))
    body = f"""\
## a
{choices}* [Sluta] -> slut
  guidance: +GEN-01
  > Ok.

## slut
ending: skyddad

Klart.
"""
    loaded = build(body, extra="variables:\n" + variables)
    assert loaded.analysis is None and not loaded.ok
    (limit,) = [d for d in loaded.diagnostics if d.code == "edge-limit"]
    assert "1000000" in limit.message("sv") and "choices" in limit.message("en")


def test_lattice_with_two_to_the_forty_paths_is_analysed_exactly(catalogue):
    from synthetic import lattice_text

    out = Collector("lattice.md")
    scenario = parse_scenario(lattice_text(40).encode(), "lattice.md", catalogue, out)
    assert scenario is not None
    analysis = analyse(scenario, out)
    assert [d for d in out.items if d.severity == "error"] == []
    assert analysis.best_total == 40 * 2
    assert analysis.bounds["sakerhet"] == (40, 80)
    assert analysis.min_decisions == 80


def test_best_choice_takes_values_or_variables_and_refuses_unknown_states(build):
    body = DIAMOND.replace("* [Säkert] -> b\n", "* [Säkert] -> b\n  set: klar = true\n")
    loaded = build(body, extra="variables:\n  klar: false\n")
    analysis = loaded.analysis
    assert analysis.best_choice("a", (False,)).id == "a:1"
    assert analysis.best_choice("a", {"klar": False}).id == "a:1"
    assert analysis.best_to_go("b", {"klar": True}) == 3
    assert analysis.best_choice("e", {"klar": True}) is None  # an ending
    with pytest.raises(KeyError):
        analysis.best_choice("b", {"klar": False})  # never reached without the flag
