"""The best option is not given away by its wording, length or position (issue 11).

Until `validate --json` reports guessability (issue 10), this test applies the same strategies to
the shipped scenarios the content revision rewrote: first, last, longest, shortest, the option
that justifies itself, and the combined rule "avoid the self-justifying option, prefer 'X och Y',
then take the longest". The best option of a decision is the non-critical option with the highest
total. A scenario fails when a strategy finds the best option more than 15 points above chance,
or the best option is the longest or the shortest in more than 40 % of its decisions.
"""

from __future__ import annotations

import re
from functools import cache

import pytest

from simulator.engine.library import load_library

JUSTIFIES = re.compile(r"\b(eftersom|så att|för att|därför|annars|med tanke på|innan|utan att|medan)\b",
                       re.IGNORECASE)
# The scenarios revised in issue 11; a new scenario joins the list once it is silent (or the list
# goes when `validate` carries the check).
REVISED = ("digitalt-bilden", "digitalt-han-vet-alltid", "digitalt-kontot",
           "heder-kom-inte-tillbaka", "heder-kuratorn", "heder-sommarlovet",
           "lamna-forsakringskassan", "lamna-vagen-ut", "vardnad-bara-en-konflikt",
           "vardnad-med-barnen", "vardnad-umganget",
           # issue 12, items 4-6: silent from the start
           "nara-egna-ord", "lamna-tillstandet", "heder-resan-i-juni")
ABOVE_CHANCE = 0.15
EXTREME_SHARE = 0.40


def _longest(indices, lengths):
    return max(indices, key=lambda i: (lengths[i], -i))


def guessability(scenario) -> dict[str, float]:
    rows = []
    for node in scenario.nodes.values():
        choices = node.choices
        safe = [c for c in choices if not c.critical]
        if len(choices) < 2 or not safe:
            continue
        top = max(c.total for c in safe)
        best = {i for i, c in enumerate(choices) if not c.critical and c.total == top}
        lengths = [len(c.text) for c in choices]
        justifying = [i for i, c in enumerate(choices) if JUSTIFIES.search(c.text)]
        plain = [i for i in range(len(choices)) if i not in justifying] or list(range(len(choices)))
        paired = [i for i in plain if " och " in choices[i].text]
        picks = {
            "first": 0,
            "last": len(choices) - 1,
            "longest": lengths.index(max(lengths)),
            "shortest": lengths.index(min(lengths)),
            "justifies": _longest(justifying, lengths) if justifying else None,
            "combined": _longest(paired or plain, lengths),
        }
        rows.append((len(best) / len(choices), best, picks, lengths))
    count = len(rows)
    result = {"chance": sum(r[0] for r in rows) / count}
    for name in ("first", "last", "longest", "shortest", "justifies", "combined"):
        result[name] = sum((pick in best) if (pick := picks[name]) is not None else chance
                           for chance, best, picks, _ in rows) / count
    result["best_longest"] = sum(any(lengths[i] == max(lengths) for i in best)
                                 for _, best, _, lengths in rows) / count
    result["best_shortest"] = sum(any(lengths[i] == min(lengths) for i in best)
                                  for _, best, _, lengths in rows) / count
    return result


def giveaways(figures: dict[str, float]) -> list[str]:
    found = [name for name in ("first", "last", "longest", "shortest", "justifies", "combined")
             if figures[name] > figures["chance"] + ABOVE_CHANCE]
    found += [name for name in ("best_longest", "best_shortest")
              if figures[name] > EXTREME_SHARE]
    return found


@cache
def scenarios():
    return {item.scenario.id: item.scenario for item in load_library() if item.scenario}


@pytest.mark.parametrize("scenario_id", REVISED)
def test_the_revised_scenarios_do_not_give_the_answer_away(scenario_id):
    figures = guessability(scenarios()[scenario_id])
    assert giveaways(figures) == [], {k: round(v, 2) for k, v in figures.items()}


def test_the_check_catches_a_scenario_whose_best_option_is_always_longest_and_paired():
    from dataclasses import dataclass

    @dataclass
    class C:
        text: str
        total: int
        critical: bool = False

    @dataclass
    class N:
        choices: tuple

    @dataclass
    class S:
        nodes: dict

    nodes = {str(i): N((C("Vänta", -1), C("Ring dem, eftersom det är enkelt", -2),
                        C("Gör en bedömning i dag och samråd med polisen", 3)))
             for i in range(6)}
    figures = guessability(S(nodes))
    assert figures["combined"] == 1.0 and figures["last"] == 1.0
    assert set(giveaways(figures)) >= {"combined", "last", "longest", "best_longest"}
