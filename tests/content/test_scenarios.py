"""The shipped content: the guidance catalogue and every scenario meet the numbers the content
issue sets, and the scoring behaves as a trainer expects (expert passes, critical fails)."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from simulator.engine.library import default_catalogue_path, load_catalogue, load_library
from simulator.engine.session import Session
from simulator.format.model import THEMES

SENTENCE_END = re.compile(r"[.!?…](?=\s+[A-ZÅÄÖ\"”»(]|\s*$)")


@cache
def library():
    return tuple(load_library())


def ids() -> list[str]:
    return [item.scenario.id for item in library() if item.scenario is not None]


@cache
def by_id():
    return {item.scenario.id: item for item in library() if item.scenario is not None}


def test_catalogue_is_clean_and_large_enough():
    result = load_catalogue(default_catalogue_path())
    assert result.diagnostics == []
    catalogue = result.catalogue
    prefixes = Counter(pid.split("-")[0] for pid in catalogue.principles)
    assert sum(prefixes.values()) >= 60
    # NR: violence in close relationships outside the four original themes (issue 12)
    assert {"GEN", "HV", "VBU", "DV"} <= set(prefixes) <= {"GEN", "HV", "VBU", "DV", "NR"}
    assert len(catalogue.dimensions) == 5
    for principle in catalogue.principles.values():
        assert principle.title and principle.text and principle.source and principle.valid_from
        assert principle.dimension in catalogue.dimensions


# Two of issue 10's warnings are measured but not yet enforced on the shipped files: the
# guessability warning (the content issues rewrite options until it is silent) and the
# library-wide severity-consistency warning (the content revision, issue 11, makes each
# principle's severity consistent or adds `critical_reason:`). Each leaves this set when the
# library is silent on it.
NOT_YET_ENFORCED = {"guessable", "severity-inconsistent"}


def test_every_scenario_validates_with_zero_diagnostics():
    problems = {item.path: [d.format("en") for d in item.diagnostics
                            if d.code not in NOT_YET_ENFORCED]
                for item in library()}
    problems = {path: found for path, found in problems.items() if found}
    assert problems == {}
    assert len(library()) >= 10


def test_each_theme_has_at_least_three_scenarios():
    themes = Counter(item.scenario.theme for item in library())
    for theme in ("heder", "vardnad", "digitalt"):
        assert themes[theme] >= 3, themes
    assert themes["lamna"] >= 1
    assert set(themes) <= set(THEMES)


def test_levels_and_roles_are_mixed():
    levels = {item.scenario.level for item in library()}
    assert levels == {"grund", "fordjupning"}
    roles = " ".join(item.scenario.role.lower() for item in library())
    for role in ("barn och unga", "familjerätt", "ekonomiskt bistånd", "självstudier"):
        assert role in roles


@pytest.mark.parametrize("scenario_id", ids())
def test_structure_numbers(scenario_id):
    item = by_id()[scenario_id]
    scenario, analysis = item.scenario, item.analysis
    nodes = list(scenario.nodes.values())
    decisions = [n for n in nodes if not n.is_ending]
    endings = [n for n in nodes if n.is_ending]
    assert len(decisions) >= 12
    assert analysis.min_decisions >= 6  # every path passes at least six decisions
    assert len({n.ending for n in endings}) >= 3
    assert any(c.critical for n in nodes for c in n.choices)
    assert sum(len(n.documents) for n in nodes) >= 1
    assert scenario.variables and any(c.condition for n in nodes for c in n.choices)
    assert 15 <= scenario.minutes <= 30
    assert scenario.content_note and scenario.goals


@pytest.mark.parametrize("scenario_id", ids())
def test_branches_diverge_and_rejoin(scenario_id):
    scenario = by_id()[scenario_id].scenario
    incoming = Counter(c.target for n in scenario.nodes.values() for c in n.choices)
    diverging = [n for n in scenario.nodes.values() if len({c.target for c in n.choices}) >= 2]
    rejoining = [t for t, count in incoming.items()
                 if len({c.node for n in scenario.nodes.values() for c in n.choices
                         if c.target == t}) >= 2]
    assert len(diverging) >= 4 and len(rejoining) >= 2


@pytest.mark.parametrize("scenario_id", ids())
def test_every_choice_teaches(scenario_id):
    scenario = by_id()[scenario_id].scenario
    for node in scenario.nodes.values():
        for choice in node.choices:
            assert choice.follows or choice.breaks, choice.id
            sentences = len(SENTENCE_END.findall(choice.feedback.strip()))
            assert 1 <= sentences <= 3, (choice.id, choice.feedback)


@pytest.mark.parametrize("scenario_id", ids())
def test_the_best_option_is_not_given_away_by_position_or_length(scenario_id):
    item = by_id()[scenario_id]
    scenario, analysis = item.scenario, item.analysis
    positions: Counter[int] = Counter()
    longest = 0
    session = Session(scenario, analysis)
    for choice_id in analysis.expert_path:
        options = session.choices
        assert 2 <= len(options) <= 4, session.node.id
        best = scenario.choice(choice_id)
        positions[options.index(best)] += 1
        if len(options) > 1 and len(best.text) == max(len(o.text) for o in options):
            longest += 1
        session.choose(best)
    steps = len(analysis.expert_path)
    assert max(positions.values()) <= 0.6 * steps, positions
    assert longest <= 0.5 * steps, (longest, steps)


@pytest.mark.parametrize("scenario_id", ids())
def test_expert_path_passes_and_ends_protected(scenario_id):
    item = by_id()[scenario_id]
    session = Session(item.scenario, item.analysis)
    session.replay(item.analysis.expert_path)
    result = session.result()
    assert session.finished and result.passed
    assert result.total == result.best_total
    assert result.ending == "skyddad"


@pytest.mark.parametrize("scenario_id", ids())
def test_a_path_through_any_critical_choice_fails(scenario_id):
    item = by_id()[scenario_id]
    scenario, analysis = item.scenario, item.analysis
    tested = 0
    for node in scenario.nodes.values():
        for critical in (c for c in node.choices if c.critical):
            path = _path_through(scenario, analysis, critical.id)
            if path is None:
                continue
            session = Session(scenario, analysis)
            session.replay(path)
            result = session.result()
            assert session.finished and not result.passed
            assert "critical" in result.reasons
            assert critical.id in [d.choice.id for d in result.critical_errors]
            tested += 1
    assert tested >= 1


def _path_through(scenario, analysis, choice_id):
    """Expert moves to the critical choice's node (breadth-first over states), the critical
    choice, then the expert's moves to an ending."""
    from collections import deque

    start = Session(scenario, analysis)
    queue = deque([start])
    seen = set()
    while queue:
        session = queue.popleft()
        key = (session.node.id, session.values)
        if key in seen or session.finished:
            continue
        seen.add(key)
        for choice in session.choices:
            if choice.id == choice_id:
                session.choose(choice)
                while not session.finished:
                    session.choose(analysis.best_choice(session.node.id, session.values))
                return [s.choice for s in session.steps]
        for choice in session.choices:
            branch = session.rewind(len(session.steps))
            branch.choose(choice.id)
            queue.append(branch)
    return None


