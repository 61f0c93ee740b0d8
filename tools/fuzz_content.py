"""Seeded mutation fuzzing of the content loader: scenario files and the guidance catalogue.

Each round takes a shipped file, applies a few random mutations (byte flips, cut and repeated
lines, hostile fragments such as deep nesting, huge numbers, Unicode digits, invalid UTF-8,
over-long lines) and loads the result the way `validate` and the app do: parse, analyse,
summarise, format every diagnostic in both languages. Any exception is a failure; so is the
loader's last-resort "file-internal" diagnostic, which only a bug can produce.

Usage: python tools/fuzz_content.py [--seed N] [--count N]   (exit 1 on any failure)
The same seed always produces the same mutations, so a failure is reproducible with --only.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from simulator.cli.commands import summary
from simulator.engine.library import SCENARIO_DIR, _load_scenario, default_catalogue_path
from simulator.format.catalogue import parse_catalogue
from simulator.format.diagnostics import Collector
from simulator.format.model import Catalogue
from simulator.format.render_limits import check_render_limits

FRAGMENTS: tuple[bytes, ...] = (
    b"(" * 150, b")" * 150, b"not " * 300, b"- " * 300, b"9" * 5000, b"\xc2\xb2", "٣".encode(),
    b"\xff\xfe", b"\x00", b"\x1b[2J", b"\r", b"\t", "\u200b".encode(), b"<img src=\"/dev/zero\">",
    b"[" * 500, b"]" * 500, b"> " * 200, b"* " * 200, b"x" * 70_000, b"`" * 300, b"_*" * 300,
    b"\n## ", b"\n:::", b"\n::: dokument d | D\n", b"\n* [", b"] -> ", b"\n  if: ",
    b"\n  set: ", b"\n  score: ", b"\n  guidance: ", b"\n  critical: ", b"\n  > ", b"\nending: ",
    b"\n---\n", b"variables:\n  v: 0..63 = 0\n", b"minutes: \xc2\xb2\n", b" == ", b" + ", b" or ",
    b"true", b"false", b"1..0 = 5", b"GEN-99", b"+GEN-01", b"sakerhet +9999", b"|", b":",
    b"\n  - ", "\ufeff".encode(), b"\xed\xa0\x80", b"\n" * 50,
)


def mutate(data: bytes, rng: random.Random) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        kind = rng.randrange(6)
        pos = rng.randrange(len(buf) + 1)
        if kind == 0 and buf:  # flip a byte
            buf[min(pos, len(buf) - 1)] = rng.randrange(256)
        elif kind == 1:  # insert a hostile fragment
            buf[pos:pos] = rng.choice(FRAGMENTS)
        elif kind == 2 and buf:  # cut a range
            end = min(len(buf), pos + rng.randint(1, 400))
            del buf[pos:end]
        elif kind == 3:  # repeat a line many times
            lines = bytes(buf).split(b"\n")
            index = rng.randrange(len(lines))
            lines[index:index] = [lines[index]] * rng.randint(2, 300)
            buf = bytearray(b"\n".join(lines))
        elif kind == 4:  # swap two lines
            lines = bytes(buf).split(b"\n")
            a, b = rng.randrange(len(lines)), rng.randrange(len(lines))
            lines[a], lines[b] = lines[b], lines[a]
            buf = bytearray(b"\n".join(lines))
        else:  # truncate
            del buf[pos:]
    return bytes(buf)


def _exercise(loaded_items: list[tuple[str, list[object]]]) -> None:
    for _, diagnostics in loaded_items:
        for diagnostic in diagnostics:
            for lang in ("sv", "en"):
                diagnostic.format(lang)  # type: ignore[attr-defined]


def run_one(index: int, rng: random.Random, scenarios: list[tuple[str, bytes]],
            catalogue_raw: bytes, catalogue: Catalogue) -> str | None:
    """One mutation; returns a description of the failure, or None."""
    fuzz_catalogue = index % 4 == 3
    try:
        if fuzz_catalogue:
            raw = mutate(catalogue_raw, rng)
            out = Collector("guidance.md")
            mutated = parse_catalogue(raw, "guidance.md", out)
            _exercise([("guidance.md", list(out.items))])
            name, text = rng.choice(scenarios)
            loaded = _load_scenario(name, mutated, text)
        else:
            name, text = rng.choice(scenarios)
            loaded = _load_scenario(name, catalogue, mutate(text, rng))
        _exercise([(name, list(loaded.diagnostics))])
        if any(d.code == "file-internal" for d in loaded.diagnostics):
            return f"#{index} {name}: file-internal"
        json.dumps(summary(loaded, "en"), ensure_ascii=False)
        if loaded.scenario is not None:
            for node in loaded.scenario.nodes.values():
                check_render_limits(node.text, Collector(name), node.line)
        return None
    except Exception:
        return f"#{index} {'catalogue' if fuzz_catalogue else 'scenario'}:\n" + \
            traceback.format_exc()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--only", type=int, help="run only this mutation number (to reproduce)")
    args = parser.parse_args(argv)
    catalogue_path = default_catalogue_path()
    catalogue_raw = catalogue_path.read_bytes()
    catalogue = parse_catalogue(catalogue_raw, str(catalogue_path), Collector("guidance.md"))
    assert catalogue is not None
    scenarios = [(str(p.relative_to(SCENARIO_DIR)), p.read_bytes())
                 for p in sorted(SCENARIO_DIR.rglob("*.md")) if p.name != "guidance.md"]
    failures: list[str] = []
    started = time.perf_counter()
    for index in range(args.count):
        rng = random.Random(f"{args.seed}:{index}")
        if args.only is not None and index != args.only:
            continue
        failure = run_one(index, rng, scenarios, catalogue_raw, catalogue)
        if failure:
            failures.append(failure)
            print(failure, file=sys.stderr)
    elapsed = time.perf_counter() - started
    print(f"fuzz: {args.count} mutations (seed {args.seed}), {len(failures)} failure(s), "
          f"{elapsed:.1f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
