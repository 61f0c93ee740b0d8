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


def render(spec: list[list[tuple]]) -> str:
    """Text for a random DAG: node i's choices go forward; the last node and an extra
    always-available choice per node keep every state able to finish."""
    count = len(spec)
    parts = []
    for i, choices in enumerate(spec):
        parts.append(f"## n{i} | Nod {i}\nBerättelse {i}.\n\n")
        for k, (offset, score, refs, cond, effect, critical) in enumerate(choices):
            target = f"n{i + offset}" if i + offset < count else "slut"
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
    parts.append("## slut\nending: skyddad\n\nSlut.\n")
    extra = "dimensions: [sakerhet, barn, bemotande]\nvariables:\n  a: false\n  b: true\n" \
            "  n: 0..3 = 1\n"
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


def brute_force(scenario: Scenario) -> tuple[int, dict[str, tuple[int, int]]]:
    """Enumerate every complete path (only feasible on small graphs)."""
    totals: list[int] = []
    per_dim: dict[str, list[int]] = {d: [] for d in scenario.dimensions}

    def walk(node_id: str, values: tuple, acc: dict[str, int]) -> None:
        node = scenario.nodes[node_id]
        if node.is_ending:
            totals.append(sum(acc.values()))
            for d in scenario.dimensions:
                per_dim[d].append(acc.get(d, 0))
            return
        for choice in node.choices:
            if enabled(choice, values):
                nxt = dict(acc)
                for d, v in choice.score.items():
                    nxt[d] = nxt.get(d, 0) + v
                walk(choice.target, successor(scenario, choice, values), nxt)

    walk(scenario.start, scenario.start_values(), {})
    return max(totals), {d: (min(v), max(v)) for d, v in per_dim.items()}


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(graph_spec)
def test_analysis_equals_brute_force(spec):
    scenario, out = parse(render(spec))
    assert scenario is not None
    analysis = analyse(scenario, out)
    assert analysis is not None
    best, bounds = brute_force(scenario)
    assert analysis.best_total == best
    assert analysis.bounds == bounds
    # The expert path really scores the best total.
    values, node_id, total = scenario.start_values(), scenario.start, 0
    for choice_id in analysis.expert_path:
        choice = scenario.choice(choice_id)
        assert choice.node == node_id and enabled(choice, values)
        total += choice.total
        values, node_id = successor(scenario, choice, values), choice.target
    assert scenario.nodes[node_id].is_ending and total == best


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
        assert loaded.analysis is not None and loaded.analysis.best_total >= 0
