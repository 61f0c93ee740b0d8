"""Property tests: round trip through the writer, exact bounds against brute force, and
random byte mutations that must only ever produce diagnostics."""

from __future__ import annotations

from pathlib import Path
from string import Formatter

from engine_support import CATALOGUE, scenario_text
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from simulator.engine.analysis import analyse, enabled, successor
from simulator.engine.library import load_scenario
from simulator.format.catalogue import parse_catalogue
from simulator.format.diagnostics import MESSAGES, Collector
from simulator.format.model import Scenario
from simulator.format.parser import parse_scenario
from simulator.format.writer import write_scenario

ROOT = Path(__file__).resolve().parents[2]
CAT = parse_catalogue(CATALOGUE.encode(), "guidance.md", Collector("guidance.md"))
DIMS = ("sakerhet", "barn", "bemotande")
REFS = ("+GEN-01", "+GEN-03", "-GEN-03", "+HV-02", "-HV-02")
CONDITIONS = ("a", "not a", "b", "a or b", "not (a and b)", "n >= 1", "n < 2 and a")
EFFECTS = ("a = true", "b = not b", "n = n + 1", "a = false, n = n - 1", "b = a")

choice_spec = st.tuples(
    st.integers(min_value=1, max_value=3),  # target offset
    st.dictionaries(st.sampled_from(DIMS), st.integers(min_value=-3, max_value=3), max_size=2),
    st.lists(st.sampled_from(REFS), min_size=1, max_size=2, unique=True),
    st.one_of(st.none(), st.sampled_from(CONDITIONS)),
    st.one_of(st.none(), st.sampled_from(EFFECTS)),
    st.booleans(),
)
graph_spec = st.lists(st.lists(choice_spec, min_size=1, max_size=3), min_size=1, max_size=7)


ENDINGS = ("slut", "slut-delvis", "slut-skada")


def render(spec: list[list[tuple]], failing_delvis: bool = False) -> str:
    """Text for a random DAG: node i's choices go forward, past the last node to one of three
    endings (skyddad, delvis, skada); an extra always-available choice per node keeps every
    state able to finish."""
    count = len(spec)
    parts = []
    for i, choices in enumerate(spec):
        parts.append(f"## n{i} | Nod {i}\nBerättelse {i}.\n\n")
        for k, (offset, score, refs, cond, effect, critical) in enumerate(choices):
            target = f"n{i + offset}" if i + offset < count else ENDINGS[(i + offset) % 3]
            lines = [f"* [Val {k}] -> {target}"]
            if score:
                lines.append("  score: " + ", ".join(f"{d} {v:+d}" for d, v in score.items()))
            lines.append("  guidance: " + " ".join(refs))
            if cond:
                lines.append(f"  if: {cond}")
            if effect:
                lines.append(f"  set: {effect}")
            if critical:
                lines.append("  critical: true")
            lines.append(f"  > Återkoppling {k}.")
            parts.append("\n".join(lines) + "\n\n")
        nxt = f"n{i + 1}" if i + 1 < count else "slut"
        parts.append(f"* [Fortsätt] -> {nxt}\n  guidance: +GEN-01\n  > Ok.\n\n")
    parts.append("## slut\nending: skyddad\n\nSlut.\n\n")
    parts.append("## slut-delvis\nending: delvis\n\nSlut.\n\n")
    parts.append("## slut-skada\nending: skada\n\nSlut.\n")
    extra = "dimensions: [sakerhet, barn, bemotande]\nvariables:\n  a: false\n  b: true\n" \
            "  n: 0..3 = 1\n"
    if failing_delvis:
        extra += "failing_outcomes: [delvis]\n"
    return scenario_text("".join(parts), extra)


def parse(text: str) -> tuple[Scenario | None, Collector]:
    out = Collector("random.md")
    return parse_scenario(text.encode(), "random.md", CAT, out), out


def shape(scenario: Scenario) -> list:
    return [
        (n.id, n.title, n.text, n.ending, n.questions, n.facilitator,
         [(d.id, d.title, d.text) for d in n.documents],
         [(c.id, c.text, c.target, c.score, c.follows, c.breaks,
           c.condition.source if c.condition else None,
           [(e.variable, e.expr.source) for e in c.effects], c.critical, c.feedback)
          for c in n.choices])
        for n in scenario.nodes.values()
    ]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(graph_spec)
def test_write_parse_round_trip(spec):
    scenario, out = parse(render(spec))
    assert scenario is not None, out.items
    assert [d for d in out.items if d.severity == "error"] == []
    again, out2 = parse(write_scenario(scenario))
    assert again is not None and [d for d in out2.items if d.severity == "error"] == []
    assert shape(again) == shape(scenario)
    assert again.variables == scenario.variables
    assert (again.id, again.title, again.goals, again.dimensions, again.pass_threshold) == (
        scenario.id, scenario.title, scenario.goals, scenario.dimensions, scenario.pass_threshold)


def paths(scenario: Scenario) -> list[tuple]:
    """Every complete path in file order (depth first), only feasible on small graphs:
    (critical choices, ending rank, total, points per dimension, choice ids, ending node)."""
    found: list[tuple] = []

    def walk(node_id: str, values: tuple, acc: dict[str, int], crit: int, taken: list) -> None:
        node = scenario.nodes[node_id]
        if node.is_ending:
            found.append((crit, scenario.outcome_rank(node.ending), sum(acc.values()),
                          {d: acc.get(d, 0) for d in scenario.dimensions}, list(taken), node))
            return
        for choice in node.choices:
            if enabled(choice, values):
                nxt = dict(acc)
                for d, v in choice.score.items():
                    nxt[d] = nxt.get(d, 0) + v
                walk(choice.target, successor(scenario, choice, values), nxt,
                     crit + choice.critical, [*taken, choice.id])

    walk(scenario.start, scenario.start_values(), {}, 0, [])
    return found


