"""Engine benchmarks: analysis of large and tricky scenarios, loading a library, peak memory.

Run:  .venv/bin/python benchmarks/bench_engine.py [--quick]
Writes docs/performance-engine.md (merged into docs/performance.md by benchmarks/run_all.py).
Not part of the test run. Figures are medians of repeated runs in one process, and every ratio
compares two things measured in the same run.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))  # the generated scenarios live in tests/synthetic.py

import networkx as nx  # noqa: E402
from synthetic import booleans_text, large_text, lattice_text  # noqa: E402

from simulator.engine.analysis import analyse, gc_paused, node_graph  # noqa: E402
from simulator.engine.library import default_catalogue_path, load_catalogue, load_library  # noqa: E402
from simulator.format.diagnostics import Collector  # noqa: E402
from simulator.format.parser import parse_scenario  # noqa: E402


def median_ms(fn: Callable[[], object], repeat: int) -> tuple[float, object]:
    times = []
    result: object = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def parsed(text: str, catalogue):  # type: ignore[no-untyped-def]
    out = Collector("bench.md")
    with gc_paused():  # as load_scenario does
        scenario = parse_scenario(text.encode(), "bench.md", catalogue, out)
    assert scenario is not None, [d.format("en") for d in out.items[:5]]
    return scenario


def analysed(scenario):  # type: ignore[no-untyped-def]
    out = Collector("bench.md")
    analysis = analyse(scenario, out)
    errors = [d.format("en") for d in out.items if d.severity == "error"]
    assert analysis is not None and not errors, errors[:5]
    return analysis


MEMORY_CHILD = """
import sys
sys.path.insert(0, {root!r})
sys.path.insert(0, {root!r} + "/tests")
from simulator.engine.analysis import analyse, gc_paused
from simulator.format.diagnostics import Collector
from simulator.engine.library import default_catalogue_path, load_catalogue
from simulator.format.parser import parse_scenario
from synthetic import large_text

def high_water_kb():  # VmHWM: this process's own peak resident set (resets at exec)
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])

cat = load_catalogue(default_catalogue_path()).catalogue
base = high_water_kb()
raw = large_text({nodes}, tuple(cat.dimensions), cat.version).encode()
with gc_paused():
    scenario = parse_scenario(raw, "bench.md", cat, Collector("bench.md"))
del raw
analysis = analyse(scenario, Collector("bench.md"))
print(base, high_water_kb(), analysis.state_count)
"""


def peak_memory(nodes: int) -> tuple[float, float, int]:
    proc = subprocess.run([sys.executable, "-c", MEMORY_CHILD.format(root=str(ROOT), nodes=nodes)],
                          capture_output=True, text=True, check=True)
    base, peak, states = (int(x) for x in proc.stdout.split())
    return base / 1024, peak / 1024, states


def library_copies(target: Path, count: int) -> int:
    """`count` scenario files: the shipped ones copied under new ids, plus the catalogue."""
    sources = sorted(p for p in (ROOT / "scenarios").rglob("*.md") if p.name != "guidance.md")
    shutil.copy(default_catalogue_path(), target / "guidance.md")
    for i in range(count):
        source = sources[i % len(sources)]
        text = source.read_text(encoding="utf-8")
        text = re.sub(r"^id: (.+)$", rf"id: \1-{i}", text, count=1, flags=re.MULTILINE)
        (target / f"s{i:03d}.md").write_text(text, encoding="utf-8")
    return sum(p.stat().st_size for p in target.glob("s*.md"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    args = parser.parse_args()
    repeat = 3 if args.quick else 7
    catalogue = load_catalogue(default_catalogue_path()).catalogue
    assert catalogue is not None
    dims = tuple(catalogue.dimensions)
    rows: list[tuple[str, str, str]] = []

    # Warm networkx's dispatch machinery once so the first measured call is not an import.
    analysed(parsed(lattice_text(2, dims, catalogue.version), catalogue))

    text = large_text(100_000, dims, catalogue.version)
    parse_ms, scenario = median_ms(lambda: parsed(text, catalogue), max(1, repeat // 3))
    analyse_ms, analysis = median_ms(lambda: analysed(scenario), repeat)
    graph = node_graph(scenario)
    topo_ms, _ = median_ms(lambda: list(nx.topological_sort(graph)), repeat)
    build_ms, _ = median_ms(lambda: node_graph(scenario), repeat)
    rows += [
        ("100,000-node scenario: analysis (median)", f"{analyse_ms:,.0f} ms", "< 2,000 ms"),
        ("… networkx topological sort of the same node graph (median)", f"{topo_ms:,.0f} ms",
         "–"),
        ("… ratio analysis / topological sort", f"{analyse_ms / topo_ms:.1f} ×", "–"),
        ("… ratio analysis / (building the networkx graph + topological sort)",
         f"{analyse_ms / (topo_ms + build_ms):.1f} ×", "–"),
        ("… states / edges in the state graph",
         f"{analysis.state_count:,} / {analysis.edge_count:,}", "–"),
        ("… parsing the 22 MB file (median)", f"{parse_ms:,.0f} ms", "–"),
    ]
    base_mb, peak_mb, _ = peak_memory(100_000)
    rows.append(("100,000-node scenario: peak memory of a process that parses and analyses it",
                 f"{peak_mb:,.0f} MB (of which {base_mb:,.0f} MB before loading)", "< 500 MB"))

    lattice = parsed(lattice_text(40, dims, catalogue.version), catalogue)
    lattice_ms, lattice_analysis = median_ms(lambda: analysed(lattice), repeat * 3)
    assert lattice_analysis.best_total == 80  # type: ignore[attr-defined]
    rows.append(("40-layer diamond lattice, 2^40 paths: analysis (median)",
                 f"{lattice_ms:.1f} ms", "< 50 ms"))

    flags = parsed(booleans_text(10, dims, catalogue.version), catalogue)
    flags_ms, flags_analysis = median_ms(lambda: analysed(flags), repeat * 3)
    rows.append(("10 boolean variables: analysis (median)",
                 f"{flags_ms:.1f} ms for {flags_analysis.state_count:,} states",  # type: ignore[attr-defined]
                 "–"))

    with tempfile.TemporaryDirectory() as folder:
        size = library_copies(Path(folder), 100)
        load_ms, loaded = median_ms(lambda: load_library([folder]), repeat)
        bad = [i.path for i in loaded if not i.ok]  # type: ignore[attr-defined]
        assert not bad, bad
    rows.append(("Loading and analysing 100 scenario files (median)",
                 f"{load_ms:,.0f} ms ({size / 1e6:.1f} MB in all)", "–"))

    machine = (f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
               f"networkx {nx.__version__}; load average at the end "
               f"{os.getloadavg()[0]:.1f}")
    lines = [
        "## Engine (benchmarks/bench_engine.py)",
        "",
        f"Run: `.venv/bin/python benchmarks/bench_engine.py` — {time.strftime('%Y-%m-%d')}, "
        f"{machine}. Medians of {repeat} runs (the lattice and flag cases {repeat * 3}).",
        "",
        "| measure | result | target |",
        "|---|---|---|",
        *[f"| {a} | {b} | {c} |" for a, b, c in rows],
        "",
    ]
    report = "\n".join(lines)
    print(report)
    (ROOT / "docs" / "performance-engine.md").write_text(report, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
