"""The shipped library does not give its answers away (issue 11).

`validate` measures guessability on load (issue 10, simulator/engine/guessability.py): how often
naive strategies — first, last, longest, shortest, the option that justifies itself, and the
combined rule "avoid the self-justifying option, prefer 'X och Y', then take the longest" — pick
the best option, against chance, and how often the best option is the longest or the shortest.
The content revision rewrote the options until no shipped scenario is over the documented limits;
this keeps it that way for every file in scenarios/, including new ones, and says which strategy
a failing file falls to.
"""

from __future__ import annotations

from functools import cache

import pytest

from simulator.engine.guessability import MARGIN, SHARE_LIMIT
from simulator.engine.library import load_library


@cache
def library():
    return {item.scenario.id: item for item in load_library() if item.scenario is not None}


@pytest.mark.parametrize("scenario_id", sorted(library()))
def test_no_shipped_scenario_gives_its_answers_away(scenario_id):
    analysis = library()[scenario_id].analysis
    assert analysis is not None and analysis.guessability is not None
    measured = analysis.guessability
    assert measured.decisions >= 5
    assert measured.flagged == (), measured.to_dict()


def test_the_limits_are_the_ones_the_content_revision_was_measured_against():
    assert (MARGIN, SHARE_LIMIT) == (0.15, 0.40)