def brute_expert(found: list[tuple]) -> tuple:
    """The lexicographic optimum, ties to the first path in file order (min keeps the first)."""
    return min(found, key=lambda p: (p[0], p[1], -p[2]))


graph_and_rule = st.tuples(graph_spec, st.booleans())


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(graph_and_rule)
def test_analysis_equals_brute_force_under_the_lexicographic_objective(spec_rule):
    spec, failing_delvis = spec_rule
    scenario, out = parse(render(spec, failing_delvis))
    assert scenario is not None and not [d for d in out.items if d.severity == "error"]
    analysis = analyse(scenario, out)
    assert analysis is not None
    found = paths(scenario)
    expert = brute_expert(found)
    assert analysis.expert_path == expert[4]
    assert analysis.best_total == expert[2]
    assert analysis.expert_critical == expert[0]
    assert analysis.expert_scores == expert[3]
    assert sum(analysis.expert_scores.values()) == analysis.best_total
    assert analysis.max_total == max(p[2] for p in found)
    assert analysis.worst_total == min(p[2] for p in found)
    assert analysis.bounds == {d: (min(p[3][d] for p in found), max(p[3][d] for p in found))
                               for d in scenario.dimensions}
    assert analysis.min_decisions == min(len(p[4]) for p in found)
    assert analysis.max_decisions == max(len(p[4]) for p in found)
    # Safety first: the expert avoids critical choices whenever some path does.
    if any(p[0] == 0 for p in found):
        assert analysis.expert_critical == 0
    # The expert passes whenever any path passes, and `passable` says whether one does.
    passing = [p for p in found if p[0] == 0 and scenario.outcome_passes(p[5].ending)
               and p[2] >= analysis.pass_mark]
    assert analysis.passable == bool(passing)
    if passing:
        assert expert[0] == 0 and scenario.outcome_passes(expert[5].ending)
        assert expert[2] >= analysis.pass_mark
    # The verdict errors match the brute force.
    codes = [d.code for d in out.items if d.severity == "error"]
    assert ("all-critical" in codes) == all(p[0] > 0 for p in found)
    assert ("no-pass" in codes) == (not passing and any(p[0] == 0 for p in found))
    harmed = {p[5].id for p in found if p[0] == 0 and not scenario.outcome_passes(p[5].ending)}
    assert {d.params["id"] for d in out.items if d.code == "harm-reachable"} == harmed


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(graph_and_rule)
def test_best_to_go_and_assess_agree_with_brute_force_from_every_start(spec_rule):
    """From the start state, each available choice's assessment matches the brute force of
    the paths that begin with it."""
    spec, failing_delvis = spec_rule
    scenario, out = parse(render(spec, failing_delvis))
    analysis = analyse(scenario, out)
    found = paths(scenario)
    expert = brute_expert(found)
    start = scenario.nodes[scenario.start]
    values = scenario.start_values()
    assert analysis.best_to_go(start.id, values) == expert[2]
    for choice in (c for c in start.choices if enabled(c, values)):
        mine = brute_expert([p for p in found if p[4][0] == choice.id])
        assessed = analysis.assess(start.id, values, choice)
        key_mine, key_best = (mine[0], mine[1], -mine[2]), (expert[0], expert[1], -expert[2])
        if key_mine == key_best:
            assert assessed.loss == "none"
        elif mine[0] > expert[0]:
            assert assessed.loss == "critical"
        elif mine[1] > expert[1]:
            assert assessed.loss == "ending"
        else:
            assert assessed.loss == "points"
        assert assessed.cost == max(0, expert[2] - mine[2])


EXAMPLE = (ROOT / "docs" / "example-scenario.md").read_bytes()


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(EXAMPLE)
    for _ in range(draw(st.integers(min_value=1, max_value=8))):
        kind = draw(st.sampled_from(("flip", "insert", "delete", "dup-line")))
        pos = draw(st.integers(min_value=0, max_value=len(data) - 1))
        if kind == "flip":
            data[pos] = draw(st.integers(min_value=0, max_value=255))
        elif kind == "insert":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=6))
        elif kind == "delete":
            del data[pos:pos + draw(st.integers(min_value=1, max_value=40))]
        else:
            start = data.rfind(b"\n", 0, pos) + 1
            end = data.find(b"\n", pos)
            data[start:start] = data[start:end + 1]
        if not data:
            data = bytearray(b"x")
    return bytes(data)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_byte_mutations_only_produce_diagnostics(raw):
    loaded = load_scenario("mutant.md", CAT, raw=raw)
    for diagnostic in loaded.diagnostics:
        assert diagnostic.message("sv") and diagnostic.message("en")
        for template in MESSAGES[diagnostic.code]:  # every placeholder gets a value
            fields = {name for _, name, _, _ in Formatter().parse(template) if name}
            assert fields <= set(diagnostic.params), (diagnostic.code, fields)
    if loaded.ok:
        assert loaded.analysis is not None and loaded.analysis.passable
