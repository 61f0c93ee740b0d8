"""Guessability: the strategies, fractional ties, the limits and the warning."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from engine_support import codes

from simulator.cli.commands import summary
from simulator.engine.guessability import MIN_DECISIONS, candidates, measure


@dataclass
class Opt:
    text: str


def point(texts: list[str], best: list[bool]) -> tuple[None, list[Opt], list[bool]]:
    return None, [Opt(t) for t in texts], best


def test_candidates_per_strategy():
    texts = ["Kort", "Ring eftersom det hjälper", "Gör en plan och följ upp", "Lika lång text"]
    assert candidates("first", texts) == [0]
    assert candidates("last", texts) == [3]
    assert candidates("longest", texts) == [1]  # 26 characters
    assert candidates("shortest", texts) == [0]
    assert candidates("self_justifying", texts) == [1]
    # drop the self-justifying one, prefer "och", then the longest
    assert candidates("combined", texts) == [2]
    with pytest.raises(ValueError):
        candidates("random", texts)


def test_ties_count_fractionally_and_chance_is_the_share_of_best():
    # two equally long options, one best: "longest" scores 1/2 there; chance 1/3
    measured = measure([point(["aa", "bb", "c"], [True, False, False])])
    assert measured.decisions == 1
    assert measured.chance == pytest.approx(1 / 3)
    assert measured.strategies["longest"] == pytest.approx(0.5)
    assert measured.strategies["first"] == 1.0 and measured.strategies["last"] == 0.0
    assert measured.strategies["self_justifying"] == pytest.approx(1 / 3)  # none: all remain


def test_a_decision_where_every_option_is_best_is_left_out():
    measured = measure([point(["a", "b"], [True, True])])
    assert measured.decisions == 0 and measured.chance is None and measured.flagged == ()


def test_shares_count_only_decisions_with_three_options_and_strictly():
    points = [point(["kort", "mellan", "den längsta"], [False, False, True]),
              point(["ett", "två"], [True, False]),  # two options: not counted in the shares
              point(["lika", "lika", "x"], [True, False, False])]  # a tie is not "strictly"
    measured = measure(points)
    assert measured.share_decisions == 2
    assert measured.best_longest == pytest.approx(0.5)
    assert measured.best_shortest == 0.0


def test_limits_flag_a_strategy_over_chance_and_a_share_over_forty_percent():
    longest_first = [point(["Den långa och bästa texten", "kort", "kortare"], [True, False, False])
                     for _ in range(MIN_DECISIONS)]
    measured = measure(longest_first)
    assert {"first", "longest", "combined", "best_longest"} <= set(measured.flagged)
    assert "last" not in measured.flagged and "shortest" not in measured.flagged
    assert "best_shortest" not in measured.flagged
    # one decision fewer than the minimum: nothing is flagged
    assert measure(longest_first[:-1]).flagged == ()


def test_exactly_at_the_limit_is_not_flagged():
    # chance 0.5 with two options; "first" right in 13 of 20 = 0.65, exactly chance + 15
    points = [point(["a", "bb"], [i < 13, i >= 13]) for i in range(20)]
    measured = measure(points)
    assert measured.strategies["first"] == pytest.approx(0.65)
    assert "first" not in measured.flagged
    points[13] = point(["a", "bb"], [True, False])
    assert "first" in measure(points).flagged


GIVEAWAY = "".join(f"""\
## n{i}
* [Gör en grundlig bedömning och planera skyddet noga] -> {f"n{i + 1}" if i < 5 else "slut"}
  score: sakerhet +2
  guidance: +GEN-03
  > Bra.
* [Vänta] -> {f"n{i + 1}" if i < 5 else "slut"}
  guidance: +GEN-01
  > Sämre.
* [Ring hem] -> {f"n{i + 1}" if i < 5 else "slut"}
  guidance: +GEN-01
  > Sämre.

""" for i in range(6)) + "## slut\nending: skyddad\n\nSlut.\n"


def test_validate_warns_and_the_json_carries_the_measures(build):
    loaded = build(GIVEAWAY)
    [warning] = [d for d in loaded.diagnostics if d.code == "guessable"]
    assert warning.severity == "warning" and warning.line == loaded.scenario.nodes["n0"].line
    assert "pick the longest option" in warning.message("en")
    assert "välj det längsta alternativet" in warning.message("sv")
    assert "the best option is the longest in 100 % of the decisions" in warning.message("en")
    data = summary(loaded, "en")["guessability"]
    assert data["decisions"] == 6 and data["chance"] == pytest.approx(33.3)
    assert data["strategies"]["longest"] == 100.0 and data["strategies"]["last"] == 0.0
    assert data["best_longest"] == 100.0 and "best_longest" in data["flagged"]
    assert data["limits"] == {"margin_over_chance": 15.0, "share": 40.0, "min_decisions": 5}


def test_a_balanced_scenario_is_silent(build):
    rotated = GIVEAWAY
    loaded = build(rotated.replace("[Gör en grundlig bedömning och planera skyddet noga]",
                                   "[Planera]"))
    assert "guessable" in codes(loaded)  # still first every time
    measured = loaded.analysis.guessability
    assert "longest" not in measured.flagged and "best_longest" not in measured.flagged


def test_a_share_of_exactly_forty_percent_is_not_flagged():
    shortest = point(["a", "bbb", "cc"], [True, False, False])
    other = point(["aaaa", "b", "cc"], [True, False, False])
    measured = measure([shortest, shortest, other, other, other])
    assert measured.best_shortest == pytest.approx(0.4)
    assert "best_shortest" not in measured.flagged
    measured = measure([shortest, shortest, shortest, other, other])
    assert "best_shortest" in measured.flagged


def test_a_longest_share_of_exactly_forty_percent_is_not_flagged():
    longest = point(["aaaa", "b", "cc"], [True, False, False])
    other = point(["a", "bbb", "cc"], [True, False, False])
    assert "best_longest" not in measure([longest, longest, other, other, other]).flagged
    assert "best_longest" in measure([longest, longest, longest, other, other]).flagged