def test_cited_guidance_exists_and_critical_principles_are_used():
    catalogue = load_catalogue(default_catalogue_path()).catalogue
    cited = {g for item in library() for n in item.scenario.nodes.values() for c in n.choices
             for g in (*c.follows, *c.breaks)}
    assert cited <= set(catalogue.principles)
    critical = {p.id for p in catalogue.principles.values() if p.critical}
    assert critical and critical <= cited, critical - cited


def test_workshop_notes_in_at_least_three_scenarios():
    with_notes = [item.scenario.id for item in library()
                  if sum(1 for n in item.scenario.nodes.values() if n.questions and n.facilitator)
                  >= 3]
    assert len(with_notes) >= 3


def test_helplines_are_written_correctly_wherever_they_appear():
    wrong = re.compile(r"020[- ]?50[- ]?50[- ]?5(?!0)|020-505050")
    for item in library():
        text = Path(item.path).read_text(encoding="utf-8")
        assert not wrong.search(text), item.path


def test_critical_marks_stay_weighty_across_the_library():
    """Critical is kept for acts and omissions that put a person in danger (docs/content-review.md,
    "Severity"): at most one choice in ten across the shipped library, so that a critical mark
    teaches the reasoning instead of a pattern."""
    choices = [c for item in library() for n in item.scenario.nodes.values() for c in n.choices]
    critical = [c for c in choices if c.critical]
    assert critical and len(critical) <= 0.10 * len(choices), (len(critical), len(choices))
